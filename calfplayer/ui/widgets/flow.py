"""A row of widgets that wraps onto the next line when the window is too narrow for all of them,
the way words wrap: chips and buttons stay whole instead of being cut off at the edge."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QLayout, QLayoutItem, QWidget

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


class FlowLayout(QLayout):
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

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._arrange(rect, move=True)

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

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

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
