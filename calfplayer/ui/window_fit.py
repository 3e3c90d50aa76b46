"""The window on the screens that are there: its first placement, and the remembered one.

The arithmetic is in ``domain.window_geometry``; this module only reads Qt's screens and text
size, and applies the result to the window.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QFontInfo, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from calfplayer.domain.window_geometry import (
    Rect,
    WindowState,
    first_placement,
    restored_placement,
)


def _rect(area: QRect) -> Rect:
    return Rect(area.x(), area.y(), area.width(), area.height())


def available_areas() -> list[Rect]:
    """Every screen's available area (less its panels), the primary screen first."""
    primary = QGuiApplication.primaryScreen()
    screens = QGuiApplication.screens()
    ordered = ([primary] if primary is not None else []) + [s for s in screens if s is not primary]
    return [_rect(screen.availableGeometry()) for screen in ordered]


def text_scale() -> float:
    """How much larger than designed the text is drawn: 1.5 at 150 % (a font DPI of 144)."""
    font = QApplication.font()
    designed = font.pointSizeF() * 96 / 72
    if designed <= 0:
        return 1.0
    return max(1.0, QFontInfo(font).pixelSize() / designed)


def placement(saved: WindowState | None) -> Rect | None:
    """Where the window opens: the remembered place brought onto a screen that is there, else
    the first placement on the primary screen; None when Qt knows of no screen."""
    screens = available_areas()
    if saved is not None:
        restored = restored_placement(saved.rect, screens)
        if restored is not None:
            return restored
    return first_placement(screens[0], text_scale()) if screens else None


def place(window: QWidget, saved: WindowState | None) -> None:
    where = placement(saved)
    if where is not None:
        window.setGeometry(where.x, where.y, where.width, where.height)


def state_of(window: QWidget) -> WindowState:
    """The window's normal place and size (the one it returns to from full screen)."""
    normal = window.normalGeometry() if window.isFullScreen() else window.geometry()
    if not normal.isValid():
        normal = window.geometry()
    return WindowState(
        normal.x(), normal.y(), normal.width(), normal.height(), window.isFullScreen()
    )
