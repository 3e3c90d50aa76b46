"""Rows of widgets that wrap onto the next line when the window is too narrow for all of them,
the way words wrap: chips and buttons stay whole instead of being cut off at the edge.

FlowLayout keeps each widget at its natural width, left to right; EvenColumns shares the width
out in equal columns (a choice of buttons, a row of figures) and takes fewer columns when a
widget would not fit its share."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QLayout, QLayoutItem, QSizePolicy, QWidget

# Wider than any line of text a window shows.
_ONE_LINE = 100_000
_NATURAL_WIDTHS: dict[tuple[str, str, str, int], int] = {}
_NATURAL_WIDTHS_KEPT = 1000


def natural_width(item: QLayoutItem) -> int:
    """The item's width at its ease: for a wrapping label, its text on one line (a wrapping
    label's own hint is a narrow guess that breaks even a short text in two)."""
    hint = item.sizeHint().width()
    label = item.widget()
    if not isinstance(label, QLabel) or not label.wordWrap() or not label.text():
        return hint
    # A layout asks again whenever anything in the window moves (a clock's text each second):
    # the search below is done once per text, font and hint.
    key = (label.text(), label.font().key(), label.objectName(), hint)
    known = _NATURAL_WIDTHS.get(key)
    if known is not None:
        return known
    one_line = label.heightForWidth(_ONE_LINE)
    wide = hint
    if label.heightForWidth(hint) > one_line:
        narrow, wide = hint, hint + label.fontMetrics().horizontalAdvance(label.text()) + 1
        while wide - narrow > 1:  # the narrowest width that still keeps one line
            middle = (narrow + wide) // 2
            if label.heightForWidth(middle) <= one_line:
                wide = middle
            else:
                narrow = middle
    if len(_NATURAL_WIDTHS) > _NATURAL_WIDTHS_KEPT:
        _NATURAL_WIDTHS.clear()
    _NATURAL_WIDTHS[key] = wide
    return wide


def left_aligned(widget: QWidget) -> QWidget:
    """``widget`` at its natural width at the left of a column, narrowed (and wrapped, for a
    wrapping label) only when the column is narrower; a column's own alignment would not wrap
    it, and it would be cut."""
    holder = QWidget()
    FlowLayout(holder).addWidget(widget)
    return holder


class _WrappingLayout(QLayout):
    """What the two wrapping layouts share: their items, and a height that follows the width,
    worked out by the same arrangement that places the items."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Places the shown items in ``rect`` (only when ``move``); returns the height used."""
        raise NotImplementedError


class FlowLayout(_WrappingLayout):
    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        return Qt.Orientation(0)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """All in one row."""
        width = height = 0
        for item in self._shown():
            hint = item.sizeHint()
            width += natural_width(item) + (self._spacing if width else 0)
            height = max(height, hint.height())
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        """The widest single item: narrower than that, one would be cut."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        x, y, line_height = area.x(), area.y(), 0
        for item in self._shown():
            hint = item.sizeHint()
            natural = natural_width(item)
            width = min(natural, area.width())
            if x > area.x() and x + width > area.right() + 1:
                x, y = area.x(), y + line_height + self._spacing
                line_height = 0
            # A wrapping label narrowed to the line takes the height its lines need.
            height = item.heightForWidth(width) if item.hasHeightForWidth() else hint.height()
            if width == natural and not isinstance(item.widget(), QLabel):
                height = max(height, hint.height())
            if move:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
            x += width + self._spacing
            line_height = max(line_height, height)
        return y + line_height - rect.y() + margins.bottom()


def least_width(item: QLayoutItem) -> int:
    """The narrowest the item may be: its minimum if it may shrink below its hint (a column of
    wrapping text), else its hint (a button, whose text would be cut)."""
    widget = item.widget()
    shrinks = QSizePolicy.PolicyFlag.ShrinkFlag.value
    if widget is None or widget.sizePolicy().horizontalPolicy().value & shrinks:
        return item.minimumSize().width()
    return item.sizeHint().width()


def shared_out(room: int, least: list[int]) -> list[int]:
    """``room`` shared out as evenly as the widths ``least`` allow: a widget that needs more than
    an even share takes what it needs, the others share the rest."""
    widths = [0] * len(least)
    left = list(range(len(least)))
    while left:
        share = room // len(left)
        wide = [i for i in left if least[i] > share]
        if not wide:
            break
        for i in wide:
            widths[i] = least[i]
            room -= least[i]
        left = [i for i in left if i not in wide]
    for number, i in enumerate(left):  # the pixels that do not divide go to the first ones
        widths[i] = room // len(left) + (1 if number < room % len(left) else 0)
    return widths


class EvenColumns(_WrappingLayout):
    """Widgets side by side sharing the width evenly, as a box layout with equal stretch does,
    when they all fit on one row; else as many a row as fit, the rest on the rows below, down to
    one widget a row. A shorter last row keeps the columns of the rows above."""

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        return Qt.Orientation.Horizontal

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """All in one row."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown)
        width += self._spacing * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        """One a row: as wide as the widest widget's least width."""
        width = max((least_width(item) for item in self._shown()), default=0)
        return QSize(width, 0).grownBy(self.contentsMargins())

    def columns(self, width: int) -> int:
        """How many widgets a row fit ``width``."""
        least = [least_width(item) for item in self._shown()]
        for count in range(len(least), 1, -1):
            rows = [least[start : start + count] for start in range(0, len(least), count)]
            if all(sum(row) + self._spacing * (count - 1) <= width for row in rows):
                return count
        return 1

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        shown = self._shown()
        count = self.columns(area.width())
        room = area.width() - self._spacing * (count - 1)
        y = area.y()
        for start in range(0, len(shown), count):
            row = shown[start : start + count]
            least = [least_width(item) for item in row]
            # A shorter last row takes the even columns of a full one.
            widths = shared_out(room, least + [0] * (count - len(row)))[: len(row)]
            height = max(
                item.heightForWidth(wide) if item.hasHeightForWidth() else item.sizeHint().height()
                for item, wide in zip(row, widths, strict=True)
            )
            x = area.x()
            for item, wide in zip(row, widths, strict=True):
                if move:
                    item.setGeometry(QRect(x, y, wide, height))
                x += wide + self._spacing
            y += height + self._spacing
        used = y - self._spacing if shown else y
        return used - rect.y() + margins.bottom()
