"""Summary: what was done against the plan, the time it took, and Done."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from calfplayer.domain.exercises import Kind
from calfplayer.domain.plan import Plan, format_duration
from calfplayer.domain.session import SetResult
from calfplayer.ui.widgets.common import (
    MARGIN,
    button,
    card,
    clear_layout,
    label,
    page_layout,
    scrolling_column,
)


@dataclass(frozen=True)
class ExerciseDone:
    name: str
    line: str  # "2 of 2 sets · 24 of 24 reps"
    complete: bool


def summarise(plan: Plan, results: Sequence[SetResult]) -> list[ExerciseDone]:
    lines = []
    for index, item in enumerate(plan.routine.items):
        blocks = [key for key in plan.blocks() if key.item_index == index]
        done = [result for result in results if result.item_index == index]
        full = sum(1 for result in done if not result.partial)
        sets = f"{full} of {len(blocks)} {'sides and sets' if item.per_side else 'sets'}"
        if item.exercise.kind is Kind.HOLD:
            held = sum(result.hold_done_ms for result in done) // 1000
            planned = sum(plan.hold_planned_ms(key) for key in blocks) // 1000
            amount = f"{held} of {planned} s held"
        else:
            reps = sum(result.reps_done for result in done)
            planned = sum(plan.reps_planned(key) for key in blocks)
            amount = f"{reps} of {planned} reps"
        line = f"{sets} · {amount}" if done else "Not done"
        lines.append(ExerciseDone(item.exercise.name, line, full == len(blocks)))
    return lines


class SummaryPage(QWidget):
    done = Signal()

    def __init__(self) -> None:
        super().__init__()
        outer = page_layout(self)
        area, self.column = scrolling_column()
        outer.addWidget(area, 1)
        bottom = QVBoxLayout()
        bottom.setContentsMargins(MARGIN, 10, MARGIN, MARGIN)
        self.done_button = button("Done", "primary", "Done")
        self.done_button.clicked.connect(self.done.emit)
        bottom.addWidget(self.done_button)
        outer.addLayout(bottom)
        self.title = label("", "title")
        self.lines: list[ExerciseDone] = []

    def show_result(
        self,
        plan: Plan,
        results: Sequence[SetResult],
        status: str,
        workout_ms: int,
        started_at: datetime | None,
        ended_at: datetime | None,
        problem: str | None = None,
    ) -> None:
        clear_layout(self.column)
        completed = status == "completed"
        self.title = label("Well done!" if completed else "Workout stopped", "title")
        self.column.addWidget(self.title)
        self.subtitle = label(
            f"You finished {plan.routine.name}."
            if completed
            else f"What you did of {plan.routine.name} is kept.",
            "muted",
        )
        self.column.addWidget(self.subtitle)
        taken_ms = workout_ms
        if started_at is not None and ended_at is not None:
            taken_ms = max(workout_ms, round((ended_at - started_at).total_seconds() * 1000))
        self.time_taken = label(
            f"Time taken {format_duration(taken_ms)} · planned {format_duration(plan.total_ms)}",
            "chip",
            wrap=False,
        )
        self.column.addWidget(self.time_taken, 0, Qt.AlignmentFlag.AlignLeft)
        if problem:
            self.column.addWidget(label(problem, "notice"))
        self.lines = summarise(plan, results)
        frame, layout = card()
        for number, line in enumerate(self.lines):
            if number:
                layout.addSpacing(6)
            mark = "✓  " if line.complete else ""
            layout.addWidget(label(f"{mark}{line.name}", "subheading"))
            layout.addWidget(label(line.line, "muted"))
        self.column.addWidget(frame)
        self.column.addStretch(1)
        self.done_button.setFocus()

    def add_card(self, widget: QWidget) -> None:
        """Adds a card below the results (the progression advice), until the next result."""
        self.column.insertWidget(self.column.count() - 1, widget)
