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

if TYPE_CHECKING:
    from ui.live.service import LiveService

ROUTES = api.ROUTES


def _tr(text: str) -> str:
    return QCoreApplication.translate("LiveService", text)


# What every phone is told of the methods, read once per change of the data: kept while the
# service's shared state is the same object (the service drops it when the data changes).
_shared: dict[int, tuple[object, Any, Any]] = {}


def state(service: LiveService, device: Device) -> dict[str, Any]:
    """What /api/state adds for one phone: the open poll and the open space (None: none)."""
    workshop_id = service.context.current_workshop_id
    if workshop_id is None:
        return {"poll": None, "open_space": None}
    store = service.context.store
    marker = service._shared_state
    kept = _shared.get(id(service))
    if kept is None or kept[0] is not marker or marker is None:
        kept = (
            marker,
            api.open_poll(store, workshop_id),
            api.open_space_topics(store, workshop_id),
        )
        _shared[id(service)] = kept
    _, poll, topics = kept
    author = device.author
    return {
        "poll": api.my_poll(store, poll, author.device),
        "open_space": api.my_open_space(topics, author.person_id),
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
    _shared.pop(id(service), None)  # this phone reads its own change at once, not a batch later
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
