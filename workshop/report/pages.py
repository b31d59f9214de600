"""The report's pages: A4 template, header and footer with 'page x / y', outline, metadata."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from workshop.report.fonts import clean
from workshop.report.styles import (
    ACCENT,
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    styles,
)
from workshop.report.text_fit import draw_text, truncate

LANG_TAGS = {"fr": "fr-FR", "en": "en-GB"}
MAX_METADATA = 300  # characters of the PDF's title, author or subject

# Binary (Flate only) streams instead of ASCII85 over Flate: a quarter smaller and a quarter of
# a second less per large report. Process-wide reportlab setting; every PDF reader takes both.
rl_config.useA85 = 0
# The report's shapes are built by this package's code, typed and tested: reportlab's check of
# every attribute set on a shape costs a third of a second on a large report.
rl_config.shapeChecking = 0


class NumberedCanvas(Canvas):
    """A canvas that holds its pages until the end to write 'page x / y' on each.

    Held pages are not yet the PDF's pages, so the destinations of bookmarks and links are
    named after the page being drawn (not after the PDF's page counter, still at 1); the
    table of contents' page numbers, known only at the end, are written with the page labels.
    """

    def __init__(
        self,
        *args: Any,
        page_label: str = "{page} / {pages}",
        created: dt.date | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._page_label = page_label
        self._pages: list[dict[str, Any]] = []
        self.key_pages: dict[str, int] = {}  # bookmark key -> page number
        self.contents_slots: list[ContentsSlot] = []  # page numbers to write at the end
        if created is not None:
            stamp = f"D:{created:%Y%m%d}000000+00'00'"
            self.setDateFormatter(lambda *_: stamp)

    def bookmarkPage(self, key: str, **kwargs: Any) -> Any:  # type: ignore[override]
        document = self._doc  # type: ignore[attr-defined]
        counter = document.pageCounter
        document.pageCounter = self.getPageNumber()  # the name this held page will get
        try:
            destination = super().bookmarkPage(key, **kwargs)
        finally:
            document.pageCounter = counter
        self.key_pages[key] = self.getPageNumber()
        return destination

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]

    def save(self) -> None:
        total = len(self._pages)
        slots: dict[int, list[ContentsSlot]] = {}
        for slot in self.contents_slots:
            slots.setdefault(slot.page, []).append(slot)
        for state in self._pages:
            self.__dict__.update(state)
            page = self.getPageNumber()
            for slot in slots.get(page, []):
                self.setFont(slot.font, slot.size)
                self.setFillColor(INK)
                self.drawRightString(slot.x, slot.y, str(self.key_pages.get(slot.key, "")))
            text = self._page_label.format(page=page, pages=total)
            self.setFont(styles().fonts.regular, 8)
            self.setFillColor(MUTED)
            self.drawRightString(PAGE_WIDTH - MARGIN_X, MARGIN_BOTTOM - 20, text)
            super().showPage()
        super().save()


@dataclass(frozen=True)
class ContentsSlot:
    """Where the table of contents writes the page of `key`, once the last page is laid out."""

    page: int
    key: str
    x: float  # right edge, absolute
    y: float  # baseline, absolute
    font: str
    size: float


@dataclass(frozen=True)
class Outline:
    """A heading's entry in the PDF outline and the table of contents."""

    key: str
    title: str
    level: int


class ReportDocument(SimpleDocTemplate):
    """An A4 document whose headings carrying an `outline` become PDF outline entries, each
    pointing to the page (and height) where the heading is printed."""

    def afterFlowable(self, flowable: Flowable) -> None:
        outline: Outline | None = getattr(flowable, "outline", None)
        if outline is None or outline.key in self.canv.key_pages:
            return
        top = self.frame._y + flowable.height + flowable.getSpaceBefore()  # type: ignore[attr-defined]
        self.canv.bookmarkPage(outline.key, fit="XYZ", top=min(top, PAGE_HEIGHT), left=0)
        self.canv.addOutlineEntry(outline.title, outline.key, level=outline.level)

    canv: NumberedCanvas


def make_document(
    out: str | Path | BinaryIO, *, title: str, author: str, subject: str, lang: str
) -> ReportDocument:
    """A4, the report's margins, metadata and language, invariant (byte-identical builds).

    A file named by its path is readable by its owner only (it holds names), as the
    database is: created so before reportlab writes into it.
    """
    if isinstance(out, (str, Path)):
        make_private(Path(out))
    return ReportDocument(
        str(out) if isinstance(out, Path) else out,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=metadata(title),
        author=metadata(author),
        subject=metadata(subject),
        creator="Catalyse",
        producer="Catalyse (reportlab)",
        lang=LANG_TAGS.get(lang, lang),
        invariant=1,
    )


def make_private(path: Path) -> None:
    """Create (or keep) `path` as a file only its owner can read and write."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        os.fchmod(fd, 0o600)
    except (AttributeError, OSError):  # Windows: no POSIX modes
        pass
    finally:
        os.close(fd)


def metadata(text: str) -> str:
    """A document property a PDF reader shows on one line (a huge name is cut with '…')."""
    text = " ".join(clean(text).split())
    return text if len(text) <= MAX_METADATA else text[: MAX_METADATA - 1].rstrip() + "…"


def page_decoration(header: str, footer: str) -> Callable[[Canvas, SimpleDocTemplate], None]:
    """An onPage callback: the header rule with `header` (none if empty) and the footer."""

    def draw(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        fonts = styles().fonts
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        top = PAGE_HEIGHT - MARGIN_TOP + 8
        if header:
            canvas.line(MARGIN_X, top, PAGE_WIDTH - MARGIN_X, top)
            canvas.setFillColor(ACCENT)
            text = truncate(header, fonts.bold, 8, PAGE_WIDTH - 2 * MARGIN_X)
            draw_text(canvas, MARGIN_X, top + 4, text, fonts.bold, 8)
        bottom = MARGIN_BOTTOM - 8
        canvas.line(MARGIN_X, bottom, PAGE_WIDTH - MARGIN_X, bottom)
        canvas.setFillColor(MUTED)
        text = truncate(footer, fonts.regular, 8, PAGE_WIDTH - 2 * MARGIN_X - 70)
        draw_text(canvas, MARGIN_X, bottom - 12, text, fonts.regular, 8)
        canvas.restoreState()

    return draw


def canvas_maker(page_label: str, created: dt.date | None = None) -> Callable[..., NumberedCanvas]:
    """The report's canvas: 'page x / y' on each page, dated `created` (the workshop's day)."""
    return partial(NumberedCanvas, page_label=page_label, created=created)
