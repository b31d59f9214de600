"""Follow-up operations: decisions (add, edit, remove, reorder), next meeting, contact."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from tests.sql_count import counting
from workshop.domain.changes import Area
from workshop.domain.records import Decision, DecisionId, Workshop, WorkshopId
from workshop.errors import InvalidInput
from workshop.ops import revert
from workshop.ops.decisions import (
    add_decision,
    move_decision,
    remove_decision,
    set_facilitator_contact,
    set_next_meeting,
    update_decision,
)
from workshop.ops.workshops import create_workshop
from workshop.storage.store import Store

DAY = dt.date(2026, 3, 12)


@pytest.fixture
def workshop(store: Store) -> Workshop:
    return create_workshop(store, Workshop(title="Forum mobilités", date=DAY)).result


def _texts(store: Store, workshop_id: WorkshopId) -> list[str]:
    return [d.text for d in store.decisions.of_workshop(workshop_id)]


def test_a_decision_is_added_last_in_one_transaction_and_names_the_workshops_area(
    store: Store, workshop: Workshop
) -> None:
    """A decision noted is stored after the others, cleaned, in one transaction."""
    add_decision(store, workshop.id, "Créer un groupe de travail")
    with counting(store) as counted:
        applied = add_decision(
            store, workshop.id, "  Lancer   l'étude ", " Mairie ", dt.date(2026, 6, 30)
        )
    assert counted.transactions == 1
    assert applied.changes.touches(Area.WORKSHOPS)
    saved = store.decisions.get(applied.result.id)
    assert (saved.text, saved.owner, saved.due_date) == (
        "Lancer l'étude",
        "Mairie",
        dt.date(2026, 6, 30),
    )
    assert _texts(store, workshop.id) == ["Créer un groupe de travail", "Lancer l'étude"]


@pytest.mark.parametrize(
    ("text", "owner", "due", "field", "words"),
    [
        ("  \u200b ", "", None, "text", "Dites ce qui a été décidé."),
        ("x" * 1001, "", None, "text", "1\u202f001 caractères, 1\u202f000 au plus"),
        ("Étude", "o" * 201, None, "owner", "trop long"),
        ("Étude", "", dt.date(2025, 3, 12), "due_date", "avant la date de l'atelier"),
    ],
)
def test_a_refused_decision_says_why_next_to_its_field_and_writes_nothing(
    store: Store,
    workshop: Workshop,
    text: str,
    owner: str,
    due: dt.date | None,
    field: str,
    words: str,
) -> None:
    """An empty text, a text or owner too long, a due date before the workshop: refused,
    with the field named, and nothing is stored."""
    with pytest.raises(InvalidInput) as raised, counting(store) as counted:
        add_decision(store, workshop.id, text, owner, due)
    assert raised.value.field == field
    assert words in str(raised.value)
    assert counted.transactions == 0
    assert _texts(store, workshop.id) == []


def test_a_refusal_is_worded_in_english_when_asked(store: Store, workshop: Workshop) -> None:
    """The English interface reads the refusal in English."""
    with pytest.raises(InvalidInput, match=r"Say what was decided\."):
        add_decision(store, workshop.id, "", lang="en")


def test_undoing_an_added_decision_removes_it_and_redo_brings_it_back(
    store: Store, workshop: Workshop
) -> None:
    """Undo takes the new decision away; redo puts it back with the same id."""
    applied = add_decision(store, workshop.id, "Étude de faisabilité", "Département")
    assert applied.undo is not None
    redo = revert(store, applied.undo)
    assert redo.changes.touches(Area.WORKSHOPS)
    assert _texts(store, workshop.id) == []
    assert redo.undo is not None
    revert(store, redo.undo)
    assert store.decisions.get(applied.result.id).owner == "Département"


def test_an_edited_decision_keeps_its_place_and_undo_restores_the_old_text(
    store: Store, workshop: Workshop
) -> None:
    """Editing the first of two decisions keeps it first; undo gives the old text back."""
    first = add_decision(store, workshop.id, "Étude").result
    add_decision(store, workshop.id, "Groupe de travail")
    applied = update_decision(
        store, dataclasses.replace(first, text="Étude de faisabilité", owner="Région")
    )
    assert _texts(store, workshop.id) == ["Étude de faisabilité", "Groupe de travail"]
    assert store.decisions.get(first.id).owner == "Région"
    assert applied.undo is not None
    revert(store, applied.undo)
    assert store.decisions.get(first.id) == first


def test_an_edit_emptying_the_text_is_refused_and_the_decision_stays(
    store: Store, workshop: Workshop
) -> None:
    """Erasing a decision's text is refused (Delete removes it): the stored one is unchanged."""
    first = add_decision(store, workshop.id, "Étude").result
    with pytest.raises(InvalidInput) as raised:
        update_decision(store, dataclasses.replace(first, text=" "))
    assert raised.value.field == "text"
    assert store.decisions.get(first.id) == first


def test_a_removed_decision_comes_back_in_its_place_on_undo(
    store: Store, workshop: Workshop
) -> None:
    """Removing the middle decision, then undoing, gives the three back in their order."""
    ids = [add_decision(store, workshop.id, text).result.id for text in ("A", "B", "C")]
    applied = remove_decision(store, ids[1])
    assert _texts(store, workshop.id) == ["A", "C"]
    assert applied.undo is not None
    revert(store, applied.undo)
    assert _texts(store, workshop.id) == ["A", "B", "C"]


def test_a_decision_that_no_longer_exists_is_refused(store: Store, workshop: Workshop) -> None:
    """Removing or moving a decision already gone says so (another window removed it)."""
    with pytest.raises(InvalidInput, match="n'existe plus"):
        remove_decision(store, DecisionId(999))
    with pytest.raises(InvalidInput, match="n'existe plus"):
        move_decision(store, DecisionId(999), -1)


def test_moving_a_decision_up_and_down_reorders_the_list_and_undo_restores_it(
    store: Store, workshop: Workshop
) -> None:
    """Up swaps a decision with the one above, down with the one below; at the top it stays;
    undo puts the order back."""
    ids = [add_decision(store, workshop.id, text).result.id for text in ("A", "B", "C")]
    applied = move_decision(store, ids[2], -1)
    assert _texts(store, workshop.id) == ["A", "C", "B"]
    assert [d.text for d in applied.result] == ["A", "C", "B"]
    move_decision(store, ids[0], +1)
    assert _texts(store, workshop.id) == ["C", "A", "B"]
    top = move_decision(store, store.decisions.of_workshop(workshop.id)[0].id, -1)
    assert _texts(store, workshop.id) == ["C", "A", "B"]
    assert top.changes.empty


def test_undoing_a_move_gives_the_previous_order(store: Store, workshop: Workshop) -> None:
    """A move undone right away gives the order it changed."""
    ids = [add_decision(store, workshop.id, text).result.id for text in ("A", "B", "C")]
    applied = move_decision(store, ids[0], +1)
    assert _texts(store, workshop.id) == ["B", "A", "C"]
    assert applied.undo is not None
    revert(store, applied.undo)
    assert _texts(store, workshop.id) == ["A", "B", "C"]


def test_a_new_decision_after_a_removal_goes_last(store: Store, workshop: Workshop) -> None:
    """A decision added after others were reordered and removed is still the last one."""
    ids = [add_decision(store, workshop.id, text).result.id for text in ("A", "B")]
    move_decision(store, ids[1], -1)
    remove_decision(store, ids[0])
    add_decision(store, workshop.id, "C")
    assert _texts(store, workshop.id) == ["B", "C"]


def test_the_next_meeting_is_saved_and_undone_in_one_step(store: Store, workshop: Workshop) -> None:
    """The next meeting's date and place are stored together; undo empties both."""
    with counting(store) as counted:
        applied = set_next_meeting(store, workshop.id, dt.date(2026, 5, 4), " Salle  du conseil ")
    assert counted.transactions == 1
    assert applied.changes.touches(Area.WORKSHOPS)
    stored = store.workshops.get(workshop.id)
    assert (stored.next_meeting_date, stored.next_meeting_place) == (
        dt.date(2026, 5, 4),
        "Salle du conseil",
    )
    assert applied.undo is not None
    revert(store, applied.undo)
    stored = store.workshops.get(workshop.id)
    assert (stored.next_meeting_date, stored.next_meeting_place) == (None, "")


def test_a_next_meeting_before_the_workshop_or_a_place_too_long_is_refused(
    store: Store, workshop: Workshop
) -> None:
    """A next meeting dated before the workshop (a mistyped year) or a pasted page as its place
    is refused, with the field named, and nothing is stored."""
    with pytest.raises(InvalidInput) as raised:
        set_next_meeting(store, workshop.id, dt.date(2025, 5, 4), "Mairie")
    assert raised.value.field == "next_meeting_date"
    with pytest.raises(InvalidInput) as raised:
        set_next_meeting(store, workshop.id, None, "p" * 201)
    assert raised.value.field == "next_meeting_place"
    assert store.workshops.get(workshop.id) == workshop


def test_the_facilitator_contact_is_saved_bounded_and_undoable(
    store: Store, workshop: Workshop
) -> None:
    """The facilitator's contact is kept as typed (trimmed); too long it is refused; undo
    empties it."""
    applied = set_facilitator_contact(store, workshop.id, " anne@catalyse.fr · 06 12 34 56 78 ")
    assert store.workshops.get(workshop.id).facilitator_contact == (
        "anne@catalyse.fr · 06 12 34 56 78"
    )
    with pytest.raises(InvalidInput) as raised:
        set_facilitator_contact(store, workshop.id, "c" * 255)
    assert raised.value.field == "facilitator_contact"
    assert applied.undo is not None
    revert(store, applied.undo)
    assert store.workshops.get(workshop.id).facilitator_contact == ""


def test_saving_the_same_follow_up_again_changes_nothing(store: Store, workshop: Workshop) -> None:
    """Leaving a field without changing it writes nothing (no empty step in the Edit menu)."""
    set_next_meeting(store, workshop.id, None, "Mairie")
    assert set_next_meeting(store, workshop.id, None, "Mairie").changes.empty
    assert set_facilitator_contact(store, workshop.id, "").changes.empty
    decision = add_decision(store, workshop.id, "Étude").result
    assert update_decision(store, decision).changes.empty


def test_a_decision_of_a_deleted_workshop_goes_with_it(store: Store, workshop: Workshop) -> None:
    """Deleting a workshop removes its decisions; undoing the deletion brings them back."""
    from workshop.ops.workshops import delete_workshop

    add_decision(store, workshop.id, "Étude")
    applied = delete_workshop(store, workshop.id)
    assert store.decisions.of_workshop(workshop.id) == []
    assert applied.undo is not None
    revert(store, applied.undo)
    assert _texts(store, workshop.id) == ["Étude"]


def test_a_decision_record_round_trips_its_date(store: Store, workshop: Workshop) -> None:
    """A decision's due date reads back as the date typed."""
    saved = add_decision(store, workshop.id, "Étude", due_date=dt.date(2027, 1, 31)).result
    assert store.decisions.get(saved.id) == Decision(
        id=saved.id,
        workshop_id=workshop.id,
        text="Étude",
        due_date=dt.date(2027, 1, 31),
        position=0,
    )
