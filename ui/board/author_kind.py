"""Asking the facilitator the kind of an organisation typed as a card's author, to add it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from ui.i18n import current_lang
from workshop.domain.vocabulary import OrganisationKind
from workshop.ops.registry import UnknownOrganisation


def _tr(text: str) -> str:
    return QCoreApplication.translate("BoardAuthorKind", text)


def ask_organisation_kind(parent: QWidget, unknown: UnknownOrganisation) -> OrganisationKind | None:
    """The kind chosen in a list (arrows or first letters, then Enter), or None if cancelled.

    The list starts on no kind: Enter alone never files a "Mairie" as whatever comes first;
    OK on it asks again.
    """
    lang = current_lang()
    kinds = list(OrganisationKind)
    labels = [kind.label(lang) for kind in kinds]
    placeholder = _tr("— choisir le type —")
    while True:
        chosen, ok = QInputDialog.getItem(
            parent,
            _tr("Nouvelle structure"),
            _tr(
                "« {name} » n'est pas dans le registre. Pour l'ajouter, choisissez son type :"
            ).format(name=unknown.name),
            [placeholder, *labels],
            0,
            False,
        )
        if not ok:
            return None
        if chosen in labels:
            return kinds[labels.index(chosen)]
