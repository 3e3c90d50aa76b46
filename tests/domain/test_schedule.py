"""What is due when, from the plan, the sessions done, the person's choices and a fake now."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from calfplayer.domain.schedule import (
    Choices,
    SlotState,
    WorkDone,
    day_agenda,
    due_now,
    next_change,
    slots_on,
    wall_time,
)
from calfplayer.domain.week_plan import RoutineEntry, SnackEntry, WeekPlan

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY = date(2026, 1, 5)
GENTLE = RoutineEntry("gentle-start", frozenset({0, 2, 4}), time(18))
SNACKS = SnackEntry("movement-snack", frozenset(range(5)), 120, time(9), time(17))
WEEK = WeekPlan((GENTLE, SNACKS), quiet_days=frozenset({6}))


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=BERLIN)


def did(routine: str, moment: datetime) -> WorkDone:
    return WorkDone(routine, moment)


NO_CHOICES = Choices()


def states(
    plan: WeekPlan,
    day: date,
    now: datetime,
    work: tuple[WorkDone, ...] | list[WorkDone] = (),
    choices: Choices = NO_CHOICES,
) -> list[str]:
    return [
        f"{view.slot.planned:%H:%M} {view.slot.routine_id} {view.state}"
        for view in day_agenda(plan, day, BERLIN, list(work), choices, now)
    ]


def test_a_week_of_plans_day_by_day() -> None:
    counts = [len(slots_on(WEEK, MONDAY + timedelta(days=n), BERLIN)) for n in range(7)]
    assert counts == [6, 5, 6, 5, 6, 0, 0], "5 snacks on weekdays, Gentle start Mon/Wed/Fri"
    saturday = WeekPlan(
        (RoutineEntry("gentle-start", frozenset({5, 6}), time(10)),), frozenset({6})
    )
    assert len(slots_on(saturday, MONDAY + timedelta(days=5), BERLIN)) == 1
    assert slots_on(saturday, MONDAY + timedelta(days=6), BERLIN) == [], "a quiet day wins"


def test_times_come_due_and_pass() -> None:
    monday = states(WEEK, MONDAY, local(MONDAY, 12))
    assert monday == [
        "09:00 movement-snack missed",
        "11:00 movement-snack due",
        "13:00 movement-snack to come",
        "15:00 movement-snack to come",
        "17:00 movement-snack to come",
        "18:00 gentle-start to come",
    ]
    evening = states(WEEK, MONDAY, local(MONDAY, 23, 59))
    assert evening[-1] == "18:00 gentle-start due", "due until the day ends"
    assert evening[-2] == "17:00 movement-snack due", "the last snack too"
    tuesday_morning = states(WEEK, MONDAY, local(MONDAY + timedelta(days=1), 0, 1))
    assert {line.rsplit(" ", 1)[1] for line in tuesday_morning} == {"missed"}


def test_an_entry_done_early_is_not_due() -> None:
    early = [did("gentle-start", local(MONDAY, 7, 15))]
    at_six = day_agenda(WEEK, MONDAY, BERLIN, early, Choices(), local(MONDAY, 18, 5))
    gentle = [view for view in at_six if view.slot.routine_id == "gentle-start"]
    assert [view.state for view in gentle] == [SlotState.DONE]
    assert all(view.slot.routine_id != "gentle-start" for view in due_now(at_six))
    # Done the day before does not count for today.
    yesterday = [did("gentle-start", local(MONDAY - timedelta(days=1), 18))]
    assert states(WEEK, MONDAY, local(MONDAY, 18, 5), yesterday)[-1] == "18:00 gentle-start due"


def test_each_session_counts_for_one_planned_time_the_earliest_open() -> None:
    work = [did("movement-snack", local(MONDAY, 8, 40)), did("movement-snack", local(MONDAY, 9, 5))]
    lines = states(WEEK, MONDAY, local(MONDAY, 13, 30), work)
    assert lines[:3] == [
        "09:00 movement-snack done",
        "11:00 movement-snack done",
        "13:00 movement-snack due",
    ]


def test_a_skipped_day_is_never_due_and_other_routines_still_are() -> None:
    choices = Choices().skip("movement-snack", MONDAY)
    lines = states(WEEK, MONDAY, local(MONDAY, 18, 30), choices=choices)
    assert lines[:5] == [f"{h:02d}:00 movement-snack skipped" for h in (9, 11, 13, 15, 17)]
    assert lines[5] == "18:00 gentle-start due"
    tuesday = MONDAY + timedelta(days=1)
    assert states(WEEK, tuesday, local(tuesday, 9, 1), choices=choices)[0].endswith("due")


def test_later_puts_a_due_time_off_and_brings_it_back() -> None:
    [view] = [
        v
        for v in day_agenda(WEEK, MONDAY, BERLIN, [], Choices(), local(MONDAY, 18, 1))
        if v.slot.routine_id == "gentle-start"
    ]
    choices = Choices().put_off(view.slot, local(MONDAY, 18, 31))
    assert states(WEEK, MONDAY, local(MONDAY, 18, 10), choices=choices)[-1].endswith("later")
    assert states(WEEK, MONDAY, local(MONDAY, 18, 31), choices=choices)[-1].endswith("due")
    # A put-off snack stays due past the next snack's time, beside it.
    [nine] = [
        v
        for v in day_agenda(WEEK, MONDAY, BERLIN, [], Choices(), local(MONDAY, 9, 1))
        if v.slot.planned == time(9)
    ]
    choices = Choices().put_off(nine.slot, local(MONDAY, 10, 30))
    assert states(WEEK, MONDAY, local(MONDAY, 11, 5), choices=choices)[:2] == [
        "09:00 movement-snack due",
        "11:00 movement-snack due",
    ]


def test_a_plan_edited_mid_day_keeps_what_was_done() -> None:
    work = [did("gentle-start", local(MONDAY, 10))]
    at_noon = local(MONDAY, 12)
    assert states(WEEK, MONDAY, at_noon, work)[-1] == "18:00 gentle-start done"
    moved = WeekPlan((RoutineEntry("gentle-start", frozenset({0, 2, 4}), time(20)), SNACKS))
    assert states(moved, MONDAY, at_noon, work)[-1] == "20:00 gentle-start done"
    # A second time added for today asks for a second session.
    twice = WeekPlan((*moved.entries, RoutineEntry("gentle-start", frozenset({0}), time(21))))
    assert states(twice, MONDAY, at_noon, work)[-2:] == [
        "20:00 gentle-start done",
        "21:00 gentle-start to come",
    ]
    # An entry added today is not held against the days before it.
    added = RoutineEntry("balance-builder", frozenset(range(7)), time(8), added=MONDAY)
    with_added = WeekPlan((added,))
    assert slots_on(with_added, MONDAY - timedelta(days=1), BERLIN) == []
    assert len(slots_on(with_added, MONDAY, BERLIN)) == 1


def test_routines_that_no_longer_exist_are_never_due() -> None:
    assert [s.routine_id for s in slots_on(WEEK, MONDAY, BERLIN, {"gentle-start"})] == [
        "gentle-start"
    ]


# --- the daylight-saving nights (Berlin: forward 29 March 2026, back 25 October 2026) ----------

SPRING = date(2026, 3, 29)
AUTUMN = date(2026, 10, 25)


def test_a_time_the_clocks_skip_is_due_just_after_the_change() -> None:
    moment = wall_time(SPRING, time(2, 30), BERLIN)
    assert moment.astimezone(UTC) == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    on_the_clock = moment.astimezone(BERLIN)
    assert (on_the_clock.hour, on_the_clock.minute) == (3, 30)


def test_a_time_that_comes_twice_is_due_the_first_time() -> None:
    moment = wall_time(AUTUMN, time(2, 30), BERLIN)
    assert moment.astimezone(UTC) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)


def test_an_evening_time_stays_at_the_same_wall_time_across_both_nights() -> None:
    daily = WeekPlan((RoutineEntry("gentle-start", frozenset(range(7)), time(18)),))
    for night in (SPRING, AUTUMN):
        for day in (night - timedelta(days=1), night, night + timedelta(days=1)):
            [slot] = slots_on(daily, day, BERLIN)
            local_time = slot.at.astimezone(BERLIN)
            assert (local_time.date(), local_time.hour, local_time.minute) == (day, 18, 0)
    before, after = (slots_on(daily, SPRING + timedelta(days=n), BERLIN)[0].at for n in (-1, 0))
    assert after - before == timedelta(hours=23), "the spring night is an hour short"
    assert before.tzinfo is UTC and after.tzinfo is UTC


def test_snacks_through_the_spring_night_count_a_lost_hour_once() -> None:
    night = WeekPlan((SnackEntry("movement-snack", frozenset(range(7)), 60, time(0), time(4)),))
    slots = slots_on(night, SPRING, BERLIN)
    hours = [slot.at.astimezone(BERLIN).hour for slot in slots]
    assert hours == [0, 1, 3, 4], "02:00 does not exist that night and is the same as 03:00"
    autumn = slots_on(night, AUTUMN, BERLIN)
    assert len(autumn) == 5
    assert [s.at for s in autumn] == sorted(s.at for s in autumn)


def test_a_due_time_on_the_long_night_stays_due_until_that_day_ends() -> None:
    late = WeekPlan((RoutineEntry("gentle-start", frozenset(range(7)), time(23)),))
    # 25 October has 25 hours: at 23:30 local it is 22:30 UTC, still that day.
    now = datetime(2026, 10, 25, 22, 30, tzinfo=UTC)
    assert states(late, AUTUMN, now) == ["23:00 gentle-start due"]
    agenda = day_agenda(late, AUTUMN, BERLIN, [], Choices(), now)
    assert next_change(agenda, now, BERLIN) == datetime(2026, 10, 25, 23, 0, tzinfo=UTC)


def test_next_change_is_the_next_planned_time_or_the_end_of_the_day() -> None:
    now = local(MONDAY, 11, 30)
    agenda = day_agenda(WEEK, MONDAY, BERLIN, [], Choices(), now)
    assert next_change(agenda, now, BERLIN) == local(MONDAY, 13), "the due 11:00 passes at 13:00"
    done_all = [did("movement-snack", local(MONDAY, 8)) for _ in range(5)]
    done_all.append(did("gentle-start", local(MONDAY, 8)))
    agenda = day_agenda(WEEK, MONDAY, BERLIN, done_all, Choices(), now)
    assert next_change(agenda, now, BERLIN) == local(MONDAY + timedelta(days=1), 0)


def test_choices_survive_their_file_and_forget_old_days() -> None:
    [slot] = slots_on(WeekPlan((GENTLE,)), MONDAY, BERLIN)
    choices = Choices().skip("gentle-start", MONDAY).put_off(slot, local(MONDAY, 18, 30))
    assert Choices.from_json(choices.to_json()) == choices
    assert (
        Choices.from_json({"skipped": [{"routine": 1}], "later": [5, {"slot": "x"}]}) == Choices()
    )
    assert Choices.from_json("nonsense") == Choices()
    assert choices.forget_before(MONDAY + timedelta(days=1)) == Choices()
