"""One past session: each exercise and side planned against done, partial sets and "that hurt"."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from calfplayer.app.history import PastSession
from calfplayer.domain.plan import format_duration
from calfplayer.domain.progress import WorkoutProgress
from calfplayer.domain.recording import Rating
from calfplayer.domain.routines import Side
from calfplayer.ui.widgets.common import (
    MARGIN,
    button,
    card,
    clear_layout,
    label,
    page_layout,
    scrolling_column,
)
from calfplayer.ui.widgets.flow import FlowLayout
from calfplayer.ui.widgets.rating import RatingCard, hurt_line


@dataclass(frozen=True)
class SideDone:
    """One exercise on one side (or both, when it is not done per side)."""

    exercise: str
    side: Side | None
    planned: str  # "3 sets · 36 reps"
    done: str  # "2 sets · 24 reps", "Not done"
    partial: tuple[str, ...]  # "set 3: 5 of 12 reps"
    hurts: tuple[str, ...]
    attempts: tuple[str, ...] = ()  # "set 2, attempt 1: 7 of 10 reps" (left with Back)

    @property
    def title(self) -> str:
        return self.exercise if self.side is None else f"{self.exercise} · {self.side.value}"


def _amount(hold: bool, reps: int, hold_ms: int) -> str:
    return f"{hold_ms // 1000} s held" if hold else f"{reps} reps"


def _sets(count: int) -> str:
    return f"{count} set{'s' if count != 1 else ''}"


def breakdown(progress: WorkoutProgress, names: Mapping[str, str]) -> list[SideDone]:
    """Each exercise and side of the routine as it was played (its stored snapshot, not today's
    file), in the order played."""
    sides: dict[tuple[int, Side | None], None] = {}
    for block in progress.blocks:
        sides[(block.planned.key.item_index, block.planned.key.side)] = None
    lines = []
    for index, side in sides:
        blocks = progress.of_side(index, side)
        exercise_id = blocks[0].planned.exercise_id
        name = names.get(exercise_id, exercise_id)
        is_hold = any(block.planned.is_hold for block in blocks)
        planned = f"{_sets(len(blocks))} · " + _amount(
            is_hold,
            sum(block.planned.reps for block in blocks),
            sum(block.planned.hold_ms for block in blocks),
        )
        played = [block for block in blocks if block.done is not None]
        did = (
            f"{_sets(sum(1 for block in played if block.complete))} · "
            + _amount(
                is_hold,
                sum(block.reps_done for block in played),
                sum(block.hold_done_ms for block in played),
            )
            if played
            else "Not done"
        )
        partial = tuple(
            f"set {block.planned.key.set_number}: "
            + (
                f"{block.hold_done_ms // 1000} of {block.planned.hold_ms // 1000} s"
                if is_hold
                else f"{block.reps_done} of {block.planned.reps} reps"
            )
            for block in played
            if not block.complete
        )
        hurts = tuple(
            hurt_line(name, m.set_number, m.side, m.workout_ms)
            for m in progress.hurts
            if m.item_index == index and m.side == side
        )
        attempts = tuple(
            f"set {block.planned.key.set_number}, attempt {earlier.attempt}: "
            + (
                f"{earlier.hold_done_ms // 1000} of {block.planned.hold_ms // 1000} s"
                if is_hold
                else f"{earlier.reps_done} of {block.planned.reps} reps"
            )
            for block in played
            for earlier in block.earlier
        )
        lines.append(SideDone(name, side, planned, did, partial, hurts, attempts))
    return lines


class SessionDetail(QWidget):
    back = Signal()
    delete_requested = Signal(int)
    rated = Signal(int, object)  # session id, Rating: set or changed here, kept at once

    def __init__(self) -> None:
        super().__init__()
        self.session_id = -1
        outer = page_layout(self)
        area, self.column = scrolling_column()
        outer.addWidget(area, 1)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(MARGIN, 8, MARGIN, MARGIN)
        self.back_button = button("Back", "", "Back to the history")
        self.delete_button = button("Delete session", "", "Delete this session")
        self.back_button.clicked.connect(self._back)
        self.delete_button.clicked.connect(lambda: self.delete_requested.emit(self.session_id))
        bottom.addWidget(self.back_button, 1)
        bottom.addWidget(self.delete_button, 1)
        outer.addLayout(bottom)
        self.lines: list[SideDone] = []
        self.rating: RatingCard | None = None

    def _back(self) -> None:
        self.keep_rating()
        self.back.emit()

    def keep_rating(self) -> None:
        """A note still being typed is kept (leaving the page, closing the window)."""
        if self.rating is not None:
            self.rating.flush()

    def show_session(self, detail: PastSession) -> None:
        record, overview = detail.record, detail.overview
        progress, names = detail.progress, detail.names
        self.keep_rating()
        self.session_id = record.id
        clear_layout(self.column)
        self.rating = None
        self.column.addWidget(label(record.routine_name, "title"))
        moment = record.started_at
        when = f"{moment.strftime('%A')} {moment.day} {moment.strftime('%B %Y, %H:%M')}"
        self.column.addWidget(label(when, "muted"))
        row = QWidget()
        chips = FlowLayout(row)
        facts = (
            format_duration(overview.duration_ms),
            f"{round(overview.completion * 100)} % done",
            record.status,
        )
        for fact in facts:
            chips.addWidget(label(fact, "chip", wrap=False))
        self.column.addWidget(row)
        rating = Rating(record.effort, record.pain, record.note)
        self.rating = RatingCard(progress.hurts, names, rating)
        session_id = record.id
        self.rating.changed.connect(lambda changed: self.rated.emit(session_id, changed))
        if record.effort is None and record.pain is None:
            self.column.addWidget(label("Not rated yet: rate it here.", "muted"))
        self.column.addWidget(self.rating)
        self.lines = breakdown(progress, names)
        frame, layout = card()
        layout.addWidget(label("PLANNED AND DONE", "section"))
        for number, line in enumerate(self.lines):
            if number:
                layout.addSpacing(4)
            layout.addWidget(label(line.title, "subheading"))
            layout.addWidget(label(f"Planned {line.planned}", "muted"))
            layout.addWidget(label(f"Done {line.done}", "body"))
            for text in line.attempts:
                layout.addWidget(label(f"Earlier attempt, {text}", "small"))
            for text in line.partial:
                layout.addWidget(label(f"Partial {text}", "small"))
            for text in line.hurts:
                layout.addWidget(label(f"That hurt: {text}", "notice"))
        self.column.addWidget(frame)
        self.column.addStretch(1)
        self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)
