"""The progress report's content, from a real history file, plan file and log of steps."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from calfplayer.app.application import Application
from calfplayer.app.errors import AppError
from calfplayer.app.report import Period, Report
from calfplayer.domain.clock import FakeClock
from calfplayer.domain.record import SessionStatus
from calfplayer.domain.routines import Side
from calfplayer.paths import AppPaths
from tests.app.report_history import Seeded, seed_report_history, store_figures

NOVEMBER = Period(date(2026, 11, 1), date(2026, 11, 30))


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path / "data")


@pytest.fixture
def seeded(paths: AppPaths) -> Seeded:
    return seed_report_history(paths)


def make_app(paths: AppPaths) -> Application:
    return Application.create(paths, FakeClock(wall_start=datetime(2026, 12, 5, 9, tzinfo=UTC)))


def november(paths: AppPaths, include_notes: bool = True) -> Report:
    app = make_app(paths)
    try:
        return app.report(NOVEMBER, include_notes=include_notes)
    finally:
        app.history.close()


def test_the_report_counts_the_sessions_sets_and_statuses_of_the_period_only(
    paths: AppPaths, seeded: Seeded
) -> None:
    report = november(paths)
    done, planned, _marks = store_figures(paths, seeded.inside)
    assert report.sessions == 6
    assert report.statuses[SessionStatus.COMPLETED] == 5
    assert report.statuses[SessionStatus.ENDED_EARLY] == 1
    assert (report.sets_done, report.sets_planned) == (done, planned)
    assert sum(week.sessions for week in report.weeks) == 6
    assert report.weeks[0].first == date(2026, 11, 1)  # a Sunday
    assert len(report.weeks) == 6  # Sunday 1 November, four whole weeks, Monday 30
    assert report.weeks[-1].last == date(2026, 11, 30)
    assert report.made_on == date(2026, 12, 5)


def test_adherence_is_the_plan_held_against_the_period(paths: AppPaths, seeded: Seeded) -> None:
    report = november(paths)
    assert report.plan is not None and report.plan.problem is None
    assert report.plan.entries == ["Gentle start: Mon, Wed, Fri at 18:00"]
    # Mondays, Wednesdays and Fridays of November 2026: 13; sessions on six of them.
    assert (report.plan.done, report.plan.planned) == (6, 13)
    assert sum(week.planned_times or 0 for week in report.weeks) == 13


def test_pain_and_effort_are_the_periods_ratings_with_the_history_pages_trend(
    paths: AppPaths, seeded: Seeded
) -> None:
    report = november(paths)
    assert report.ratings.pains == seeded.pains
    assert report.ratings.efforts == seeded.efforts
    assert report.ratings.pain.direction == "easing"  # 1.7 against 5.3


def test_every_hurt_mark_note_and_step_of_the_period_and_none_from_outside(
    paths: AppPaths, seeded: Seeded
) -> None:
    report = november(paths)
    _done, _planned, marks = store_figures(paths, seeded.inside)
    names = make_app(paths).history.exercise_names
    assert [(h.exercise, h.set_number, h.leg) for h in report.hurts] == [
        (names[exercise], number, leg) for exercise, number, leg in marks
    ]
    assert [h.when.date() for h in report.hurts] == [date(2026, 11, 4), date(2026, 11, 23)]
    assert report.notes is not None
    assert [note.text for note in report.notes] == [
        "Calf felt tight on the stairs",
        "Easier than last week",
    ]
    assert [(s.day, s.change) for s in report.steps] == [
        (date(2026, 11, 20), "Two more reps per set: Calf raise 10 → 12")
    ]


def test_each_exercise_is_counted_on_each_leg(paths: AppPaths, seeded: Seeded) -> None:
    report = november(paths)
    sides = {(row.exercise, row.side) for row in report.exercises}
    one_sided = {name for name, side in sides if side is not None}
    assert one_sided, "gentle start has exercises done one leg at a time"
    for name in one_sided:
        assert (name, Side.LEFT) in sides and (name, Side.RIGHT) in sides
    assert sum(row.sets_planned for row in report.exercises) == report.sets_planned
    assert sum(row.sets_done for row in report.exercises) == report.sets_done
    cut_short = [row for row in report.exercises if row.sets_done < row.sets_planned]
    assert cut_short, "the session ended early left sets undone"


def test_notes_can_be_left_out(paths: AppPaths, seeded: Seeded) -> None:
    assert november(paths, include_notes=False).notes is None


def test_a_period_without_sessions_is_empty_and_says_so(paths: AppPaths, seeded: Seeded) -> None:
    app = make_app(paths)
    report = app.report(Period(date(2026, 6, 1), date(2026, 6, 30)), include_notes=True)
    app.history.close()
    assert report.empty and report.sessions == 0 and report.hurts == []


def test_no_history_file_gives_an_empty_report(paths: AppPaths) -> None:
    app = make_app(paths)
    report = app.report(NOVEMBER, include_notes=True)
    assert report.empty and report.plan is None and report.steps == []


def test_a_period_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(AppError, match="starts"):
        Period.between(date(2026, 11, 30), date(2026, 11, 1))
    assert Period.last_weeks(date(2026, 11, 28)).first == date(2026, 11, 1)


def test_a_torn_line_in_the_log_of_steps_is_passed_over_and_said(
    paths: AppPaths, seeded: Seeded
) -> None:
    with paths.step_log.open("ab") as log:
        log.write(b'{"format": 1, "at": "2026-11-2')  # a crash in the middle of a line
    report = november(paths)
    assert len(report.steps) == 1
    assert any("could not be read" in notice for notice in report.notices)
