"""The plan against what was done, on the History page: this week day by day, the last four
weeks, and the streak on planned days. The figures come from ``calfplayer.app.plan``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout

from calfplayer.domain.adherence import ADHERENCE_WEEKS, DayStatus, PlannedDay, PlanRecord
from calfplayer.i18n import translatable
from calfplayer.i18n.formats import short_date, weekday_name, weekday_short_of
from calfplayer.ui.widgets.common import label

translate = QCoreApplication.translate
MARKS = {
    DayStatus.DONE: "✓",
    DayStatus.SKIPPED: translatable("AdherenceCard", "skip"),
    DayStatus.MISSED: "✗",
    DayStatus.TO_COME: "○",
    DayStatus.FREE: "",
    DayStatus.QUIET: translatable("AdherenceCard", "quiet"),
}


def day_mark(day: PlannedDay) -> str:
    if day.status is DayStatus.PARTLY:
        return f"{day.done}/{day.planned}"
    mark = MARKS[day.status]
    return translate("AdherenceCard", mark) if mark else mark


def streak_text(days: int) -> str:
    """Short, for the History page's streak tile; the card below says what is counted."""
    return translate("AdherenceCard", "%n day(s)", None, days)


def week_summary(week: list[PlannedDay]) -> str:
    counted = {status: sum(1 for day in week if day.status is status) for status in DayStatus}
    planned = sum(1 for day in week if day.planned)
    if not planned:
        return translate("AdherenceCard", "Nothing is planned this week.")
    parts = [
        translate("AdherenceCard", "{done} of %n planned day(s) done", None, planned).format(
            done=counted[DayStatus.DONE]
        )
    ]
    # The count is a plain name in each call: lupdate passes over a call whose number is not.
    partly, skipped = counted[DayStatus.PARTLY], counted[DayStatus.SKIPPED]
    missed, to_come = counted[DayStatus.MISSED], counted[DayStatus.TO_COME]
    counts = {
        DayStatus.PARTLY: translate("AdherenceCard", "%n partly done", None, partly),
        DayStatus.SKIPPED: translate("AdherenceCard", "%n skipped", None, skipped),
        DayStatus.MISSED: translate("AdherenceCard", "%n missed", None, missed),
        DayStatus.TO_COME: translate("AdherenceCard", "%n to come", None, to_come),
    }
    parts += [text for status, text in counts.items() if counted[status]]
    return ", ".join(parts)


class AdherenceCard(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("card")
        self.setAccessibleName(translate("AdherenceCard", "Your plan against what you did"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.setSpacing(6)
        layout.addWidget(label(translate("AdherenceCard", "THIS WEEK'S PLAN"), "section"))
        grid = QGridLayout()
        grid.setSpacing(4)
        self.marks: list[tuple[str, str]] = []  # (day, mark) as shown, Monday first
        self.cells: list[QLabel] = []
        for column in range(7):
            head = label(weekday_short_of(column), "small", wrap=False)
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
            status = day.status.label
            cell.setAccessibleName(
                translate("AdherenceCard", "{day}: {status}").format(
                    day=weekday_name(day.day), status=status
                )
            )
            cell.setToolTip(
                translate("AdherenceCard", "{day}: {status}").format(
                    day=short_date(day.day), status=status
                )
            )
            self.marks.append((weekday_short_of(day.day.weekday()), mark))
        self.week_text.setText(week_summary(record.week))
        fraction = record.fraction
        self.weeks_text.setText(
            translate(
                "AdherenceCard",
                "Last %n weeks: {percent}% of planned times done ({done} of {planned})",
                None,
                ADHERENCE_WEEKS,
            ).format(percent=round(fraction * 100), done=record.done, planned=record.planned)
            if fraction is not None
            else translate(
                "AdherenceCard",
                "Last %n weeks: no planned time has come yet",
                None,
                ADHERENCE_WEEKS,
            )
        )
        streak = record.streak
        self.streak_line.setText(
            translate(
                "AdherenceCard",
                "Streak: %n planned day(s) kept in a row"
                " (days with nothing planned do not break it)",
                None,
                streak,
            )
        )
        self.show()
