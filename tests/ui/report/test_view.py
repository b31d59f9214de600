"""The Report screen: live preview, options, export to PDF, partner sheets and printing."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QPageRanges
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QSpinBox,
)
from pytestqt.qtbot import QtBot

from ui.context import AppContext
from ui.report.view import ReportScreen
from ui.widgets.pdf_printing import pages_to_print, print_pdf, printer_pages
from workshop.domain.changes import Area, Changes
from workshop.domain.records import Card

# The offscreen platform warns that it cannot propagate size hints when a window shows.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def screen(context: AppContext, qtbot: QtBot) -> ReportScreen:
    """The report screen, shown, with its first preview of the demo workshop built."""
    widget = ReportScreen(context)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.preview_ready, timeout=20000):
        widget.show()
    return widget


def _pdf_pages(path: Path) -> int:
    document = QPdfDocument()
    document.load(str(path))
    return document.pageCount()


def test_preview_shows_the_current_workshop(screen: ReportScreen) -> None:
    """Opening the screen shows the demo workshop's report, several pages long."""
    assert screen.document.pageCount() >= 8
    assert "Alimentation durable" in screen.document.getAllText(0).text()
    assert screen.print_button.isEnabled()
    menu = {action.text(): action for action in screen.actions()}
    assert menu["Imprimer le compte rendu…"].isEnabled()
    assert "Exporter le compte rendu en PDF…" in menu


def test_the_preview_is_written_in_the_private_scratch_folder(screen: ReportScreen) -> None:
    """The preview PDF (it holds names) is in the app's scratch folder, which the next start
    empties after a crash, not in the shared temporary folder."""
    from workshop.paths import scratch_dir

    assert Path(screen._temp.path()).parent == scratch_dir()


def test_an_edit_rebuilds_the_preview_when_visible(
    screen: ReportScreen, context: AppContext, qtbot: QtBot
) -> None:
    """A new card appears in the preview shortly after it is added; hidden, nothing is built."""
    workshop_id = context.current_workshop_id
    assert workshop_id is not None
    zone = context.store.board.zones.of_workshop(workshop_id)[0]
    context.store.board.cards.add(
        Card(workshop_id=workshop_id, zone_id=zone.id, text="Carte ajoutée pendant l'aperçu")
    )
    with qtbot.waitSignal(screen.preview_ready, timeout=20000):
        context.notify(Changes.of(Area.BOARD))
    text = " ".join(
        screen.document.getAllText(p).text() for p in range(screen.document.pageCount())
    )
    assert "Carte ajoutée pendant l'aperçu" in " ".join(text.split())  # wrapped in its card
    screen.hide()
    context.notify(Changes.of(Area.BOARD))
    assert not screen._debounce.isActive()
    with qtbot.waitSignal(screen.preview_ready, timeout=20000):
        screen.show()


def test_language_option_rebuilds_in_english(screen: ReportScreen, qtbot: QtBot) -> None:
    """Choosing English rebuilds the preview with English labels."""
    with qtbot.waitSignal(screen.preview_ready, timeout=20000):
        screen.language.setCurrentIndex(screen.language.findData("en"))
    assert "Workshop report" in screen.document.getAllText(0).text()


def test_export_writes_the_pdf_where_asked(
    screen: ReportScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Export en PDF writes the report to the file picked in the dialog (.pdf added)."""
    target = tmp_path / "compte-rendu"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PDF (*.pdf)")
    )
    written = screen.export_pdf()
    assert written == tmp_path / "compte-rendu.pdf"
    assert written.read_bytes().startswith(b"%PDF-")
    assert _pdf_pages(written) == screen.document.pageCount()


def test_the_editable_version_is_a_word_document_with_the_summary(
    screen: ReportScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    """Version modifiable writes a .docx (suffix added) that Word or Writer opens, holding the
    workshop's title and the totals apart, private to the user."""
    import stat

    import docx

    target = tmp_path / "compte-rendu"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    qtbot.keyClick(screen.editable_button, Qt.Key.Key_Space)
    written = tmp_path / "compte-rendu.docx"
    assert written.exists() and stat.S_IMODE(written.stat().st_mode) == 0o600
    text = "\n".join(p.text for p in docx.Document(str(written)).paragraphs)
    title = screen.context.store.workshops.get(screen.workshop_id).title
    assert title.split(" :")[0] in text and "Annexe" in text
    assert "Compte rendu enregistré : compte-rendu.docx" in screen.status.text()


def test_partner_sheets_go_to_the_chosen_folder(
    screen: ReportScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fiches partenaires writes one PDF per partner organisation into the chosen folder."""
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(tmp_path))
    written = screen.export_partner_sheets()
    assert len(written) > 3
    assert sorted(tmp_path.glob("*.pdf")) == sorted(written)


def test_print_honours_page_range_and_copies(screen: ReportScreen, tmp_path: Path) -> None:
    """Printing pages 2 to 3 in two copies to a PDF printer gives four pages."""
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    printer.setCopyCount(2)
    assert print_pdf(screen.document, printer) == 4
    assert _pdf_pages(out) == 4
    assert len(re.findall(rb"/Type\s*/Page\b(?!s)", out.read_bytes())) == 4


def test_print_dialog_accepted_prints_every_page(
    screen: ReportScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Imprimer… then OK in the dialog sends every page of the preview to the printer."""
    out = tmp_path / "all.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)  # coarse pages: a fast test
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Accepted)
    assert screen.print_report(printer) == screen.document.pageCount()
    assert _pdf_pages(out) == screen.document.pageCount()
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Rejected)
    assert screen.print_report(printer) == 0


def test_no_workshop_shows_a_message(screen: ReportScreen, context: AppContext) -> None:
    """With no current workshop, a message replaces the preview and the buttons are off."""
    context.set_current_workshop(None)
    assert screen.pages.currentWidget() is screen.empty
    assert not screen.export_button.isEnabled() and not screen.print_button.isEnabled()
    assert not any(action.isEnabled() for action in screen.actions())


def test_pages_to_print_follows_the_ranges_typed_in_the_dialog() -> None:
    """ "1, 3, 5-6" prints pages 1, 3, 5 and 6 only; pages past the end are dropped."""
    assert pages_to_print(10, [(1, 1), (3, 3), (5, 6)]) == [0, 2, 4, 5]
    assert pages_to_print(4, [(3, 9)]) == [2, 3]
    assert pages_to_print(3) == [0, 1, 2]
    assert pages_to_print(5, [(2, 3), (3, 4)]) == [1, 2, 3]  # page 3 once, not twice
    assert pages_to_print(3, [(7, 9)]) == []


def test_pages_to_print_follows_copies_collation_and_order() -> None:
    """Two collated copies give 1 2 1 2, uncollated 1 1 2 2; last page first reverses them."""
    assert pages_to_print(2, copies=2) == [0, 1, 0, 1]
    assert pages_to_print(2, copies=2, collate=False) == [0, 0, 1, 1]
    assert pages_to_print(3, [(1, 2)], last_first=True) == [1, 0]
    assert pages_to_print(2, copies=0) == [0, 1]


def test_a_page_list_prints_only_those_pages(screen: ReportScreen, tmp_path: Path) -> None:
    """Pages "1, 3" chosen in the dialog print two pages, not pages 1 to 3."""
    out = tmp_path / "pages.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setPageRanges(QPageRanges.fromString("1,3"))
    assert printer_pages(printer, screen.document.pageCount()) == [0, 2]
    assert print_pdf(screen.document, printer) == 2
    assert _pdf_pages(out) == 2


def test_pages_from_to_in_the_print_dialog_prints_that_range(
    screen: ReportScreen, tmp_path: Path
) -> None:
    """Imprimer…, "Pages from 2 to 3", OK: exactly pages 2 and 3 reach the printer."""
    out = tmp_path / "range.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    chosen: list[list[int]] = []

    def choose_pages() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QPrintDialog):
            QTimer.singleShot(20, choose_pages)
            return
        try:
            range_button = dialog.findChild(QRadioButton, "printRange")
            assert range_button is not None
            range_button.click()
            first, last = dialog.findChild(QSpinBox, "from"), dialog.findChild(QSpinBox, "to")
            assert first is not None and last is not None
            last.setValue(3)
            first.setValue(2)
        finally:
            dialog.accept()

    QTimer.singleShot(0, choose_pages)
    sent = screen.print_report(printer)
    chosen.append(printer_pages(printer, screen.document.pageCount()))
    assert chosen == [[1, 2]]
    assert sent == 2 and _pdf_pages(out) == 2


def _export(screen: ReportScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "compte-rendu.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    assert screen.export_pdf() == target
    return target


def test_opening_the_exported_pdf_without_a_viewer_says_where_it_is(
    screen: ReportScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no PDF viewer installed, "Ouvrir le PDF" explains it and gives the file's path."""
    target = _export(screen, tmp_path, monkeypatch)
    assert screen.open_button.isVisible() and screen.open_button.text() == "Ouvrir le PDF"
    asked: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: asked.append(url) or False)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.text()) or 0)
    screen.open_button.click()
    assert asked == [QUrl.fromLocalFile(str(target))]
    assert len(told) == 1 and str(target) in told[0] and "lecteur de PDF" in told[0]


def test_opening_the_exported_pdf_with_a_viewer_shows_no_message(
    screen: ReportScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a PDF viewer, "Ouvrir le PDF" opens the file and nothing else is said."""
    target = _export(screen, tmp_path, monkeypatch)
    asked: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: asked.append(url) or True)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.text()) or 0)
    screen.open_button.click()
    assert asked == [QUrl.fromLocalFile(str(target))] and told == []
    assert target.name in screen.status.text()


# ---------------------------------------------------------------- follow-up beside the preview


def test_a_decision_typed_beside_the_preview_is_in_the_rebuilt_report(
    screen: ReportScreen, context: AppContext, qtbot: QtBot
) -> None:
    """A decision typed by keyboard in "Décisions et suites" (Enter in the last row, the text,
    Enter) is stored and the preview rebuilds with it."""
    table = screen.followup.table
    table.setFocus()
    table.setCurrentIndex(screen.followup.model.index(0, 0))
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    with qtbot.waitSignal(screen.preview_ready, timeout=20000):
        qtbot.keyClicks(editor, "Lancer une etude de faisabilite de la legumerie")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert context.current_workshop_id is not None
    stored = context.store.decisions.of_workshop(context.current_workshop_id)
    assert [d.text for d in stored] == ["Lancer une etude de faisabilite de la legumerie"]
    text = " ".join(
        screen.document.getAllText(p).text() for p in range(screen.document.pageCount())
    )
    assert "Lancer une etude de faisabilite de la legumerie" in " ".join(text.split())


def test_the_follow_up_panel_leaves_a_usable_preview_in_a_1366_by_768_window(
    shown_window: Any, qtbot: QtBot
) -> None:
    """At the app's 1366 × 768, the Report screen (Ctrl+5) shows the decisions, the next
    meeting and the contact fields whole, beside a preview still wider than it is."""
    shown_window.resize(1366, 768)
    qtbot.keyClick(shown_window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    screen = shown_window.findChild(ReportScreen)
    assert screen is not None
    qtbot.waitUntil(screen.isVisible)
    panel = screen.followup
    qtbot.waitUntil(lambda: panel.width() > 0 and screen.view.width() > 0)
    assert 300 <= panel.width() <= 480
    assert screen.view.width() >= 650 and screen.view.height() >= 500
    for field in (panel.table, panel.meeting_date, panel.meeting_place, panel.contact):
        assert field.isVisible()
        bottom = field.mapTo(panel, field.rect().bottomRight()).y()
        assert bottom <= panel.height(), field.accessibleName()
    assert panel.table.height() >= 200  # room for several decisions


def test_with_the_phone_panel_open_the_preview_stays_wider_than_the_follow_up(
    screen: ReportScreen, qtbot: QtBot
) -> None:
    """In the 830 px the Report screen keeps beside the phone panel, the preview is still the
    wider of the two (the follow-up panel gives up its share too)."""
    screen.resize(1230, 650)
    qtbot.waitUntil(lambda: screen.view.width() > 700)
    screen.resize(830, 650)
    qtbot.waitUntil(lambda: screen.splitter.sizes()[1] < 700)
    panel, preview = screen.splitter.sizes()
    assert preview > panel >= 280
