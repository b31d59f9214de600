"""The due date of a commitment, typed in the capture form: that date, and a far one asked."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from tests.ui.widgets.test_date_field import answer_next_dialog
from ui.alliances.capture_form import CommitmentCaptureForm
from workshop.queries.commitments import commitment_views

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def form(context, qtbot):
    widget = CommitmentCaptureForm(context)
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: widget.partner.hasFocus())
    return widget


def _capture(qtbot, form: CommitmentCaptureForm, what: str, due: str) -> None:
    qtbot.keyClicks(form.partner, "transports riviere")
    qtbot.keyClicks(form.description, what)
    form.due.setFocus()
    form.due.selectAll()
    qtbot.keyClicks(form.due, due)
    qtbot.keyClick(form.due, Qt.Key.Key_Return)


def _due_of(context, form: CommitmentCaptureForm, what: str) -> dt.date | str | None:
    views = commitment_views(context.store, alliance_id=form.alliance.currentData())
    found = [v.commitment.due_date for v in views if v.commitment.description == what]
    return found[0] if found else "not saved"


def test_a_typed_due_date_is_that_date(context, form, qtbot) -> None:
    """Typing 05/12/2026 as the due date saves 5 December 2026."""
    _capture(qtbot, form, "Navette du marche", "05/12/2026")
    assert _due_of(context, form, "Navette du marche") == dt.date(2026, 12, 5)


def test_a_far_due_date_is_asked_about(context, form, qtbot) -> None:
    """A due date such as 05/12/2202 asks first: Enter corrects it (nothing saved, the date
    selected for retyping); "Garder" saves it."""
    far = f"05/12/{dt.date.today().year + 176}"
    seen: list[str] = []
    answer_next_dialog(qtbot, Qt.Key.Key_Return, seen=seen)
    _capture(qtbot, form, "Navette lointaine", far)
    assert seen and "décembre" in seen[0]
    assert _due_of(context, form, "Navette lointaine") == "not saved"
    assert form.due.selectedText() == far
    answer_next_dialog(qtbot, Qt.Key.Key_G)
    form.activateWindow()
    form.save()
    assert _due_of(context, form, "Navette lointaine") == dt.date(dt.date.today().year + 176, 12, 5)
