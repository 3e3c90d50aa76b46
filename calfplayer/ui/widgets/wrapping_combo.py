"""A drop-down that shows its choice whole: a name too long for the field goes onto a second line
instead of being cut with "…" (an exercise's or routine's name on a phone-wide window with
large text, in a language with long words)."""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QListView,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

_TALL = 100_000
TEXT_FLAGS = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap


class WrappingComboBox(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Narrow enough for any window; the text wraps rather than widen the field.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.currentIndexChanged.connect(self.updateGeometry)
        # The open list shows whole names too, on as many lines as they need.
        view = self.view()
        if isinstance(view, QListView):
            view.setWordWrap(True)
        view.setTextElideMode(Qt.TextElideMode.ElideNone)

    def field(self, size: QSize | None = None) -> QRect:
        """Where the choice's text goes, in a drop-down of ``size`` (by default its own)."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        if size is not None:
            option.rect = QRect(0, 0, size.width(), size.height())
        return self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )

    def text_size(self, width: int) -> QSize:
        """The current text's size wrapped to ``width``."""
        # In fractions of a pixel, as the painter lays the text out: whole pixels can round a
        # line that the painter breaks into one that seems to fit.
        bounds = QRectF(0, 0, max(1, width), _TALL)
        size = QFontMetricsF(self.font()).boundingRect(bounds, TEXT_FLAGS, self.currentText())
        return QSize(math.ceil(size.width()), math.ceil(size.height()))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        one_line = super().sizeHint().height()
        field = self.field(QSize(width, one_line))
        # The space around one line of text stays around two.
        around = one_line - self.fontMetrics().height()
        return max(one_line, self.text_size(field.width()).height() + around)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        if self.width() > 0:
            hint.setHeight(self.heightForWidth(self.width()))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.heightForWidth(self.width()) != self.height():
            # The layout kept a height it asked for before the style sheet set the font.
            self.updateGeometry()

    def paintEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        text = option.currentText
        option.currentText = ""
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.style().drawItemText(
            painter,
            self.field(),
            int(TEXT_FLAGS.value),
            self.palette(),
            self.isEnabled(),
            text,
            QPalette.ColorRole.ButtonText,
        )
