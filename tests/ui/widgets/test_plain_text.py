"""User text in tooltips and labels is shown as typed, never as markup."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QTextDocument

from ui.widgets.plain_text import no_mnemonic, plain_tooltip

HOSTILE = '<img src="file:///etc/hostname"> <b>gras</b> & <a href="x">lien</a>\nligne 2'


def _shown(tooltip: str) -> str:
    """What Qt shows for a tooltip (it renders anything that looks like markup)."""
    document = QTextDocument()
    document.setHtml(tooltip)
    return document.toPlainText()


def test_a_tooltip_shows_markup_typed_on_a_phone_as_text(qapp: Any) -> None:
    """An image tag, bold and a link typed on a phone show literally, line breaks kept."""
    assert _shown(plain_tooltip(HOSTILE)) == HOSTILE
    assert plain_tooltip("") == ""


def test_an_ampersand_in_a_label_is_not_a_mnemonic() -> None:
    """ "Fabre & Fils" on a button stays "Fabre & Fils"."""
    assert no_mnemonic("Fabre & Fils") == "Fabre && Fils"
