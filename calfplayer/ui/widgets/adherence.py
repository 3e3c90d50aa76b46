"""The plan against what was done, on the History page: this week day by day, the last four
weeks, and the streak on planned days. The figures come from ``calfplayer.app.plan``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout

from calfplayer.domain.adherence import ADHERENCE_WEEKS, DayStatus, PlannedDay, PlanRecord
from calfplayer.domain.week_plan import DAY_LABELS
from calfplayer.ui.widgets.common import label

MARKS = {
    DayStatus.DONE: "✓",
    DayStatus.SKIPPED: "skip",
    DayStatus.MISSED: "✗",
    DayStatus.TO_COME: "○",
    DayStatus.FREE: "",
    DayStatus.QUIET: "quiet",
}


def day_mark(day: PlannedDay) -> str:
    if day.status is DayStatus.PARTLY:
        return f"{day.done}/{day.planned}"
    return MARKS[day.status]


def streak_text(days: int) -> str:
    """Short, for the History page's streak tile; the card below says what is counted."""
    return f"{days} day{'' if days == 1 else 's'}"


def week_summary(week: list[PlannedDay]) -> str:
    counted = {status: sum(1 for day in week if day.status is status) for status in DayStatus}
    planned = sum(1 for day in week if day.planned)
    if not planned:
        return "Nothing is planned this week."
    parts = [f"{counted[DayStatus.DONE]} of {planned} planned days done"]
    for status in (DayStatus.PARTLY, DayStatus.SKIPPED, DayStatus.MISSED, DayStatus.TO_COME):
        if counted[status]:
            parts.append(f"{counted[status]} {status.value}")
    return ", ".join(parts)


class AdherenceCard(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("card")
        self.setAccessibleName("Your plan against what you did")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.setSpacing(6)
        layout.addWidget(label("THIS WEEK'S PLAN", "section"))
        grid = QGridLayout()
        grid.setSpacing(4)
        self.marks: list[tuple[str, str]] = []  # (day, mark) as shown, Monday first
        self.cells: list[QLabel] = []
        for column, name in enumerate(DAY_LABELS):
            head = label(name, "small", wrap=False)
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            cell = label("", "body", wrap=False)
            cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(head, 0, column)
            grid.addWidget(cell, 1, column)
            self.cells.append(cell)
        layout.addLayout(grid)
        self.week_text = label("", "small")
        self.weeks_text = label("", "body")
        self.streak_line = label("", "small")
        layout.addWidget(self.week_text)
        layout.addWidget(self.weeks_text)
        layout.addWidget(self.streak_line)
        self.hide()

    def show_record(self, record: PlanRecord | None) -> None:
        """None: there is no plan, and nothing to hold against."""
        if record is None:
            self.hide()
            return
        self.marks = []
        for cell, day in zip(self.cells, record.week, strict=True):
            mark = day_mark(day)
            cell.setText(mark)
            cell.setObjectName("chip" if day.status is DayStatus.DONE else "body")
            cell.style().polish(cell)
            cell.setAccessibleName(f"{day.day:%A}: {day.status.value}")
            cell.setToolTip(f"{day.day:%A %d %b}: {day.status.value}")
            self.marks.append((DAY_LABELS[day.day.weekday()], mark))
        self.week_text.setText(week_summary(record.week))
        fraction = record.fraction
        self.weeks_text.setText(
            f"Last {ADHERENCE_WEEKS} weeks: {fraction:.0%} of planned times done"
            f" ({record.done} of {record.planned})"
            if fraction is not None
            else f"Last {ADHERENCE_WEEKS} weeks: no planned time has come yet"
        )
        self.streak_line.setText(
            f"Streak: {record.streak} planned day{'' if record.streak == 1 else 's'} kept in a row"
            " (days with nothing planned do not break it)"
        )
        self.show()
