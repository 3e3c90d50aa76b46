"""One past session: each exercise and side planned against done, partial sets and "that hurt"."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from calfplayer.app.history import PastSession
from calfplayer.domain.library import shown_routine_name
from calfplayer.domain.plan import format_duration
from calfplayer.domain.progress import WorkoutProgress
from calfplayer.domain.recording import Rating
from calfplayer.domain.routines import Side
from calfplayer.i18n.formats import long_date, time_of_day
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

translate = QCoreApplication.translate


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
        if self.side is None:
            return self.exercise
        if self.side is Side.LEFT:
            return translate("SessionDetail", "{exercise} · left").format(exercise=self.exercise)
        return translate("SessionDetail", "{exercise} · right").format(exercise=self.exercise)


def _sets_and_amount(sets: int, hold: bool, reps: int, hold_ms: int) -> str:
    """ "3 sets · 36 reps", "2 sets · 90 s held"."""
    shown_sets = translate("SessionDetail", "%n set(s)", None, sets)
    amount = (
        translate("SessionDetail", "{seconds} s held").format(seconds=hold_ms // 1000)
        if hold
        else translate("SessionDetail", "%n rep(s)", None, reps)
    )
    return translate("SessionDetail", "{sets} · {amount}").format(sets=shown_sets, amount=amount)


def _part(hold: bool, done_reps: int, reps: int, done_ms: int, hold_ms: int) -> str:
    """ "5 of 12 reps", "20 of 30 s"."""
    if hold:
        return translate("SessionDetail", "{done} of {planned} s").format(
            done=done_ms // 1000, planned=hold_ms // 1000
        )
    return translate("SessionDetail", "{done} of %n rep(s)", None, reps).format(done=done_reps)


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
        name = translate("Exercises", names.get(exercise_id, exercise_id))
        is_hold = any(block.planned.is_hold for block in blocks)
        planned = _sets_and_amount(
            len(blocks),
            is_hold,
            sum(block.planned.reps for block in blocks),
            sum(block.planned.hold_ms for block in blocks),
        )
        played = [block for block in blocks if block.done is not None]
        did = (
            _sets_and_amount(
                sum(1 for block in played if block.complete),
                is_hold,
                sum(block.reps_done for block in played),
                sum(block.hold_done_ms for block in played),
            )
            if played
            else translate("SessionDetail", "Not done")
        )
        partial = tuple(
            translate("SessionDetail", "set {number}: {part}").format(
                number=block.planned.key.set_number,
                part=_part(
                    is_hold,
                    block.reps_done,
                    block.planned.reps,
                    block.hold_done_ms,
                    block.planned.hold_ms,
                ),
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
            translate("SessionDetail", "set {number}, attempt {attempt}: {part}").format(
                number=block.planned.key.set_number,
                attempt=earlier.attempt,
                part=_part(
                    is_hold,
                    earlier.reps_done,
                    block.planned.reps,
                    earlier.hold_done_ms,
                    block.planned.hold_ms,
                ),
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
        self.back_button = button(
            translate("SessionDetail", "Back"),
            "",
            translate("SessionDetail", "Back to the history"),
        )
        self.delete_button = button(
            translate("SessionDetail", "Delete session"),
            "",
            translate("SessionDetail", "Delete this session"),
        )
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
        name = shown_routine_name(record.routine_id, record.routine_name)
        self.column.addWidget(label(name, "title"))
        moment = record.started_at
        when = translate("SessionDetail", "{date}, {time}").format(
            date=long_date(moment.date()), time=time_of_day(moment)
        )
        self.column.addWidget(label(when, "muted"))
        row = QWidget()
        chips = FlowLayout(row)
        facts = (
            format_duration(overview.duration_ms),
            translate("SessionDetail", "{percent} % done").format(
                percent=round(overview.completion * 100)
            ),
            record.status.label,
        )
        for fact in facts:
            chips.addWidget(label(fact, "chip", wrap=False))
        self.column.addWidget(row)
        rating = Rating(record.effort, record.pain, record.note)
        self.rating = RatingCard(progress.hurts, names, rating)
        session_id = record.id
        self.rating.changed.connect(lambda changed: self.rated.emit(session_id, changed))
        if record.effort is None and record.pain is None:
            self.column.addWidget(
                label(translate("SessionDetail", "Not rated yet: rate it here."), "muted")
            )
        self.column.addWidget(self.rating)
        self.lines = breakdown(progress, names)
        frame, layout = card()
        layout.addWidget(label(translate("SessionDetail", "PLANNED AND DONE"), "section"))
        for number, line in enumerate(self.lines):
            if number:
                layout.addSpacing(4)
            layout.addWidget(label(line.title, "subheading"))
            planned = translate("SessionDetail", "Planned {amount}").format(amount=line.planned)
            layout.addWidget(label(planned, "muted"))
            done = translate("SessionDetail", "Done {amount}").format(amount=line.done)
            layout.addWidget(label(done, "body"))
            for text in line.attempts:
                earlier = translate("SessionDetail", "Earlier attempt, {attempt}")
                layout.addWidget(label(earlier.format(attempt=text), "small"))
            for text in line.partial:
                partial = translate("SessionDetail", "Partial {part}").format(part=text)
                layout.addWidget(label(partial, "small"))
            for text in line.hurts:
                hurt = translate("SessionDetail", "That hurt: {mark}").format(mark=text)
                layout.addWidget(label(hurt, "notice"))
        self.column.addWidget(frame)
        self.column.addStretch(1)
        self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)
