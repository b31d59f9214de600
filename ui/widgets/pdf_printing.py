"""Printing a PDF the app wrote (the print dialog, its page ranges and copies) and opening one.

The screens write their documents as PDF with reportlab; printing renders each chosen page at
the printer's resolution. The pages chosen are those of the dialog's ranges ("1-2,5" prints
three pages), copies are repeated here only when the printer does not make them itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QMessageBox, QWidget

from workshop.errors import CatalyseError

MAX_PRINT_DPI = 300  # finer than this only grows the page images, not the print quality


def _tr(text: str) -> str:
    return QCoreApplication.translate("PdfPrinting", text)


def pages_to_print(
    page_count: int,
    ranges: Sequence[tuple[int, int]] = (),
    *,
    copies: int = 1,
    collate: bool = True,
    last_first: bool = False,
) -> list[int]:
    """The pages to send, in order (0-based), for the ranges chosen in the print dialog.

    `ranges` are 1-based and inclusive, as typed ("1, 3, 5-6" is (1, 1), (3, 3), (5, 6));
    none means every page; pages past the end are dropped and a page is printed once per
    copy even if two ranges name it. Collated copies give 1 2 3 1 2 3, uncollated 1 1 2 2 3 3.
    """
    wanted = sorted(
        {
            page
            for first, last in (ranges or [(1, page_count)])
            for page in range(max(1, first), min(page_count, last) + 1)
        }
    )
    if last_first:
        wanted.reverse()
    indices = [page - 1 for page in wanted]
    copies = max(1, copies)
    if collate:
        return [page for _ in range(copies) for page in indices]
    return [page for page in indices for _ in range(copies)]


def printer_pages(printer: QPrinter, page_count: int) -> list[int]:
    """The pages a printer set up by QPrintDialog asks for: its page ranges (from-to, or a
    list like "1, 3, 5-6"), its page order and, when its driver cannot, the copies."""
    ranges: list[tuple[int, int]] = []
    if printer.printRange() == QPrinter.PrintRange.PageRange:
        chosen = printer.pageRanges()
        if not chosen.isEmpty():
            ranges = [(r.from_, r.to) for r in chosen.toRangeList()]
        elif printer.fromPage() > 0:
            ranges = [(printer.fromPage(), printer.toPage() or page_count)]
    driver_copies = printer.supportsMultipleCopies()  # the driver prints the copies itself
    return pages_to_print(
        page_count,
        ranges,
        copies=1 if driver_copies else printer.copyCount(),
        collate=printer.collateCopies(),
        last_first=printer.pageOrder() == QPrinter.PageOrder.LastPageFirst,
    )


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Print a loaded PDF's chosen pages on `printer`; the number of pages sent."""
    pages = printer_pages(printer, document.pageCount())
    if not pages:
        return 0
    printer.setFullPage(True)  # the PDF carries its own margins
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise CatalyseError(_tr("L'imprimante n'a pas pu être ouverte."))
    try:
        for index, page in enumerate(pages):
            if index:
                printer.newPage()
            size_points = document.pagePointSize(page)
            pixels = QSize(
                round(size_points.width() * dpi / 72), round(size_points.height() * dpi / 72)
            )
            image = document.render(page, pixels)
            target = pixels.scaled(painter.viewport().size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(QPoint(0, 0), target), image)
    finally:
        painter.end()
    return len(pages)


def _say(parent: QWidget, title: str, text: str, warning: bool = False) -> None:
    """A message box showing `text` as typed (a path with "<" or "&" prints literally)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information,
        title,
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def print_pdf_file(parent: QWidget, path: Path, title: str, printer: QPrinter | None = None) -> int:
    """Ask the print dialog (printer, pages, copies), then print the PDF at `path`.

    The number of pages sent: 0 when the dialog is cancelled or printing failed (said then).
    """
    document = QPdfDocument(parent)
    try:
        if document.load(str(path)) != QPdfDocument.Error.None_ or not document.pageCount():
            _say(parent, title, _tr("Le document {path} n'a pas pu être lu.").format(path=path))
            return 0
        printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(path.stem)
        if printer.printRange() != QPrinter.PrintRange.PageRange:
            printer.setFromTo(1, document.pageCount())  # "Pages 1 to N" ready to narrow
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(title)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, document.pageCount())
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return 0
        problem = ""
        sent = 0
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            sent = print_pdf(document, printer)
        except CatalyseError as error:
            problem = str(error)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if problem:
            _say(parent, title, problem, warning=True)
        return sent
    finally:
        document.close()
        document.deleteLater()


def open_pdf(parent: QWidget, path: Path, title: str) -> bool:
    """Open a PDF in the system's viewer; without one, say so and where the file is."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    _say(
        parent,
        title,
        _tr(
            "Aucun lecteur de PDF n'a pu ouvrir le fichier. Il est enregistré ici :\n{path}\n"
            "Ouvrez-le avec un lecteur de PDF, ou imprimez-le directement depuis Catalyse."
        ).format(path=path),
    )
    return False
