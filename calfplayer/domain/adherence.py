"""The plan held against what was done: each planned day of the week, the last four weeks, and the
streak counted on planned days. The rules are written out in docs/progression.md."""

from __future__ import annotations

from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum

from calfplayer.domain.schedule import Choices, SlotState, WorkDone, day_agenda, local_day
from calfplayer.domain.week_plan import WeekPlan
from calfplayer.i18n import translatable, translate

ADHERENCE_WEEKS = 4
STREAK_LOOKBACK_DAYS = 366  # a streak is counted back at most a year


class DayStatus(StrEnum):
    DONE = "done"  # every planned time of the day done
    PARTLY = "partly done"  # some done, the rest missed or skipped
    SKIPPED = "skipped"  # none done, and skipped on purpose
    MISSED = "missed"  # none done, the day is over (or its times have all passed)
    TO_COME = "to come"  # a later day of the week, or today with times still open
    FREE = "nothing planned"
    QUIET = "quiet day"

    @property
    def label(self) -> str:
        """As shown, in the language in use."""
        return translate("DayStatus", _DAY_STATUS_LABELS[self])


_DAY_STATUS_LABELS = {
    DayStatus.DONE: translatable("DayStatus", "done"),
    DayStatus.PARTLY: translatable("DayStatus", "partly done"),
    DayStatus.SKIPPED: translatable("DayStatus", "skipped"),
    DayStatus.MISSED: translatable("DayStatus", "missed"),
    DayStatus.TO_COME: translatable("DayStatus", "to come"),
    DayStatus.FREE: translatable("DayStatus", "nothing planned"),
    DayStatus.QUIET: translatable("DayStatus", "quiet day"),
}


@dataclass(frozen=True)
class PlannedDay:
    day: date
    status: DayStatus
    planned: int  # planned times that day
    done: int


def planned_day(
    plan: WeekPlan,
    day: date,
    zone: tzinfo,
    work: Sequence[WorkDone],
    choices: Choices,
    now: datetime,
    routines: Container[str] | None = None,
) -> PlannedDay:
    agenda = day_agenda(plan, day, zone, work, choices, now, routines)
    done = sum(1 for view in agenda if view.state is SlotState.DONE)
    planned = len(agenda)
    if not planned:
        status = DayStatus.QUIET if day.weekday() in plan.quiet_days else DayStatus.FREE
    elif done == planned:
        status = DayStatus.DONE
    elif any(view.open for view in agenda):
        status = DayStatus.TO_COME
    elif done:
        status = DayStatus.PARTLY
    elif any(view.state is SlotState.SKIPPED for view in agenda):
        status = DayStatus.SKIPPED
    else:
        status = DayStatus.MISSED
    return PlannedDay(day, status, planned, done)


@dataclass(frozen=True)
class PlanRecord:
    """What the History page shows of the plan."""

    week: list[PlannedDay]  # Monday to Sunday of this week
    planned: int  # planned times of the last four weeks that are settled (done, skipped, missed)
    done: int
    streak: int  # planned days kept in a row

    @property
    def fraction(self) -> float | None:
        return self.done / self.planned if self.planned else None


def plan_record(
    plan: WeekPlan,
    zone: tzinfo,
    work: Sequence[WorkDone],
    choices: Choices,
    now: datetime,
    routines: Container[str] | None = None,
) -> PlanRecord:
    """This week day by day, the last four weeks (today and the 27 days before it: a time still
    open today is left out until it is done or over) and the planned-day streak."""
    today = local_day(now, zone)
    monday = today - timedelta(days=today.weekday())
    by_day = _work_by_day(work, zone)

    def on(day: date) -> PlannedDay:
        return planned_day(plan, day, zone, by_day.get(day, []), choices, now, routines)

    week = [on(monday + timedelta(days=n)) for n in range(7)]
    first = today - timedelta(days=ADHERENCE_WEEKS * 7 - 1)
    times = planned_times(plan, zone, work, choices, now, first, today, routines)
    planned = sum(day.planned for day in times)
    done = sum(day.done for day in times)
    return PlanRecord(week, planned, done, planned_streak(on, today))


@dataclass(frozen=True)
class PlannedTimes:
    """One day's settled planned times (done, skipped or missed) and how many were done."""

    day: date
    planned: int
    done: int


def planned_times(
    plan: WeekPlan,
    zone: tzinfo,
    work: Sequence[WorkDone],
    choices: Choices,
    now: datetime,
    first: date,
    last: date,
    routines: Container[str] | None = None,
) -> list[PlannedTimes]:
    """Each day from ``first`` to ``last``: its planned times that are settled (a time still open
    is left out until it is done or over), and how many of them were done."""
    by_day = _work_by_day(work, zone)
    days = []
    day = first
    while day <= last:
        agenda = day_agenda(plan, day, zone, by_day.get(day, []), choices, now, routines)
        settled = [view for view in agenda if not view.open]
        done = sum(1 for view in settled if view.state is SlotState.DONE)
        days.append(PlannedTimes(day, len(settled), done))
        day += timedelta(days=1)
    return days


def planned_streak(on: Callable[[date], PlannedDay], today: date) -> int:
    """Planned days kept in a row, back from today: a day counts when at least one of its planned
    times was done; a day missed or skipped ends the streak; days with nothing planned (and today,
    while it still has times to come) are passed over without ending it."""
    streak = 0
    for back in range(STREAK_LOOKBACK_DAYS):
        day = today - timedelta(days=back)
        status = on(day).status
        if status in (DayStatus.DONE, DayStatus.PARTLY):
            streak += 1
        elif status in (DayStatus.MISSED, DayStatus.SKIPPED):
            break
        # FREE, QUIET and today's TO_COME: passed over
    return streak


def _work_by_day(work: Sequence[WorkDone], zone: tzinfo) -> dict[date, list[WorkDone]]:
    days: dict[date, list[WorkDone]] = {}
    for session in work:
        days.setdefault(local_day(session.started_at, zone), []).append(session)
    return days
