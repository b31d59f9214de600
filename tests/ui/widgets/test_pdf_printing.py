"""Printing a PDF: the pages the print dialog's ranges and copies ask for, and no more."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QPageRanges
from PySide6.QtPrintSupport import QPrinter

from ui.widgets.pdf_printing import pages_to_print, printer_pages


def test_no_range_is_every_page() -> None:
    """Without a range, every page prints once, in order."""
    assert pages_to_print(4) == [0, 1, 2, 3]
    assert pages_to_print(0) == []


def test_ranges_print_only_their_pages_once_and_in_order() -> None:
    """ "3-4,1" prints pages 1, 3 and 4; pages past the end and repeated pages are left out."""
    assert pages_to_print(5, [(3, 4), (1, 1)]) == [0, 2, 3]
    assert pages_to_print(3, [(2, 9)]) == [1, 2]
    assert pages_to_print(3, [(1, 2), (2, 3)]) == [0, 1, 2]
    assert pages_to_print(3, [(7, 9)]) == []


def test_copies_are_collated_or_not() -> None:
    """Two collated copies of pages 1-2 are 1, 2, 1, 2; uncollated 1, 1, 2, 2."""
    assert pages_to_print(3, [(1, 2)], copies=2) == [0, 1, 0, 1]
    assert pages_to_print(3, [(1, 2)], copies=2, collate=False) == [0, 0, 1, 1]
    assert pages_to_print(2, copies=0) == [0, 1]


def test_a_printer_set_to_pages_1_and_3_prints_those_two(qapp: Any) -> None:
    """The dialog's "1,3" (one field in Qt 6) is two pages, not pages 1 to 3."""
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setPageRanges(QPageRanges.fromString("1,3"))
    assert printer_pages(printer, 4) == [0, 2]
    printer.setCopyCount(2)  # a PDF "printer" makes no copies itself: they are sent twice
    assert printer_pages(printer, 4) == [0, 2, 0, 2]
    printer.setPrintRange(QPrinter.PrintRange.AllPages)
    printer.setCopyCount(1)
    assert printer_pages(printer, 3) == [0, 1, 2]
