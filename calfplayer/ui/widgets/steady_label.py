"""A wrapping label as tall as the longest of the texts it may show, whichever it shows now."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class SteadyLabel(QLabel):
    """Given the texts it will show in turn (``set_alternatives``), it asks its layout for the
    height of the tallest at any width: a new text then never moves what lies below it, which on
    a full screen would repaint a large area."""

    def __init__(self, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(role)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._alternatives: tuple[str, ...] = ()
        # Never shown: lays out each alternative as this label would, styled as it is.
        self._measure = QLabel(self)
        self._measure.setObjectName(role)
        self._measure.setTextFormat(Qt.TextFormat.PlainText)
        self._measure.setWordWrap(True)
        self._measure.hide()
        self._heights: dict[tuple[int, str], int] = {}

    def set_alternatives(self, texts: tuple[str, ...]) -> None:
        if texts != self._alternatives:
            self._alternatives = texts
            self._heights.clear()
            self.updateGeometry()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        own = super().heightForWidth(width)
        if not self._alternatives:
            return own
        key = (width, self.font().key())
        tallest = self._heights.get(key)
        if tallest is None:
            self._measure.ensurePolished()
            tallest = 0
            for text in self._alternatives:
                self._measure.setText(text)
                tallest = max(tallest, self._measure.heightForWidth(width))
            self._heights = {key: tallest}
        return max(own, tallest)
