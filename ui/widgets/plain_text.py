"""User text shown by Qt as it is: never taken for markup, never a mnemonic."""

from __future__ import annotations

from PySide6.QtGui import Qt


def plain_tooltip(text: str) -> str:
    """A tooltip showing `text` literally (Qt would render "<img src=…>" typed on a phone)."""
    return Qt.convertFromPlainText(text) if text else ""


def no_mnemonic(text: str) -> str:
    """`text` for a button, menu or check box label: an "&" shows as itself, not an underline."""
    return text.replace("&", "&&")
