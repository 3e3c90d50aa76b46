"""Small building blocks shared by the pages: labels, buttons, cards and scrolling."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

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


def divider() -> QFrame:
    line = QFrame()
    line.setObjectName("divider")
    return line


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
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    return area


def scrolling_column() -> tuple[QScrollArea, QVBoxLayout]:
    content = QWidget()
    layout = QVBoxLayout(content)
    layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
    layout.setSpacing(14)
    return scroll_area(content), layout
