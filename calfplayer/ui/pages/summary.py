"""Summary: what was done against the plan, the time it took, and Done."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from calfplayer.domain.exercises import Kind
from calfplayer.domain.plan import Plan, format_duration
from calfplayer.domain.recording import Hurt
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
from calfplayer.ui.widgets.flow import left_aligned
from calfplayer.ui.widgets.rating import RatingCard


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
        self.rating: RatingCard | None = None
        self.problem: QLabel | None = None

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
        )
        self.column.addWidget(left_aligned(self.time_taken))
        self.problem = label(problem or "", "notice")
        self.problem.setVisible(bool(problem))
        self.column.addWidget(self.problem)
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

    def show_rating(self, hurts: Sequence[Hurt], names: dict[str, str]) -> RatingCard:
        """Adds the effort, pain and note card (with the "that hurt" marks) under the result."""
        self.rating = RatingCard(hurts, names)
        self.column.insertWidget(self.column.count() - 1, self.rating)
        self._fit_content()
        QTimer.singleShot(0, self._fit_content)  # again once the new card is laid out
        return self.rating

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_content()

    def _fit_content(self) -> None:
        """A scroll area sizes its content without asking wrapped labels for their height at
        this width, and squeezes them once the page is taller than the window: say it here."""
        content = self.column.parentWidget()
        viewport = content.parentWidget() if content is not None else None
        if content is None or viewport is None or viewport.width() <= 0:
            return
        self.column.activate()
        width = viewport.width()
        needed = max(
            self.column.totalHeightForWidth(width), self.column.totalMinimumSize().height()
        )
        content.setMinimumHeight(needed)

    def show_problem(self, problem: str | None) -> None:
        """The history banner, kept current while the summary shows."""
        if self.problem is not None:
            self.problem.setText(problem or "")
            self.problem.setVisible(bool(problem))

    def add_card(self, widget: QWidget) -> None:
        """Adds a card below the results (the progression advice), until the next result."""
        self.column.insertWidget(self.column.count() - 1, widget)
