"""The plan held against what was done: this week, the last four weeks, the planned-day streak."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from calfplayer.domain.adherence import DayStatus, plan_record
from calfplayer.domain.schedule import Choices, WorkDone
from calfplayer.domain.week_plan import RoutineEntry, SnackEntry, WeekPlan

BERLIN = ZoneInfo("Europe/Berlin")
THURSDAY = date(2026, 1, 8)  # Monday 5 January is the week's first day
GENTLE = RoutineEntry("gentle-start", frozenset({0, 2, 4}), time(18))
PLAN = WeekPlan((GENTLE,), quiet_days=frozenset({6}))


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=BERLIN)


def gentle_on(*days: date) -> list[WorkDone]:
    return [WorkDone("gentle-start", local(day, 18, 10)) for day in days]


def test_this_week_day_by_day() -> None:
    monday = THURSDAY - timedelta(days=3)
    wednesday = THURSDAY - timedelta(days=1)
    work = gentle_on(monday)
    choices = Choices().skip("gentle-start", wednesday)
    record = plan_record(PLAN, BERLIN, work, choices, local(THURSDAY, 12))
    assert [day.status for day in record.week] == [
        DayStatus.DONE,
        DayStatus.FREE,
        DayStatus.SKIPPED,
        DayStatus.FREE,
        DayStatus.TO_COME,
        DayStatus.FREE,
        DayStatus.QUIET,
    ]


def test_a_day_missed_and_a_day_partly_done() -> None:
    snacks = WeekPlan((SnackEntry("movement-snack", frozenset(range(7)), 240, time(9), time(17)),))
    tuesday = THURSDAY - timedelta(days=2)
    work = [WorkDone("movement-snack", local(tuesday, 9, 5))]
    record = plan_record(snacks, BERLIN, work, Choices(), local(THURSDAY, 10))
    monday, tue, wednesday, thursday = record.week[:4]
    assert (monday.status, monday.planned, monday.done) == (DayStatus.MISSED, 3, 0)
    assert (tue.status, tue.done) == (DayStatus.PARTLY, 1)
    assert wednesday.status is DayStatus.MISSED
    assert thursday.status is DayStatus.TO_COME, "13:00 and 17:00 are still to come today"


def test_four_weeks_count_settled_times_only() -> None:
    # Planned Mon/Wed/Fri over 28 days ending Thursday 8 Jan: 12 times, none open today.
    done = [THURSDAY - timedelta(days=n) for n in range(28)]
    done = [day for day in done if day.weekday() in (0, 2)]  # every Monday and Wednesday
    record = plan_record(PLAN, BERLIN, gentle_on(*done), Choices(), local(THURSDAY, 12))
    assert (record.done, record.planned) == (8, 12)
    assert record.fraction == 8 / 12


def test_the_streak_counts_planned_days_only() -> None:
    # Done on every planned day of the last three weeks; unplanned days do not break it.
    days = [THURSDAY - timedelta(days=n) for n in range(1, 22)]
    planned = [day for day in days if day.weekday() in (0, 2, 4)]
    record = plan_record(PLAN, BERLIN, gentle_on(*planned), Choices(), local(THURSDAY, 12))
    assert record.streak == len(planned) == 9
    # A planned day missed ends it; a skipped one too.
    missed = [day for day in planned if day != THURSDAY - timedelta(days=6)]  # last Friday
    assert plan_record(PLAN, BERLIN, gentle_on(*missed), Choices(), local(THURSDAY, 12)).streak == 2
    skipped = Choices().skip("gentle-start", THURSDAY - timedelta(days=1))
    assert (
        plan_record(PLAN, BERLIN, gentle_on(*planned[1:]), skipped, local(THURSDAY, 12)).streak == 0
    )


def test_today_still_open_neither_counts_nor_breaks_the_streak() -> None:
    friday = THURSDAY + timedelta(days=1)
    days = [THURSDAY - timedelta(days=1), THURSDAY - timedelta(days=3)]  # Wed, Mon
    record = plan_record(PLAN, BERLIN, gentle_on(*days), Choices(), local(friday, 12))
    assert record.streak == 2
    done_today = plan_record(PLAN, BERLIN, gentle_on(*days, friday), Choices(), local(friday, 19))
    assert done_today.streak == 3


def test_days_before_an_entry_was_added_are_not_held_against_it() -> None:
    added = WeekPlan((RoutineEntry("gentle-start", frozenset(range(7)), time(8), added=THURSDAY),))
    record = plan_record(added, BERLIN, [], Choices(), local(THURSDAY, 7))
    assert (record.planned, record.done, record.streak) == (0, 0, 0)
    assert record.fraction is None
    assert [day.status for day in record.week[:3]] == [DayStatus.FREE] * 3
