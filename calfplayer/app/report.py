"""The progress report to take to a clinician: what it holds, worked out from the history, the
plan and the log of steps applied, for a stretch of days. No Qt: ui/report_pdf.py draws it, for
the command line and for History › Report alike.

Every figure comes from the code the History page and the session page use: planned against done
from domain/progress.py, the pain trend from domain/stats.py, adherence from domain/adherence.py.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from statistics import mean
from typing import TYPE_CHECKING

from calfplayer.app.errors import AppError, file_faults
from calfplayer.app.history import History
from calfplayer.domain.record import SessionStatus
from calfplayer.domain.routines import Side
from calfplayer.domain.stats import PainTrend, SessionSummary, local_day, pain_trend, week_start

if TYPE_CHECKING:
    from calfplayer.app.plan import PlanService
    from calfplayer.store.period import PeriodSession

DEFAULT_WEEKS = 4
# The statuses a finished session can have, in the order the report lists them.
STATUSES = (
    SessionStatus.COMPLETED,
    SessionStatus.PARTIAL,
    SessionStatus.ENDED_EARLY,
    SessionStatus.INTERRUPTED,
    SessionStatus.IN_PROGRESS,
)


def day_text(day: date) -> str:
    """ "2 November 2026": the same in every locale's terminal and on paper."""
    return f"{day.day} {day:%B %Y}"


def short_day(day: date) -> str:
    """ "2 Nov", as the History page's charts write their dates."""
    return f"{day.day} {day.strftime('%b')}"


@dataclass(frozen=True)
class Period:
    first: date
    last: date  # included

    @classmethod
    def last_weeks(cls, today: date, weeks: int = DEFAULT_WEEKS) -> Period:
        """Today and the days before it: four weeks by default."""
        return cls(today - timedelta(days=weeks * 7 - 1), today)

    @classmethod
    def between(cls, first: date, last: date) -> Period:
        if first > last:
            raise AppError(f"The period starts ({first}) after it ends ({last}).")
        return cls(first, last)

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def text(self) -> str:
        return f"{day_text(self.first)} to {day_text(self.last)} ({self.days} days)"

    def holds(self, day: date) -> bool:
        return self.first <= day <= self.last


@dataclass(frozen=True)
class WeekRow:
    first: date  # the week's first day within the period
    last: date
    sessions: int
    statuses: dict[SessionStatus, int]
    minutes: float
    sets_done: int
    sets_planned: int
    effort: float | None  # average of the week's ratings
    pain: float | None
    planned_times: int | None  # with a plan: settled planned times that week, and done
    planned_done: int | None

    @property
    def label(self) -> str:
        if self.first == self.last:
            return short_day(self.first)
        return f"{short_day(self.first)} – {short_day(self.last)}"


@dataclass
class ExerciseRow:
    """One exercise on one leg (or on both, for an exercise done with both at once)."""

    exercise: str
    side: Side | None
    is_hold: bool = False
    sets_planned: int = 0
    sets_done: int = 0  # done in full
    reps_planned: int = 0  # repetitions, or holds for a hold exercise
    reps_done: int = 0
    hold_planned_s: int = 0
    hold_done_s: int = 0

    @property
    def leg(self) -> str:
        return "both" if self.side is None else self.side.value


@dataclass(frozen=True)
class RatingPoint:
    day: date
    effort: int | None
    pain: int | None


@dataclass(frozen=True)
class HurtRow:
    when: datetime  # on the person's clock
    routine: str
    exercise: str
    set_number: int
    side: Side | None

    @property
    def leg(self) -> str:
        return "both" if self.side is None else self.side.value


@dataclass(frozen=True)
class NoteRow:
    when: datetime
    routine: str
    text: str


@dataclass(frozen=True)
class StepRow:
    day: date
    routine: str
    change: str


@dataclass(frozen=True)
class PlanPart:
    entries: list[str]  # the plan as it is now, one line per entry
    planned: int  # settled planned times in the period
    done: int
    problem: str | None = None  # the plan file could not be used

    @property
    def fraction(self) -> float | None:
        return self.done / self.planned if self.planned else None


@dataclass(frozen=True)
class Ratings:
    points: list[RatingPoint]  # oldest first
    pain: PainTrend  # as the History page works it out, over the period's sessions

    @property
    def pains(self) -> list[int]:
        return [p.pain for p in self.points if p.pain is not None]

    @property
    def efforts(self) -> list[int]:
        return [p.effort for p in self.points if p.effort is not None]


@dataclass(frozen=True)
class Report:
    made_on: date
    period: Period
    sessions: int
    statuses: dict[SessionStatus, int]
    minutes: float
    sets_done: int
    sets_planned: int
    weeks: list[WeekRow]
    plan: PlanPart | None  # None: there is no plan
    exercises: list[ExerciseRow]
    ratings: Ratings
    hurts: list[HurtRow]
    notes: list[NoteRow] | None  # None: left out
    steps: list[StepRow]
    notices: list[str] = field(default_factory=list)  # what could not be read, in sentences

    @property
    def footer(self) -> str:
        return (
            f"The person's own exercise log, made with calfplayer on {day_text(self.made_on)}."
            " Not a clinical record."
        )

    @property
    def empty(self) -> bool:
        return self.sessions == 0

    @property
    def share_done(self) -> float | None:
        return self.sets_done / self.sets_planned if self.sets_planned else None


def build_report(
    history: History,
    plan: PlanService | None,
    period: Period,
    *,
    include_notes: bool,
    zone: tzinfo,
) -> Report:
    """The report for ``period``; raises AppError when the history cannot be read."""
    today = local_day(history.clock.wall_now(), zone)
    names = history.exercise_names
    sessions = [
        session
        for session in history.sessions_between(period.first, period.last)
        if period.holds(local_day(session.started_at, zone))
    ]
    notices: list[str] = []
    plan_part, times = _plan_part(plan, period)
    return Report(
        made_on=today,
        period=period,
        sessions=len(sessions),
        statuses=_statuses(sessions),
        minutes=sum(s.progress.active_ms for s in sessions) / 60000,
        sets_done=sum(s.progress.sets_done for s in sessions),
        sets_planned=sum(s.progress.sets_planned for s in sessions),
        weeks=_weeks(sessions, period, zone, times),
        plan=plan_part,
        exercises=_exercises(sessions, names),
        ratings=_ratings(sessions, zone),
        hurts=[
            HurtRow(
                mark.at.astimezone(zone),
                session.routine_name,
                names.get(mark.exercise_id, mark.exercise_id),
                mark.set_number,
                mark.side,
            )
            for session in sessions
            for mark in sorted(session.progress.hurts, key=lambda mark: mark.at)
        ],
        notes=(
            [
                NoteRow(s.started_at.astimezone(zone), s.routine_name, s.note.strip())
                for s in sessions
                if s.note.strip()
            ]
            if include_notes
            else None
        ),
        steps=_steps(history, period, zone, notices),
        notices=notices,
    )


def _statuses(sessions: list[PeriodSession]) -> dict[SessionStatus, int]:
    counted = Counter(session.status for session in sessions)
    return {status: counted[status] for status in STATUSES}


def _plan_part(
    plan: PlanService | None, period: Period
) -> tuple[PlanPart | None, dict[date, tuple[int, int]]]:
    if plan is None:
        return None, {}
    if plan.problem is not None and not plan.current.entries:
        return PlanPart([], 0, 0, plan.problem), {}
    entries = plan.entries()
    if not entries:
        return None, {}
    days = plan.times_between(period.first, period.last)
    by_day = {day.day: (day.planned, day.done) for day in days}
    planned = sum(day.planned for day in days)
    done = sum(day.done for day in days)
    return PlanPart([entry.text for entry in entries], planned, done), by_day


def _average(values: list[int]) -> float | None:
    return mean(values) if values else None


def _weeks(
    sessions: list[PeriodSession],
    period: Period,
    zone: tzinfo,
    times: dict[date, tuple[int, int]],
) -> list[WeekRow]:
    by_week: dict[date, list[PeriodSession]] = {}
    for session in sessions:
        by_week.setdefault(week_start(local_day(session.started_at, zone)), []).append(session)
    rows = []
    monday = week_start(period.first)
    while monday <= period.last:
        first = max(monday, period.first)
        last = min(monday + timedelta(days=6), period.last)
        week = by_week.get(monday, [])
        days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
        planned = [times[day] for day in days if day in times]
        rows.append(
            WeekRow(
                first=first,
                last=last,
                sessions=len(week),
                statuses=_statuses(week),
                minutes=sum(s.progress.active_ms for s in week) / 60000,
                sets_done=sum(s.progress.sets_done for s in week),
                sets_planned=sum(s.progress.sets_planned for s in week),
                effort=_average([s.effort for s in week if s.effort is not None]),
                pain=_average([s.pain for s in week if s.pain is not None]),
                planned_times=sum(p for p, _ in planned) if times else None,
                planned_done=sum(d for _, d in planned) if times else None,
            )
        )
        monday += timedelta(weeks=1)
    return rows


def _exercises(sessions: list[PeriodSession], names: dict[str, str]) -> list[ExerciseRow]:
    """Each exercise and leg, in the order first played; every block planned counts, done or
    not (its last attempt, as the session page reads it)."""
    rows: dict[tuple[str, Side | None], ExerciseRow] = {}
    for session in sessions:
        for block in session.progress.blocks:
            planned = block.planned
            key = (planned.exercise_id, planned.key.side)
            row = rows.get(key)
            if row is None:
                name = names.get(planned.exercise_id, planned.exercise_id)
                row = rows[key] = ExerciseRow(name, planned.key.side)
            row.is_hold = row.is_hold or planned.is_hold
            row.sets_planned += 1
            row.sets_done += block.complete
            row.reps_planned += planned.reps
            row.reps_done += block.reps_done
            row.hold_planned_s += planned.hold_ms // 1000
            row.hold_done_s += block.hold_done_ms // 1000
    return list(rows.values())


def _ratings(sessions: list[PeriodSession], zone: tzinfo) -> Ratings:
    points = [
        RatingPoint(local_day(s.started_at, zone), s.effort, s.pain)
        for s in sessions
        if s.effort is not None or s.pain is not None
    ]
    summaries = [
        SessionSummary(
            started_at=s.started_at,
            active_seconds=s.progress.active_ms / 1000,
            completion=s.progress.work_share,
            pain=s.pain,
            effort=s.effort,
        )
        for s in sessions
    ]
    return Ratings(points, pain_trend(summaries, zone))


def _steps(history: History, period: Period, zone: tzinfo, notices: list[str]) -> list[StepRow]:
    from calfplayer.store.step_log import read_steps

    try:
        with file_faults("Your log of steps applied could not be read"):
            read = read_steps(history.paths.step_log)
    except AppError as error:
        notices.append(str(error))
        return []
    if read.unreadable:
        notices.append(
            f"{read.unreadable} line{'s' * (read.unreadable != 1)} of the log of steps applied"
            " could not be read and are left out."
        )
    return [
        StepRow(day, step.routine_name, step.change)
        for step in read.steps
        if period.holds(day := local_day(step.at, zone))
    ]
