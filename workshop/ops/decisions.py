"""Follow-up operations: a workshop's decisions (add, edit, remove, reorder), its next meeting
and how to reach its facilitator, each one undoable step.

The report's first page and the partner sheets print what these keep: what was decided, who
carries it and by when, when and where the partners meet again, whom to write to.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from workshop.domain.records import Decision, DecisionId, Workshop, WorkshopId
from workshop.domain.validation import clean_text, message
from workshop.domain.vocabulary import Lang
from workshop.errors import InvalidInput, NotFound
from workshop.ops import Applied, operation
from workshop.storage.store import Store

# The most characters each follow-up field holds (a sentence or two, a name, a place, a contact).
LIMITS: dict[str, int] = {
    "text": 1000,
    "owner": 200,
    "next_meeting_place": 200,
    "facilitator_contact": 254,
}

_MESSAGES: dict[str, tuple[str, str]] = {
    "text": ("Dites ce qui a été décidé.", "Say what was decided."),
    "due_before": (
        "L'échéance est avant la date de l'atelier.",
        "The due date is before the workshop.",
    ),
    "meeting_before": (
        "La prochaine rencontre est avant la date de l'atelier.",
        "The next meeting is before the workshop.",
    ),
    "missing_workshop": ("Cet atelier n'existe plus.", "This workshop no longer exists."),
    "missing_decision": ("Cette décision n'existe plus.", "This decision no longer exists."),
}


def _message(code: str, lang: Lang) -> str:
    fr, en = _MESSAGES[code]
    return fr if lang == "fr" else en


def _bounded(field: str, value: str, lang: Lang) -> str:
    """A one-line text as the core keeps it, or InvalidInput when it is longer than its field."""
    text = clean_text(value)
    limit = LIMITS[field]
    if len(text) > limit:
        raise InvalidInput(
            message("too_long", lang, n=_count(len(text), lang), limit=_count(limit, lang)), field
        )
    return text


def _count(n: int, lang: Lang) -> str:
    return f"{n:,}".replace(",", "\u202f") if lang == "fr" else f"{n:,}"


def _workshop(store: Store, workshop_id: WorkshopId, lang: Lang) -> Workshop:
    try:
        return store.workshops.get(workshop_id)
    except NotFound as error:
        raise InvalidInput(_message("missing_workshop", lang), "workshop") from error


def _decision(store: Store, decision_id: DecisionId, lang: Lang) -> Decision:
    try:
        return store.decisions.get(decision_id)
    except NotFound as error:
        raise InvalidInput(_message("missing_decision", lang), "decision") from error


def _not_before(day: dt.date | None, workshop: Workshop, field: str, code: str, lang: Lang) -> None:
    """A date of what follows the workshop cannot come before it (a mistyped year, mostly)."""
    if day is not None and workshop.date is not None and day < workshop.date:
        raise InvalidInput(_message(code, lang), field)


def _checked(decision: Decision, workshop: Workshop, lang: Lang) -> Decision:
    """The decision with its texts cleaned, or InvalidInput naming the first field refused."""
    text = clean_text(decision.text)
    if not text:
        raise InvalidInput(_message("text", lang), "text")
    text = _bounded("text", text, lang)
    owner = _bounded("owner", decision.owner, lang)
    _not_before(decision.due_date, workshop, "due_date", "due_before", lang)
    return dataclasses.replace(decision, text=text, owner=owner)


def add_decision(
    store: Store,
    workshop_id: WorkshopId,
    text: str,
    owner: str = "",
    due_date: dt.date | None = None,
    *,
    lang: Lang = "fr",
) -> Applied[Decision]:
    """The facilitator notes a decision or follow-up (what, who carries it, by when), last."""
    workshop = _workshop(store, workshop_id, lang)
    draft = _checked(
        Decision(workshop_id=workshop_id, text=text, owner=owner, due_date=due_date), workshop, lang
    )
    existing = store.decisions.of_workshop(workshop_id)
    position = max((d.position for d in existing), default=-1) + 1
    with operation(store) as op:
        saved = store.decisions.add(dataclasses.replace(draft, position=position))
    return op.applied(saved)


def update_decision(store: Store, decision: Decision, *, lang: Lang = "fr") -> Applied[Decision]:
    """The facilitator corrects a decision's text, owner or due date (its place stays)."""
    stored = _decision(store, decision.id, lang)
    workshop = _workshop(store, stored.workshop_id, lang)
    draft = _checked(
        dataclasses.replace(decision, workshop_id=stored.workshop_id, position=stored.position),
        workshop,
        lang,
    )
    with operation(store) as op:
        if draft != stored:
            store.decisions.update(draft)
    return op.applied(draft)


def remove_decision(
    store: Store, decision_id: DecisionId, *, lang: Lang = "fr"
) -> Applied[Decision]:
    """The facilitator removes a decision from the list (undo puts it back in its place)."""
    decision = _decision(store, decision_id, lang)
    with operation(store) as op:
        store.decisions.delete(decision_id)
    return op.applied(decision)


def move_decision(
    store: Store, decision_id: DecisionId, offset: int, *, lang: Lang = "fr"
) -> Applied[list[Decision]]:
    """The facilitator moves a decision up (offset -1) or down (+1) the list; at an end, it
    stays. The result is the workshop's decisions in their new order."""
    decision = _decision(store, decision_id, lang)
    ordered = store.decisions.of_workshop(decision.workshop_id)
    index = next(i for i, d in enumerate(ordered) if d.id == decision_id)
    target = max(0, min(len(ordered) - 1, index + offset))
    ordered.insert(target, ordered.pop(index))
    renumbered = [dataclasses.replace(d, position=i) for i, d in enumerate(ordered)]
    with operation(store) as op:
        for old, new in zip(ordered, renumbered, strict=True):
            if old.position != new.position:
                store.decisions.update(new)
    return op.applied(renumbered)


def set_next_meeting(
    store: Store,
    workshop_id: WorkshopId,
    day: dt.date | None,
    place: str,
    *,
    lang: Lang = "fr",
) -> Applied[Workshop]:
    """The facilitator says when and where the partners meet next (either may stay empty)."""
    workshop = _workshop(store, workshop_id, lang)
    place = _bounded("next_meeting_place", place, lang)
    _not_before(day, workshop, "next_meeting_date", "meeting_before", lang)
    changed = dataclasses.replace(workshop, next_meeting_date=day, next_meeting_place=place)
    with operation(store) as op:
        if changed != workshop:
            store.workshops.update(changed)
    return op.applied(changed)


def set_facilitator_contact(
    store: Store, workshop_id: WorkshopId, contact: str, *, lang: Lang = "fr"
) -> Applied[Workshop]:
    """The facilitator gives how partners reach them (an e-mail, a phone: free text), printed on
    the partner sheets."""
    workshop = _workshop(store, workshop_id, lang)
    contact = _bounded("facilitator_contact", contact, lang)
    changed = dataclasses.replace(workshop, facilitator_contact=contact)
    with operation(store) as op:
        if changed != workshop:
            store.workshops.update(changed)
    return op.applied(changed)
