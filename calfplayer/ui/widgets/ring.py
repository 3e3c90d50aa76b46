"""The progress ring with the big counter in its middle: what a person reads from across a room."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QColor,
    QFont,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget


class ProgressRing(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fraction = 0.0
        self._big = ""
        self._word = ""
        self._dimmed = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(150, 150)
        self.setAccessibleName("Progress")

    # What tests and the page read back.
    @property
    def fraction(self) -> float:
        return self._fraction

    @property
    def big_text(self) -> str:
        return self._big

    @property
    def word(self) -> str:
        return self._word

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(280, 280)

    def set_state(self, fraction: float, big: str, word: str, dimmed: bool = False) -> None:
        fraction = min(1.0, max(0.0, fraction))
        if (fraction, big, word, dimmed) == (self._fraction, self._big, self._word, self._dimmed):
            return
        texts_changed = (big, word) != (self._big, self._word)
        phase_changed = word != self._word
        dim_changed = dimmed != self._dimmed
        # Less than a degree of sweep is hardly seen from across a room: not worth a repaint.
        moved = abs(fraction - self._fraction) * 360 >= 1 or fraction in (0.0, 1.0)
        self._fraction, self._big, self._word, self._dimmed = fraction, big, word, dimmed
        if texts_changed:
            self._tell_screen_readers(big, word if phase_changed else None)
        if texts_changed or moved or dim_changed:
            self.update()

    def _tell_screen_readers(self, count: str, new_phase: str | None) -> None:
        """The ring is read as its phase ("Up", "Hold", "Rest") with the count ("2 / 4", "0:12")
        as its description; a new phase is also announced, as a live region would be."""
        self.setAccessibleDescription(count)
        if new_phase is not None:
            self.setAccessibleName(new_phase or "Progress")
            if new_phase and self.isVisible():
                QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, new_phase))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        del event
        side = min(self.width(), self.height())
        thickness = max(8.0, side * 0.055)
        box = QRectF(
            (self.width() - side) / 2 + thickness / 2,
            (self.height() - side) / 2 + thickness / 2,
            side - thickness,
            side - thickness,
        )
        palette = self.palette()
        accent = palette.color(palette.ColorRole.Highlight)
        track = palette.color(palette.ColorRole.Mid)
        text = palette.color(palette.ColorRole.WindowText)
        muted = QColor(palette.color(palette.ColorRole.PlaceholderText))
        if self._dimmed:
            accent = muted
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(track, thickness)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawEllipse(box)
        if self._fraction > 0:
            pen.setColor(accent)
            painter.setPen(pen)
            painter.drawArc(box, 90 * 16, -round(self._fraction * 360 * 16))
        inner = box.adjusted(thickness * 1.5, thickness * 1.5, -thickness * 1.5, -thickness * 1.5)
        big_font = QFont(self.font())
        big_font.setWeight(QFont.Weight.Bold)
        big_font.setPixelSize(
            max(12, round(inner.height() * (0.30 if len(self._big) > 5 else 0.34)))
        )
        painter.setFont(big_font)
        painter.setPen(text)
        big_box = QRectF(inner.left(), inner.top(), inner.width(), inner.height() * 0.66)
        painter.drawText(
            big_box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, self._big
        )
        word_font = QFont(self.font())
        word_font.setWeight(QFont.Weight.DemiBold)
        word_font.setPixelSize(max(10, round(inner.height() * 0.12)))
        painter.setFont(word_font)
        painter.setPen(palette.color(palette.ColorRole.Link) if not self._dimmed else muted)
        word_box = QRectF(inner.left(), big_box.bottom(), inner.width(), inner.height() * 0.24)
        painter.drawText(
            word_box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self._word
        )
        painter.end()
