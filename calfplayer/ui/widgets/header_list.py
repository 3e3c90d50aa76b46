"""A page of a header (a title, figures, charts) above a long list, that works on short windows.

On a tall window the header stays where it is and the list takes the rest of the height. On a
short one the header would leave the list a row or two, so the whole page scrolls instead: the
header scrolls away and the list, as tall as the window, carries on scrolling from there. A wheel
turned at the list's top end scrolls the page, bringing the header back.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QScrollArea, QVBoxLayout, QWidget

from calfplayer.ui.widgets.common import flick_to_scroll

# The header may take this share of the height before it scrolls away with the list.
PINNED_HEADER_SHARE = 0.45


class HeaderAndList(QScrollArea):
    def __init__(self, content: QWidget, column: QVBoxLayout, rows: QAbstractScrollArea) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The list shows its own scroll bar; a second one beside it would only take width.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._column = column
        self._rows = rows
        self.setWidget(content)
        flick_to_scroll(self)
        content.installEventFilter(self)

    @property
    def header_pinned(self) -> bool:
        """Whether the header stays put (a tall window) rather than scrolling away."""
        return self._header_height() <= self.viewport().height() * PINNED_HEADER_SHARE

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LayoutRequest:
            # The header grew or shrank (a message shown, figures filled in): fitted once the
            # layout has placed it.
            QTimer.singleShot(0, self, self.fit)
        return super().eventFilter(watched, event)

    def fit(self) -> None:
        room = self.viewport().height()
        margins = self._column.contentsMargins()
        below = margins.bottom()
        pinned = self._header_height() if self.header_pinned else 0
        height = room - pinned - below
        height = max(height, self._rows.minimumSizeHint().height(), 1)
        if self._rows.height() != height or self._rows.minimumHeight() != height:
            self._rows.setFixedHeight(height)

    def _header_height(self) -> int:
        """The height of everything above the list: where the list begins once laid out,
        worked out from the header's parts before that."""
        if self._rows.y() > 0:
            return self._rows.y()
        width = self.viewport().width()
        margins = self._column.contentsMargins()
        inner = width - margins.left() - margins.right()
        height = margins.top()
        for index in range(self._column.count()):
            item = self._column.itemAt(index)
            if item is None or item.widget() is self._rows:
                break
            if item.isEmpty():
                continue
            hint = item.heightForWidth(inner) if item.hasHeightForWidth() else -1
            height += (hint if hint >= 0 else item.sizeHint().height()) + self._column.spacing()
        return height
