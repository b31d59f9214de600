"""Attendance: check-in by typing and Enter, walk-ins by keyboard alone, live counts, sheet."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from ui.stakeholders.attendance import AttendancePanel
from workshop.domain.vocabulary import OrganisationKind
from workshop.queries.registry import attendance_rows

# The offscreen platform logs harmless warnings for windows and popups (raise, keyboard grab).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def panel(context: Any, qtbot: Any) -> AttendancePanel:
    widget = AttendancePanel(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def absent_rows(panel: AttendancePanel) -> list[Any]:
    return [r for r in panel.model.rows() if not r.present]


def test_model_passes_the_model_tester(panel: AttendancePanel, qtmodeltester: Any) -> None:
    """The attendance model behaves as Qt expects."""
    qtmodeltester.check(panel.model)


def test_typing_a_name_and_enter_checks_in_and_updates_counts(
    panel: AttendancePanel, qtbot: Any
) -> None:
    """Typing part of an absent person's name then Enter checks them in; the counts follow."""
    row = absent_rows(panel)[0]
    kind = row.organisation_kind
    before = panel.counts_by_kind().get(kind, 0)
    panel.filter.setFocus()
    qtbot.keyClicks(panel.filter, row.person.last_name[:4].lower())
    assert panel.proxy.rowCount() < panel.model.rowCount()
    qtbot.keyClick(panel.filter, Qt.Key.Key_Return)
    store = panel.context.store
    attendance = store.attendance.get(panel.context.current_workshop_id, row.person.id)
    assert attendance is not None and attendance.present
    assert panel.counts_by_kind().get(kind, 0) == before + 1
    assert panel.filter.text() == ""
    assert row.person.first_name in panel.status.text()
    panel.context.undo_stack.undo()
    assert panel.counts_by_kind().get(kind, 0) == before


def test_clicking_the_box_checks_in(panel: AttendancePanel) -> None:
    """Ticking a person's box checks them in, as an undoable step."""
    row = absent_rows(panel)[0]
    source_row = panel.model.rows().index(row)
    index = panel.proxy.mapFromSource(panel.model.index(source_row, 0))
    panel.proxy.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    workshop = panel.context.current_workshop_id
    assert panel.context.store.attendance.get(workshop, row.person.id).present
    assert panel.context.undo_stack.undoText().startswith("Pointer")


def test_walk_in_by_keyboard_alone(panel: AttendancePanel, qtbot: Any) -> None:
    """Ctrl+Shift+N, first name, Tab, last name, Tab, new organisation, kind, Enter: created
    and checked in."""
    store = panel.context.store
    people, organisations = store.people.count(), store.organisations.count()
    present = len([r for r in panel.model.rows() if r.present])
    panel.filter.setFocus()
    qtbot.keyClick(panel.filter, Qt.Key.Key_N, CTRL_SHIFT)
    assert panel.walk_in.isVisible() and panel.walk_in.first_name.hasFocus()
    qtbot.keyClicks(panel.walk_in.first_name, "Nora")
    qtbot.keyClick(panel.walk_in.first_name, Qt.Key.Key_Tab)
    assert panel.walk_in.last_name.hasFocus()
    qtbot.keyClicks(panel.walk_in.last_name, "Benali")
    qtbot.keyClick(panel.walk_in.last_name, Qt.Key.Key_Tab)
    assert panel.walk_in.organisation.hasFocus()
    qtbot.keyClicks(panel.walk_in.organisation, "Atelier Velo Solidaire")
    qtbot.keyClick(panel.walk_in.organisation, Qt.Key.Key_Tab)
    assert panel.walk_in.kind.hasFocus()
    qtbot.keyClicks(panel.walk_in.kind, "Asso")
    assert panel.walk_in.kind.currentData() == OrganisationKind.ASSOCIATION.value
    qtbot.keyClick(panel.walk_in.kind, Qt.Key.Key_Return)

    assert store.people.count() == people + 1
    assert store.organisations.count() == organisations + 1
    rows = attendance_rows(store, panel.context.current_workshop_id)
    nora = next(r for r in rows if r.person.first_name == "Nora")
    assert nora.present and nora.organisation_name == "Atelier Velo Solidaire"
    assert len([r for r in panel.model.rows() if r.present]) == present + 1
    assert not panel.walk_in.isVisible()

    assert "Nora" in panel.status.text() and not panel.status.isHidden()
    panel.context.undo_stack.undo()
    assert store.people.count() == people and store.organisations.count() == organisations
    assert panel.status.isHidden()  # "Nora … est ajoutée" would no longer be true
    panel.context.undo_stack.redo()
    assert store.people.get(nora.person.id).last_name == "Benali"


def test_walk_in_joins_an_existing_organisation(panel: AttendancePanel, qtbot: Any) -> None:
    """A walk-in typed with an existing organisation's name joins it (no duplicate)."""
    store = panel.context.store
    organisations = store.organisations.count()
    panel.open_walk_in()
    qtbot.keyClicks(panel.walk_in.first_name, "Paul")
    qtbot.keyClicks(panel.walk_in.last_name, "Neuf")
    panel.walk_in.organisation.setText("cci de la lise")
    panel.walk_in.email.setText("paul.neuf@cci.fr")
    panel.add_walk_in()
    person = store.people.by_email("paul.neuf@cci.fr")
    assert person is not None
    assert person.organisation_id == store.organisations.by_name("CCI de la Lise").id
    assert store.organisations.count() == organisations


def test_print_sheet_writes_a_pdf_with_the_names(
    panel: AttendancePanel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Enregistrer en PDF saves the sign-in sheet listing the registered people."""
    target = tmp_path / "emargement"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Document PDF (*.pdf)")
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    panel.save_button.click()
    pdf = target.with_suffix(".pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert all(r.person.first_name in text for r in panel.model.rows())
    else:
        assert pdf.stat().st_size > 5000


def test_the_walk_in_has_its_own_keys_in_the_main_window_and_ctrl_n_is_a_new_file(
    context: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In Émargement, Ctrl+Shift+N opens the walk-in form and Ctrl+N is File > New, as elsewhere."""
    from PySide6.QtGui import QAction, QKeySequence

    from ui.main_window import MainWindow
    from ui.stakeholders.screen import StakeholdersScreen

    asked: list[object] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a) or ("", ""))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    # Window shortcuts (File > New) need the active window.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    screen = window.show_screen("stakeholders")
    assert isinstance(screen, StakeholdersScreen)
    screen.tabs.setCurrentWidget(screen.attendance)
    panel = screen.attendance
    panel.filter.setFocus()
    qtbot.keyClick(panel.filter, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1 and not panel.walk_in.isVisible()  # File > New asked for a file
    panel.filter.setFocus()
    qtbot.keyClick(panel.filter, Qt.Key.Key_N, CTRL_SHIFT)
    assert panel.walk_in.isVisible() and panel.walk_in.first_name.hasFocus()
    assert len(asked) == 1

    walk_in = QKeySequence("Ctrl+Shift+N")
    others = [
        action.text()
        for action in window.findChildren(QAction)
        if action is not panel.walk_in_action
        and any(
            keys.matches(walk_in) == QKeySequence.SequenceMatch.ExactMatch
            for keys in action.shortcuts()
        )
    ]
    assert others == []  # no other action of the app answers to these keys
    keys = walk_in.toString(QKeySequence.SequenceFormat.NativeText)
    assert keys in panel.walk_in_button.text() and keys in panel.walk_in_button.toolTip()


def test_enter_checks_in_someone_from_the_registry_who_was_not_registered(
    panel: AttendancePanel, qtbot: Any
) -> None:
    """A person known from an earlier workshop but not registered is found and checked in."""
    from workshop.domain.records import Person

    store = panel.context.store
    known = store.people.add(Person(first_name="Gaspard", last_name="Ancien"))
    qtbot.keyClicks(panel.filter, "gaspard anc")
    assert panel.proxy.rowCount() == 0
    qtbot.keyClick(panel.filter, Qt.Key.Key_Return)
    attendance = store.attendance.get(panel.context.current_workshop_id, known.id)
    assert attendance is not None and attendance.present
    assert any(r.person.id == known.id for r in panel.model.rows())
    panel.context.undo_stack.undo()
    assert store.attendance.get(panel.context.current_workshop_id, known.id) is None


def test_people_chosen_in_the_registry_are_registered_then_undone(context: Any, qtbot: Any) -> None:
    """People chosen in the registry and registered are listed for check-in; undo removes them."""
    from ui.stakeholders.screen import StakeholdersScreen
    from workshop.domain.records import Person

    store = context.store
    newcomers = [
        store.people.add(Person(first_name="Yael", last_name=f"Nouvelle{i}")) for i in range(2)
    ]
    screen = StakeholdersScreen(context)
    qtbot.addWidget(screen)
    screen.show()
    tab = screen.people
    screen.tabs.setCurrentWidget(tab)
    tab.refresh()
    tab.select_ids({p.id for p in newcomers})
    assert tab.register_button.isEnabled()
    tab.register_button.click()
    screen.tabs.setCurrentWidget(screen.attendance)  # a hidden tab refreshes when shown
    registered = {r.person.id for r in screen.attendance.model.rows()}
    assert {p.id for p in newcomers} <= registered
    context.undo_stack.undo()
    registered = {r.person.id for r in screen.attendance.model.rows()}
    assert not {p.id for p in newcomers} & registered


def test_a_walk_in_with_a_new_organisation_asks_its_kind_and_writes_nothing_before(
    panel: AttendancePanel, qtbot: Any
) -> None:
    """A new organisation with no kind chosen is refused with a message, never an "Association"."""
    store = panel.context.store
    people, organisations = store.people.count(), store.organisations.count()
    panel.open_walk_in()
    qtbot.keyClicks(panel.walk_in.first_name, "Nora")
    qtbot.keyClicks(panel.walk_in.organisation, "Collectif Inconnu")
    assert panel.walk_in.kind.isEnabled() and panel.walk_in.chosen_kind() is None
    panel.add_walk_in()
    assert "choisissez son type" in panel.walk_in.message.text()
    assert panel.walk_in.kind.hasFocus()
    assert (store.people.count(), store.organisations.count()) == (people, organisations)
    assert panel.context.undo_stack.count() == 0


def test_a_walk_in_finds_an_organisation_typed_without_its_accents(
    panel: AttendancePanel, qtbot: Any
) -> None:
    """ "pole ess val de lise" is "Pôle ESS Val de Lise": no kind asked, no duplicate."""
    store = panel.context.store
    pole = next(o for o in store.organisations.all() if o.name == "Pôle ESS Val de Lise")
    organisations = store.organisations.count()
    panel.open_walk_in()
    qtbot.keyClicks(panel.walk_in.first_name, "Paul")
    qtbot.keyClicks(panel.walk_in.organisation, "pole ess val de lise")
    assert not panel.walk_in.kind.isEnabled()
    panel.add_walk_in()
    rows = attendance_rows(store, panel.context.current_workshop_id)
    paul = next(r for r in rows if r.person.first_name == "Paul")
    assert paul.present and paul.person.organisation_id == pole.id
    assert store.organisations.count() == organisations


def test_typing_soren_checks_in_soren_oster_from_the_registry(
    panel: AttendancePanel, qtbot: Any
) -> None:
    """A name with "ø" is found by typing "soren" in the check-in field, then checked in."""
    from workshop.domain.records import Person

    store = panel.context.store
    soren = store.people.add(Person(first_name="Søren", last_name="Øster"))
    qtbot.keyClicks(panel.filter, "soren")
    qtbot.keyClick(panel.filter, Qt.Key.Key_Return)
    attendance = store.attendance.get(panel.context.current_workshop_id, soren.id)
    assert attendance is not None and attendance.present
    assert "Søren" in panel.status.text()


@pytest.fixture
def desk(panel: AttendancePanel) -> dict[str, Any]:
    """A workshop of its own, current, with Camille Roux and François Garçon of the Mairie de
    Châteauroux registered (as in the demo a tester used), and Anne Rousseau."""
    from workshop.domain.records import Organisation, Person, Workshop

    store = panel.context.store
    workshop = store.workshops.add(Workshop(title="Atelier du jeudi"))
    mairie = store.organisations.add(
        Organisation(name="Mairie de Châteauroux", kind=OrganisationKind.COLLECTIVITE)
    )
    coop = store.organisations.add(
        Organisation(name="Coop des Saveurs", kind=OrganisationKind.ENTREPRISE_ESS)
    )
    people = {
        "garcon": store.people.add(
            Person(first_name="François", last_name="Garçon", organisation_id=mairie.id)
        ),
        "roux": store.people.add(
            Person(first_name="Camille", last_name="Roux", organisation_id=coop.id)
        ),
        "rousseau": store.people.add(Person(first_name="Anne", last_name="Rousseau")),
    }
    store.attendance.register(workshop.id, [p.id for p in people.values()])
    panel.context.set_current_workshop(workshop.id)
    return {"workshop": workshop.id, **people}


def present(panel: AttendancePanel, person: Any) -> bool:
    attendance = panel.context.store.attendance.get(panel.context.current_workshop_id, person.id)
    return attendance is not None and attendance.present


def shown_names(panel: AttendancePanel) -> list[str]:
    return [
        panel.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole).person.full_name
        for r in range(panel.proxy.rowCount())
    ]


def test_typing_a_surname_then_enter_checks_in_that_person_not_an_organisation_match(
    panel: AttendancePanel, desk: dict[str, Any], qtbot: Any
) -> None:
    """ "roux" then Enter checks in Camille Roux, not François Garçon (Mairie de Châteauroux)."""
    panel.filter.setFocus()
    qtbot.keyClicks(panel.filter, "roux")
    assert shown_names(panel) == ["Camille Roux", "François Garçon"]
    highlighted = panel.highlighted_row()
    assert highlighted is not None and highlighted.person.id == desk["roux"].id
    assert panel.view.selectionModel().isRowSelected(0)  # the row Enter takes is highlighted
    qtbot.keyClick(panel.filter, Qt.Key.Key_Return)
    assert present(panel, desk["roux"]) and not present(panel, desk["garcon"])
    assert "Camille Roux" in panel.status.text()


def test_the_highlight_stays_visible_while_typing_in_the_name_field(
    panel: AttendancePanel, desk: dict[str, Any], qtbot: Any
) -> None:
    """The highlighted row keeps the selection colour though the focus is in the name field."""
    from PySide6.QtGui import QPalette

    qtbot.keyClicks(panel.filter, "ROUX")
    assert panel.filter.hasFocus() and panel.highlighted_row() is not None
    palette = panel.view.palette()
    for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText):
        assert palette.color(QPalette.ColorGroup.Inactive, role) == palette.color(
            QPalette.ColorGroup.Active, role
        )


def test_arrows_in_the_name_field_move_the_highlight_that_enter_checks_in(
    panel: AttendancePanel, desk: dict[str, Any], qtbot: Any
) -> None:
    """Down moves the highlight to the next match, Up back; Enter checks in the one highlighted."""
    qtbot.keyClicks(panel.filter, "roux")
    qtbot.keyClick(panel.filter, Qt.Key.Key_Down)
    highlighted = panel.highlighted_row()
    assert highlighted is not None and highlighted.person.id == desk["garcon"].id
    qtbot.keyClick(panel.filter, Qt.Key.Key_Down)  # already the last: stays
    assert panel.highlighted_row().person.id == desk["garcon"].id
    qtbot.keyClick(panel.filter, Qt.Key.Key_Up)
    assert panel.highlighted_row().person.id == desk["roux"].id
    qtbot.keyClick(panel.filter, Qt.Key.Key_Down)
    assert panel.filter.text() == "roux" and panel.filter.hasFocus()
    qtbot.keyClick(panel.filter, Qt.Key.Key_Return)
    assert present(panel, desk["garcon"]) and not present(panel, desk["roux"])


def test_escape_clears_the_name_field(
    panel: AttendancePanel, desk: dict[str, Any], qtbot: Any
) -> None:
    """Escape in the name field empties it: every registered person shows, none highlighted."""
    qtbot.keyClicks(panel.filter, "roux")
    qtbot.keyClick(panel.filter, Qt.Key.Key_Escape)
    assert panel.filter.text() == ""
    assert panel.proxy.rowCount() == 3 and panel.highlighted_row() is None
    qtbot.keyClick(panel.filter, Qt.Key.Key_Return)  # Enter on an empty field checks in nobody
    assert not any(present(panel, desk[k]) for k in ("roux", "garcon", "rousseau"))


def test_ctrl_z_in_the_name_field_undoes_a_wrong_check_in(
    panel: AttendancePanel, desk: dict[str, Any], qtbot: Any
) -> None:
    """A wrong check-in is undone by Ctrl+Z in the name field itself (not the field's typing)."""
    qtbot.keyClicks(panel.filter, "roux")
    qtbot.keyClick(panel.filter, Qt.Key.Key_Down)
    qtbot.keyClick(panel.filter, Qt.Key.Key_Return)
    assert present(panel, desk["garcon"]) and panel.filter.text() == ""
    qtbot.keyClick(panel.filter, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not present(panel, desk["garcon"])
    assert panel.filter.text() == ""  # the field did not undo its own clearing
    assert "Annulé" in panel.status.text()
    qtbot.keyClick(
        panel.filter,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert present(panel, desk["garcon"])


def test_ctrl_z_in_the_name_field_of_the_window_undoes_one_check_in_only(
    context: Any, qtbot: Any
) -> None:
    """In the main window, Ctrl+Z in the name field undoes the last check-in, once."""
    from ui.main_window import MainWindow
    from ui.stakeholders.screen import StakeholdersScreen
    from workshop.domain.text import strip_accents

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    screen = window.show_screen("stakeholders")
    assert isinstance(screen, StakeholdersScreen)
    screen.tabs.setCurrentWidget(screen.attendance)
    panel = screen.attendance
    first, second = absent_rows(panel)[:2]
    panel.filter.setFocus()
    for row in (first, second):
        qtbot.keyClicks(panel.filter, strip_accents(row.person.full_name))  # keys are ASCII
        qtbot.keyClick(panel.filter, Qt.Key.Key_Return)
    assert present(panel, first.person) and present(panel, second.person)
    qtbot.keyClick(panel.filter, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert present(panel, first.person) and not present(panel, second.person)
    assert panel.filter.text() == ""


def test_a_registry_person_matched_only_by_organisation_is_not_checked_in_by_enter(
    panel: AttendancePanel, qtbot: Any
) -> None:
    """ "vatan" does not check in Paul Neuf of the Mairie de Vatan: it names him and asks."""
    from workshop.domain.records import Organisation, Person

    store = panel.context.store
    mairie = store.organisations.add(
        Organisation(name="Mairie de Vatan", kind=OrganisationKind.COLLECTIVITE)
    )
    paul = store.people.add(Person(first_name="Paul", last_name="Neuf", organisation_id=mairie.id))
    qtbot.keyClicks(panel.filter, "vatan")
    assert panel.proxy.rowCount() == 0
    qtbot.keyClick(panel.filter, Qt.Key.Key_Return)
    assert store.attendance.get(panel.context.current_workshop_id, paul.id) is None
    assert "Paul Neuf (Mairie de Vatan)" in panel.status.text()


def pdf_page_count(path: Path) -> int:
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    count = document.pageCount()
    document.close()
    return count


def pdf_printer(out: Path) -> Any:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)  # coarse pages: a fast test
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    return printer


def test_ctrl_p_prints_the_sheet_through_the_print_dialog(
    panel: AttendancePanel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    """Ctrl+P in Émargement opens the print dialog for the sheet; OK prints every page."""
    from PySide6.QtPrintSupport import QPrintDialog

    offered: list[tuple[int, int, int]] = []

    def answer(code: QPrintDialog.DialogCode) -> Any:
        def exec_(dialog: QPrintDialog) -> QPrintDialog.DialogCode:
            offered.append((dialog.maxPage(), dialog.fromPage(), dialog.toPage()))
            return code

        return exec_

    out = tmp_path / "printed.pdf"
    monkeypatch.setattr(QPrintDialog, "exec", answer(QPrintDialog.DialogCode.Accepted))
    sent = panel.print_sheet(pdf_printer(out))
    assert sent == pdf_page_count(out) >= 3
    assert "imprimante" in panel.status.text()
    offered.clear()
    monkeypatch.setattr(QPrintDialog, "exec", answer(QPrintDialog.DialogCode.Rejected))
    panel.filter.setFocus()
    qtbot.keyClick(panel.filter, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    # The dialog offers every page, "pages 1 to N" ready to narrow; cancelled, nothing is sent.
    assert offered == [(sent, 1, sent)]


def test_printing_a_page_range_prints_only_those_pages(
    panel: AttendancePanel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pages "1,3" chosen in the print dialog print pages 1 and 3 only."""
    from PySide6.QtGui import QPageRanges
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    out = tmp_path / "printed.pdf"
    printer = pdf_printer(out)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setPageRanges(QPageRanges.fromString("1,3"))
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QPrintDialog.DialogCode.Accepted)
    assert panel.print_sheet(printer) == 2
    assert pdf_page_count(out) == 2


def test_opening_the_pdf_without_a_viewer_says_where_it_is(
    panel: AttendancePanel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no PDF viewer installed, opening the saved sheet says so and gives its path."""
    from PySide6.QtGui import QDesktopServices

    target = tmp_path / "a & <b>dossier" / "emargement.pdf"
    target.parent.mkdir()
    opened: list[Any] = []
    shown: list[tuple[str, Qt.TextFormat]] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Document PDF (*.pdf)")
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or False)
    monkeypatch.setattr(
        QMessageBox,
        "exec",
        lambda box: shown.append((box.text(), box.textFormat())) or QMessageBox.StandardButton.Ok,
    )
    panel.save_button.click()
    assert target.read_bytes().startswith(b"%PDF")
    assert [url.toLocalFile() for url in opened] == [str(target)]
    ((text, text_format),) = shown
    assert "Aucun lecteur de PDF" in text and str(target) in text
    assert text_format == Qt.TextFormat.PlainText


def test_choosing_the_attendance_tab_puts_the_keys_in_the_name_field(
    context: Any, qtbot: Any
) -> None:
    """Ctrl+2 then the Émargement tab: typing a name goes to the name field, not the sidebar."""
    from ui.main_window import MainWindow
    from ui.stakeholders.screen import StakeholdersScreen

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    screen = window.current_screen()
    assert isinstance(screen, StakeholdersScreen)
    screen.tabs.setCurrentWidget(screen.attendance)
    panel = screen.attendance
    qtbot.waitUntil(panel.filter.hasFocus)
    qtbot.keyClicks(QApplication.focusWidget(), "roux")
    assert panel.filter.text() == "roux" and window.current_screen() is screen


def test_a_participant_counted_present_from_a_phone_says_so(
    panel: AttendancePanel, context: Any, qtbot: Any
) -> None:
    """Someone who joined from their phone shows as present, their arrival marked
    "(téléphone)", so that the facilitator tells them apart from desk check-ins."""
    from workshop.ops.live import Author, welcome_phone_participant

    workshop_id = context.current_workshop_id
    author = Author(first_name="Zoé", organisation="SCOP Cuisine Commune")
    arrival = context.apply(
        "arrivée", lambda store: welcome_phone_participant(store, workshop_id, author)
    )
    qtbot.waitUntil(
        lambda: any(r.person.id == arrival.person.id for r in panel.model.rows()), timeout=3000
    )
    row = next(n for n, r in enumerate(panel.model.rows()) if r.person.id == arrival.person.id)
    arrived = panel.model.index(row, 5).data()
    assert arrived.endswith("(téléphone)")
    assert "téléphone" in panel.model.index(row, 5).data(Qt.ItemDataRole.ToolTipRole)


def test_a_name_written_as_markup_shows_as_typed_when_checked_in(
    panel: AttendancePanel, context: Any, qtbot: Any
) -> None:
    """Someone who named themself "<b>Zoé</b>" (on a phone, say) is announced under the field
    with the angle brackets as typed, not in bold (the label took names for rich text)."""
    from workshop.domain.records import Person

    workshop_id = context.current_workshop_id
    person = context.store.people.add(Person(first_name="<b>Zoe</b>", last_name="Balise"))
    context.store.attendance.register(workshop_id, [person.id])
    panel.refresh()
    panel.filter.setFocus()
    qtbot.keyClicks(panel.filter, "balise")
    qtbot.keyClick(panel.filter, Qt.Key.Key_Return)
    shown = panel.status.text()
    assert "<b>Zoe</b> Balise" in shown
    assert panel.status.textFormat() == Qt.TextFormat.PlainText
