"""An exercise's steps, with the current one highlighted and scrolled to the top of the list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from calfplayer.ui.widgets.common import flick_to_scroll, label

LEAST_HEIGHT = 44  # a line of the current step, with its padding


class StepList(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The list follows the current step by itself; a scroll bar coming and going would also
        # change the width the steps wrap to, and so their heights.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Wrapped labels need their height worked out from the width, which a resizable scroll
        # area does not do, so the content is sized by hand in _fit.
        self.setWidgetResizable(False)
        self._content = QWidget()
        self._content.setObjectName("page")
        self._layout = QVBoxLayout(self._content)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.setWidget(self._content)
        flick_to_scroll(self)
        self.labels: list[QLabel] = []
        self.current = -1
        self._blank_below = 0
        self.setAccessibleName(QCoreApplication.translate("StepList", "Steps"))

    def set_steps(self, steps: tuple[str, ...] | list[str]) -> None:
        for old in self.labels:
            self._layout.removeWidget(old)
            old.hide()
            old.deleteLater()
        self.labels = [label(f"{number}.  {step}", "step") for number, step in enumerate(steps, 1)]
        for step_label in self.labels:
            self._layout.addWidget(step_label)
            step_label.setVisible(True)  # now, not queued: _fit must count it
        self.current = -2
        self.set_current(-1)

    def set_current(self, index: int) -> None:
        if index == self.current:
            return
        self.current = index
        for number, step_label in enumerate(self.labels):
            role = "stepCurrent" if number == index else "step"
            if step_label.objectName() != role:
                step_label.setObjectName(role)
                step_label.style().unpolish(step_label)
                step_label.style().polish(step_label)
        self._fit()
        if 0 <= index < len(self.labels):
            self.verticalScrollBar().setValue(self.labels[index].y())
        else:
            self.verticalScrollBar().setValue(0)
        self._show_whole_steps()
        self.updateGeometry()  # the current step is whole: the least height changed

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """At least the current step, whole."""
        hint = super().minimumSizeHint()
        hint.setHeight(max(hint.height(), LEAST_HEIGHT))
        if 0 <= self.current < len(self.labels):
            width = self.viewport().width() if self.width() > 0 else hint.width()
            needed = self.labels[self.current].heightForWidth(max(width, 1))
            hint.setHeight(max(hint.height(), min(needed, self.maximumHeight())))
        return hint

    def current_text(self) -> str:
        return self.labels[self.current].text() if 0 <= self.current < len(self.labels) else ""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()
        if 0 <= self.current < len(self.labels):
            self.verticalScrollBar().setValue(self.labels[self.current].y())
        self._show_whole_steps()

    def _show_whole_steps(self) -> None:
        """Leaves blank the room below the last step that fits whole, so that no step is shown
        cut off at the bottom."""
        shown = self.labels[max(0, self.current) :]
        room = self.height()
        used = 0
        for step_label in shown:
            needed = step_label.height() + (self._layout.spacing() if used else 0)
            if used and used + needed > room:
                break
            used += needed
        blank = max(0, room - used) if shown else 0
        if blank != self._blank_below:
            self._blank_below = blank
            self.setViewportMargins(0, 0, 0, blank)

    def _fit(self) -> None:
        width = self.viewport().width()
        # Room below the last step, so that any step can scroll to the top: no step is shown
        # cut in half above the current one.
        last = self.labels[-1].heightForWidth(width) if self.labels else 0
        self._layout.setContentsMargins(0, 0, 0, max(0, self.viewport().height() - last))
        self._layout.activate()
        height = self._layout.totalHeightForWidth(width)
        self._content.setFixedSize(width, max(height, 1))
        self._layout.activate()
