"""The report's own flowables: a clickable table of contents whose page numbers are written
once the last page is laid out, and tables that never leave a row alone on a page and say
"(suite)" where a group of rows continues."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SetTopFlowables,
    Table,
)
from reportlab.platypus.doctemplate import ActionFlowable

from workshop.report.pages import ContentsSlot, Outline
from workshop.report.styles import INK, RULE, styles
from workshop.report.text_fit import draw_text, text_width, truncate

# Body rows a table keeps together at the bottom of a page (the next page repeats the header
# row, so one row there is not left alone).
MIN_ROWS = 2


class Contents(Flowable):
    """The table of contents: one line per outline entry (indented by level), a dotted leader
    and the page, the whole line a link to the heading. Splits across pages when long."""

    LEADING = 15.0
    INDENT = 14.0
    NUMBER_WIDTH = 28.0

    def __init__(self, entries: Sequence[Outline], size: float = 9.5) -> None:
        super().__init__()
        self.entries = list(entries)
        self.size = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = len(self.entries) * self.LEADING
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        fits = int(availHeight // self.LEADING)
        if fits < 2 or fits >= len(self.entries):
            return []
        return [Contents(self.entries[:fits], self.size), Contents(self.entries[fits:], self.size)]

    def draw(self) -> None:
        canvas = self.canv
        fonts = styles().fonts
        slots: list[ContentsSlot] | None = getattr(canvas, "contents_slots", None)
        for index, entry in enumerate(self.entries):
            y = self.height - (index + 1) * self.LEADING + 4
            x = entry.level * self.INDENT
            font = fonts.bold if entry.level == 0 else fonts.regular
            room = self.width - x - self.NUMBER_WIDTH - 6
            title = truncate(entry.title, font, self.size, room)
            canvas.setFillColor(INK)
            draw_text(canvas, x, y, title, font, self.size)
            end = x + text_width(title, font, self.size)
            canvas.saveState()
            canvas.setStrokeColor(RULE)
            canvas.setDash(0.6, 2.4)
            canvas.setLineWidth(0.8)
            right = self.width - self.NUMBER_WIDTH
            if right - end > 8:
                canvas.line(end + 4, y, right, y)
            canvas.restoreState()
            if slots is not None:
                ax, ay = canvas.absolutePosition(self.width, y)
                slots.append(
                    ContentsSlot(canvas.getPageNumber(), entry.key, ax, ay, font, self.size)
                )
            canvas.linkRect(
                "", entry.key, (x, y - 4, self.width, y + self.size), relative=1, thickness=0
            )


class ReportTable(Table):
    """A Table that splits only where MIN_ROWS body rows stay under the header (no orphan row),
    and whose continued part opens with `continued(label)` in its first column when that row
    continues the group `groups[row]` (an organisation whose people go on to the next page)."""

    groups: Sequence[str] | None = None
    continued: Callable[[str], Any] | None = None
    header: Any = None  # the first cell of the header row on the pages the table continues on

    @classmethod
    def adopt(
        cls,
        table: Table,
        groups: Sequence[str] | None = None,
        continued: Callable[[str], Any] | None = None,
        header: Any = None,
    ) -> ReportTable:
        """`table` (built by the styles' data_table) as a ReportTable, same cells and style."""
        table.__class__ = cls
        adopted: ReportTable = table  # type: ignore[assignment]
        adopted.groups = groups
        adopted.continued = continued
        adopted.header = header
        return adopted

    @property
    def cells(self) -> list[list[Any]]:
        """The table's rows of cells (reportlab's own list)."""
        cells: list[list[Any]] = self._cellvalues  # type: ignore[attr-defined]
        return cells

    def _header_rows(self) -> int:
        repeat = self.repeatRows
        return repeat if isinstance(repeat, int) else max(repeat) + 1

    def _getFirstPossibleSplitRowPosition(self, availHeight: float, ignoreSpans: int = 0) -> int:
        n: int = super()._getFirstPossibleSplitRowPosition(  # type: ignore[misc]
            availHeight, ignoreSpans
        )
        rows = len(self._rowHeights)  # type: ignore[attr-defined]
        head = self._header_rows()
        if n >= rows or n <= head:
            return n
        if n - head < MIN_ROWS:
            return 0  # the whole table goes to the next page
        return n

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if len(parts) != 2:
            return parts
        first, second = parts
        if not isinstance(first, ReportTable) or not isinstance(second, ReportTable):
            return parts
        head = self._header_rows()
        n = len(first.cells) - head  # body rows printed on this page
        first.continued = second.continued = self.continued
        first.header = second.header = self.header
        # The continued part's rows are shared with the table split: replaced, never changed.
        if self.header is not None and head:
            second.cells[0] = [self.header, *second.cells[0][1:]]
        if self.groups is not None:
            first.groups = self.groups[:n]
            second.groups = self.groups[n:]
            label = second.groups[0] if second.groups else ""
            row = second.cells[head] if len(second.cells) > head else None
            if label and row is not None and row[0] in ("", None) and self.continued:
                second.cells[head] = [self.continued(label), *row[1:]]
        return parts


class Anchor(Flowable):
    """An invisible mark carrying an outline entry (where the appendices start)."""

    def __init__(self, outline: Outline) -> None:
        super().__init__()
        self.outline = outline

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        pass


class KeepWithNext(KeepTogether):
    """Headings (and the zero-size marks between them) kept with the start of what follows:
    on a page with room for the headings and the first rows or lines of the next flowable,
    all are placed there and the rest flows on; else all go to the next page together. A
    heading therefore never ends a page, and a long table after it never leaves a blank."""

    def __init__(self, heads: Sequence[Flowable], following: Flowable) -> None:
        super().__init__([*heads, following])
        self.heads = list(heads)
        self.following = following

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return availWidth, 0xFFFFFF  # always asked to split, as reportlab's KeepTogether

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        canvas = self.canv
        frame = getattr(self, "_frame", None)
        at_top = bool(getattr(frame, "_atTop", False))
        used = 0.0
        for index, head in enumerate(self.heads):
            if isinstance(head, ZERO_SIZE):
                continue  # marks that act when placed (SetTopFlowables) are not measured
            used += head.wrapOn(canvas, availWidth, availHeight)[1] + head.getSpaceAfter()
            if index or not at_top:
                used += head.getSpaceBefore()
        room = availHeight - used - self.following.getSpaceBefore()
        if room > 0:
            height = self.following.wrapOn(canvas, availWidth, room)[1]
            if height <= room:
                return [*self.heads, self.following]
            parts: list[Flowable] = self.following.splitOn(canvas, availWidth, room)
            if parts:
                return [*self.heads, *parts]
        if at_top:
            return [*self.heads, self.following]  # nothing better: let it split itself
        return []


ZERO_SIZE: tuple[type, ...] = (SetTopFlowables, Anchor)
BREAKS: tuple[type, ...] = (ActionFlowable, PageBreak, CondPageBreak)


def keep_headings_with_next(
    flowables: Sequence[Flowable], is_heading: Callable[[Flowable], bool]
) -> list[Flowable]:
    """The flowables with each run of headings (and zero-size marks) bound to the flowable
    that follows it, in a KeepWithNext."""
    out: list[Flowable] = []
    index = 0
    while index < len(flowables):
        flowable = flowables[index]
        if not is_heading(flowable):
            out.append(flowable)
            index += 1
            continue
        heads = [flowable]
        index += 1
        while index < len(flowables) and (
            is_heading(flowables[index])
            or isinstance(flowables[index], ZERO_SIZE)
            or (  # a sub-heading's own room check: the run is kept together anyway
                isinstance(flowables[index], CondPageBreak)
                and index + 1 < len(flowables)
                and is_heading(flowables[index + 1])
            )
        ):
            if not isinstance(flowables[index], CondPageBreak):
                heads.append(flowables[index])
            index += 1
        if index < len(flowables) and not isinstance(flowables[index], BREAKS):
            out.append(KeepWithNext(heads, flowables[index]))
            index += 1
        else:
            out += heads
    return out


class RefitParagraph(Paragraph):
    """A paragraph fitted to a box's width (cut with a note past its lines) that fits itself
    again when laid out in another width: a table cell whose column the table widened or
    narrowed to keep a date or an e-mail whole never overflows nor re-breaks its lines."""

    def __init__(self, make: Any, width: Any = None, *args: Any, **kwargs: Any) -> None:
        if not callable(make):  # a piece of a split (reportlab's own arguments)
            super().__init__(make, width, *args, **kwargs)
            self._make = None
            return
        self._make = make
        self._fitted_width = width
        self._adopt(make(width))

    def _adopt(self, paragraph: Paragraph) -> None:
        make, width = self._make, self._fitted_width
        self.__dict__.update(paragraph.__dict__)
        self._make, self._fitted_width = make, width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._make is not None and abs(availWidth - self._fitted_width) > 0.5:
            self._fitted_width = availWidth
            self._adopt(self._make(availWidth))
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        return size
