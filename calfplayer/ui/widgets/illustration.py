"""The exercise drawing: assets/exercises/<image>.svg in the theme's ink colour.

The drawings use stroke="currentColor", which QSvgRenderer does not know, so the colour is written
into the SVG text before loading. A missing or broken file shows a quiet placeholder instead.
Drawing lives in this one widget so that animating between poses can be added here later.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from calfplayer.resources import asset


@lru_cache(maxsize=64)
def _svg_bytes(name: str, colour: str) -> bytes | None:
    if not name or "/" in name or "\\" in name:
        return None
    try:
        text = asset("exercises", name).read_text(encoding="utf-8")
    except (OSError, UnicodeError):
        return None
    return text.replace("currentColor", colour).encode("utf-8")


def svg_renderer(name: str, colour: str) -> QSvgRenderer | None:
    """A renderer for one drawing in one colour, or None when it cannot be drawn."""
    data = _svg_bytes(name, colour)
    if data is None:
        return None
    renderer = QSvgRenderer(QByteArray(data))
    return renderer if renderer.isValid() else None


class ExerciseIllustration(QWidget):
    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self._image = ""
        self._renderer: QSvgRenderer | None = None
        self._rendered_for: tuple[str, str] | None = None
        self._compact = compact
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(56, 56) if compact else self.setMinimumSize(90, 90)
        self.setAccessibleName("Exercise picture")

    @property
    def image(self) -> str:
        return self._image

    @property
    def has_drawing(self) -> bool:
        self._ensure_renderer()
        return self._renderer is not None

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(64, 64) if self._compact else QSize(200, 200)

    def set_image(self, name: str, description: str = "") -> None:
        if description:
            self.setAccessibleDescription(description)
        if name != self._image:
            self._image = name
            self.update()

    def _ink(self) -> str:
        return self.palette().color(self.palette().ColorRole.WindowText).name()

    def _ensure_renderer(self) -> None:
        key = (self._image, self._ink())
        if key != self._rendered_for:
            self._rendered_for = key
            self._renderer = svg_renderer(*key)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        del event
        self._ensure_renderer()
        side = min(self.width(), self.height())
        box = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._renderer is not None:
            self._renderer.render(painter, box)
        else:
            muted = QColor(self.palette().color(self.palette().ColorRole.PlaceholderText))
            pen = QPen(muted, max(2.0, side / 60))
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            inset = side * 0.12
            painter.drawRoundedRect(
                box.adjusted(inset, inset, -inset, -inset), side / 10, side / 10
            )
            figure = box.adjusted(side * 0.38, side * 0.3, -side * 0.38, -side * 0.3)
            pen.setStyle(Qt.PenStyle.SolidLine)
            painter.setPen(pen)
            head = figure.width() * 0.35
            painter.drawEllipse(QRectF(figure.center().x() - head / 2, figure.top(), head, head))
            painter.drawLine(
                QPointF(figure.center().x(), figure.top() + head),
                QPointF(figure.center().x(), figure.bottom()),
            )
        painter.end()
