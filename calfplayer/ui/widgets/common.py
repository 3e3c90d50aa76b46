"""Small building blocks shared by the pages: labels, buttons, cards and scrolling."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

MARGIN = 20


def label(text: str = "", role: str = "body", *, wrap: bool = True) -> QLabel:
    """A plain-text label: names and descriptions from files are never read as markup."""
    widget = QLabel(text)
    widget.setObjectName(role)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setWordWrap(wrap)
    if wrap:
        widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return widget


class _CheckWords(QLabel):
    """A check box's words beside it: a click on them ticks the box, as on the box's own."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self._box = box

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() is Qt.MouseButton.LeftButton and self._box.isEnabled():
            self._box.click()


def wrapping_check(text: str) -> tuple[QWidget, QCheckBox]:
    """A check box whose words wrap on a narrow window (a check box's own text never does):
    the row to lay out, and the box."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(8)
    box = QCheckBox()
    box.setAccessibleName(text)
    words = _CheckWords(text, box)
    words.setObjectName("body")
    words.setTextFormat(Qt.TextFormat.PlainText)
    words.setWordWrap(True)
    words.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(words, 1)
    return row, box


def button(text: str, role: str = "", accessible: str | None = None) -> QPushButton:
    widget = QPushButton(text)
    if role:
        widget.setObjectName(role)
    widget.setAccessibleName(accessible or text)
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    widget.setMinimumHeight(48)
    return widget


def card(role: str = "card") -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName(role)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(18, 16, 18, 16)
    layout.setSpacing(8)
    return frame, layout


def clear_layout(layout: QVBoxLayout) -> None:
    """Empties a column now (hidden at once, deleted later), so nothing old shows through."""
    while layout.count():
        taken = layout.takeAt(0)
        widget = taken.widget() if taken is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()


def page_layout(page: QWidget) -> QVBoxLayout:
    """Makes ``page`` a full-window page and returns its (margin-less) layout."""
    page.setObjectName("page")
    page.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    return layout


def scroll_area(content: QWidget) -> QScrollArea:
    """A vertical list that scrolls with a flick of the finger (or the mouse) as on a phone."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    flick_to_scroll(area)
    return area


_waiting_to_flick: list[QAbstractScrollArea] | None = []  # None once flicking has begun


def flick_to_scroll(area: QAbstractScrollArea) -> None:
    """Kinetic scrolling: a flick of the finger, or a drag of the mouse, scrolls the list.

    Until ``begin_flick_scrolling`` the areas only wait: the first scroller costs tens of
    milliseconds, which must not hold up the window's first paint.
    """
    if _waiting_to_flick is None:
        _grab_flicks(area)
    else:
        _waiting_to_flick.append(area)


def begin_flick_scrolling() -> None:
    """The window is on screen: every scroll area made so far, and from now on, flicks."""
    global _waiting_to_flick
    waiting, _waiting_to_flick = _waiting_to_flick or [], None
    for area in waiting:
        if isValid(area):
            _grab_flicks(area)


def _grab_flicks(area: QAbstractScrollArea) -> None:
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)


def scrolling_column() -> tuple[QScrollArea, QVBoxLayout]:
    content = QWidget()
    layout = QVBoxLayout(content)
    layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
    layout.setSpacing(14)
    return scroll_area(content), layout
