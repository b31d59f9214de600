"""The report's pages: A4 template, header and footer with 'page x / y', outline, metadata."""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from workshop.report.fonts import clean
from workshop.report.styles import (
    ACCENT,
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
    """A canvas that holds its pages until the end to write 'page x / y' on each."""

    def __init__(self, *args: Any, page_label: str = "{page} / {pages}", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._page_label = page_label
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            text = self._page_label.format(page=self.getPageNumber(), pages=total)
            self.setFont(styles().fonts.regular, 7.5)
            self.setFillColor(MUTED)
            self.drawRightString(PAGE_WIDTH - MARGIN_X, MARGIN_BOTTOM - 20, text)
            super().showPage()
        super().save()


class ReportDocument(SimpleDocTemplate):
    """An A4 document whose level-1 headings become PDF outline entries."""

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Paragraph) and flowable.style.name == "h1":
            key = f"s{len(self._outline_keys)}"
            self._outline_keys.append(key)
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.getPlainText(), key, level=0)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._outline_keys: list[str] = []


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
            text = truncate(header, fonts.bold, 7.5, PAGE_WIDTH - 2 * MARGIN_X)
            draw_text(canvas, MARGIN_X, top + 4, text, fonts.bold, 7.5)
        bottom = MARGIN_BOTTOM - 8
        canvas.line(MARGIN_X, bottom, PAGE_WIDTH - MARGIN_X, bottom)
        canvas.setFillColor(MUTED)
        text = truncate(footer, fonts.regular, 7.5, PAGE_WIDTH - 2 * MARGIN_X - 70)
        draw_text(canvas, MARGIN_X, bottom - 12, text, fonts.regular, 7.5)
        canvas.restoreState()

    return draw


def canvas_maker(page_label: str) -> Callable[..., NumberedCanvas]:
    return partial(NumberedCanvas, page_label=page_label)
