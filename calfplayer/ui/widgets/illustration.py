"""The exercise drawing: assets/exercises/<image>.svg in the theme's ink colour.

The drawings use stroke="currentColor", which QSvgRenderer does not know, so the colour is written
into the SVG text before loading. A missing or broken file shows a quiet placeholder instead.

An exercise has two drawings, the start and the end pose. ``set_pose`` blends them (0 the start,
1 the end); the player calls it on every frame it already paints, so the picture needs no timer of
its own. Each pose is rendered once per size and colour into a pixmap, so a frame only blends two
pixmaps; ``prepare`` renders the next exercise's pair ahead of time, so the switch to it does not
have to.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from calfplayer.resources import asset

# Blends closer than this look the same; skipping them saves repaints on slow phases.
POSE_STEP = 1 / 64


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


def render_drawing(name: str, colour: str, side: int, ratio: float = 1.0) -> QPixmap | None:
    """One drawing as a transparent square pixmap of ``side`` device-independent pixels."""
    renderer = svg_renderer(name, colour)
    if renderer is None or side <= 0:
        return None
    pixels = max(1, round(side * ratio))
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def blend(start: QPixmap, end: QPixmap, mix: float) -> QPixmap:
    """(1 - mix) of one drawing plus mix of the other.

    Added rather than painted over each other, so the lines both poses share (the floor, the
    prop) stay solid through the whole movement and only the moving limbs fade.
    """
    if mix <= 0 or start is end:
        return start
    if mix >= 1:
        return end
    mixed = QPixmap(start.size())
    mixed.setDevicePixelRatio(start.devicePixelRatio())
    mixed.fill(Qt.GlobalColor.transparent)
    painter = QPainter(mixed)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Plus)
    painter.setOpacity(1.0 - mix)
    painter.drawPixmap(0, 0, start)
    painter.setOpacity(mix)
    painter.drawPixmap(0, 0, end)
    painter.end()
    return mixed


_Pair = tuple[QPixmap | None, QPixmap | None]
_KEPT_PAIRS = 3  # the shown exercise, the next one, and one size or colour change


class ExerciseIllustration(QWidget):
    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self._start = ""
        self._end = ""
        self._pose = 0.0
        # The shown pair and any prepared one, by (start, end, ink, side, pixel ratio).
        self._rendered: dict[tuple[str, str, str, int, float], _Pair] = {}
        self._last_side = 0
        self._compact = compact
        self._mirrored = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(56, 56) if compact else self.setMinimumSize(90, 90)
        self.setAccessibleName("Exercise picture")

    @property
    def image(self) -> str:
        """The drawing that shows most at the current pose."""
        return self._end if self._pose >= 0.5 else self._start

    @property
    def pose(self) -> float:
        return self._pose

    @property
    def has_drawing(self) -> bool:
        return svg_renderer(self._start, self._ink()) is not None

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(64, 64) if self._compact else QSize(200, 200)

    def set_image(self, name: str, description: str = "") -> None:
        """Shows one drawing, whatever the pose."""
        self.set_poses(name, name, description)

    def set_poses(self, start: str, end: str, description: str = "") -> None:
        if description:
            self.setAccessibleDescription(description)
        if (start, end) != (self._start, self._end):
            self._start, self._end = start, end
            self.update()

    def set_pose(self, mix: float) -> None:
        """0 shows the start pose, 1 the end pose, anything between a cross-fade of the two."""
        mix = min(1.0, max(0.0, mix))
        at_an_end = mix in (0.0, 1.0) and mix != self._pose
        if at_an_end or abs(mix - self._pose) >= POSE_STEP:
            self._pose = mix
            self.update()

    @property
    def mirrored(self) -> bool:
        return self._mirrored

    def set_mirrored(self, mirrored: bool) -> None:
        """Draws the picture as its mirror image (the left side of a one-sided exercise)."""
        if mirrored != self._mirrored:
            self._mirrored = mirrored
            self.update()

    def _ink(self) -> str:
        return self.palette().color(self.palette().ColorRole.WindowText).name()

    def prepare(self, start: str, end: str) -> None:
        """Renders another pair of drawings now, at the size last painted, so that showing them
        later (the next exercise) costs its frame nothing. Does nothing before the first paint."""
        if self._last_side > 0:
            self._pair(start, end, self._last_side)

    def _pair(self, start_name: str, end_name: str, side: int) -> _Pair:
        ratio = self.devicePixelRatioF()
        key = (start_name, end_name, self._ink(), side, ratio)
        pair = self._rendered.get(key)
        if pair is None:
            start = render_drawing(start_name, key[2], side, ratio)
            end = start if end_name == start_name else render_drawing(end_name, key[2], side, ratio)
            # One pose that cannot be drawn is stood in for by the other.
            pair = self._rendered[key] = (start or end, end or start)
            while len(self._rendered) > _KEPT_PAIRS:
                del self._rendered[next(iter(self._rendered))]  # the oldest
        return pair

    def _drawings(self, side: int) -> _Pair:
        self._last_side = side
        return self._pair(self._start, self._end, side)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        del event
        side = min(self.width(), self.height())
        box = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        start, end = self._drawings(side)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._mirrored:
            painter.translate(self.width(), 0)
            painter.scale(-1, 1)
        if start is not None and end is not None:
            painter.drawPixmap(box.topLeft(), blend(start, end, self._pose))
        else:
            self._placeholder(painter, box, side)
        painter.end()

    def _placeholder(self, painter: QPainter, box: QRectF, side: int) -> None:
        muted = QColor(self.palette().color(self.palette().ColorRole.PlaceholderText))
        pen = QPen(muted, max(2.0, side / 60))
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        inset = side * 0.12
        painter.drawRoundedRect(box.adjusted(inset, inset, -inset, -inset), side / 10, side / 10)
        figure = box.adjusted(side * 0.38, side * 0.3, -side * 0.38, -side * 0.3)
        pen.setStyle(Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        head = figure.width() * 0.35
        painter.drawEllipse(QRectF(figure.center().x() - head / 2, figure.top(), head, head))
        painter.drawLine(
            QPointF(figure.center().x(), figure.top() + head),
            QPointF(figure.center().x(), figure.bottom()),
        )
