"""Today's plan on the Workouts page, and the banner for a planned time that is due.

Both only show what ``calfplayer.app.plan`` worked out; ``ui/plan_reminder.py`` says when.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal, SignalInstance
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from calfplayer.app.plan import TodayItem
from calfplayer.domain.schedule import SlotState
from calfplayer.i18n.formats import time_of_day
from calfplayer.ui.widgets.common import button, clear_layout, label

LATER_MINUTES = 30

translate = QCoreApplication.translate


def state_text(item: TodayItem) -> str:
    """Done ✓ or still to do, and why not when it is neither."""
    view = item.view
    if view.state is SlotState.DONE:
        return translate("TodayCard", "done ✓")
    if view.state is SlotState.DUE:
        return translate("TodayCard", "due now")
    if view.state is SlotState.LATER:
        return translate("TodayCard", "later, at {time}").format(time=time_of_day(item.due_from))
    if view.state is SlotState.SKIPPED:
        return translate("TodayCard", "skipped today")
    if view.state is SlotState.MISSED:
        return translate("TodayCard", "missed")
    return translate("TodayCard", "still to do")


class TodayCard(QFrame):
    """Today's planned times, each done ✓ or still to do (or due, put off, skipped, missed)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("card")
        self.setAccessibleName(translate("TodayCard", "Today's plan"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(6)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(4)
        layout.addLayout(self.rows)
        self.lines: list[str] = []  # what each row says, as a person would read it aloud

    def show_today(self, items: list[TodayItem], quiet: bool) -> None:
        clear_layout(self.rows)
        self.lines = []
        self.rows.addWidget(label(translate("TodayCard", "TODAY"), "section"))
        if not items:
            if quiet:
                text = translate("TodayCard", "A quiet day: nothing planned")
                spoken = translate("TodayCard", "Today: a quiet day: nothing planned")
            else:
                text = translate("TodayCard", "Nothing planned today")
                spoken = translate("TodayCard", "Today: nothing planned today")
            self.rows.addWidget(label(text, "body"))
            self.lines.append(spoken)
            return
        for item in items:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            state = state_text(item)
            done = item.view.state is SlotState.DONE
            line.addWidget(label(item.text, "subheading", wrap=False), 1)
            line.addWidget(label(state, "chip" if done else "small", wrap=False))
            # Each row is read out alone by a screen reader: it names the day too.
            spoken = translate("TodayCard", "Today: {plan} — {state}").format(
                plan=item.text, state=state
            )
            row.setAccessibleName(spoken)
            self.rows.addWidget(row)
            self.lines.append(spoken)


class DueBanner(QFrame):
    """A planned time that is due, while the window is open: Start, Later or Skip today."""

    start = Signal(object)  # TodayItem
    later = Signal(object)  # TodayItem
    skip = Signal(object)  # TodayItem

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("safety")  # the soft warning colour: it asks for attention
        self.setAccessibleName(translate("DueBanner", "A planned workout is due"))
        self.item: TodayItem | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        self.text = label("", "subheading")
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.skip_button = button(
            translate("DueBanner", "Skip today"),
            "flat",
            translate("DueBanner", "Skip this routine today"),
        )
        self.later_button = button(
            translate("DueBanner", "In {minutes} min").format(minutes=LATER_MINUTES),
            "",
            translate("DueBanner", "Remind me in %n minute(s)", None, LATER_MINUTES),
        )
        self.start_button = button(
            translate("DueBanner", "Start"),
            "primary",
            translate("DueBanner", "Start the planned workout now"),
        )
        self.skip_button.clicked.connect(lambda: self._emit(self.skip))
        self.later_button.clicked.connect(lambda: self._emit(self.later))
        self.start_button.clicked.connect(lambda: self._emit(self.start))
        row.addWidget(self.skip_button)
        row.addWidget(self.later_button, 1)
        row.addWidget(self.start_button, 1)
        layout.addLayout(row)
        self.hide()

    def show_due(self, item: TodayItem | None) -> None:
        self.item = item
        if item is None:
            self.hide()
            return
        self.text.setText(
            translate("DueBanner", "Time for {routine} (planned for {time})").format(
                routine=item.routine_name, time=time_of_day(item.view.slot.planned)
            )
        )
        self.show()

    def _emit(self, signal: SignalInstance) -> None:
        if self.item is not None:
            signal.emit(self.item)
