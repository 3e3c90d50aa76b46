"""One past session: each exercise and side planned against done, partial sets and "that hurt"."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from calfplayer.app.history import HurtMark, PastSession, SetRecord
from calfplayer.domain.plan import format_duration
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
from calfplayer.ui.widgets.rating import hurt_line


@dataclass(frozen=True)
class SideDone:
    """One exercise on one side (or both, when it is not done per side)."""

    exercise: str
    side: Side | None
    planned: str  # "3 sets · 36 reps"
    done: str  # "2 sets · 24 reps", "Not done"
    partial: tuple[str, ...]  # "set 3: 5 of 12 reps"
    hurts: tuple[str, ...]

    @property
    def title(self) -> str:
        return self.exercise if self.side is None else f"{self.exercise} · {self.side.value}"


def _amount(hold: bool, reps: int, hold_ms: int) -> str:
    return f"{hold_ms // 1000} s held" if hold else f"{reps} reps"


def breakdown(
    routine: Mapping[str, Any],
    sets: Sequence[SetRecord],
    marks: Sequence[HurtMark],
    names: Mapping[str, str],
) -> list[SideDone]:
    """From the routine as it was played (its stored snapshot), not from today's file."""
    lines = []
    for index, item in enumerate(routine.get("items", [])):
        exercise_id = str(item.get("exercise", "?"))
        name = names.get(exercise_id, exercise_id)
        count, reps = int(item.get("sets", 1)), int(item.get("reps", 1))
        hold_ms = round(float(item.get("hold", 0)) * 1000)
        is_hold = hold_ms > 0
        first = Side(item.get("first_side", "right"))
        sides: tuple[Side | None, ...] = (first, first.other) if item.get("per_side") else (None,)
        for side in sides:
            done = [s for s in sets if s.item_index == index and s.side == side]
            whole = [s for s in done if not s.partial]
            planned = f"{count} set{'s' if count != 1 else ''} · " + _amount(
                is_hold, count * reps, count * reps * hold_ms
            )
            did = (
                f"{len(whole)} set{'s' if len(whole) != 1 else ''} · "
                + _amount(
                    is_hold,
                    sum(s.reps_done for s in done),
                    sum(s.hold_done_ms for s in done),
                )
                if done
                else "Not done"
            )
            partial = tuple(
                f"set {s.set_number}: "
                + (
                    f"{s.hold_done_ms // 1000} of {s.hold_planned_ms // 1000} s"
                    if is_hold
                    else f"{s.reps_done} of {s.reps_planned} reps"
                )
                for s in done
                if s.partial
            )
            hurts = tuple(
                hurt_line(name, m.set_number, m.side, m.workout_ms)
                for m in marks
                if m.item_index == index and m.side == side
            )
            lines.append(SideDone(name, side, planned, did, partial, hurts))
    return lines


class SessionDetail(QWidget):
    back = Signal()
    delete_requested = Signal(int)

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
        self.back_button.clicked.connect(self.back.emit)
        self.delete_button.clicked.connect(lambda: self.delete_requested.emit(self.session_id))
        bottom.addWidget(self.back_button, 1)
        bottom.addWidget(self.delete_button, 1)
        outer.addLayout(bottom)
        self.lines: list[SideDone] = []

    def show_session(self, detail: PastSession) -> None:
        record, overview = detail.record, detail.overview
        sets, marks, names = detail.sets, detail.marks, detail.names
        self.session_id = record.id
        clear_layout(self.column)
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
        rated = [
            f"{name} {value} of 10"
            for name, value in (("Effort", record.effort), ("Pain", record.pain))
            if value is not None
        ]
        if rated or record.note:
            frame, layout = card()
            layout.addWidget(label(" · ".join(rated) or "Not rated", "subheading"))
            if record.note:
                layout.addWidget(label(record.note, "body"))
            self.column.addWidget(frame)
        self.lines = breakdown(record.routine, sets, marks, names)
        frame, layout = card()
        layout.addWidget(label("PLANNED AND DONE", "section"))
        for number, line in enumerate(self.lines):
            if number:
                layout.addSpacing(4)
            layout.addWidget(label(line.title, "subheading"))
            layout.addWidget(label(f"Planned {line.planned}", "muted"))
            layout.addWidget(label(f"Done {line.done}", "body"))
            for text in line.partial:
                layout.addWidget(label(f"Partial {text}", "small"))
            for text in line.hurts:
                layout.addWidget(label(f"That hurt: {text}", "notice"))
        self.column.addWidget(frame)
        self.column.addStretch(1)
        self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)
