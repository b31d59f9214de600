"""What the methods show in large type: a poll's results (bars or a word cloud) and the open
space's grid, painted to fit their widget (a tab's pane or the projector's whole screen)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from workshop.domain.open_space import slot_label
from workshop.domain.polls import PollKind
from workshop.queries.open_space import OpenSpaceGrid
from workshop.queries.polls import PollResults

# Dark enough on white (WCAG AA for large text), told apart by more than hue (size, order).
CLOUD_COLOURS = ("#0D47A1", "#1B5E20", "#B71C1C", "#4A148C", "#E65100", "#004D40", "#263238")
BAR_COLOUR = "#1565C0"
GRID_LINE = "#90A4AE"
HEADER_FILL = "#ECEFF1"
CELL_FILL = "#FFF8E1"
_A = Qt.AlignmentFlag
_WRAP = Qt.TextFlag.TextWordWrap.value
CENTRED = _A.AlignCenter.value | _WRAP
RIGHT_MIDDLE = _A.AlignVCenter.value | _A.AlignRight.value | _WRAP
LEFT_MIDDLE = _A.AlignVCenter.value | _A.AlignLeft.value
LEFT_TOP = _A.AlignLeft.value | _A.AlignTop.value | _WRAP
LEFT_BOTTOM = _A.AlignLeft.value | _A.AlignBottom.value | _WRAP


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(max(6.0, points))
    font.setBold(bold)
    return font


def fitted(text: str, rect: QRectF, points: float, bold: bool = False, flags: int = 0) -> QFont:
    """The largest font up to `points` in which `text` (wrapped with `flags`) fits `rect`."""
    size = points
    while size > 7:
        font = _font(size, bold)
        bound = QFontMetricsF(font).boundingRect(rect, flags, text)
        if bound.width() <= rect.width() + 0.5 and bound.height() <= rect.height() + 0.5:
            return font
        size *= 0.9
    return _font(7, bold)


def cloud_layout(
    words: list[tuple[str, float]], width: float, height: float, largest: float
) -> list[tuple[str, QFont, QRectF]]:
    """Where each word of a cloud goes (most given first, in the middle lines): lines of words
    centred in the box, type scaled down until everything fits."""
    scale = 1.0
    for _attempt in range(12):
        placed = _lines(words, width, largest * scale)
        total = sum(h for _, h in placed)
        if total <= height or scale < 0.15:
            break
        scale *= 0.85
    result: list[tuple[str, QFont, QRectF]] = []
    y = max(0.0, (height - total) / 2)
    for line, line_height in placed:
        line_width = sum(r.width() for _, _, r in line)
        x = max(0.0, (width - line_width) / 2)
        for text, font, rect in line:
            result.append(
                (
                    text,
                    font,
                    QRectF(x, y + (line_height - rect.height()) / 2, rect.width(), rect.height()),
                )
            )
            x += rect.width()
        y += line_height
    return result


def _lines(
    words: list[tuple[str, float]], width: float, largest: float
) -> list[tuple[list[tuple[str, QFont, QRectF]], float]]:
    smallest = max(7.0, largest / 4)
    lines: list[tuple[list[tuple[str, QFont, QRectF]], float]] = []
    line: list[tuple[str, QFont, QRectF]] = []
    used = 0.0
    for text, weight in words:
        font = _font(smallest + (largest - smallest) * weight, bold=weight > 0.5)
        metrics = QFontMetricsF(font)
        rect = QRectF(0, 0, metrics.horizontalAdvance(text + "  "), metrics.height() * 1.1)
        if line and used + rect.width() > width:
            lines.append((line, max(r.height() for _, _, r in line)))
            line, used = [], 0.0
        line.append((text, font, rect))
        used += rect.width()
    if line:
        lines.append((line, max(r.height() for _, _, r in line)))
    return lines


class PollResultsView(QWidget):
    """A poll's results: one bar per choice with its count and share, or the word cloud."""

    def __init__(self, parent: QWidget | None = None, *, large: bool = False) -> None:
        super().__init__(parent)
        self.large = large
        self.results: PollResults | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)
        self.setAccessibleName(self.tr("Résultats du sondage"))

    def set_results(self, results: PollResults | None) -> None:
        self.results = results
        self.setAccessibleDescription(self.summary())
        self.update()

    def summary(self) -> str:
        """The results in words (for a screen reader, and for the tests)."""
        results = self.results
        if results is None:
            return ""
        if results.poll.kind is PollKind.CHOICE:
            return "; ".join(f"{r.choice.label}: {r.total}" for r in results.choices)
        return ", ".join(f"{w.text} ({w.count})" for w in results.cloud)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        results = self.results
        box = QRectF(self.rect()).adjusted(16, 12, -16, -12)
        if results is None or results.total == 0:
            painter.setPen(QColor("#455A64"))
            painter.setFont(_font(28 if self.large else 12))
            text = (
                self.tr("Pas encore de réponse.") if results else self.tr("Aucun sondage choisi.")
            )
            painter.drawText(box, CENTRED, text)
            return
        if results.poll.kind is PollKind.CHOICE:
            self._paint_bars(painter, box, results)
        else:
            self._paint_cloud(painter, box, results)

    def _paint_bars(self, painter: QPainter, box: QRectF, results: PollResults) -> None:
        rows = results.choices
        row_height = min(box.height() / max(1, len(rows)), 110.0 if self.large else 48.0)
        points = max(9.0, row_height * 0.32)
        label_width = box.width() * 0.34
        figures = [f"{r.total} ({round(100 * results.share(r))} %)" for r in rows]
        metrics = QFontMetricsF(_font(points))
        figure_width = max(metrics.horizontalAdvance(f) for f in figures) + 24
        bar_room = max(20.0, box.width() - label_width - figure_width)
        top = max(r.total for r in rows) or 1
        for index, result in enumerate(rows):
            y = box.top() + index * row_height
            painter.setPen(QColor("#212121"))
            painter.setFont(_font(points, bold=True))
            label = QRectF(box.left(), y, label_width - 12, row_height)
            painter.drawText(
                label,
                Qt.AlignmentFlag.AlignVCenter
                | Qt.AlignmentFlag.AlignRight
                | Qt.TextFlag.TextWordWrap,
                result.choice.label,
            )
            length = bar_room * result.total / top
            bar = QRectF(box.left() + label_width, y + row_height * 0.2, length, row_height * 0.6)
            painter.fillRect(bar, QColor(BAR_COLOUR))
            painter.setFont(_font(points))
            painter.drawText(
                QRectF(bar.right() + 12, y, figure_width, row_height),
                LEFT_MIDDLE,
                figures[index],
            )

    def _paint_cloud(self, painter: QPainter, box: QRectF, results: PollResults) -> None:
        words = [(w.text, w.weight) for w in results.cloud]
        largest = min(box.height() / 4, 96.0 if self.large else 30.0)
        painter.translate(box.topLeft())
        for index, (text, font, rect) in enumerate(
            cloud_layout(words, box.width(), box.height(), largest)
        ):
            painter.setFont(font)
            painter.setPen(QColor(CLOUD_COLOURS[index % len(CLOUD_COLOURS)]))
            painter.drawText(rect, CENTRED, text.strip())


class OpenSpaceBoardView(QWidget):
    """The open space's grid for the room: slots down, rooms across, each session's topic, host
    and number of participants in type as large as the screen allows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid: OpenSpaceGrid | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Grille du forum ouvert"))

    def set_grid(self, grid: OpenSpaceGrid | None) -> None:
        self.grid = grid
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        grid = self.grid
        box = QRectF(self.rect()).adjusted(16, 8, -16, -16)
        if grid is None or not grid.slots or not grid.rooms:
            painter.setPen(QColor("#455A64"))
            painter.setFont(_font(28))
            painter.drawText(
                box,
                CENTRED,
                self.tr("La grille n'a pas encore de créneaux et de salles."),
            )
            return
        columns, rows = len(grid.rooms), len(grid.slots)
        first = min(box.width() * 0.16, 220.0)
        header = min(box.height() * 0.12, 70.0)
        cell_w = (box.width() - first) / columns
        cell_h = (box.height() - header) / rows
        points = max(8.0, min(cell_h * 0.2, cell_w * 0.09, 30.0))
        painter.setPen(QPen(QColor(GRID_LINE), 1.5))
        for col, room in enumerate(grid.rooms):
            rect = QRectF(box.left() + first + col * cell_w, box.top(), cell_w, header)
            painter.fillRect(rect, QColor(HEADER_FILL))
            painter.setPen(QColor("#212121"))
            inner = rect.adjusted(6, 2, -6, -2)
            one_line = _A.AlignCenter.value  # a room's name on one line, unless far too long
            font = fitted(room.name, inner, points, True, one_line)
            flags = one_line
            if font.pointSizeF() < points * 0.6:
                flags, font = CENTRED, fitted(room.name, inner, points, True, CENTRED)
            painter.setFont(font)
            painter.drawText(inner, flags, room.name)
        for row, slot in enumerate(grid.slots):
            y = box.top() + header + row * cell_h
            rect = QRectF(box.left(), y, first, cell_h)
            painter.fillRect(rect, QColor(HEADER_FILL))
            painter.setPen(QColor("#212121"))
            inner = rect.adjusted(6, 2, -6, -2)
            painter.setFont(fitted(slot_label(slot), inner, points, True, CENTRED))
            painter.drawText(inner, CENTRED, slot_label(slot))
            for col, room in enumerate(grid.rooms):
                cell = QRectF(box.left() + first + col * cell_w, y, cell_w, cell_h)
                view = grid.cell(slot.id, room.id)
                if view is not None:
                    painter.fillRect(cell.adjusted(2, 2, -2, -2), QColor(CELL_FILL))
                    inner = cell.adjusted(8, 6, -8, -6)
                    small = _font(points * 0.65)
                    line = QFontMetricsF(small).height()
                    title_rect = inner.adjusted(0, 0, 0, -2 * line)
                    painter.setPen(QColor("#212121"))
                    painter.setFont(fitted(view.topic.title, title_rect, points, True, LEFT_TOP))
                    painter.drawText(title_rect, LEFT_TOP, view.topic.title)
                    painter.setPen(QColor("#37474F"))
                    painter.setFont(small)
                    metrics = QFontMetricsF(small)
                    host_rect = QRectF(inner.left(), inner.bottom() - 2 * line, inner.width(), line)
                    host = metrics.elidedText(view.host, Qt.TextElideMode.ElideRight, inner.width())
                    painter.drawText(host_rect, LEFT_MIDDLE, host)
                    who = self.tr("%n participant(s)", "", len(view.members))
                    painter.drawText(host_rect.translated(0, line), LEFT_MIDDLE, who)
                painter.setPen(QPen(QColor(GRID_LINE), 1.5))
                painter.drawRect(cell)
