"""A keyboard-accessible checkable list of the co-construction methods a workshop runs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.i18n import current_lang
from ui.widgets.check_boxes import CheckBoxes
from workshop.domain.methods import GUIDES
from workshop.domain.vocabulary import Method


class MethodsPicker(CheckBoxes[Method]):
    """The methods as check boxes, each with its instructions as tooltip: Tab (or the arrow
    keys) moves from one to the next, Space ticks or unticks it."""

    def __init__(self, parent: QWidget | None = None, *, columns: int = 2) -> None:
        lang = current_lang()
        super().__init__(
            Method,
            QCoreApplication.translate("MethodsPicker", "Méthodes de l'atelier"),
            parent,
            columns=columns,
            tooltip=lambda method: GUIDES[method].instructions_in(lang),
        )
