"""The phones' calls for the methods, on the GUI thread: answering the open poll, proposing a
topic for the open space, joining or leaving a session; each one undoable step of the desk."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from ui.i18n import current_lang
from workshop.domain.open_space import TopicId
from workshop.domain.polls import ChoiceId, PollId
from workshop.live import methods as api
from workshop.live.api import LiveError
from workshop.live.session import Device
from workshop.ops import open_space as open_space_ops
from workshop.ops import polls as polls_ops
from workshop.ops.live import phone_person

if TYPE_CHECKING:
    from ui.live.service import LiveService

ROUTES = api.ROUTES


def _tr(text: str) -> str:
    return QCoreApplication.translate("LiveService", text)


def state(service: LiveService, device: Device) -> dict[str, Any]:
    """What /api/state adds for one phone: the open poll and the open space (None: none)."""
    workshop_id = service.context.current_workshop_id
    if workshop_id is None:
        return {"poll": None, "open_space": None}
    store = service.context.store
    author = device.author
    person = phone_person(store, author)
    return {
        "poll": api.poll_state(store, workshop_id, author.device),
        "open_space": api.open_space_state(store, workshop_id, person.id if person else None),
    }


def answer(
    service: LiveService, device: Device, path: str, data: dict[str, Any]
) -> tuple[int, dict[str, Any]]:
    """The answer to one of the methods' calls (the phone is welcomed first by the caller)."""
    workshop_id = service.context.current_workshop_id
    if workshop_id is None:
        raise LiveError(409, "no_workshop")
    author = device.author
    lang = current_lang()
    if path == api.POLL_ANSWER:
        request = api.parse_poll_answer(data)
        try:
            service._apply(
                _tr("Réponse au sondage de %1").replace("%1", str(author)),
                lambda store: polls_ops.answer_from_phone(
                    store,
                    workshop_id,
                    PollId(request.poll_id),
                    author.device,
                    choice_id=ChoiceId(request.choice_id) if request.choice_id else None,
                    words=request.words,
                    lang=lang,
                ),
            )
        except LiveError as error:
            if error.code == "poll_closed":
                raise LiveError(409, "poll_closed") from error
            raise
        return 201, {"status": "answered"}
    if path == api.TOPICS:
        topic_request = api.parse_topic(data)
        topic = service._apply(
            _tr("Sujet proposé par %1").replace("%1", str(author)),
            lambda store: open_space_ops.propose_phone_topic(
                store, workshop_id, author, topic_request.title, lang=lang
            ),
        )
        return 201, {"status": "proposed", "topic_id": topic.id}
    join_request = api.parse_topic_join(data)
    text = _tr("%1 rejoint une session") if join_request.join else _tr("%1 quitte une session")
    joined = service._apply(
        text.replace("%1", str(author)),
        lambda store: open_space_ops.join_phone_topic(
            store, workshop_id, author, TopicId(join_request.topic_id), join_request.join, lang=lang
        ),
    )
    return 200, {"status": "joined" if joined else "left"}
