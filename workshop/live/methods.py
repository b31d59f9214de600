"""The phones' part of the open space and the quick polls: what /api/state says of them, and the
requests (answer the open poll, propose a topic, join or leave a session) parsed and checked."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from workshop.domain.open_space import TOPIC_TITLE_CHARS, slot_label
from workshop.domain.polls import WORDS_CHARS, PollKind
from workshop.domain.records import PersonId, WorkshopId
from workshop.domain.vocabulary import Method
from workshop.live.api import LiveError, clean_text
from workshop.queries.open_space import open_space_grid
from workshop.storage.store import Store

POLL_ANSWER = "/api/polls/answer"
TOPICS = "/api/topics"
TOPIC_JOIN = "/api/topics/join"
ROUTES = (POLL_ANSWER, TOPICS, TOPIC_JOIN)


@dataclass(frozen=True, kw_only=True)
class PollAnswerRequest:
    """A phone's answer to the open poll: the choice picked, or its words."""

    request_id: str
    poll_id: int
    choice_id: int | None = None
    words: str = ""


@dataclass(frozen=True, kw_only=True)
class TopicRequest:
    """A topic a phone proposes for the open space (the participant hosts it)."""

    request_id: str
    title: str


@dataclass(frozen=True, kw_only=True)
class TopicJoinRequest:
    """A phone joining (`join`) or leaving a topic's session."""

    request_id: str
    topic_id: int
    join: bool


def _identifier(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 2**63:
        raise LiveError(422, "invalid", field)
    return value


def _request_id(data: dict[str, Any]) -> str:
    value = data.get("request_id")
    if not isinstance(value, str) or not value or len(value) > 64:
        raise LiveError(422, "invalid", "request_id")
    return value


def parse_poll_answer(data: dict[str, Any]) -> PollAnswerRequest:
    choice = data.get("choice_id")
    words = data.get("words")
    if choice is None and words is None:
        raise LiveError(422, "missing", "choice_id")
    return PollAnswerRequest(
        request_id=_request_id(data),
        poll_id=_identifier(data.get("poll_id"), "poll_id"),
        choice_id=_identifier(choice, "choice_id") if choice is not None else None,
        words=clean_text(words, "words", WORDS_CHARS) if choice is None else "",
    )


def parse_topic(data: dict[str, Any]) -> TopicRequest:
    return TopicRequest(
        request_id=_request_id(data),
        title=clean_text(data.get("title"), "title", TOPIC_TITLE_CHARS),
    )


def parse_topic_join(data: dict[str, Any]) -> TopicJoinRequest:
    join = data.get("join", True)
    if not isinstance(join, bool):
        raise LiveError(422, "invalid", "join")
    return TopicJoinRequest(
        request_id=_request_id(data),
        topic_id=_identifier(data.get("topic_id"), "topic_id"),
        join=join,
    )


def open_poll(store: Store, workshop_id: WorkshopId) -> dict[str, Any] | None:
    """The poll open now, as every phone sees it (None: none is open)."""
    poll = store.polls.polls.open_one(workshop_id)
    if poll is None:
        return None
    choices = store.polls.choices.of_poll(poll.id) if poll.kind is PollKind.CHOICE else []
    return {
        "id": poll.id,
        "question": poll.question,
        "kind": poll.kind.value,
        "choices": [{"id": c.id, "label": c.label} for c in choices],
        "my_choice": None,
        "my_words": "",
    }


def my_poll(store: Store, shared: dict[str, Any] | None, device: str) -> dict[str, Any] | None:
    """The open poll with this phone's answer (one query; none when no poll is open)."""
    if shared is None:
        return None
    mine = store.polls.answers.of_device(shared["id"], device) if device else None
    if mine is None:
        return shared
    return {**shared, "my_choice": mine.choice_id, "my_words": mine.words}


def poll_state(store: Store, workshop_id: WorkshopId, device: str) -> dict[str, Any] | None:
    """The poll open now as this phone sees it (None: none is open): its question, its choices
    and this phone's answer (changeable while the poll is open)."""
    return my_poll(store, open_poll(store, workshop_id), device)


def open_space_topics(store: Store, workshop_id: WorkshopId) -> list[dict[str, Any]] | None:
    """Every topic as the phones list it (None when the workshop runs no open space), with
    who hosts it and who joined it (`host_id`, `member_ids`: for `my_open_space`)."""
    workshop = store.workshops.get(workshop_id)
    grid = open_space_grid(store, workshop_id)
    if Method.OPEN_SPACE not in workshop.methods and grid.empty:
        return None
    slots: dict[int | None, str] = {s.id: slot_label(s) for s in grid.slots}
    rooms: dict[int | None, str] = {r.id: r.name for r in grid.rooms}
    order: dict[int | None, int] = {s.id: n for n, s in enumerate(grid.slots)}
    views = sorted(
        grid.topics,
        key=lambda v: (
            order.get(v.topic.slot_id, len(order)) if v.topic.placed else len(order),
            v.topic.position,
        ),
    )
    return [
        {
            "id": v.topic.id,
            "title": v.topic.title,
            "host": v.host,
            "slot": slots.get(v.topic.slot_id, "") if v.topic.placed else "",
            "room": rooms.get(v.topic.room_id, "") if v.topic.placed else "",
            "count": len(v.people),
            "host_id": v.topic.host_person_id,
            "member_ids": v.member_ids,
        }
        for v in views
    ]


def my_open_space(
    topics: list[dict[str, Any]] | None, person_id: PersonId | None
) -> dict[str, Any] | None:
    """The open space as one participant sees it: whether they joined each, host it."""
    if topics is None:
        return None
    return {
        "topics": [
            {
                **{k: v for k, v in topic.items() if k not in ("host_id", "member_ids")},
                "joined": person_id is not None and person_id in topic["member_ids"],
                "mine": person_id is not None and topic["host_id"] == person_id,
            }
            for topic in topics
        ]
    }


def open_space_state(
    store: Store, workshop_id: WorkshopId, person_id: PersonId | None
) -> dict[str, Any] | None:
    """The open space as this participant sees it (None when the workshop runs none): every
    topic, where and when it is held, its host, how many joined, and whether they did."""
    return my_open_space(open_space_topics(store, workshop_id), person_id)
