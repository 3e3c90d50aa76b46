"""Summary: what was done against the plan, the time it took, and Done."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from calfplayer.domain.plan import Plan, format_duration
from calfplayer.domain.progress import WorkoutProgress
from calfplayer.domain.record import HurtMark, SessionStatus
from calfplayer.i18n import translatable
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

translate = QCoreApplication.translate


@dataclass(frozen=True)
class ExerciseDone:
    name: str
    line: str  # "2 of 2 sets · 24 of 24 reps"
    complete: bool


def summarise(plan: Plan, progress: WorkoutProgress) -> list[ExerciseDone]:
    lines = []
    for index, item in enumerate(plan.routine.items):
        blocks = progress.of_item(index)
        count = len(blocks)  # a plain name: pyside6-lupdate skips a call whose count is dotted
        full = sum(1 for block in blocks if block.complete)
        if item.per_side:
            sets_text = translate("SummaryPage", "{done} of %n sides and sets", None, count)
        else:
            sets_text = translate("SummaryPage", "{done} of %n sets", None, count)
        sets = sets_text.format(done=full)
        if any(block.planned.is_hold for block in blocks):
            held = sum(block.hold_done_ms for block in blocks) // 1000
            planned = sum(block.planned.hold_ms for block in blocks) // 1000
            amount = translate("SummaryPage", "{done} of %n s held", None, planned).format(
                done=held
            )
        else:
            reps = sum(block.reps_done for block in blocks)
            planned = sum(block.planned.reps for block in blocks)
            amount = translate("SummaryPage", "{done} of %n reps", None, planned).format(done=reps)
        played = any(block.done is not None for block in blocks)
        line = f"{sets} · {amount}" if played else translate("SummaryPage", "Not done")
        name = translate("Exercises", item.exercise.name)
        lines.append(ExerciseDone(name, line, full == len(blocks)))
    return lines


TITLES = {
    SessionStatus.COMPLETED: translatable("SummaryPage", "Well done!"),
    SessionStatus.PARTIAL: translatable("SummaryPage", "Workout done, with gaps"),
    SessionStatus.ENDED_EARLY: translatable("SummaryPage", "Workout ended early"),
}


def what_was_done(name: str, progress: WorkoutProgress, status: SessionStatus) -> str:
    """One sentence: all of it, or how much ("3 of 9 exercises, 62 % of the sets")."""
    if status is SessionStatus.COMPLETED:
        return translate(
            "SummaryPage", "You finished {routine}: every set of every exercise."
        ).format(routine=name)
    exercises = progress.exercises_planned
    if exercises == 1:
        text = translate(
            "SummaryPage",
            "You did {done} of %n exercise, {percent} % of the sets of {routine}."
            " What you did is kept.",
            None,
            exercises,
        )
    else:
        text = translate(
            "SummaryPage",
            "You did {done} of %n exercises, {percent} % of the sets of {routine}."
            " What you did is kept.",
            None,
            exercises,
        )
    return text.format(
        done=progress.exercises_done, percent=round(progress.share_done * 100), routine=name
    )


class SummaryPage(QWidget):
    done = Signal()

    def __init__(self) -> None:
        super().__init__()
        outer = page_layout(self)
        area, self.column = scrolling_column()
        outer.addWidget(area, 1)
        bottom = QVBoxLayout()
        bottom.setContentsMargins(MARGIN, 10, MARGIN, MARGIN)
        done = translate("SummaryPage", "Done")
        self.done_button = button(done, "primary", done)
        self.done_button.clicked.connect(self._done)
        bottom.addWidget(self.done_button)
        outer.addLayout(bottom)
        self.title = label("", "title")
        self.lines: list[ExerciseDone] = []
        self.rating: RatingCard | None = None
        self.problem: QLabel | None = None

    def show_result(
        self,
        plan: Plan,
        progress: WorkoutProgress,
        status: SessionStatus,
        taken_ms: int,
        problem: str | None = None,
    ) -> None:
        """``taken_ms``: workout time over every part played, pauses left out."""
        if self.rating is not None:
            self.rating.flush()
        clear_layout(self.column)
        self.rating = None
        title = TITLES.get(status)
        self.title = label(
            translate("SummaryPage", title) if title else translate("SummaryPage", "Workout saved"),
            "title",
        )
        self.column.addWidget(self.title)
        self.subtitle = label(what_was_done(plan.routine.shown_name, progress, status), "muted")
        self.column.addWidget(self.subtitle)
        self.time_taken = label(
            translate("SummaryPage", "Time taken {taken} · planned {planned}").format(
                taken=format_duration(taken_ms), planned=format_duration(plan.total_ms)
            ),
            "chip",
        )
        self.column.addWidget(left_aligned(self.time_taken))
        self.problem = label(problem or "", "notice")
        self.problem.setVisible(bool(problem))
        self.column.addWidget(self.problem)
        self.lines = summarise(plan, progress)
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

    def _done(self) -> None:
        if self.rating is not None:
            self.rating.flush()  # Done never drops what was typed
        self.done.emit()

    def show_rating(self, hurts: Sequence[HurtMark], names: dict[str, str]) -> RatingCard:
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
