"""The parts of the window's frame: its sizes, its pages, its root and its navigation tabs."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QToolButton, QWidget

DEFAULT_SIZE = QSize(420, 860)
MINIMUM_SIZE = QSize(360, 640)


class Page(IntEnum):
    WORKOUTS = 0
    PREVIEW = 1
    PLAYER = 2
    SUMMARY = 3
    HISTORY = 4
    SETTINGS = 5
    EDITOR = 6
    LIBRARY = 7
    ABOUT = 8


class FirstPaintRoot(QWidget):
    """The window's content; tells when it has been painted for the first time."""

    painted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("root")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._painted = False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # After this paint has reached the screen, not in the middle of it.
            QTimer.singleShot(0, self.painted.emit)


def nav_tab(text: str, icon_name: str) -> QToolButton:
    """One tab of the bottom navigation: an icon over its name, checkable, thumb-sized."""
    tab = QToolButton()
    tab.setObjectName("nav")
    tab.setText(text)
    tab.setAccessibleName(text)
    tab.setCheckable(True)
    tab.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
    tab.setIconSize(QSize(26, 26))
    tab.setProperty("iconName", icon_name)
    tab.setCursor(Qt.CursorShape.PointingHandCursor)
    return tab
