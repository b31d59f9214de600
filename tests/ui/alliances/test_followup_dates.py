"""The follow-up's due date filters, typed day first."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from ui.alliances.followup import FollowUpPanel


def test_typed_due_dates_filter_on_those_very_days(context, qtbot) -> None:
    """Typing 26/02/2027 in both date filters lists the commitments due that day only."""
    panel = FollowUpPanel(context, today=dt.date(2027, 2, 1))
    qtbot.addWidget(panel)
    everything = panel.model.records()
    day = everything[0].commitment.due_date
    assert day is not None
    for edit in (panel.due_from, panel.due_to):
        qtbot.keyClicks(edit, day.strftime("%d/%m/%Y"))
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    listed = panel.model.records()
    assert listed and {v.commitment.due_date for v in listed} == {day}
    assert len(listed) == sum(v.commitment.due_date == day for v in everything)
    panel.due_to.clear()
    qtbot.keyClicks(panel.due_to, "31/02/2027")  # no such day: said, not guessed
    qtbot.keyClick(panel.due_to, Qt.Key.Key_Return)
    assert "JJ/MM/AAAA" in panel.date_error.text()
