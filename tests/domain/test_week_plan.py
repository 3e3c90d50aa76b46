"""Reading what a person types for the plan, and the plan file's JSON."""

from __future__ import annotations

from datetime import date, time

import pytest

from calfplayer.domain.week_plan import (
    PlanProblem,
    RoutineEntry,
    SnackEntry,
    WeekPlan,
    format_days,
    parse_days,
    parse_every,
    parse_time,
    plan_from_json,
    plan_to_json,
)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("mon,wed,fri", {0, 2, 4}),
        ("Mon, Wed , FRI", {0, 2, 4}),
        ("mon-fri", {0, 1, 2, 3, 4}),
        ("fri-mon", {4, 5, 6, 0}),
        ("daily", set(range(7))),
        ("weekends", {5, 6}),
        ("tuesday,sat-sun", {1, 5, 6}),
    ],
)
def test_days_as_typed(text: str, days: set[int]) -> None:
    assert parse_days(text) == frozenset(days)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("mon,xyz", '"xyz"'),
        ("funday", '"funday"'),
        ("mon-xyz", '"xyz"'),
        ("1,2", '"1"'),
        ("", "No days given"),
        (" , ", "No days given"),
    ],
)
def test_unknown_days_are_named_in_the_message(text: str, named: str) -> None:
    with pytest.raises(PlanProblem) as problem:
        parse_days(text)
    assert named in str(problem.value)
    assert "mon-fri" in str(problem.value), "the message says what would do"


def test_days_read_back_in_short() -> None:
    assert format_days({0, 2, 4}) == "Mon, Wed, Fri"
    assert format_days(range(5)) == "Mon–Fri"
    assert format_days(range(7)) == "every day"
    assert format_days({5, 6}) == "Sat, Sun"


@pytest.mark.parametrize("text", ["24:00", "18:60", "25:00", "-1:00", "18", "6pm", "18:5", ""])
def test_times_out_of_range_or_malformed_are_refused(text: str) -> None:
    with pytest.raises(PlanProblem, match="not a time of day: use HH:MM"):
        parse_time(text)


def test_times_in_range() -> None:
    assert parse_time("00:00") == time(0, 0)
    assert parse_time("7:05") == time(7, 5)
    assert parse_time("23:59") == time(23, 59)


def test_intervals() -> None:
    assert parse_every("2h") == 120
    assert parse_every("90m") == 90
    assert parse_every("1h30m") == 90
    for bad in ("0h", "5m", "13h", "2x", "", "h"):
        with pytest.raises(PlanProblem):
            parse_every(bad)


def test_snack_times_run_from_start_to_end_inclusive() -> None:
    snack = SnackEntry("movement-snack", frozenset(range(5)), 120, time(9), time(17))
    assert snack.times() == tuple(time(h) for h in (9, 11, 13, 15, 17))
    uneven = SnackEntry("movement-snack", frozenset({0}), 150, time(9), time(17))
    assert uneven.times() == (time(9), time(11, 30), time(14), time(16, 30))


def test_snacks_that_end_before_they_start_are_refused() -> None:
    with pytest.raises(PlanProblem, match="not after they start"):
        SnackEntry("movement-snack", frozenset({0}), 60, time(17), time(9))


def test_the_same_entry_twice_is_refused_and_remove_checks_the_number() -> None:
    entry = RoutineEntry("gentle-start", frozenset({0}), time(18), date(2026, 1, 5))
    plan = WeekPlan().add(entry)
    with pytest.raises(PlanProblem, match="already in your plan"):
        plan.add(RoutineEntry("gentle-start", frozenset({0}), time(18), date(2026, 2, 1)))
    with pytest.raises(PlanProblem, match="no entry 2: your plan has 1 entry"):
        plan.remove(2)
    with pytest.raises(PlanProblem, match="plan is empty"):
        WeekPlan().remove(1)
    assert plan.remove(1).entries == ()


def test_a_plan_survives_its_file() -> None:
    plan = WeekPlan(
        (
            RoutineEntry("gentle-start", frozenset({0, 2, 4}), time(18), date(2026, 1, 5)),
            SnackEntry("movement-snack", frozenset(range(5)), 90, time(9), time(17, 30)),
        ),
        frozenset({6}),
    )
    assert plan_from_json(plan_to_json(plan)) == plan


@pytest.mark.parametrize(
    ("data", "says"),
    [
        ([], "not hold a JSON object"),
        ({"format": 2, "entries": []}, '"format" is 2'),
        ({"format": 1, "entries": {}}, '"entries" is not a list'),
        ({"format": 1, "entries": [{"routine": "a", "days": ["mon"], "at": "25:00"}]}, "entry 1"),
        ({"format": 1, "entries": [{"routine": "a", "days": ["noday"], "at": "8:00"}]}, "noday"),
        ({"format": 1, "entries": [{"routine": "a", "days": [], "at": "8:00"}]}, '"days" is empty'),
        ({"format": 1, "entries": [{"routine": 3, "days": ["mon"], "at": "8:00"}]}, "routine id"),
        ({"format": 1, "entries": [{"routine": "a", "days": ["mon"]}]}, 'neither "at"'),
        ({"format": 1, "entries": [{"routine": "a", "days": "mon", "at": "8:00"}]}, "list of days"),
        (
            {"format": 1, "entries": [{"routine": "a", "days": ["mon"], "every": "2h"}]},
            '"from" is missing',
        ),
        ({"format": 1, "entries": [], "quiet_days": ["someday"]}, '"quiet_days"'),
        (
            {"format": 1, "entries": [{"routine": "a", "days": ["mon"], "at": "8:00", "added": 5}]},
            '"added"',
        ),
    ],
)
def test_a_hand_edited_file_names_what_is_wrong(data: object, says: str) -> None:
    with pytest.raises(PlanProblem) as problem:
        plan_from_json(data)
    assert says in str(problem.value)
