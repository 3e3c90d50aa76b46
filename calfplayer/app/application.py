"""The application: every use case, built once from the paths and a clock."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from calfplayer.app.advice import Advisor
from calfplayer.app.changes import Change, ChangeBus
from calfplayer.app.errors import AppError, no_window_open
from calfplayer.app.history import History
from calfplayer.app.routines import Routines
from calfplayer.app.settings import SettingsService
from calfplayer.app.window_state import WindowPlacement
from calfplayer.app.workouts import Workouts
from calfplayer.domain.clock import Clock, SystemClock
from calfplayer.domain.exercises import Catalogue
from calfplayer.i18n import translate
from calfplayer.paths import AppPaths
from calfplayer.resources import asset

if TYPE_CHECKING:
    from calfplayer.app.plan import PlanService
    from calfplayer.app.reminders import ReminderService
    from calfplayer.app.report import Period, Report


@dataclass
class Application:
    paths: AppPaths
    clock: Clock
    catalogue: Catalogue
    changes: ChangeBus
    routines: Routines
    settings: SettingsService
    history: History
    workouts: Workouts
    advisor: Advisor
    window: WindowPlacement
    # Sentences to show the person once (a damaged settings file, a broken routine file).
    notices: list[str] = field(default_factory=list)

    @classmethod
    def create(cls, paths: AppPaths, clock: Clock | None = None) -> Application:
        clock = clock or SystemClock()
        changes = ChangeBus()
        catalogue = Catalogue.load(asset("exercises"))
        routines = Routines(paths, catalogue, changes)
        settings = SettingsService(paths, changes, clock)
        history = History(paths, catalogue, changes, clock)
        notices = [settings.problem] if settings.problem else []
        notices += [
            translate("Application", "A routine file could not be used: {problems}").format(
                problems=broken.describe()
            )
            for broken in routines.library.broken
        ]
        return cls(
            paths=paths,
            clock=clock,
            catalogue=catalogue,
            changes=changes,
            routines=routines,
            settings=settings,
            history=history,
            workouts=Workouts(history, catalogue, changes),
            advisor=Advisor(history, routines),
            window=WindowPlacement(paths),
            notices=notices,
        )

    @cached_property
    def plan(self) -> PlanService:
        """The week's plan, read when first asked for (after the window's first paint); a
        plan file that could not be used is said once, among the notices."""
        from calfplayer.app.plan import PlanService

        plan = PlanService(self.paths, self.routines, self.history, self.changes, self.clock)
        if plan.problem:
            self.notices.append(plan.problem)
        return plan

    def report(self, period: Period, *, include_notes: bool) -> Report:
        """The progress report for ``period``; raises AppError when the history cannot be read."""
        from calfplayer.app.report import build_report

        plan = self.plan
        return build_report(self.history, plan, period, include_notes=include_notes, zone=plan.zone)

    @cached_property
    def reminders(self) -> ReminderService:
        """Reminders with the window closed: turned on and off at login from Settings › Plan."""
        from calfplayer.app.reminders import ReminderService

        return ReminderService(self.paths, self.plan)

    def delete_all_data(self) -> None:
        """Removes history, settings, the plan, own routines and cache, then starts afresh; raises
        AppError with a sentence when something could not be removed (the rest is gone), or
        when a window in another process has the data folder open (then nothing is removed)."""

        with no_window_open(self.paths, translate("Application", "deleting all your data")):
            self._delete_all_data()

    def _delete_all_data(self) -> None:
        from calfplayer.store.backup import delete_all_data
        from calfplayer.store.db import StoreError

        self.history.close()
        try:
            delete_all_data(self.paths)
        except StoreError as error:
            raise AppError(str(error)) from error
        finally:
            self.settings.reset()
            self.plan.reset()
            self.routines.reload()
            notice = self.history.open_for_recording()
            if notice:
                self.notices.append(notice)
            self.changes.emit(Change.HISTORY)
