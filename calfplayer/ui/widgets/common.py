"""Small building blocks shared by the pages: labels, buttons, cards and scrolling."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QScrollBar,
    QScroller,
    QSizePolicy,
    QStackedWidget,
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
    guard_fields_from_the_wheel()
    return area


def _is_value_field(widget: QObject) -> bool:
    return isinstance(widget, QComboBox | QAbstractSpinBox | QAbstractSlider) and not isinstance(
        widget, QScrollBar
    )


def _enclosing_scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


class WheelGuard(QObject):
    """The wheel scrolls a page, it never edits: a combo box, spin box or slider in a scrolling
    page takes the wheel only once it has the focus; otherwise the wheel goes to the page.

    Fields also lose Qt's "wheel focus": a wheel turning over a field would otherwise give it the
    focus first and then change its value."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # Every event of the application passes here: what is not a value field's is let through
        # before anything costlier than a type check (reading an event's type makes an object).
        if not _is_value_field(watched):
            return False
        if isinstance(event, QWheelEvent):
            if isinstance(watched, QWidget) and not watched.hasFocus():
                area = _enclosing_scroll_area(watched)
                if area is not None:
                    _scroll_instead(area, watched, event)
                    return True
        elif event.type() == QEvent.Type.Polish:
            assert isinstance(watched, QWidget)
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return False


def _scroll_instead(area: QAbstractScrollArea, field: QWidget, event: QWheelEvent) -> None:
    viewport = area.viewport()
    position = viewport.mapFromGlobal(field.mapToGlobal(event.position()))
    forwarded = QWheelEvent(
        position,
        event.globalPosition(),
        event.pixelDelta(),
        event.angleDelta(),
        event.buttons(),
        event.modifiers(),
        event.phase(),
        event.inverted(),
        event.source(),
    )
    QApplication.sendEvent(viewport, forwarded)
    event.setAccepted(forwarded.isAccepted())


def guard_fields_from_the_wheel() -> None:
    """Installs the one ``WheelGuard`` on the application (once)."""
    app = QApplication.instance()
    if app is not None and app.findChild(WheelGuard) is None:
        app.installEventFilter(WheelGuard(app))


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


def tab_in_reading_order(root: QWidget) -> None:
    """Tab walks ``root`` as a person reads it: in the order of its layouts, top to bottom and,
    within a row, left to right. Qt's own order is the order the widgets were made in, which a
    window built in parts, with pages that rebuild their content, does not follow."""
    chain = _reading_order(root)
    for first, second in pairwise(chain):
        QWidget.setTabOrder(first, second)


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None


def _reading_order(widget: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    if _takes_tab(widget):
        found.append(widget)
        if not isinstance(widget, QScrollArea):
            return found  # a field: its inner parts are its own
    if isinstance(widget, QScrollArea):
        inner = widget.widget()
        return found + (_reading_order(inner) if inner is not None else [])
    if isinstance(widget, QStackedWidget):  # the page shown; the others when they are shown
        shown = widget.currentWidget()
        return found + (_reading_order(shown) if shown is not None else [])
    layout = widget.layout()
    if layout is not None:
        return found + _layout_order(layout)
    for child in widget.children():
        if isinstance(child, QWidget) and not child.isWindow():
            found += _reading_order(child)
    return found


def _layout_order(layout: QLayout) -> list[QWidget]:
    indices = list(range(layout.count()))
    if isinstance(layout, QGridLayout):
        grid = layout

        def place(index: int) -> tuple[int, int]:
            position: tuple[int, int, int, int] = grid.getItemPosition(index)  # type: ignore[assignment]
            return position[0], position[1]

        indices.sort(key=place)
    found: list[QWidget] = []
    for index in indices:
        item = layout.itemAt(index)
        if item is None:
            continue
        inner_widget, inner_layout = item.widget(), item.layout()
        if inner_widget is not None:
            found += _reading_order(inner_widget)
        elif inner_layout is not None:
            found += _layout_order(inner_layout)
    return found
