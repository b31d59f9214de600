"""Workshop operations: create (with its board's zones), edit, duplicate, delete, agenda, SDGs.

Each one is one transaction whose writes the journal records: a deleted workshop's undo brings
back its board, attendance, alliances' link and commitments as they were, with the same ids.
"""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Iterable, Sequence

from workshop.domain.board_layout import new_zone_box
from workshop.domain.methods import GUIDES, with_steps_of, without_steps_of
from workshop.domain.needs import checked_needs
from workshop.domain.records import AgendaStep, Workshop, WorkshopId, Zone
from workshop.domain.text import fold
from workshop.domain.validation import clean_fields
from workshop.domain.vocabulary import Lang, Method
from workshop.errors import InvalidInput, NotFound
from workshop.ops import Applied, operation
from workshop.storage.board import TEMPLATES
from workshop.storage.store import Store

SDG_COUNT = 17

_MESSAGES: dict[str, tuple[str, str]] = {
    "title": ("Donnez un titre à l'atelier.", "The workshop needs a title."),
    "time": (
        "L'heure de fin doit être après l'heure de début.",
        "The end time must be after the start time.",
    ),
    "template": ("Ce modèle de tableau n'existe pas.", "There is no such board template."),
    "sdgs": ("Les ODD sont numérotés de 1 à 17.", "SDGs are numbered 1 to 17."),
    "agenda_title": ("Chaque étape du déroulé a un titre.", "Every agenda step needs a title."),
    "agenda_minutes": (
        "La durée d'une étape du déroulé est un nombre de minutes positif.",
        "An agenda step lasts a positive number of minutes.",
    ),
    "missing": ("Cet atelier n'existe plus.", "This workshop no longer exists."),
    "methods": ("Cette méthode n'existe pas.", "There is no such method."),
}


def _message(code: str, lang: Lang) -> str:
    fr, en = _MESSAGES[code]
    return fr if lang == "fr" else en


def workshop_problems(workshop: Workshop, lang: Lang = "fr") -> dict[str, str]:
    """Field ("title", "time", "sdgs", "agenda") -> message, for what cannot be saved."""
    problems: dict[str, str] = {}
    if not workshop.title.strip():
        problems["title"] = _message("title", lang)
    if workshop.start_time and workshop.end_time and workshop.end_time <= workshop.start_time:
        problems["time"] = _message("time", lang)
    if any(not 1 <= number <= SDG_COUNT for number in workshop.sdgs):
        problems["sdgs"] = _message("sdgs", lang)
    agenda = _agenda_problem(workshop.agenda, lang)
    if agenda:
        problems["agenda"] = agenda
    return problems


def _agenda_problem(agenda: Iterable[AgendaStep], lang: Lang) -> str | None:
    for step in agenda:
        if not step.title.strip():
            return _message("agenda_title", lang)
        if step.minutes <= 0:
            return _message("agenda_minutes", lang)
    return None


def _check(workshop: Workshop, lang: Lang) -> Workshop:
    """The workshop with its title trimmed and SDGs in order, or InvalidInput (first problem)."""
    workshop = clean_fields(workshop)  # no control nor invisible characters in any text
    problems = workshop_problems(workshop, lang)
    if problems:
        field, text = next(iter(problems.items()))
        raise InvalidInput(text, field)
    return dataclasses.replace(
        workshop,
        title=workshop.title.strip(),
        sdgs=tuple(sorted(set(workshop.sdgs))),
        needs=checked_needs(workshop.needs, lang),
        methods=_checked_methods(workshop.methods, lang),
    )


def _existing(store: Store, workshop_id: WorkshopId, lang: Lang) -> Workshop:
    try:
        return store.workshops.get(workshop_id)
    except NotFound as error:
        raise InvalidInput(_message("missing", lang), "workshop") from error


def create_workshop(
    store: Store, workshop: Workshop, template: str = "co_construction", *, lang: Lang = "fr"
) -> Applied[Workshop]:
    """The facilitator creates a workshop, its board laid out with a template's zones."""
    draft = _check(dataclasses.replace(workshop, id=WorkshopId(0)), lang)
    if template not in TEMPLATES:
        raise InvalidInput(_message("template", lang), "template")
    with operation(store) as op:
        saved = store.workshops.add(draft)
        store.board.zones.apply_template(saved.id, template)
        if draft.methods:  # their zones beside the template's (co-construction's), their steps
            saved = _change_methods(store, saved, (), draft.methods, lang, template=template)
    return op.applied(saved)


def update_workshop(store: Store, workshop: Workshop, *, lang: Lang = "fr") -> Applied[Workshop]:
    """The facilitator saves a workshop's edited details, agenda and target SDGs."""
    draft = _check(workshop, lang)
    stored = _existing(store, workshop.id, lang)
    # The board's timer goes on saving while the form is open: its state is kept as stored.
    draft = dataclasses.replace(draft, timer_state=stored.timer_state)
    with operation(store) as op:
        saved = store.workshops.update(draft)
        if draft.methods != stored.methods:  # the methods changed in the form: as below
            saved = _change_methods(store, saved, stored.methods, draft.methods, lang)
    return op.applied(saved)


def duplicate_workshop(
    store: Store, workshop_id: WorkshopId, title: str, *, lang: Lang = "fr"
) -> Applied[Workshop]:
    """The facilitator copies a workshop: details, agenda and board zones, no cards nor people."""
    title = " ".join(title.split())
    if not title:
        raise InvalidInput(_message("title", lang), "title")
    _existing(store, workshop_id, lang)
    with operation(store) as op:
        copy = store.workshops.duplicate(workshop_id, title)
        if copy.timer_state:  # a new session: its timer starts afresh, not where the other was
            copy = store.workshops.update(dataclasses.replace(copy, timer_state=""))
    return op.applied(copy)


def delete_workshop(
    store: Store, workshop_id: WorkshopId, *, lang: Lang = "fr"
) -> Applied[Workshop]:
    """The facilitator deletes a workshop with its board and attendance (undo restores all)."""
    workshop = _existing(store, workshop_id, lang)
    with operation(store) as op:
        store.workshops.delete(workshop_id)
    return op.applied(workshop)


def set_agenda(
    store: Store, workshop_id: WorkshopId, agenda: Sequence[AgendaStep], *, lang: Lang = "fr"
) -> Applied[Workshop]:
    """The facilitator replaces a workshop's agenda (its timed steps)."""
    steps = tuple(dataclasses.replace(step, title=step.title.strip()) for step in agenda)
    problem = _agenda_problem(steps, lang)
    if problem:
        raise InvalidInput(problem, "agenda")
    workshop = _existing(store, workshop_id, lang)
    with operation(store) as op:
        saved = store.workshops.update(dataclasses.replace(workshop, agenda=steps))
    return op.applied(saved)


def set_target_sdgs(
    store: Store, workshop_id: WorkshopId, sdgs: Iterable[int], *, lang: Lang = "fr"
) -> Applied[Workshop]:
    """The facilitator chooses the Sustainable Development Goals a workshop targets."""
    numbers = tuple(sorted(set(sdgs)))
    if any(not 1 <= number <= SDG_COUNT for number in numbers):
        raise InvalidInput(_message("sdgs", lang), "sdgs")
    workshop = _existing(store, workshop_id, lang)
    with operation(store) as op:
        saved = store.workshops.update(dataclasses.replace(workshop, sdgs=numbers))
    return op.applied(saved)


# -- the board timer's state -------------------------------------------------------------------

_TIMER_MESSAGE = ("L'état du minuteur n'est pas valable.", "The timer's state is not valid.")


@dataclasses.dataclass(frozen=True)
class TimerState:
    """The board timer as saved: its phase (index and title, to find it in an edited agenda),
    the seconds left when saved (negative once over), whether it ran, when it was saved
    (seconds since the epoch) and whether the end of the phase was already signalled."""

    phase: int
    title: str
    remaining: float
    running: bool
    saved_at: float
    alarmed: bool = False

    def left_at(self, now: float) -> float:
        """The seconds left at this time (a running timer went on counting since it was saved)."""
        return self.remaining - (max(0.0, now - self.saved_at) if self.running else 0.0)


def timer_state_of(workshop: Workshop) -> TimerState | None:
    """The timer's state saved in a workshop (None: never started, or unreadable)."""
    if not workshop.timer_state:
        return None
    try:
        data = json.loads(workshop.timer_state)
        state = TimerState(
            phase=int(data["phase"]),
            title=str(data["title"]),
            remaining=float(data["remaining"]),
            running=bool(data["running"]),
            saved_at=float(data["saved_at"]),
            alarmed=bool(data.get("alarmed", False)),
        )
    except (ValueError, TypeError, KeyError, AttributeError):
        return None
    return state if _timer_state_valid(state) else None


def _timer_state_valid(state: TimerState) -> bool:
    return (
        state.phase >= 0
        and math.isfinite(state.remaining)
        and math.isfinite(state.saved_at)
        and state.saved_at >= 0
    )


def save_timer_state(
    store: Store, workshop_id: WorkshopId, state: TimerState, *, lang: Lang = "fr"
) -> Applied[Workshop]:
    """The board's timer keeps its phase and time left in the workshop, to resume after a restart.

    The board saves it as the clock runs (on each start, pause or phase, and every few seconds):
    the UI runs it without an undo step, since Ctrl+Z undoes the facilitator's edits, not the
    clock. Only the timer's state is written: the rest of the workshop is read here, fresh.
    """
    if not _timer_state_valid(state):
        raise InvalidInput(_TIMER_MESSAGE[0 if lang == "fr" else 1], "timer_state")
    workshop = _existing(store, workshop_id, lang)
    text = json.dumps(dataclasses.asdict(state), ensure_ascii=False, sort_keys=True)
    with operation(store) as op:
        saved = store.workshops.update(dataclasses.replace(workshop, timer_state=text))
    return op.applied(saved)


# -- the methods a workshop runs ------------------------------------------------------------------


def _checked_methods(methods: Iterable[Method | str], lang: Lang) -> tuple[Method, ...]:
    try:
        return tuple(dict.fromkeys(Method(method) for method in methods))
    except ValueError as error:
        raise InvalidInput(_message("methods", lang), "methods") from error


def _method_zones(method: Method, template: str = "") -> tuple[tuple[str, str], ...]:
    """The zones a method lays (name, colour): co-construction's are a board template's."""
    guide = GUIDES[method]
    if guide.template:
        return TEMPLATES[template or guide.template]
    return guide.zones


def _change_methods(
    store: Store,
    workshop: Workshop,
    before: Sequence[Method],
    after: Sequence[Method],
    lang: Lang,
    *,
    template: str = "",
) -> Workshop:
    """Inside an operation: the methods added lay their zones to the right of the board's (a
    zone of that name already there is kept) and add their agenda steps at its end; those
    removed take away their steps and their zones left empty (a zone with cards stays)."""
    after = _checked_methods(after, lang)
    added = [m for m in after if m not in before]
    removed = [m for m in before if m not in after]
    zones = store.board.zones.of_workshop(workshop.id)
    names = {fold(zone.name).strip() for zone in zones}
    for method in added:
        if template and method is Method.CO_CONSTRUCTION:
            continue  # the template just laid is the co-construction board
        for name, colour in _method_zones(method):
            if fold(name).strip() in names:
                continue
            box = new_zone_box(zones)
            zone = Zone(
                workshop_id=workshop.id,
                name=name,
                x=box.x,
                y=box.y,
                width=box.width,
                height=box.height,
                colour=colour,
                position=max((z.position for z in zones), default=-1) + 1,
            )
            zones.append(store.board.zones.add(zone))
            names.add(fold(name).strip())
    kept = {fold(name).strip() for method in after for name, _ in _method_zones(method)}
    for method in removed:
        gone = {fold(name).strip() for name, _ in _method_zones(method)} - kept
        for zone in zones:
            if fold(zone.name).strip() in gone and not store.board.cards.count(
                "zone_id = ?", [zone.id]
            ):
                store.board.zones.delete(zone.id)
    agenda = with_steps_of(without_steps_of(workshop.agenda, removed, after), added, lang)
    return store.workshops.update(dataclasses.replace(workshop, methods=after, agenda=agenda))


def set_workshop_methods(
    store: Store, workshop_id: WorkshopId, methods: Iterable[Method | str], *, lang: Lang = "fr"
) -> Applied[Workshop]:
    """The facilitator changes the methods a workshop runs: a method added lays its zones beside
    the board's and adds its agenda steps; one removed takes its steps and its empty zones away
    (never a card, nor a zone holding one). One step to undo."""
    chosen = _checked_methods(methods, lang)
    workshop = _existing(store, workshop_id, lang)
    with operation(store) as op:
        saved = _change_methods(store, workshop, workshop.methods, chosen, lang)
    return op.applied(saved)
