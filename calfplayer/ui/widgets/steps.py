"""An exercise's steps, with the current one highlighted and scrolled to the top of the list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from calfplayer.ui.widgets.common import flick_to_scroll, label


class StepList(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
        self.setAccessibleName("Steps")

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

    def current_text(self) -> str:
        return self.labels[self.current].text() if 0 <= self.current < len(self.labels) else ""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()
        if 0 <= self.current < len(self.labels):
            self.verticalScrollBar().setValue(self.labels[self.current].y())

    def _fit(self) -> None:
        width = self.viewport().width()
        self._layout.activate()
        height = self._layout.totalHeightForWidth(width)
        self._content.setFixedSize(width, max(height, 1))
        self._layout.activate()
