"""Labels that keep their size while their text changes: a new text never moves what lies around
them, which on a full screen would repaint a large area."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QSize, Qt
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


class TickingLabel(QLabel):
    """A one-line label for a time that changes every second ("12:34 left"). It keeps one fixed
    size while only its digits change, so a new second repaints the label alone; Qt lays the
    page out again only when the text takes another shape (a digit more, another language,
    another font size)."""

    def __init__(self, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(role)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._fitted: tuple[str, str] | None = None
        # Never shown: measures the text's shape with each digit, styled as this label is.
        self._measure = QLabel(self)
        self._measure.setObjectName(role)
        self._measure.setTextFormat(Qt.TextFormat.PlainText)
        self._measure.hide()

    def show_text(self, text: str) -> None:
        if text != self.text():
            self.setText(text)
            self._fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fitted = None
            self._fit()

    def _fit(self) -> None:
        shape = _DIGIT.sub("0", self.text())
        key = (shape, self.font().key())
        if key == self._fitted:
            return
        self._fitted = key
        self._measure.setFont(self.font())
        self._measure.ensurePolished()
        widest = QSize()
        for digit in "0123456789":
            self._measure.setText(shape.replace("0", digit))
            widest = widest.expandedTo(self._measure.sizeHint())
        self.setFixedSize(widest)


_DIGIT = re.compile(r"\d")
