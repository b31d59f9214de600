"""The Report screen: live preview, options, export to PDF, partner sheets and printing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from ui.context import AppContext
from ui.report.view import ReportScreen, print_document
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
    assert "Carte ajoutée pendant l'aperçu" in text
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
    assert print_document(screen.document, printer) == 4
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
