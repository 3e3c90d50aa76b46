"""Which due time a reminder is given for, and how long the reminder process sleeps."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from calfplayer.domain.reminders import (
    LONGEST_SLEEP,
    clock_jumped,
    forget_other_days,
    pick_reminder,
    reminder_key,
    sleep_for,
)
from calfplayer.domain.schedule import Choices, day_agenda, due_now
from calfplayer.domain.week_plan import RoutineEntry, SnackEntry, WeekPlan

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY = date(2026, 1, 5)
DAILY = frozenset(range(7))
PLAN = WeekPlan(
    (
        RoutineEntry("gentle-start", DAILY, time(9)),
        RoutineEntry("balance-builder", DAILY, time(10)),
        SnackEntry("movement-snack", DAILY, 60, time(9, 30), time(11, 30)),
    )
)


def due_at(hour: int, minute: int = 0, choices: Choices | None = None):  # type: ignore[no-untyped-def]
    now = datetime.combine(MONDAY, time(hour, minute), tzinfo=BERLIN)
    return due_now(day_agenda(PLAN, MONDAY, BERLIN, [], choices or Choices(), now))


def test_several_due_at_once_give_one_reminder_for_the_latest() -> None:
    due = due_at(11, 45)  # asleep since before nine: gentle-start, balance-builder, the snack
    assert len(due) == 3
    reminded: set[str] = set()
    picked = pick_reminder(due, reminded)
    assert picked is not None
    assert (picked.slot.routine_id, picked.slot.planned) == ("movement-snack", time(11, 30))
    assert pick_reminder(due, reminded) is None  # the others count as reminded
    assert pick_reminder(due_at(11, 50), reminded) is None


def test_each_coming_due_is_reminded_of_once() -> None:
    reminded: set[str] = set()
    first = pick_reminder(due_at(9), reminded)
    assert first is not None
    assert first.slot.routine_id == "gentle-start"
    assert pick_reminder(due_at(9, 5), reminded) is None
    second = pick_reminder(due_at(9, 30), reminded)
    assert second is not None
    assert second.slot.routine_id == "movement-snack"


def test_a_time_put_off_comes_due_again_under_a_new_key() -> None:
    reminded: set[str] = set()
    first = pick_reminder(due_at(9), reminded)
    assert first is not None
    later = Choices().put_off(first.slot, datetime(2026, 1, 5, 8, 15, tzinfo=UTC))
    assert pick_reminder(due_at(9, 10, later), reminded) is None  # put off until 09:15
    again = pick_reminder(due_at(9, 15, later), reminded)
    assert again is not None
    assert again.slot == first.slot
    assert reminder_key(again) != reminder_key(first)


def test_only_todays_keys_are_kept() -> None:
    reminded = {"2026-01-04 09:00 gentle-start x", "kept"}
    forget_other_days(reminded, ["kept", "other"])
    assert reminded == {"kept"}


def test_the_process_sleeps_until_the_next_change_but_never_more_than_a_minute() -> None:
    now = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    assert sleep_for(now, now + timedelta(seconds=2)) == timedelta(seconds=2)
    assert sleep_for(now, now + timedelta(hours=3)) == LONGEST_SLEEP == timedelta(seconds=60)
    assert sleep_for(now, now - timedelta(seconds=1)) == timedelta()


def test_a_suspend_or_a_clock_change_is_told_from_the_time_slept() -> None:
    minute = timedelta(seconds=60)
    assert not clock_jumped(minute + timedelta(seconds=1), minute)
    assert clock_jumped(timedelta(hours=2), minute)  # asleep with the lid closed
    assert clock_jumped(-timedelta(hours=1), minute)  # the clock was put back
