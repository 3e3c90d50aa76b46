"""Every session of a stretch of days with its sets and marks, for the progress report.

Three queries for the whole stretch (sessions, their sets, their marks), however many sessions
it holds; the sets go through the one reading of planned against done (domain/progress.py),
each distinct routine snapshot worked out once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from calfplayer.domain.progress import PlannedWork, WorkoutProgress, workout_progress
from calfplayer.domain.record import HurtMark, SessionStatus, SetResult
from calfplayer.store.history import HistoryStore
from calfplayer.store.set_rows import SIDES


@dataclass(frozen=True)
class PeriodSession:
    id: int
    routine_name: str
    routine_id: str
    started_at: datetime
    status: SessionStatus
    effort: int | None
    pain: int | None
    note: str
    # Planned against done, with the "that hurt" marks; its sets carry the session's start as
    # their clock times (see _SETS_SQL).
    progress: WorkoutProgress


_IN_PERIOD = "substr(started_at, 1, 10) BETWEEN ? AND ?"
_SESSIONS_SQL = f"""
SELECT id, routine_name, routine_json, started_at, status, effort, pain, note, routine_id
FROM sessions WHERE {_IN_PERIOD} ORDER BY julianday(started_at), id
"""
# A set's own clock times are left out: the report shows when sessions began, never when a set
# did, and reading and parsing 300 000 timestamps was a third of a year's report. Each set is
# read back with its session's start in their place (``_set``). The order is the index's, so
# SQLite sorts nothing; each set's attempts come oldest first, which is all the reading of
# planned against done needs of the order.
_SETS_SQL = f"""
SELECT item_index, exercise_id, set_number, side, reps_planned, reps_done, hold_planned_ms,
    hold_done_ms, started_ms, ended_ms, partial, attempt, session_id
FROM sets WHERE session_id IN (SELECT id FROM sessions WHERE {_IN_PERIOD})
ORDER BY session_id, item_index, set_number, coalesce(side, ''), attempt
"""
_HURTS_SQL = f"""
SELECT item_index, exercise_id, set_number, side, at, workout_ms, session_id FROM hurt_marks
WHERE session_id IN (SELECT id FROM sessions WHERE {_IN_PERIOD}) ORDER BY workout_ms, id
"""


def _set(row: tuple[Any, ...], start: datetime) -> SetResult:
    """A row of _SETS_SQL; the session's start stands for the set's own clock times."""
    item, exercise, number, side, reps, reps_done, hold, hold_done, begin, end = row[:10]
    return SetResult(
        item, exercise, number, SIDES[side], reps, reps_done, hold, hold_done, begin, end,
        start, start, bool(row[10]), row[11],
    )  # fmt: skip


def sessions_between(store: HistoryStore, first: date, last: date) -> list[PeriodSession]:
    """Oldest first: the sessions whose stored start (the person's clock then) falls on ``first``
    to ``last``, a day more either side for a reader in another time zone (the caller keeps the
    days it wants)."""
    bounds = ((first - timedelta(days=1)).isoformat(), (last + timedelta(days=1)).isoformat())
    db = store.connection
    parse = datetime.fromisoformat
    rows = db.execute(_SESSIONS_SQL, bounds).fetchall()
    starts = {row[0]: parse(row[3]) for row in rows}
    sets: dict[int, list[SetResult]] = {}
    for row in db.execute(_SETS_SQL, bounds):
        sets.setdefault(row[-1], []).append(_set(row, starts[row[-1]]))
    hurts: dict[int, list[HurtMark]] = {}
    for item, exercise, number, side, at, workout_ms, session_id in db.execute(_HURTS_SQL, bounds):
        mark = HurtMark(item, exercise, number, SIDES[side], parse(at), workout_ms)
        hurts.setdefault(session_id, []).append(mark)
    found = []
    for row in rows:
        done = sets.get(row[0], [])
        planned = store.plans.planned(row[2]) or PlannedWork.as_recorded(done)
        found.append(
            PeriodSession(
                id=row[0],
                routine_name=row[1],
                started_at=starts[row[0]],
                status=SessionStatus(row[4]),
                effort=row[5],
                pain=row[6],
                note=row[7],
                routine_id=row[8],
                progress=workout_progress(planned, done, hurts.get(row[0], ())),
            )
        )
    return found
