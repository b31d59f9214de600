"""The import wizard: preview, guessed mapping the user can change, report, one undo step."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget, QWizard

from ui.stakeholders.import_wizard import ImportWizard
from workshop.domain.vocabulary import ResourceKind
from workshop.importing import Field

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

SAMPLES = Path(__file__).parents[2] / "workshop" / "importing" / "samples"


@pytest.fixture
def wizard(context: Any, qtbot: Any) -> ImportWizard:
    widget = ImportWizard(context)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def combo_field(wizard: ImportWizard, header: str) -> str | None:
    table = wizard.table
    assert table is not None
    return wizard.mapping_page.combos[table.headers.index(header)].currentData()


def test_helloasso_export_is_previewed_mapped_imported_and_undone(wizard: ImportWizard) -> None:
    """A HelloAsso file is previewed, its French headers mapped, imported, then undone at once."""
    store = wizard.context.store
    people = store.people.count()
    wizard.file_page.path.setText(str(SAMPLES / "helloasso_participants.csv"))
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    assert "HelloAsso" in wizard.preview_page.summary.text()
    assert wizard.preview_page.grid.rowCount() > 0
    assert wizard.preview_page.grid.item(0, 3).text() == "Moreau"
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    assert combo_field(wizard, "Prénom participant") == Field.FIRST_NAME.value
    assert combo_field(wizard, "Email payeur") == Field.EMAIL.value
    assert combo_field(wizard, "Raison sociale") == Field.ORGANISATION.value
    forecast = wizard.mapping_page.forecast.text()
    assert "Prévision" in forecast
    assert store.people.count() == people  # the forecast is a dry run
    wizard.next()
    report = wizard.report
    assert report is not None and report.people.created > 0
    assert f"{report.people.created} personne(s) créée(s)" in forecast
    assert "créées" in wizard.report_page.summary.text()
    assert store.people.count() == people + report.people.created
    assert wizard.context.undo_stack.count() == 1
    wizard.context.undo_stack.undo()
    assert store.people.count() == people


def test_ignoring_the_email_column_changes_the_mapping(wizard: ImportWizard) -> None:
    """A column set to "Ignorer" on the mapping step is not imported."""
    store = wizard.context.store
    wizard.file_page.path.setText(str(SAMPLES / "eventbrite_attendees.csv"))
    wizard.file_page.register.setChecked(False)
    wizard.next()
    wizard.next()
    table = wizard.table
    assert table is not None
    email_column = wizard.mapping.columns[Field.EMAIL]
    wizard.mapping_page.combos[email_column].setCurrentIndex(0)
    wizard.next()
    assert Field.EMAIL not in wizard.mapping.columns
    first_email = table.cell(0, email_column)
    assert store.people.by_email(first_email) is None
    assert wizard.report is not None and wizard.report.registered == 0


def test_unreadable_file_is_explained_and_changes_nothing(
    wizard: ImportWizard, tmp_path: Path
) -> None:
    """A binary file is refused on the first step with a message; the registry is untouched."""
    junk = tmp_path / "photo.csv"
    junk.write_bytes(bytes(range(256)) * 20)
    wizard.file_page.path.setText(str(junk))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert "Impossible de lire" in wizard.file_page.error.text()
    assert wizard.context.undo_stack.count() == 0
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


FORMULAS_CSV = (
    "Structure;Prénom;Nom;E-mail;Téléphone\n"
    '=HYPERLINK("https://exemple.fr","Mairie de Vatan");Luc;Besson;luc@vatan.fr;\n'
    "Fabre & Fils;Anne;Fabre;anne@fabre.fr;+33 6 12 34 56 78\n"
    "@SUM(A1:A2);Marc;Roy;marc@roy.fr;\n"
)


def open_by_keyboard(wizard: ImportWizard, qtbot: Any, path: Path) -> None:
    """Type the file's path on the first step, then Enter twice to reach the mapping."""
    wizard.file_page.path.setFocus()
    qtbot.keyClicks(wizard.file_page.path, str(path))
    qtbot.keyClick(wizard.file_page.path, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.preview_page
    qtbot.keyClick(wizard.preview_page.grid, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.mapping_page


def column_names(wizard: ImportWizard) -> list[str]:
    """The mapping step's rows from top to bottom, as their first label reads."""
    form = wizard.mapping_page.form
    names = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole) or form.itemAt(
            row, QFormLayout.ItemRole.SpanningRole
        )
        widget = item.widget()
        label = widget if isinstance(widget, QLabel) else widget.findChild(QLabel)
        names.append(label.text())
    return names


def checks(wizard: ImportWizard) -> list[tuple[str, str]]:
    table = wizard.mapping_page.checks
    if table.isHidden():
        return []
    return [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]


def test_formula_cells_are_flagged_and_left_out_by_default(
    wizard: ImportWizard, qtbot: Any, tmp_path: Path
) -> None:
    """Formula-looking names are listed with row, column and value, and are not imported."""
    path = tmp_path / "formules.csv"
    path.write_text(FORMULAS_CSV, encoding="utf-8")
    store = wizard.context.store
    open_by_keyboard(wizard, qtbot, path)
    preview = wizard.preview_page.grid
    assert preview.item(0, 0).toolTip() == "Ressemble à une formule de tableur"
    assert preview.item(1, 4).toolTip() == ""  # "+33 6 12 34 56 78" is a phone number
    assert not wizard.preview_page.flagged.isHidden()  # "highlighted cells look like formulas"
    assert checks(wizard) == [
        (
            "2",
            '« =HYPERLINK("https://exemple.fr","Mairie de Vatan") » dans la colonne « Structure » '
            "ressemble à une formule de tableur",
        ),
        ("4", "« @SUM(A1:A2) » dans la colonne « Structure » ressemble à une formule de tableur"),
    ]
    assert wizard.mapping_page.formula_row.isVisibleTo(wizard)
    qtbot.keyClick(wizard.mapping_page.combos[0], Qt.Key.Key_Return)  # "Importer"
    assert wizard.currentPage() is wizard.report_page
    assert "<b>Lignes rejetées</b> : 2" in wizard.report_page.summary.text()
    names = {o.name for o in store.organisations.all()}
    assert "Fabre & Fils" in names
    assert not any(name.startswith(("=", "@")) or "HYPERLINK" in name for name in names)


def test_formula_cells_can_be_imported_as_text(
    wizard: ImportWizard, qtbot: Any, tmp_path: Path
) -> None:
    """Chosen by keyboard, "as text" imports the rows without the sign and counts them."""
    path = tmp_path / "formules.csv"
    path.write_text(FORMULAS_CSV, encoding="utf-8")
    store = wizard.context.store
    open_by_keyboard(wizard, qtbot, path)
    page = wizard.mapping_page
    qtbot.keyClick(page.combos[0], Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert page.formula_cells.hasFocus()
    qtbot.keyClick(page.formula_cells, Qt.Key.Key_Down)
    page.update_forecast()  # what the debounce timer does a moment later
    assert [row for row, _ in checks(wizard)] == ["2", "4"]
    assert checks(wizard)[1][1] == (
        "« @SUM(A1:A2) » (colonne « Structure ») sera importé comme « SUM(A1:A2) »"
    )
    qtbot.keyClick(page.formula_cells, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.report_page
    summary = wizard.report_page.summary.text()
    assert "<b>Lignes importées avec une formule changée en texte</b> : 2" in summary
    assert "<b>Lignes rejetées</b> : 0" in summary
    names = {o.name for o in store.organisations.all()}
    assert "SUM(A1:A2)" in names and "@SUM(A1:A2)" not in names


def test_rows_without_a_name_are_listed_before_the_import(
    wizard: ImportWizard, qtbot: Any, tmp_path: Path
) -> None:
    """An e-mail-only file shows its nameless rows by number and creates nobody."""
    path = tmp_path / "adresses.csv"
    path.write_text("E-mail\nluc@vatan.fr\nmarc@roy.fr\n", encoding="utf-8")
    store = wizard.context.store
    people = store.people.count()
    open_by_keyboard(wizard, qtbot, path)
    page = wizard.mapping_page
    assert "Aucune colonne de nom" in page.warning.text()
    assert checks(wizard) == [
        ("2", "personne sans prénom ni nom (luc@vatan.fr) : ajoutez son nom au fichier"),
        ("3", "personne sans prénom ni nom (marc@roy.fr) : ajoutez son nom au fichier"),
    ]
    assert "0 personne(s) créée(s)" in page.forecast.text()
    qtbot.keyClick(page.combos[0], Qt.Key.Key_Return)
    assert "<b>Personnes</b> : 0 créées" in wizard.report_page.summary.text()
    assert wizard.report_page.rejected.rowCount() == 2
    assert store.people.count() == people


def test_offers_column_is_mapped_and_mapped_columns_come_first(
    wizard: ImportWizard, qtbot: Any, tmp_path: Path
) -> None:
    """ "Ce que vous pouvez apporter" fills the offers; the mapped columns are listed first,
    in the Tab order too, and the organisation gets its offers."""
    path = tmp_path / "offres.csv"
    path.write_text(
        "N° dossier;Structure;Référence interne;Ce que vous pouvez apporter\n"
        "A-12;Coop des Lys;X;Une salle et deux bénévoles\n",
        encoding="utf-8",
    )
    open_by_keyboard(wizard, qtbot, path)
    page = wizard.mapping_page
    assert combo_field(wizard, "Ce que vous pouvez apporter") == Field.OFFERS.value
    assert column_names(wizard) == [
        "Structure",
        "Ce que vous pouvez apporter",
        "Colonnes laissées de côté :",
        "N° dossier",
        "Référence interne",
    ]
    structure, offers = page.combos[1], page.combos[3]
    structure.setFocus()
    qtbot.keyClick(structure, Qt.Key.Key_Tab)
    assert offers.hasFocus()
    qtbot.keyClick(offers, Qt.Key.Key_Return)
    coop = next(o for o in wizard.context.store.organisations.all() if o.name == "Coop des Lys")
    assert coop.offers == (ResourceKind.HUMAIN, ResourceKind.MATERIEL)


def test_an_ampersand_in_user_text_is_shown_not_taken_for_a_shortcut(
    wizard: ImportWizard, qtbot: Any, tmp_path: Path
) -> None:
    """ "Fabre & Fils" in a header, a value or the workshop's title shows its "&" and grabs no
    Alt shortcut; markup in a file name is shown as typed."""
    store = wizard.context.store
    workshop = store.workshops.get(wizard.context.current_workshop_id)
    store.workshops.update(dataclasses.replace(workshop, title="Forum Fabre & Fils"))
    wizard.restart()
    register = wizard.file_page.register
    assert "« Forum Fabre && Fils »" in register.text()
    assert QKeySequence.mnemonic(register.text()).isEmpty()
    wizard.file_page.path.setFocus()
    qtbot.keyClicks(wizard.file_page.path, str(tmp_path / "<b>Fabre & Fils</b>.csv"))
    qtbot.keyClick(wizard.file_page.path, Qt.Key.Key_Return)
    error = wizard.file_page.error
    assert error.textFormat() is Qt.TextFormat.PlainText and "<b>Fabre & Fils</b>" in error.text()
    path = tmp_path / "fabre.csv"
    path.write_text("Nom;Prix & conditions;Structure\nFabre;10 €;Fabre & Fils\n", encoding="utf-8")
    wizard.file_page.path.clear()
    open_by_keyboard(wizard, qtbot, path)
    names = column_names(wizard)
    assert "Prix && conditions" in names  # shown "Prix & conditions"
    boxes = wizard.mapping_page.findChildren(QWidget, "column_label")
    examples = [box.findChildren(QLabel)[1] for box in boxes]
    assert "ex. : Fabre & Fils" in [e.text() for e in examples]
    assert all(e.textFormat() is Qt.TextFormat.PlainText and e.buddy() is None for e in examples)
    first = wizard.mapping_page.combos[0]
    first.setFocus()
    for key in (Qt.Key.Key_A, Qt.Key.Key_F, Qt.Key.Key_C):
        qtbot.keyClick(first, key, Qt.KeyboardModifier.AltModifier)
        assert first.hasFocus(), key


def test_mixed_encodings_are_said_and_columns_left_aside_are_named(
    wizard: ImportWizard, qtbot: Any, tmp_path: Path
) -> None:
    """A UTF-8 file with Windows-1252 lines previews with its accents and says how it was read;
    the report names the column that was not imported."""
    path = tmp_path / "inscrits.csv"
    path.write_bytes(
        "Nom;Prénom;E-mail;Pointure\nDurand;Léa;lea@exemple.fr;38\n".encode()
        + "Martin;Hélène;helene@exemple.fr;40\n".encode("cp1252")
    )
    open_by_keyboard(wizard, qtbot, path)
    assert "encodage : UTF-8, 1 ligne lue en Windows-1252 (ligne 3)" in (
        wizard.preview_page.summary.text()
    )
    assert wizard.preview_page.grid.item(1, 1).text() == "Hélène"
    assert combo_field(wizard, "Prénom") == Field.FIRST_NAME.value
    qtbot.keyClick(wizard.mapping_page.combos[0], Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.report_page
    assert "<b>Colonnes non importées</b> : « Pointure »" in wizard.report_page.summary.text()
    helene = wizard.context.store.people.by_email("helene@exemple.fr")
    assert helene is not None and helene.first_name == "Hélène"


def _big_workbook(path: Path, rows: int) -> Path:
    """An .xlsx of `rows` people (a few seconds to read)."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(["Nom", "Prénom", "E-mail", "Structure"])
    for n in range(rows):
        sheet.append([f"Martin{n}", f"Léa{n}", f"lea{n}@exemple.fr", f"Asso {n % 50}"])
    book.save(path)
    return path


ROWS = 10_000


def test_a_big_file_is_read_with_a_progress_bar_and_can_be_stopped(
    wizard: ImportWizard, qtbot: Any, tmp_path: Path
) -> None:
    """While a big .xlsx is read the window answers: the bar moves, « Arrêter la lecture »
    (focused, so Space works) stops the reading; nothing is imported; the file reads again."""
    # Big enough that the reading, about a second, outlasts the first progress by far: the
    # stop lands while it runs (20,000 rows took twice as long and showed no more).
    path = _big_workbook(tmp_path / "gros.xlsx", ROWS)
    page = wizard.file_page
    people = wizard.context.store.people.count()
    seen: list[tuple[bool, bool, int]] = []

    def on_progress(value: int) -> None:
        if not value:
            return
        seen.append((page.reading.isVisible(), page.cancel_reading.hasFocus(), value))
        if len(seen) == 1:  # the GUI thread answers while the file is being read
            qtbot.keyClick(page.cancel_reading, Qt.Key.Key_Space)

    page.progress.valueChanged.connect(on_progress)
    page.path.setFocus()
    qtbot.keyClicks(page.path, str(path))
    qtbot.keyClick(page.path, Qt.Key.Key_Return)
    assert seen and seen[0][:2] == (True, True)
    assert wizard.currentPage() is page
    assert page.error.text() == "Lecture arrêtée : rien n'a été importé."
    assert not page.reading.isVisible() and page.path.isEnabled()
    assert wizard.context.store.people.count() == people
    page.progress.valueChanged.disconnect(on_progress)
    qtbot.keyClick(page.path, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.preview_page
    assert wizard.table is not None and len(wizard.table.rows) == ROWS


def test_a_decompression_bomb_is_refused_in_one_line(
    wizard: ImportWizard, qtbot: Any, tmp_path: Path
) -> None:
    """A 5 KB .xlsx whose sheet claims a million rows is refused on the first step, in one line."""
    import zipfile

    from openpyxl import Workbook

    base = tmp_path / "base.xlsx"
    book = Workbook()
    book.active["A1"] = "Nom"  # type: ignore[index]
    book.save(base)
    path = tmp_path / "piege.xlsx"
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(
                    b"</sheetData>", b'<row r="1048576"><c><v>1</v></c></row></sheetData>'
                )
            out.writestr(info, data)
    page = wizard.file_page
    page.path.setFocus()
    qtbot.keyClicks(page.path, str(path))
    qtbot.keyClick(page.path, Qt.Key.Key_Return)
    assert wizard.currentPage() is page
    assert page.error.text() == (
        "Impossible de lire ce fichier : piege.xlsx a plus de 100\u202f000 lignes : "
        "fichier refusé (découpez-le en plusieurs fichiers)"
    )


def test_a_stray_quote_is_pointed_out_in_the_preview_and_the_checks(
    wizard: ImportWizard, qtbot: Any, tmp_path: Path
) -> None:
    """A comment opening a quote it never closes is named in the preview with its row; the
    checks list it as not imported, and every other row is imported."""
    path = tmp_path / "inscrits.csv"
    lines = ["Nom;Prénom;E-mail;Commentaire"]
    lines += [f"Martin{n};Léa;lea{n}@exemple.fr;RAS" for n in range(30)]
    lines[3] = 'Roy;Zoé;zoe@exemple.fr;"vient avec sa fille'
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    people = wizard.context.store.people.count()
    open_by_keyboard(wizard, qtbot, path)
    assert wizard.preview_page.unclosed.text().startswith(
        "Guillemet non fermé sur 1 ligne(s) (4) : elles ne seront pas importées"
    )
    assert wizard.preview_page.grid.rowCount() == 8  # the rows after it are rows again
    [(row, reason)] = checks(wizard)
    assert row == "4" and reason.startswith("guillemet non fermé dans la colonne « Commentaire »")
    qtbot.keyClick(wizard.mapping_page.combos[0], Qt.Key.Key_Return)
    assert wizard.context.store.people.count() == people + 29
