"""The import wizard and where organisations are: a town not recognised is listed before the
import, and the report counts the rows to check."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.ui.stakeholders.test_import_wizard import checks, open_by_keyboard, wizard
from ui.stakeholders.import_wizard import ImportWizard

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
__all__ = ["wizard"]


def test_a_town_not_recognised_is_listed_and_no_commune_is_saved(
    wizard: ImportWizard, qtbot: Any, tmp_path: Path
) -> None:
    """ "Saint-Aubin" (several communes) is listed with its row before the import; the import
    saves Blois for the other row, no commune for this one, and counts one row to check."""
    path = tmp_path / "inscrits.csv"
    path.write_text(
        "Structure;CP;Ville\nRucher du Château;41000;Blois\nComité des fêtes;;Saint-Aubin\n",
        encoding="utf-8",
    )
    store = wizard.context.store
    open_by_keyboard(wizard, qtbot, path)
    assert checks(wizard) == [
        (
            "3",
            "plusieurs communes s'appellent « Saint-Aubin » : ajoutez le code postal au fichier "
            "ou choisissez la commune dans la fiche de la structure",
        )
    ]
    qtbot.keyClick(wizard.mapping_page.combos[0], Qt.Key.Key_Return)  # "Importer"
    assert wizard.currentPage() is wizard.report_page
    assert "<b>Lignes à vérifier</b> : 1" in wizard.report_page.summary.text()
    rucher = store.organisations.by_name("Rucher du Château")
    comite = store.organisations.by_name("Comité des fêtes")
    assert rucher is not None and rucher.commune_name == "Blois"
    assert comite is not None and (comite.commune_code, comite.territory) == ("", "Saint-Aubin")
