"""History: its own page arrives in a later version; until then the tab says so."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from calfplayer.ui.widgets.common import label, page_layout, scrolling_column


class HistoryPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        outer = page_layout(self)
        area, column = scrolling_column()
        column.addWidget(label("History", "title"))
        self.message = label("Your workout history arrives in a later version.", "muted")
        column.addWidget(self.message)
        column.addStretch(1)
        outer.addWidget(area)
