"""The next workshop opens with the last one's commitments: one at a time on the wall, read
back by keyboard (confirmed, done, dropped, or carried over to a new date)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from workshop.domain.records import Workshop
from workshop.domain.vocabulary import CommitmentStatus


def _follow_up_workshop(context) -> Workshop:
    store = context.store
    first = store.workshops.all()[0]
    second = store.workshops.add(
        Workshop(title="Deuxième atelier", date=dt.date(2027, 3, 4), previous_workshop_id=first.id)
    )
    context.set_current_workshop(second.id)
    return first


def _action(screen, text: str):
    return next(a for a in screen.actions() if a.text().replace("&", "") == text)


def test_the_review_steps_through_the_previous_open_commitments(context, screen, qtbot) -> None:
    """Revue des engagements de l'atelier précédent shows its open commitments one by one,
    titled with that workshop; Entrée confirms and R marks done, each one undoable step."""
    first = _follow_up_workshop(context)
    open_ids = [
        c.id
        for c in context.store.commitments.of_workshop(first.id)
        if c.status in (CommitmentStatus.PROPOSE, CommitmentStatus.CONFIRME)
    ]
    _action(screen, "Revue des engagements de l'atelier précédent").trigger()
    view = screen.read_back
    assert screen.wall_stack.currentWidget() is view
    assert {v.id for v in view._views} == set(open_ids)
    assert view.counter.text().startswith(f"Revue des engagements de « {first.title} »")
    current = view.current()
    qtbot.keyClick(view, Qt.Key.Key_R)
    assert context.store.commitments.get(current.id).status == CommitmentStatus.REALISE
    assert view.current().id != current.id


def test_d_carries_a_commitment_over_to_a_new_date(context, screen, qtbot) -> None:
    """D opens a date three months on; Entrée saves it as the new due date (the history keeps
    the old one) and moves on; Échap closes the date without changing anything."""
    _follow_up_workshop(context)
    _action(screen, "Revue des engagements de l'atelier précédent").trigger()
    view = screen.read_back
    current = view.current()
    before = current.commitment.due_date
    qtbot.keyClick(view, Qt.Key.Key_D)
    assert view.carry_row.isVisible() and view.new_date.hasFocus()
    qtbot.keyClick(view.new_date, Qt.Key.Key_Escape)
    assert not view.carry_row.isVisible()
    assert context.store.commitments.get(current.id).due_date == before
    qtbot.keyClick(view, Qt.Key.Key_D)
    proposed = view.new_date.value()
    assert proposed is not None and proposed > max(before or dt.date.today(), dt.date.today())
    qtbot.keyClick(view.new_date, Qt.Key.Key_Return)
    stored = context.store.commitments.get(current.id)
    assert stored.due_date == proposed and stored.status == current.commitment.status
    changes = context.store.commitments.changes(current.id)
    assert changes[-1].field == "due_date" and changes[-1].new == proposed.isoformat()
    assert view.current().id != current.id
    context.undo_stack.undo()
    assert context.store.commitments.get(current.id).due_date == before


def test_without_a_previous_workshop_the_review_says_how_to_link_one(
    context, screen, monkeypatch
) -> None:
    """A workshop that follows none: a message says to choose "Fait suite à"."""
    context.set_current_workshop(
        context.store.workshops.add(Workshop(title="Isolé", territory="Ailleurs")).id
    )
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    _action(screen, "Revue des engagements de l'atelier précédent").trigger()
    assert said and "Fait suite à" in said[0]


def test_a_new_date_years_away_is_asked_about_before_it_is_kept(
    context, screen, qtbot, monkeypatch
) -> None:
    """D, then a year typed wrong (2207): the date is asked about; "Corriger la date" keeps the
    field open and saves nothing."""
    import ui.alliances.readback as readback

    _follow_up_workshop(context)
    _action(screen, "Revue des engagements de l'atelier précédent").trigger()
    view = screen.read_back
    current = view.current()
    asked: list[dt.date] = []
    monkeypatch.setattr(readback, "confirm_far_date", lambda _p, d: asked.append(d) or False)
    qtbot.keyClick(view, Qt.Key.Key_D)
    view.new_date.set_value(dt.date(2207, 3, 1))
    qtbot.keyClick(view.new_date, Qt.Key.Key_Return)
    assert asked == [dt.date(2207, 3, 1)]
    assert view.carry_row.isVisible() and view.current().id == current.id
    assert context.store.commitments.get(current.id).due_date == current.commitment.due_date
