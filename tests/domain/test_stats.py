from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from calfplayer.domain.stats import (
    RunningTotals,
    SessionSummary,
    active_days,
    current_streak,
    local_day,
    longest_streak,
    pain_trend,
    this_week,
    total_minutes,
    weekly_totals,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def at(day: str, hour: int = 9, minute: int = 0, zone=BERLIN, **fields) -> SessionSummary:
    start = datetime.fromisoformat(day).replace(hour=hour, minute=minute, tzinfo=zone)
    return SessionSummary(
        started_at=start,
        active_seconds=fields.pop("seconds", 600),
        completion=fields.pop("completion", 1.0),
        **fields,
    )


def test_streak_counts_back_from_today_or_yesterday():
    days = {date(2026, 3, d) for d in (1, 2, 3, 5, 6, 7)}
    assert current_streak(days, date(2026, 3, 7)) == 3
    assert current_streak(days, date(2026, 3, 8)) == 3, "today is still open: the streak holds"
    assert current_streak(days, date(2026, 3, 9)) == 0, "a whole day missed ends it"
    assert current_streak(set(), date(2026, 3, 9)) == 0
    assert longest_streak(days) == 3 and longest_streak(set()) == 0


def test_days_are_local_calendar_days_not_utc():
    late = datetime(2026, 6, 1, 23, 30, tzinfo=NEW_YORK)  # already 2 June in UTC
    assert late.astimezone(UTC).date() == date(2026, 6, 2)
    assert local_day(late, NEW_YORK) == date(2026, 6, 1)
    sessions = [SessionSummary(late, 300, 1.0), SessionSummary(late + timedelta(hours=1), 300, 1.0)]
    assert active_days(sessions, NEW_YORK) == {date(2026, 6, 1), date(2026, 6, 2)}


def test_a_streak_survives_the_dst_change():
    # Clocks go forward in Berlin on 29 March 2026: that day has 23 hours.
    sessions = [at("2026-03-28", 23, 30), at("2026-03-29", 23, 30), at("2026-03-30", 0, 30)]
    days = active_days(sessions, BERLIN)
    assert days == {date(2026, 3, 28), date(2026, 3, 29), date(2026, 3, 30)}
    assert current_streak(days, date(2026, 3, 30)) == 3


def test_naive_times_are_refused():
    with pytest.raises(ValueError, match="time zone"):
        local_day(datetime(2026, 1, 1, 9, 0))


def test_sessions_with_nothing_done_do_not_count():
    sessions = [at("2026-03-02", completion=0.0), at("2026-03-03", completion=0.25)]
    assert active_days(sessions, BERLIN) == {date(2026, 3, 3)}
    assert total_minutes(sessions) == 10


def test_weekly_totals_cover_every_week_including_empty_ones():
    sessions = [
        at("2026-03-02", seconds=600),  # Monday
        at("2026-03-08", 22, seconds=900),  # Sunday of the same week
        at("2026-02-20", seconds=300),
        at("2025-01-01", seconds=300),  # long before the window
    ]
    weeks = weekly_totals(sessions, today=date(2026, 3, 11), weeks=4, zone=BERLIN)
    assert [w.week_start for w in weeks] == [
        date(2026, 2, 16),
        date(2026, 2, 23),
        date(2026, 3, 2),
        date(2026, 3, 9),
    ]
    assert [(w.sessions, w.minutes) for w in weeks] == [(1, 5.0), (0, 0.0), (2, 25.0), (0, 0.0)]
    assert all(w.week_start.weekday() == 0 for w in weeks)


def test_this_week_against_the_goal():
    sessions = [at("2026-03-09"), at("2026-03-10"), at("2026-03-08")]
    week = this_week(sessions, today=date(2026, 3, 11), goal=3, zone=BERLIN)
    assert (week.done, week.goal, week.met) == (2, 3, False)
    assert week.fraction == pytest.approx(2 / 3)
    assert this_week(sessions * 2, date(2026, 3, 11), 3, BERLIN).met


def test_pain_trend_needs_enough_ratings_and_says_which_way():
    few = [at(f"2026-03-0{d}", pain=5) for d in range(1, 5)]
    assert pain_trend(few, BERLIN).change is None
    assert pain_trend(few, BERLIN).direction == "not enough ratings yet"
    easing = [
        at(f"2026-03-{d:02d}", pain=p)
        for d, p in zip(range(1, 8), [6, 6, 5, 3, 3, 2, 2], strict=True)
    ]
    trend = pain_trend(easing, BERLIN)
    assert trend.direction == "easing" and trend.change == pytest.approx(7 / 3 - 14 / 3)
    assert [p.pain for p in trend.points] == [6, 6, 5, 3, 3, 2, 2]
    rising = [
        at(f"2026-03-{d:02d}", pain=p) for d, p in zip(range(1, 7), [1, 1, 2, 3, 4, 4], strict=True)
    ]
    assert pain_trend(rising, BERLIN).direction == "rising"
    unrated = [at("2026-03-01"), *easing]
    assert len(pain_trend(unrated, BERLIN).points) == 7


def test_running_totals_read_in_parts_match_the_whole_history():
    # Newest part first, as the History page reads them: a streak of 9 days split over three parts,
    # the day before it missed, a session with nothing done, and one in New York late at night.
    newest = [at(f"2026-03-{day:02d}", seconds=300) for day in (20, 19, 18, 17)]
    middle = [at(f"2026-03-{day:02d}", seconds=900) for day in (16, 15, 14)]
    oldest = [at("2026-03-13"), at("2026-03-12"), at("2026-03-11", completion=0.0)]
    oldest.append(at("2026-03-09", hour=23, zone=NEW_YORK))  # already the 10th in Berlin
    whole = newest + middle + oldest
    totals = RunningTotals(date(2026, 3, 20), BERLIN)
    streaks = []
    for part in (newest, middle, oldest):
        totals.add(part)
        streaks.append(totals.streak)
    assert streaks == [4, 7, 9]
    assert totals.streak == current_streak(active_days(whole, BERLIN), date(2026, 3, 20))
    assert totals.minutes == pytest.approx(total_minutes(whole)) == pytest.approx(4 * 5 + 45 + 30)
    assert totals.days == active_days(whole, BERLIN)


@pytest.mark.parametrize(("today", "streak"), [("2026-03-21", 3), ("2026-03-22", 0)])
def test_running_totals_streak_holds_while_today_is_open(today, streak):
    totals = RunningTotals(date.fromisoformat(today), BERLIN)
    totals.add([at("2026-03-20"), at("2026-03-20", hour=18)])  # the same day twice
    totals.add([at("2026-03-19")])
    totals.add([at("2026-03-18")])
    assert totals.streak == streak


def test_running_totals_streak_starts_in_a_later_part_when_the_first_counts_nothing():
    totals = RunningTotals(date(2026, 3, 20), BERLIN)
    totals.add([at("2026-03-20", completion=0.0)])
    assert (totals.streak, totals.minutes) == (0, 0.0)
    totals.add([at("2026-03-19"), at("2026-03-18")])
    assert totals.streak == 2


def test_running_totals_of_nothing_are_zero():
    totals = RunningTotals(date(2026, 3, 1))
    totals.add([])
    assert (totals.minutes, totals.days, totals.streak) == (0.0, set(), 0)
