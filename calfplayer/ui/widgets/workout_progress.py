"""A thin line across the player: how much of the whole workout has passed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

STEP = 0.005


class WorkoutProgress(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fraction = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(8)
        self.setAccessibleName(QCoreApplication.translate("WorkoutProgress", "Workout progress"))
        # It paints its own background: a step of the line then repaints the line alone, not
        # the page behind it first.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    @property
    def fraction(self) -> float:
        return self._fraction

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(200, 8)

    def set_fraction(self, fraction: float) -> None:
        fraction = min(1.0, max(0.0, fraction))
        # Half a percent is the least worth a repaint: a pixel or two on a phone, a few across a
        # full screen, where repainting every pixel's worth would cost a frame in each few.
        seen = abs(fraction - self._fraction) >= STEP or fraction in (0.0, 1.0)
        if seen and fraction != self._fraction:
            # Only the stretch between the old end and the new, with the rounded end's width.
            ends = sorted((self._fraction, fraction))
            left = int(self.width() * ends[0]) - self.height()
            right = int(self.width() * ends[1]) + self.height()
            self._fraction = fraction
            self.setAccessibleDescription(
                QCoreApplication.translate("WorkoutProgress", "{percent} % done").format(
                    percent=round(fraction * 100)
                )
            )
            self.update(QRect(left, 0, right - left + 1, self.height()))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        palette = self.palette()
        painter = QPainter(self)
        painter.fillRect(event.rect(), palette.color(palette.ColorRole.Window))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        radius = self.height() / 2
        painter.setBrush(palette.color(palette.ColorRole.Mid))
        painter.drawRoundedRect(QRectF(self.rect()), radius, radius)
        if self._fraction > 0:
            done = QRectF(0, 0, max(self.height(), self.width() * self._fraction), self.height())
            painter.setBrush(palette.color(palette.ColorRole.Highlight))
            painter.drawRoundedRect(done, radius, radius)
        painter.end()
