"""The summary's rating card: effort and pain from 0 to 10, a note, the "that hurt" marks, Save."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QSlider, QVBoxLayout, QWidget

from calfplayer.domain.plan import format_duration
from calfplayer.domain.record import HurtMark
from calfplayer.domain.recording import Rating
from calfplayer.domain.routines import Side
from calfplayer.ui.widgets.common import button, label

PAIN_WORDS = {0: "none", 1: "barely", 4: "some", 7: "a lot", 10: "worst"}
EFFORT_WORDS = {0: "rest", 1: "very easy", 4: "moderate", 7: "hard", 10: "all out"}


def scale_word(words: Mapping[int, str], value: int) -> str:
    return words[max(key for key in words if key <= value)]


def hurt_line(exercise: str, set_number: int, side: Side | None, workout_ms: int) -> str:
    """ "Calf raise · set 2 · left · at 3:12", as the summary and the history show a mark."""
    parts = [exercise, f"set {set_number}"]
    if side is not None:
        parts.append(side.value)
    parts.append(f"at {format_duration(workout_ms)}")
    return " · ".join(parts)


class ScaleRow(QWidget):
    """A 0-10 slider with its name and the value in words beside it."""

    def __init__(self, name: str, words: Mapping[int, str], value: int) -> None:
        super().__init__()
        self._name = name
        self._words = words
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.caption = label("", "body")
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 10)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setMinimumHeight(40)
        self.slider.setAccessibleName(name)
        self.slider.valueChanged.connect(self._show)
        self.slider.setValue(value)
        self._show(value)
        layout.addWidget(self.caption)
        layout.addWidget(self.slider)

    def _show(self, value: int) -> None:
        self.caption.setText(f"{self._name}: {value} of 10 ({scale_word(self._words, value)})")
        self.slider.setAccessibleDescription(f"{value} of 10")

    @property
    def value(self) -> int:
        return self.slider.value()


class RatingCard(QFrame):
    saved = Signal(object)  # Rating

    def __init__(self, hurts: Sequence[HurtMark], names: Mapping[str, str]) -> None:
        super().__init__()
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(8)
        layout.addWidget(label("HOW DID IT GO?", "section"))
        self.effort = ScaleRow("Effort", EFFORT_WORDS, 5)
        self.pain = ScaleRow("Pain", PAIN_WORDS, 0)
        layout.addWidget(self.effort)
        layout.addWidget(self.pain)
        self.note = QLineEdit()
        self.note.setPlaceholderText("A note (optional)")
        self.note.setAccessibleName("Note")
        self.note.setMaxLength(500)
        self.note.setMinimumHeight(40)
        layout.addWidget(self.note)
        self.hurt_lines = [
            hurt_line(names.get(h.exercise_id, h.exercise_id), h.set_number, h.side, h.workout_ms)
            for h in hurts
        ]
        if self.hurt_lines:
            layout.addWidget(label("That hurt", "subheading"))
            for line in self.hurt_lines:
                layout.addWidget(label(line, "muted"))
        row = QHBoxLayout()
        self.status = label("", "small")
        self.save_button = button("Save", "", "Save the rating")
        self.save_button.clicked.connect(self._save)
        row.addWidget(self.status, 1)
        row.addWidget(self.save_button)
        layout.addLayout(row)

    def rating(self) -> Rating:
        return Rating(self.effort.value, self.pain.value, self.note.text().strip())

    def _save(self) -> None:
        self.saved.emit(self.rating())
        self.status.setText("Saved to your history.")
        self.save_button.setText("Save again")
