"""Small charts drawn with QPainter in the app's own colours: bars per week and a line over time.

Our own widget rather than a chart library: pyqtgraph's import alone takes 0.43 s, Qt Charts is
deprecated and Qt Graphs draws through QtQuick (see docs/PERFORMANCE.md). These charts need a
dozen bars or a few hundred points, which QPainter draws in well under a millisecond. The drawing
is two functions over any painter, so the progress report (ui/report_pdf.py) draws the very same
charts on paper.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from calfplayer.i18n.formats import decimal
from calfplayer.ui.theme import Palette, current_palette

translate = QCoreApplication.translate

_PAD_TOP = 22.0
_PAD_BOTTOM = 22.0
_PAD_SIDE = 6.0


def _number(value: float) -> str:
    return f"{value:.0f}" if value >= 10 or value == int(value) else decimal(value)


def paint_bars(
    painter: QPainter,
    area: QRectF,
    palette: Palette,
    labels: Sequence[str],
    values: Sequence[float],
    goal: float | None = None,
    empty_text: str = "",
) -> None:
    """Bars in ``area``: the History page's chart, and the progress report's, drawn alike."""
    if not values or (not any(values) and goal is None):
        _paint_empty(painter, area, palette, empty_text or nothing_yet())
        return
    plot = area.adjusted(_PAD_SIDE, _PAD_TOP, -_PAD_SIDE, -_PAD_BOTTOM)
    top = max([*values, goal or 0.0, 1.0])
    slot = plot.width() / len(values)
    bar = max(4.0, slot * 0.62)
    baseline = plot.bottom()
    painter.setPen(QPen(QColor(palette.border), 1))
    painter.drawLine(QPointF(plot.left(), baseline), QPointF(plot.right(), baseline))
    last = len(values) - 1
    for index, value in enumerate(values):
        height = plot.height() * value / top
        x = plot.left() + slot * index + (slot - bar) / 2
        colour = QColor(palette.accent)
        if index != last:
            colour.setAlphaF(0.55)
        if height > 0:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            radius = min(4.0, bar / 2, height / 2)
            painter.drawRoundedRect(QRectF(x, baseline - height, bar, height), radius, radius)
            painter.setPen(QColor(palette.text))
            text_box = QRectF(x - 10, baseline - height - 18, bar + 20, 16)
            painter.drawText(text_box, Qt.AlignmentFlag.AlignCenter, _number(value))
        # Every third week's date, and always this week's, so the labels never crowd.
        if (last - index) % 3 == 0:
            painter.setPen(QColor(palette.muted))
            label_box = QRectF(x - 24, baseline + 3, bar + 48, 16)
            painter.drawText(label_box, Qt.AlignmentFlag.AlignCenter, labels[index])
    if goal is not None:
        y = baseline - plot.height() * goal / top
        pen = QPen(QColor(palette.accent_ink), 1.5, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))


def paint_line(
    painter: QPainter,
    area: QRectF,
    palette: Palette,
    labels: Sequence[str],
    values: Sequence[float],
    top: float = 10.0,
    empty_text: str = "",
) -> None:
    """Values from 0 to ``top`` over time, oldest left, in ``area``: the History page's chart,
    and the progress report's, drawn alike."""
    if not values:
        _paint_empty(painter, area, palette, empty_text or nothing_yet())
        return
    plot = area.adjusted(_PAD_SIDE + 18, _PAD_TOP, -_PAD_SIDE - 4, -_PAD_BOTTOM)
    painter.setPen(QPen(QColor(palette.border), 1))
    for level in (0.0, top / 2, top):
        y = plot.bottom() - plot.height() * level / top
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QColor(palette.muted))
        painter.drawText(
            QRectF(area.left(), y - 8, 20, 16), Qt.AlignmentFlag.AlignLeft, _number(level)
        )
        painter.setPen(QPen(QColor(palette.border), 1))
    count = len(values)
    step = plot.width() / max(1, count - 1)
    points = [
        QPointF(
            plot.left() + (step * i if count > 1 else plot.width() / 2),
            plot.bottom() - plot.height() * min(v, top) / top,
        )
        for i, v in enumerate(values)
    ]
    path = QPainterPath(points[0])
    for point in points[1:]:
        path.lineTo(point)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor(palette.accent), 2.5))
    painter.drawPath(path)
    if count <= 60:
        painter.setBrush(QColor(palette.accent))
        painter.setPen(QPen(QColor(palette.surface), 1.5))
        for point in points:
            painter.drawEllipse(point, 3.5, 3.5)
    painter.setPen(QColor(palette.muted))
    below = plot.bottom() + 3
    painter.drawText(
        QRectF(plot.left(), below, plot.width(), 16), Qt.AlignmentFlag.AlignLeft, labels[0]
    )
    if count > 1:
        painter.drawText(
            QRectF(plot.left(), below, plot.width(), 16), Qt.AlignmentFlag.AlignRight, labels[-1]
        )


def nothing_yet() -> str:
    return translate("Charts", "Nothing to show yet")


def _paint_empty(painter: QPainter, area: QRectF, palette: Palette, text: str) -> None:
    painter.setPen(QColor(palette.muted))
    painter.drawText(area, Qt.AlignmentFlag.AlignCenter, text)


class _Chart(QWidget):
    def __init__(self, accessible_name: str) -> None:
        super().__init__()
        self.setAccessibleName(accessible_name)
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.empty_text = nothing_yet()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(360, 150)

    def _painter(self) -> QPainter:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        painter.setFont(font)
        return painter


class BarChart(_Chart):
    """One bar per label, e.g. sessions per week, with an optional goal line across."""

    def __init__(self, accessible_name: str) -> None:
        super().__init__(accessible_name)
        self.labels: list[str] = []
        self.values: list[float] = []
        self.goal: float | None = None

    def set_data(
        self, labels: Sequence[str], values: Sequence[float], goal: float | None = None
    ) -> None:
        self.labels = list(labels)
        self.values = list(values)
        self.goal = goal
        shown = ", ".join(
            translate("Charts", "{label}: {value}").format(label=lab, value=_number(v))
            for lab, v in zip(labels, values, strict=True)
        )
        self.setAccessibleDescription(shown)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        del event
        area = QRectF(self.rect())
        paint_bars(
            self._painter(),
            area,
            current_palette(),
            self.labels,
            self.values,
            self.goal,
            self.empty_text,
        )


class LineChart(_Chart):
    """Values from 0 to ``top`` over time, oldest left, e.g. pain ratings."""

    def __init__(self, accessible_name: str, top: float = 10.0) -> None:
        super().__init__(accessible_name)
        self.top = top
        self.labels: list[str] = []
        self.values: list[float] = []
        self.empty_text = translate("Charts", "Rate the pain after a workout to see it here")

    def set_data(self, labels: Sequence[str], values: Sequence[float]) -> None:
        self.labels = list(labels)
        self.values = list(values)
        if values:
            count = len(values)
            self.setAccessibleDescription(
                translate(
                    "Charts",
                    "%n rating(s) from {first} to {last}, latest {latest}",
                    None,
                    count,
                ).format(first=labels[0], last=labels[-1], latest=_number(values[-1]))
            )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        del event
        area = QRectF(self.rect())
        paint_line(
            self._painter(),
            area,
            current_palette(),
            self.labels,
            self.values,
            self.top,
            self.empty_text,
        )
