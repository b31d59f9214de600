"""The roll-up's charts drawn with QPainter (QtCharts is not in PySide6-Essentials): horizontal
bars with their label and value, and columns per quarter and status side by side.

Each chart takes the focus (Tab), says what it shows to a screen reader (its accessible
description lists every value) and shows a bar's label and value in a tooltip.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ui.widgets.plain_text import plain_tooltip


@dataclass(frozen=True)
class ChartBar:
    """One bar: its label, its value and its colour (#RRGGBB)."""

    text: str
    value: int
    colour: str


@dataclass(frozen=True)
class ChartGroup:
    """One group of side-by-side columns (a quarter): its label and a value per series."""

    text: str
    values: tuple[int, ...]


class _Chart(QWidget):
    """What both charts share: focus, the empty message, the accessible description."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.empty_text = self.tr("Rien à montrer pour cette période.")

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def _frame(self, painter: QPainter) -> None:
        if self.hasFocus():
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)

    def _empty(self, painter: QPainter) -> None:
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, self.empty_text)


class BarChart(_Chart):
    """Horizontal bars at one scale, each with its label at the left and its value at its end."""

    ROW = 22

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.bars: list[ChartBar] = []
        self.set_bars([])

    def set_bars(self, bars: Sequence[ChartBar]) -> None:
        self.bars = list(bars)
        self.setFixedHeight(max(1, len(self.bars)) * self.ROW + 8)
        description = "; ".join(f"{b.text} : {b.value}" for b in self.bars)
        self.setAccessibleDescription(description or self.empty_text)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, self.height())

    def _label_width(self) -> float:
        return min(self.width() * 0.45, 240.0)

    def bar_at(self, y: float) -> ChartBar | None:
        row = int((y - 4) // self.ROW)
        return self.bars[row] if 0 <= row < len(self.bars) else None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            bar = self.bar_at(event.position().y())
            if bar is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), plain_tooltip(f"{bar.text} : {bar.value}"))
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._frame(painter)
        if not self.bars:
            self._empty(painter)
            return
        metrics = QFontMetricsF(self.font())
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        label_width = self._label_width()
        top = max(b.value for b in self.bars) or 1
        value_room = metrics.horizontalAdvance(str(top)) + 10
        x0 = 8 + label_width + 6
        room = max(10.0, self.width() - x0 - value_room - 8)
        for n, bar in enumerate(self.bars):
            y = 4 + n * self.ROW
            text = metrics.elidedText(bar.text, Qt.TextElideMode.ElideRight, label_width)
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(8, y, label_width, self.ROW),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                text,
            )
            length = room * bar.value / top
            if bar.value:
                painter.fillRect(
                    QRectF(x0, y + 5, max(length, 2.0), self.ROW - 10), QColor(bar.colour)
                )
            painter.setPen(muted)
            painter.drawText(
                QRectF(x0 + length + 4, y, value_room, self.ROW),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                str(bar.value),
            )
        painter.setPen(QPen(muted, 1))
        painter.drawLine(QPointF(x0, 4), QPointF(x0, 4 + len(self.bars) * self.ROW))


class ColumnChart(_Chart):
    """Per group (a quarter), one column per series side by side (never stacked), a legend
    above and the groups' labels below (some skipped when they would overlap)."""

    HEIGHT = 220

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.series: list[tuple[str, str]] = []  # (label, colour)
        self.groups: list[ChartGroup] = []
        self.setFixedHeight(self.HEIGHT)

    def set_data(self, series: Sequence[tuple[str, str]], groups: Sequence[ChartGroup]) -> None:
        self.series = list(series)
        self.groups = list(groups)
        names = [name for name, _ in self.series]
        description = "; ".join(
            f"{g.text} : "
            + ", ".join(f"{name} {value}" for name, value in zip(names, g.values, strict=True))
            for g in self.groups
        )
        self.setAccessibleDescription(description or self.empty_text)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, self.HEIGHT)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._frame(painter)
        if not self.groups or not any(any(g.values) for g in self.groups):
            self._empty(painter)
            return
        metrics = QFontMetricsF(self.font())
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        line = metrics.height()
        # the legend
        x = 10.0
        for name, colour in self.series:
            painter.fillRect(QRectF(x, 8 + line / 2 - 5, 10, 10), QColor(colour))
            painter.setPen(text_colour)
            painter.drawText(QPointF(x + 14, 8 + metrics.ascent()), name)
            x += 14 + metrics.horizontalAdvance(name) + 16
        top = max(max(g.values) for g in self.groups) or 1
        left = 10 + metrics.horizontalAdvance(str(top)) + 6
        plot_top, plot_bottom = 16 + line, self.height() - line - 10
        plot_height = plot_bottom - plot_top
        width = self.width() - left - 10
        group_width = width / len(self.groups)
        column = min(18.0, group_width * 0.8 / max(1, len(self.series)))
        painter.setPen(QPen(muted, 1))
        for tick in _ticks(top):
            y = plot_bottom - plot_height * tick / top
            painter.setPen(QPen(QColor("#DDE3E8"), 1))
            painter.drawLine(QPointF(left, y), QPointF(left + width, y))
            painter.setPen(muted)
            painter.drawText(
                QRectF(0, y - line / 2, left - 4, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(tick),
            )
        widest = max(metrics.horizontalAdvance(g.text) for g in self.groups) + 8
        every = max(1, int(widest // max(1.0, group_width)) + 1)
        for n, group in enumerate(self.groups):
            x0 = left + n * group_width + (group_width - column * len(self.series)) / 2
            for k, value in enumerate(group.values):
                if value:
                    h = plot_height * value / top
                    colour = QColor(self.series[k][1])
                    painter.fillRect(
                        QRectF(x0 + k * column, plot_bottom - h, column - 1, h), colour
                    )
            if n % every == 0:
                painter.setPen(text_colour)
                painter.drawText(
                    QRectF(
                        left + n * group_width - widest / 2 + group_width / 2,
                        plot_bottom + 4,
                        widest,
                        line,
                    ),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    group.text,
                )
        painter.setPen(QPen(text_colour, 1))
        painter.drawLine(QPointF(left, plot_bottom), QPointF(left + width, plot_bottom))


def _ticks(top: int) -> list[int]:
    """A few round values from 0 to `top` for the grid."""
    step = 1
    for candidate in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        step = candidate
        if top / candidate <= 5:
            break
    return list(range(0, top + 1, step))
