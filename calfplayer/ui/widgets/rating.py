"""The rating card: effort and pain from 0 to 10, a note, the "that hurt" marks; kept as set."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLineEdit, QSlider, QVBoxLayout, QWidget

from calfplayer.domain.plan import format_duration
from calfplayer.domain.record import HurtMark
from calfplayer.domain.recording import Rating
from calfplayer.domain.routines import Side
from calfplayer.i18n import translatable
from calfplayer.ui.widgets.common import label

translate = QCoreApplication.translate

# Shown translated (context "RatingCard") by scale_word.
PAIN_WORDS = {
    0: translatable("RatingCard", "none"),
    1: translatable("RatingCard", "barely"),
    4: translatable("RatingCard", "some"),
    7: translatable("RatingCard", "a lot"),
    10: translatable("RatingCard", "worst"),
}
EFFORT_WORDS = {
    0: translatable("RatingCard", "rest"),
    1: translatable("RatingCard", "very easy"),
    4: translatable("RatingCard", "moderate"),
    7: translatable("RatingCard", "hard"),
    10: translatable("RatingCard", "all out"),
}
NOTE_SETTLE_MS = 700  # a note is kept this long after the last keystroke


def scale_word(words: Mapping[int, str], value: int) -> str:
    word = words[max(key for key in words if key <= value)]
    return translate("RatingCard", word)


def hurt_line(exercise: str, set_number: int, side: Side | None, workout_ms: int) -> str:
    """ "Calf raise · set 2 · left · at 3:12", as the summary and the history show a mark."""
    name = translate("Exercises", exercise)
    at = format_duration(workout_ms)
    if side is Side.LEFT:
        text = translate("RatingCard", "{exercise} · set {set} · left · at {time}")
    elif side is Side.RIGHT:
        text = translate("RatingCard", "{exercise} · set {set} · right · at {time}")
    else:
        text = translate("RatingCard", "{exercise} · set {set} · at {time}")
    return text.format(exercise=name, set=set_number, time=at)


class ScaleRow(QWidget):
    """A 0-10 slider with its name and the value in words beside it; "not rated" until the
    person sets it (a click on the slider at its shown value sets that value too)."""

    set_by_person = Signal()

    def __init__(self, name: str, words: Mapping[int, str], value: int | None, rest: int) -> None:
        super().__init__()
        self._name = name
        self._words = words
        self.is_set = value is not None
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
        self.slider.setValue(rest if value is None else value)
        self._show(self.slider.value())
        self.slider.valueChanged.connect(self._changed)
        # A click or key on the slider that leaves its value where it was still sets it.
        self.slider.actionTriggered.connect(lambda _action: QTimer.singleShot(0, self._touched))
        self.slider.sliderReleased.connect(self._touched)
        layout.addWidget(self.caption)
        layout.addWidget(self.slider)

    def _changed(self, value: int) -> None:
        self.is_set = True
        self._show(value)
        self.set_by_person.emit()

    def _touched(self) -> None:
        if not self.is_set:
            self._changed(self.slider.value())

    def _show(self, value: int) -> None:
        if not self.is_set:
            self.caption.setText(
                translate("RatingCard", "{scale}: not rated yet (slide to rate)").format(
                    scale=self._name
                )
            )
            self.slider.setAccessibleDescription(translate("RatingCard", "not rated yet"))
            return
        self.caption.setText(
            translate("RatingCard", "{scale}: {value} of 10 ({word})").format(
                scale=self._name, value=value, word=scale_word(self._words, value)
            )
        )
        self.slider.setAccessibleDescription(
            translate("RatingCard", "{value} of 10").format(value=value)
        )

    @property
    def value(self) -> int | None:
        return self.slider.value() if self.is_set else None


class RatingCard(QFrame):
    """Effort, pain and a note. Each is kept as it is set: effort and pain at once, the note
    NOTE_SETTLE_MS after the last keystroke (or at once by ``flush``, e.g. on Done)."""

    changed = Signal(object)  # Rating

    def __init__(
        self,
        hurts: Sequence[HurtMark],
        names: Mapping[str, str],
        rating: Rating | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(8)
        layout.addWidget(label(translate("RatingCard", "HOW DID IT GO?"), "section"))
        known = rating or Rating(None, None)
        self.effort = ScaleRow(
            translate("RatingCard", "Effort"), EFFORT_WORDS, known.effort, rest=5
        )
        self.pain = ScaleRow(translate("RatingCard", "Pain"), PAIN_WORDS, known.pain, rest=0)
        layout.addWidget(self.effort)
        layout.addWidget(self.pain)
        self.note = QLineEdit(known.note)
        self.note.setPlaceholderText(translate("RatingCard", "A note (optional)"))
        self.note.setAccessibleName(translate("RatingCard", "Note"))
        self.note.setMaxLength(500)
        self.note.setMinimumHeight(40)
        layout.addWidget(self.note)
        self.hurt_lines = [
            hurt_line(names.get(h.exercise_id, h.exercise_id), h.set_number, h.side, h.workout_ms)
            for h in hurts
        ]
        if self.hurt_lines:
            layout.addWidget(label(translate("RatingCard", "That hurt"), "subheading"))
            for line in self.hurt_lines:
                layout.addWidget(label(line, "muted"))
        self.status = label("", "small")
        layout.addWidget(self.status)
        self._kept = known
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_SETTLE_MS)
        self._note_timer.timeout.connect(self._keep)
        self.effort.set_by_person.connect(self._keep)
        self.pain.set_by_person.connect(self._keep)
        self.note.textEdited.connect(lambda _text: self._note_timer.start())
        self.note.editingFinished.connect(self.flush)

    def rating(self) -> Rating:
        return Rating(self.effort.value, self.pain.value, self.note.text().strip())

    @property
    def waiting(self) -> bool:
        """A note typed but not kept yet."""
        return self._note_timer.isActive()

    def flush(self) -> None:
        """Keeps what is typed now, without waiting for the note to settle."""
        self._note_timer.stop()
        self._keep()

    def show_saved(self, problem: str | None) -> None:
        self.status.setText(problem or translate("RatingCard", "Kept in your history."))

    def _keep(self) -> None:
        self._note_timer.stop()
        rating = self.rating()
        if rating != self._kept:
            self._kept = rating
            self.changed.emit(rating)
