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
from calfplayer.domain.library import shown_routine_name
from calfplayer.domain.record import SessionStatus
from calfplayer.domain.routines import Side
from calfplayer.domain.stats import PainTrend, SessionSummary, local_day, pain_trend, week_start
from calfplayer.i18n import translate
from calfplayer.i18n.formats import date_with_year, day_and_month

if TYPE_CHECKING:
    from calfplayer.app.plan import PlanService
    from calfplayer.domain.progress import PlannedBlock
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
    """ "2 November 2026", as the language in use writes it, in the terminal and on paper."""
    return date_with_year(day)


def short_day(day: date) -> str:
    """ "2 Nov", as the History page's charts write their dates."""
    return day_and_month(day)


def leg_text(side: Side | None) -> str:
    """Which leg a row is about, as the report's tables say it."""
    if side is Side.LEFT:
        return translate("AppReport", "left")
    if side is Side.RIGHT:
        return translate("AppReport", "right")
    return translate("AppReport", "both")


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
            raise AppError(
                translate(
                    "AppReport", "The period starts ({first}) after it ends ({last})."
                ).format(first=first, last=last)
            )
        return cls(first, last)

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def text(self) -> str:
        days = self.days  # a plain name: pyside6-lupdate reads no attribute as the count
        if days == 1:
            text = translate("AppReport", "{first} to {last} (%n day)", None, days)
        else:
            text = translate("AppReport", "{first} to {last} (%n days)", None, days)
        return text.format(first=day_text(self.first), last=day_text(self.last))

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
        return translate("AppReport", "{first} – {last}").format(
            first=short_day(self.first), last=short_day(self.last)
        )


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
        return leg_text(self.side)


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
        return leg_text(self.side)


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
        return translate(
            "AppReport",
            "The person's own exercise log, made with calfplayer on {day}. Not a clinical record.",
        ).format(day=day_text(self.made_on))

    @property
    def empty(self) -> bool:
        return self.sessions == 0

    @property
    def share_done(self) -> float | None:
        return self.sets_done / self.sets_planned if self.sets_planned else None


@dataclass(frozen=True, slots=True)
class _Worked:
    """What the report needs of one session's progress, worked out once."""

    session: PeriodSession
    day: date
    active_ms: int
    sets_done: int
    sets_planned: int
    work_share: float

    @classmethod
    def of(cls, session: PeriodSession, zone: tzinfo) -> _Worked:
        progress = session.progress
        return cls(
            session,
            local_day(session.started_at, zone),
            progress.active_ms,
            progress.sets_done,
            progress.sets_planned,
            progress.work_share,
        )


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
    worked = [
        done
        for session in history.sessions_between(period.first, period.last)
        if period.holds((done := _Worked.of(session, zone)).day)
    ]
    sessions = [done.session for done in worked]
    notices: list[str] = []
    plan_part, times = _plan_part(plan, period)
    return Report(
        made_on=today,
        period=period,
        sessions=len(sessions),
        statuses=_statuses(sessions),
        minutes=sum(done.active_ms for done in worked) / 60000,
        sets_done=sum(done.sets_done for done in worked),
        sets_planned=sum(done.sets_planned for done in worked),
        weeks=_weeks(worked, period, times),
        plan=plan_part,
        exercises=_exercises(sessions, names),
        ratings=_ratings(worked, zone),
        hurts=[
            HurtRow(
                mark.at.astimezone(zone),
                shown_routine_name(session.routine_id, session.routine_name),
                names.get(mark.exercise_id, mark.exercise_id),
                mark.set_number,
                mark.side,
            )
            for session in sessions
            for mark in sorted(session.progress.hurts, key=lambda mark: mark.at)
        ],
        notes=(
            [
                NoteRow(
                    s.started_at.astimezone(zone),
                    shown_routine_name(s.routine_id, s.routine_name),
                    s.note.strip(),
                )
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
    worked: list[_Worked], period: Period, times: dict[date, tuple[int, int]]
) -> list[WeekRow]:
    by_week: dict[date, list[_Worked]] = {}
    for done in worked:
        by_week.setdefault(week_start(done.day), []).append(done)
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
                statuses=_statuses([done.session for done in week]),
                minutes=sum(done.active_ms for done in week) / 60000,
                sets_done=sum(done.sets_done for done in week),
                sets_planned=sum(done.sets_planned for done in week),
                effort=_average([d.session.effort for d in week if d.session.effort is not None]),
                pain=_average([d.session.pain for d in week if d.session.pain is not None]),
                planned_times=sum(p for p, _ in planned) if times else None,
                planned_done=sum(d for _, d in planned) if times else None,
            )
        )
        monday += timedelta(weeks=1)
    return rows


_Key = tuple[str, Side | None]  # an exercise on a leg


def _exercises(sessions: list[PeriodSession], names: dict[str, str]) -> list[ExerciseRow]:
    """Each exercise and leg, in the order first played; every block planned counts, done or
    not (its last attempt, as the session page reads it). What a plan asks is added up once per
    plan: a year of sessions shares a few plans."""
    rows: dict[_Key, ExerciseRow] = {}
    asked: dict[int, list[tuple[_Key, int, int, int, bool]]] = {}
    for session in sessions:
        progress = session.progress
        planned_work = progress.planned
        totals = asked.get(id(planned_work))
        if totals is None:
            totals = asked[id(planned_work)] = _asked(planned_work.blocks)
        for key, sets, reps, hold_s, is_hold in totals:
            row = rows.get(key)
            if row is None:
                row = rows[key] = ExerciseRow(names.get(key[0], key[0]), key[1])
            row.is_hold = row.is_hold or is_hold
            row.sets_planned += sets
            row.reps_planned += reps
            row.hold_planned_s += hold_s
        for planned, done in progress.played():
            row = rows[(planned.exercise_id, planned.key.side)]
            row.sets_done += not done.partial
            row.reps_done += done.reps_done
            row.hold_done_s += done.hold_done_ms // 1000
    return list(rows.values())


def _asked(blocks: tuple[PlannedBlock, ...]) -> list[tuple[_Key, int, int, int, bool]]:
    """Sets, reps (or holds) and seconds held a plan asks of each exercise and leg."""
    totals: dict[_Key, list[int]] = {}
    for block in blocks:
        total = totals.setdefault((block.exercise_id, block.key.side), [0, 0, 0, 0])
        total[0] += 1
        total[1] += block.reps
        total[2] += block.hold_ms // 1000
        total[3] |= block.is_hold
    return [(key, s, r, h, bool(hold)) for key, (s, r, h, hold) in totals.items()]


def _ratings(worked: list[_Worked], zone: tzinfo) -> Ratings:
    rated = [d for d in worked if d.session.effort is not None or d.session.pain is not None]
    points = [RatingPoint(d.day, d.session.effort, d.session.pain) for d in rated]
    summaries = [
        SessionSummary(
            started_at=d.session.started_at,
            active_seconds=d.active_ms / 1000,
            completion=d.work_share,
            pain=d.session.pain,
            effort=d.session.effort,
        )
        for d in rated
    ]
    return Ratings(points, pain_trend(summaries, zone))


def _steps(history: History, period: Period, zone: tzinfo, notices: list[str]) -> list[StepRow]:
    from calfplayer.store.step_log import read_steps

    try:
        with file_faults(translate("AppReport", "Your log of steps applied could not be read")):
            read = read_steps(history.paths.step_log)
    except AppError as error:
        notices.append(str(error))
        return []
    if read.unreadable:
        unreadable = read.unreadable  # a plain name: pyside6-lupdate reads no attribute here
        if unreadable == 1:
            notice = translate(
                "AppReport",
                "%n line of the log of steps applied could not be read and are left out.",
                None,
                unreadable,
            )
        else:
            notice = translate(
                "AppReport",
                "%n lines of the log of steps applied could not be read and are left out.",
                None,
                unreadable,
            )
        notices.append(notice)
    return [
        StepRow(day, step.routine_name, step.change)
        for step in read.steps
        if period.holds(day := local_day(step.at, zone))
    ]
