"""Streaks, weekly totals, adherence and the pain trend: pure functions over past sessions.

Days are the person's local calendar days: a session's start is converted with the time zone given
(the system's by default), so a workout at 23:30 counts for that evening, not for the UTC date, and
DST changes never split or merge a day. Weeks start on Monday.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from statistics import mean

from calfplayer.i18n import translate


@dataclass(frozen=True)
class SessionSummary:
    """What the statistics need of one past session."""

    started_at: datetime  # timezone-aware
    active_seconds: float  # time spent in the workout
    completion: float  # 0.0-1.0: reps and hold time done against the plan
    pain: int | None = None  # 0-10, when the person rated it
    effort: int | None = None

    @property
    def counts(self) -> bool:
        """A session counts toward streaks and goals once anything at all was done."""
        return self.completion > 0


@dataclass(frozen=True)
class WeekTotal:
    week_start: date  # a Monday
    sessions: int
    minutes: float


def local_day(moment: datetime, zone: tzinfo | None = None) -> date:
    if moment.tzinfo is None:
        raise ValueError("session times must carry their time zone")
    return moment.astimezone(zone).date()


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def active_days(sessions: Iterable[SessionSummary], zone: tzinfo | None = None) -> set[date]:
    return {local_day(s.started_at, zone) for s in sessions if s.counts}


def current_streak(days: set[date], today: date) -> int:
    """Consecutive days with a workout up to today, or up to yesterday while today is open."""
    day = today if today in days else today - timedelta(days=1)
    streak = 0
    while day in days:
        streak += 1
        day -= timedelta(days=1)
    return streak


def longest_streak(days: set[date]) -> int:
    best = 0
    for day in days:
        if day - timedelta(days=1) in days:
            continue  # not the first day of a run
        length = 1
        while day + timedelta(days=length) in days:
            length += 1
        best = max(best, length)
    return best


def weekly_totals(
    sessions: Iterable[SessionSummary], today: date, weeks: int = 12, zone: tzinfo | None = None
) -> list[WeekTotal]:
    """Sessions and minutes in each of the last ``weeks`` weeks, oldest first, empty ones too."""
    first = week_start(today) - timedelta(weeks=weeks - 1)
    counts = {first + timedelta(weeks=n): [0, 0.0] for n in range(weeks)}
    for session in sessions:
        if not session.counts:
            continue
        bucket = counts.get(week_start(local_day(session.started_at, zone)))
        if bucket is not None:
            bucket[0] += 1
            bucket[1] += session.active_seconds / 60
    return [WeekTotal(start, int(n), minutes) for start, (n, minutes) in counts.items()]


@dataclass(frozen=True)
class Adherence:
    done: int
    goal: int

    @property
    def met(self) -> bool:
        return self.done >= self.goal

    @property
    def fraction(self) -> float:
        return min(1.0, self.done / self.goal) if self.goal else 1.0


def this_week(
    sessions: Iterable[SessionSummary], today: date, goal: int, zone: tzinfo | None = None
) -> Adherence:
    monday = week_start(today)
    done = sum(
        1 for s in sessions if s.counts and week_start(local_day(s.started_at, zone)) == monday
    )
    return Adherence(done, goal)


@dataclass(frozen=True)
class PainPoint:
    day: date
    pain: int


@dataclass(frozen=True)
class PainTrend:
    points: tuple[PainPoint, ...]  # oldest first
    change: float | None  # recent average minus earlier average; None with too few ratings

    @property
    def direction(self) -> str:
        """Shown, in the language in use."""
        if self.change is None:
            return translate("PainTrend", "not enough ratings yet")
        if self.change <= -1:
            return translate("PainTrend", "easing", "pain is going down")
        if self.change >= 1:
            return translate("PainTrend", "rising", "pain is going up")
        return translate("PainTrend", "steady", "pain stays the same")


def pain_trend(
    sessions: Sequence[SessionSummary], zone: tzinfo | None = None, window: int = 3
) -> PainTrend:
    """Pain ratings over time, and whether the last few are above or below the few before them."""
    rated = sorted((s for s in sessions if s.pain is not None), key=lambda s: s.started_at)
    points = tuple(
        PainPoint(local_day(s.started_at, zone), s.pain) for s in rated if s.pain is not None
    )
    if len(points) < 2 * window:
        return PainTrend(points, None)
    recent = mean(p.pain for p in points[-window:])
    earlier = mean(p.pain for p in points[-2 * window : -window])
    return PainTrend(points, recent - earlier)


def total_minutes(sessions: Iterable[SessionSummary]) -> float:
    return sum(s.active_seconds for s in sessions if s.counts) / 60


class RunningTotals:
    """Total minutes, active days and the current streak of a history read a part at a time,
    newest part first.

    Each part costs only its own sessions (the streak walks back only over the days the part
    added), so a long history's totals are complete the moment its last part is in, with no pass
    over every session at the end."""

    def __init__(self, today: date, zone: tzinfo | None = None) -> None:
        self.today = today
        self.zone = zone
        self.minutes = 0.0
        self.days: set[date] = set()
        self.streak = 0
        self._before_streak = today  # the day the streak would continue with

    def add(self, sessions: Iterable[SessionSummary]) -> None:
        counted = [s for s in sessions if s.counts]
        self.minutes += total_minutes(counted)
        self.days.update(active_days(counted, self.zone))
        if self.streak == 0:  # as current_streak: up to today, or yesterday while today is open
            yesterday = self.today - timedelta(days=1)
            self._before_streak = self.today if self.today in self.days else yesterday
        while self._before_streak in self.days:
            self.streak += 1
            self._before_streak -= timedelta(days=1)
