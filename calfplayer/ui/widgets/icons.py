"""The app's few icons, drawn with QPainter so they take the theme's colours and any size."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF

_Draw = Callable[[QPainter], None]


def _triangle(painter: QPainter, points: list[tuple[float, float]]) -> None:
    painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in points]))


def _play(p: QPainter) -> None:
    _triangle(p, [(8, 5), (20, 12), (8, 19)])


def _pause(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(6.5, 5, 4, 14), 1, 1)
    p.drawRoundedRect(QRectF(13.5, 5, 4, 14), 1, 1)


def _back(p: QPainter) -> None:
    p.drawRect(QRectF(5, 6, 2.5, 12))
    _triangle(p, [(19, 6), (9, 12), (19, 18)])


def _skip(p: QPainter) -> None:
    p.drawRect(QRectF(16.5, 6, 2.5, 12))
    _triangle(p, [(5, 6), (15, 12), (5, 18)])


def _stop(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(6, 6, 12, 12), 2, 2)


def _speaker(p: QPainter) -> None:
    _triangle(p, [(4, 9.5), (8, 9.5), (13, 5), (13, 19), (8, 14.5), (4, 14.5)])


def _sound(p: QPainter) -> None:
    _speaker(p)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawArc(QRectF(11, 8, 6, 8), -60 * 16, 120 * 16)
    p.drawArc(QRectF(11, 5, 10, 14), -60 * 16, 120 * 16)


def _muted(p: QPainter) -> None:
    _speaker(p)
    p.drawLine(QPointF(15.5, 9), QPointF(21, 15))
    p.drawLine(QPointF(21, 9), QPointF(15.5, 15))


def _workouts(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(3, 9, 3, 6), 1, 1)
    p.drawRoundedRect(QRectF(18, 9, 3, 6), 1, 1)
    p.drawRoundedRect(QRectF(6, 6.5, 3, 11), 1, 1)
    p.drawRoundedRect(QRectF(15, 6.5, 3, 11), 1, 1)
    p.drawRect(QRectF(9, 11, 6, 2))


def _history(p: QPainter) -> None:
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(QRectF(4, 4, 16, 16))
    p.drawLine(QPointF(12, 12), QPointF(12, 7.5))
    p.drawLine(QPointF(12, 12), QPointF(15.5, 14))


def _settings(p: QPainter) -> None:
    for y, knob in ((7, 15), (12, 8), (17, 13)):
        p.drawLine(QPointF(4, y), QPointF(20, y))
        p.drawEllipse(QPointF(knob, y), 2.2, 2.2)


def _exercises(p: QPainter) -> None:
    p.drawEllipse(QPointF(12, 4.8), 2.4, 2.4)
    p.drawLine(QPointF(12, 8.5), QPointF(12, 14))
    p.drawLine(QPointF(6.5, 9.5), QPointF(17.5, 9.5))
    p.drawLine(QPointF(12, 14), QPointF(8.5, 20))
    p.drawLine(QPointF(12, 14), QPointF(15.5, 20))


_ICONS: dict[str, _Draw] = {
    "play": _play,
    "pause": _pause,
    "back": _back,
    "skip": _skip,
    "stop": _stop,
    "sound": _sound,
    "muted": _muted,
    "workouts": _workouts,
    "exercises": _exercises,
    "history": _history,
    "settings": _settings,
}


def icon(name: str, colour: str, size: int = 48) -> QIcon:
    """An icon drawn on a 24-unit grid, scaled to ``size`` pixels (at 2x for sharp screens)."""
    return QIcon(_pixmap(name, colour, size))


def two_state_icon(name: str, colour: str, checked_colour: str, size: int = 48) -> QIcon:
    """For a checkable button: one colour normally, another while checked."""
    both = QIcon(_pixmap(name, colour, size))
    both.addPixmap(_pixmap(name, checked_colour, size), QIcon.Mode.Normal, QIcon.State.On)
    return both


def _pixmap(name: str, colour: str, size: int) -> QPixmap:
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size * 2 / 24, size * 2 / 24)
    pen = QPen(QColor(colour), 1.8)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(QColor(colour))
    _ICONS[name](painter)
    painter.end()
    pixmap.setDevicePixelRatio(2)
    return pixmap


def icon_names() -> list[str]:
    return list(_ICONS)


__all__ = ["icon", "icon_names", "two_state_icon"]
