"""Keeps today's plan and the due banner up to date while the window is open.

A single-shot timer sleeps until the next moment something changes (a planned time comes due, a
due one passes, the day ends), measured on the injected clock; it wakes at least every few minutes
as well, so a computer that slept through the moment catches up soon after it wakes. Changes to the
plan, the history or the routines are shown at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from calfplayer.app.errors import AppError
from calfplayer.app.plan import TodayItem
from calfplayer.ui.context import AppContext
from calfplayer.ui.widgets.today_card import LATER_MINUTES, DueBanner, TodayCard

LONGEST_SLEEP_MS = 5 * 60_000


class PlanReminder(QObject):
    start_requested = Signal(object)  # Routine
    problem = Signal(str)  # a sentence for the window's notices

    def __init__(
        self,
        context: AppContext,
        workout_running: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.workout_running = workout_running
        self.card = TodayCard()
        self.banner = DueBanner()
        self.items: list[TodayItem] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.refresh)
        self.banner.start.connect(self._start)
        self.banner.later.connect(self._later)
        self.banner.skip.connect(self._skip)
        signals = context.signals
        for changed in (signals.plan_changed, signals.history_changed, signals.routines_changed):
            changed.connect(self.refresh)
        self._last_problem: str | None = None
        self.refresh()

    def refresh(self) -> None:
        """Shows today's plan and any due time as they are now, and sleeps until they change."""
        plan = self.context.app.plan
        try:
            self.items = plan.today()
        except AppError as error:
            self.items = []
            if str(error) != self._last_problem:
                self._last_problem = str(error)
                self.problem.emit(str(error))
        has_plan = bool(plan.current.entries)
        self.card.setVisible(has_plan)
        quiet = plan.clock.wall_now().astimezone(plan.zone).weekday() in plan.current.quiet_days
        self.card.show_today(self.items, quiet)
        self.refresh_banner()
        wake = plan.next_change(self.items)
        wait = (wake - self.context.clock.wall_now()).total_seconds() * 1000
        self.timer.start(max(0, min(LONGEST_SLEEP_MS, round(wait) + 1)))

    def refresh_banner(self) -> None:
        """The first due time as a banner, but never over a workout being played."""
        due = self.context.app.plan.due(self.items)
        self.banner.show_due(due[0] if due and not self.workout_running() else None)

    def _start(self, item: TodayItem) -> None:
        library = self.context.library
        if item.view.slot.routine_id not in library.ids():
            self.refresh()
            return
        self.banner.show_due(None)
        self.start_requested.emit(library.get(item.view.slot.routine_id))

    def _later(self, item: TodayItem) -> None:
        self._choose(lambda: self.context.app.plan.later(item, LATER_MINUTES))

    def _skip(self, item: TodayItem) -> None:
        self._choose(lambda: self.context.app.plan.skip_today(item.view.slot.routine_id))

    def _choose(self, choose: Callable[[], object]) -> None:
        try:
            choose()
        except AppError as error:
            self.problem.emit(str(error))
        self.refresh()
