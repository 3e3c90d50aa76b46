"""The plan for the week as a person uses it: read, changed (on top of the file as it is now, so a
change made on the command line while the window is open is never written over), today's planned
times, what is due, "skip today" and "later", and the plan held against the history.
The window and the command line both come here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import TypeVar

from calfplayer.app.changes import Change, ChangeBus
from calfplayer.app.errors import AppError, file_faults
from calfplayer.app.history import History
from calfplayer.app.routines import Routines
from calfplayer.domain.adherence import (
    ADHERENCE_WEEKS,
    STREAK_LOOKBACK_DAYS,
    PlannedTimes,
    PlanRecord,
    plan_record,
    planned_times,
)
from calfplayer.domain.clock import Clock, local_zone
from calfplayer.domain.schedule import (
    KEEP_CHOICES_DAYS,
    Choices,
    SlotView,
    WorkDone,
    day_agenda,
    due_now,
    local_day,
    next_change,
    slots_on,
)
from calfplayer.domain.week_plan import (
    PlanEntry,
    PlanProblem,
    RoutineEntry,
    SnackEntry,
    WeekPlan,
    parse_days,
    parse_every,
    parse_time,
    same_entry,
)
from calfplayer.i18n import translate
from calfplayer.i18n.formats import time_of_day
from calfplayer.paths import AppPaths
from calfplayer.store.plan_files import ChoicesStore, PlanStore

__all__ = ["EntryView", "PlanService", "SlotView", "TodayItem"]


T = TypeVar("T")


@dataclass(frozen=True)
class EntryView:
    number: int  # 1-based, as `calfplayer plan remove N` takes it
    entry: PlanEntry
    routine_name: str  # the id itself when the routine is gone
    missing: bool  # the routine was deleted: the entry stays, marked, and is never due

    @property
    def text(self) -> str:
        if self.missing:
            text = translate("AppPlan", "{routine}: {entry} (its routine no longer exists)")
        else:
            text = translate("AppPlan", "{routine}: {entry}")
        return text.format(routine=self.routine_name, entry=self.entry.describe())


@dataclass(frozen=True)
class TodayItem:
    view: SlotView
    routine_name: str
    zone: tzinfo

    @property
    def text(self) -> str:
        return translate("AppPlan", "{routine} at {time}").format(
            routine=self.routine_name, time=time_of_day(self.view.slot.planned)
        )

    @property
    def due_from(self) -> datetime:
        """When it is (again) due, on the person's clock."""
        return self.view.due_from.astimezone(self.zone)


class PlanService:
    def __init__(
        self,
        paths: AppPaths,
        routines: Routines,
        history: History,
        changes: ChangeBus,
        clock: Clock,
        *,
        zone: tzinfo | None = None,
        keep_damaged_aside: bool = True,
    ) -> None:
        self.store = PlanStore(paths.plan_file, clock)
        self.choice_store = ChoicesStore(paths.plan_choices_file)
        self.routines = routines
        self.history = history
        self.changes = changes
        self.clock = clock
        self.zone = zone or local_zone()
        self._keep_aside = keep_damaged_aside
        loaded = self.store.load(keep_aside=keep_damaged_aside)
        self.current = loaded.plan
        self.problem = loaded.problem  # a sentence for the person when the file was unusable
        self.choices = self.choice_store.load()

    # --- reading and changing the plan -----------------------------------------------------------

    def reload_if_changed(self) -> bool:
        """Reads the plan and the choices again; announces a change only when they differ."""
        loaded = self.store.load(keep_aside=self._keep_aside)
        choices = self.choice_store.load()
        if (loaded.plan, choices) == (self.current, self.choices) and loaded.problem is None:
            return False
        self.current, self.choices = loaded.plan, choices  # no plan while the file is damaged
        if loaded.problem is not None:
            self.problem = loaded.problem
        self.changes.emit(Change.PLAN)
        return True

    def change(self, how: Callable[[WeekPlan], WeekPlan]) -> WeekPlan:
        """Applies ``how`` to the plan as the file now holds it and writes the result; raises
        AppError (a value that cannot be used, a damaged file, a file that cannot be written)."""
        loaded = self.store.load(keep_aside=self._keep_aside)
        if loaded.problem is not None and loaded.kept_aside is None:
            raise AppError(
                translate(
                    "AppPlan",
                    "{problem} Fix the file, or start a new plan with `calfplayer plan clear`.",
                ).format(problem=loaded.problem)
            )
        try:
            changed = how(loaded.plan)
        except PlanProblem as problem:
            raise AppError(str(problem)) from None
        self.current = changed
        self.problem = None
        with file_faults(translate("AppPlan", "Your plan could not be saved")):
            self.store.save(changed)
        self.changes.emit(Change.PLAN)
        return changed

    def _today(self) -> date:
        return local_day(self.clock.wall_now(), self.zone)

    def _known_routine(self, routine_id: str) -> None:
        if routine_id not in self.routines.library.ids():
            raise AppError(
                translate(
                    "AppPlan",
                    'There is no routine "{id}": `calfplayer list` shows the ids of yours.',
                ).format(id=routine_id)
            )

    def add_routine(self, routine_id: str, days: str, at: str) -> RoutineEntry:
        """``routine_id`` on ``days`` (``mon,wed,fri``, ``mon-fri``) at ``at`` (``18:00``)."""
        self._known_routine(routine_id)
        entry = self._parse(
            lambda: RoutineEntry(routine_id, parse_days(days), parse_time(at), self._today())
        )
        self.change(lambda plan: plan.add(entry))
        return entry

    def add_snack(self, routine_id: str, every: str, start: str, end: str, days: str) -> SnackEntry:
        """``routine_id`` every ``every`` (``2h``) from ``start`` to ``end`` on ``days``."""
        self._known_routine(routine_id)
        entry = self._parse(
            lambda: SnackEntry(
                routine_id,
                parse_days(days),
                parse_every(every),
                parse_time(start),
                parse_time(end),
                self._today(),
            )
        )
        self.change(lambda plan: plan.add(entry))
        return entry

    @staticmethod
    def _parse(make: Callable[[], T]) -> T:
        try:
            return make()
        except PlanProblem as problem:
            raise AppError(str(problem)) from None

    def remove(self, number: int) -> EntryView:
        """Removes entry ``number``; returns what it was."""
        removed = [view for view in self.entries() if view.number == number]
        self.change(lambda plan: plan.remove(number))
        return removed[0]

    def remove_entry(self, entry: PlanEntry) -> None:
        """Removes this entry wherever it now is in the file (the window's list may be older)."""

        def without(plan: WeekPlan) -> WeekPlan:
            for number, kept in enumerate(plan.entries, start=1):
                if same_entry(kept, entry):
                    return plan.remove(number)
            raise PlanProblem(translate("AppPlan", "That entry is no longer in your plan."))

        self.change(without)

    def clear(self) -> Path | None:
        """No plan from now on; a damaged plan file is kept aside, not deleted. Returns where."""
        loaded = self.store.load(keep_aside=False)
        kept = self.store.keep_aside() if loaded.problem is not None else None
        self.change(lambda _plan: WeekPlan())
        return kept

    def set_quiet_days(self, days: frozenset[int]) -> None:
        self.change(lambda plan: plan.with_quiet_days(days))

    def entries(self) -> list[EntryView]:
        library = self.routines.library
        known = library.ids()
        views = []
        for number, entry in enumerate(self.current.entries, start=1):
            missing = entry.routine_id not in known
            name = entry.routine_id if missing else library.get(entry.routine_id).shown_name
            views.append(EntryView(number, entry, name, missing))
        return views

    # --- today -----------------------------------------------------------------------------------

    def _work(self, since: date) -> list[WorkDone]:
        return self.history.work_done_since(since)

    def today(self) -> list[TodayItem]:
        """Today's planned times in order, each with its state now; raises AppError when the
        history cannot be read."""
        now = self.clock.wall_now()
        today = local_day(now, self.zone)
        agenda = day_agenda(
            self.current, today, self.zone, self._work(today), self.choices, now, self._ids()
        )
        return [TodayItem(view, self._name(view.slot.routine_id), self.zone) for view in agenda]

    def due(self, items: list[TodayItem]) -> list[TodayItem]:
        due = {id(view) for view in due_now(item.view for item in items)}
        return [item for item in items if id(item.view) in due]

    def next_change(self, items: list[TodayItem]) -> datetime:
        """When what ``today`` shows next changes (a time comes due, a due time passes, the day
        ends)."""
        return next_change((item.view for item in items), self.clock.wall_now(), self.zone)

    def upcoming(self, items: list[TodayItem]) -> tuple[str, datetime, bool] | None:
        """The next planned time still open: the routine's name, when, and whether it is due
        now. Today's come first (a due one, else the next to come), then the coming week's."""
        due = self.due(items)
        if due:
            return due[0].routine_name, due[0].view.slot.at.astimezone(self.zone), True
        waiting = [item for item in items if item.view.open]
        if waiting:
            first = min(waiting, key=lambda item: item.view.due_from)
            return first.routine_name, first.due_from, False
        today = self._today()
        for ahead in range(1, 8):
            slots = slots_on(self.current, today + timedelta(days=ahead), self.zone, self._ids())
            if slots:
                return self._name(slots[0].routine_id), slots[0].at.astimezone(self.zone), False
        return None

    def _ids(self) -> frozenset[str]:
        return frozenset(self.routines.library.ids())

    def _name(self, routine_id: str) -> str:
        library = self.routines.library
        return library.get(routine_id).shown_name if routine_id in library.ids() else routine_id

    def skip_today(self, routine_id: str) -> None:
        self._choose(lambda choices: choices.skip(routine_id, self._today()))

    def later(self, item: TodayItem, minutes: int) -> datetime:
        """Puts a due time off by ``minutes``; returns when it is due again."""
        until = self.clock.wall_now().astimezone(UTC) + timedelta(minutes=minutes)
        self._choose(lambda choices: choices.put_off(item.view.slot, until))
        return until

    def _choose(self, how: Callable[[Choices], Choices]) -> None:
        """Applies a choice on top of the choices file as it is now; keeps a month of them."""
        current = self.choice_store.load()
        changed = how(current).forget_before(self._today() - timedelta(days=KEEP_CHOICES_DAYS))
        self.choices = changed
        self.changes.emit(Change.PLAN)
        with file_faults(translate("AppPlan", "Your choice could not be saved")):
            self.choice_store.save(changed)

    # --- against the history ---------------------------------------------------------------------

    def record(self) -> PlanRecord:
        """This week, the last four weeks and the planned-day streak; raises AppError."""
        now = self.clock.wall_now()
        today = local_day(now, self.zone)
        reach = max(STREAK_LOOKBACK_DAYS, ADHERENCE_WEEKS * 7 + today.weekday())
        work = self._work(today - timedelta(days=reach))
        return plan_record(self.current, self.zone, work, self.choices, now, self._ids())

    def times_between(self, first: date, last: date) -> list[PlannedTimes]:
        """Each day's settled planned times and how many were done, the plan as it is now held
        against the history (docs/progression.md); raises AppError."""
        now, work, ids = self.clock.wall_now(), self._work(first), self._ids()
        return planned_times(self.current, self.zone, work, self.choices, now, first, last, ids)

    def reset(self) -> None:
        """No plan and no choices (all data was deleted)."""
        self.current, self.choices, self.problem = WeekPlan(), Choices(), None
        self.changes.emit(Change.PLAN)
