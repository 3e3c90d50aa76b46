"""The parts of the window's frame: its sizes, its pages, its root and its navigation tabs."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QToolButton, QWidget

from calfplayer.domain.window_geometry import (
    IDEAL_HEIGHT,
    IDEAL_WIDTH,
    MINIMUM_HEIGHT,
    MINIMUM_WIDTH,
)

NAV_TAB_PADDING = 12  # the theme's padding around a tab's name, and a little to spare
DEFAULT_SIZE = QSize(IDEAL_WIDTH, IDEAL_HEIGHT)  # on a screen with room for it
MINIMUM_SIZE = QSize(MINIMUM_WIDTH, MINIMUM_HEIGHT)


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


class NavBar(QWidget):
    """The bottom navigation: its tabs' names are drawn smaller when large text would not fit
    the width, rather than cut."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("nav")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._shrunk_to: float | None = None

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit_names()

    def fit_names(self) -> None:
        tabs = self.findChildren(QToolButton)
        if not tabs or self.width() <= 0:
            return
        # The theme draws the names at 0.95 of the application font, bold when chosen.
        designed = QApplication.font().pointSizeF() * 0.95
        font = QFont(QApplication.font())
        font.setPointSizeF(designed)
        font.setBold(True)
        widest = max(QFontMetricsF(font).horizontalAdvance(tab.text()) for tab in tabs)
        layout = self.layout()
        spacing = layout.spacing() if layout is not None else 0
        margins = layout.contentsMargins() if layout is not None else None
        inside = self.width() - (margins.left() + margins.right() if margins else 0)
        room = (inside - spacing * (len(tabs) - 1)) / len(tabs) - NAV_TAB_PADDING
        wanted = None if widest <= room else max(6.0, int(designed * room / widest * 2) / 2)
        if wanted != self._shrunk_to:
            self._shrunk_to = wanted
            self.setStyleSheet(
                "" if wanted is None else f"QToolButton#nav {{ font-size: {wanted}pt; }}"
            )


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
