"""The desk reads an amount as the phones do: "1.500" and "1 500 €" are 1 500, "1,5" is 1.5."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from ui.alliances.capture_form import CommitmentCaptureForm
from workshop.queries.commitments import commitment_views

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _type(qtbot, text: str) -> None:
    """Type into the focused widget key by key (non-ASCII keys as events carrying their text)."""
    for ch in text:
        widget = QApplication.focusWidget()
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch)
                )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("1.500", 1500.0), ("1\u00a0500\u00a0€", 1500.0), ("1500 €", 1500.0), ("1,5", 1.5)],
)
def test_an_amount_typed_at_the_desk_is_the_amount_meant(
    context, qtbot, typed: str, expected: float
) -> None:
    """Typed in the capture form's quantity, "1.500" (French thousands) and "1 500 €" with
    no-break spaces are saved as 1 500, not 1,5; "1,5" is one and a half."""
    form = CommitmentCaptureForm(context)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(lambda: form.partner.hasFocus())
    store = context.store
    _type(qtbot, "transports riviere")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # no signatory
    _type(qtbot, "Financer le carburant")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    _type(qtbot, "F")  # Financier
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert form.quantity.hasFocus()
    _type(qtbot, typed)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    views = commitment_views(store, alliance_id=form.alliance.currentData())
    (saved,) = [v for v in views if v.commitment.description == "Financer le carburant"]
    assert saved.commitment.quantity == expected
