"""The history as the statistics (domain/stats.py) and the progression rules need it."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime

from calfplayer.domain.progress import PlannedWork, workout_progress
from calfplayer.domain.progression import RecentSession
from calfplayer.domain.record import SessionOverview, SessionStatus, SetResult
from calfplayer.domain.stats import SessionSummary
from calfplayer.store.history import HistoryStore
from calfplayer.store.set_rows import SET_COLUMNS, set_result

# Per page of the list, newest first: the page's sessions, their sets and their marks counted; the
# sets go through the one reading of planned against done (domain/progress.py), each distinct
# routine snapshot worked out once.
_PAGE_SQL = """
SELECT id, routine_name, routine_json, started_at, ended_at, status, effort, pain, routine_id
FROM sessions WHERE {where} ORDER BY julianday(started_at) DESC, id DESC
"""
_SETS_SQL = """
SELECT {columns}, session_id FROM sets
WHERE session_id IN (SELECT id FROM sessions WHERE {where}) ORDER BY id
"""
_HURTS_SQL = """
SELECT session_id, count(*) FROM hurt_marks
WHERE session_id IN (SELECT id FROM sessions WHERE {where}) GROUP BY session_id
"""


def session_order(store: HistoryStore) -> list[int]:
    """Every session's id, newest first: the order the list pages through."""
    rows = store.connection.execute(
        "SELECT id FROM sessions ORDER BY julianday(started_at) DESC, id DESC"
    )
    return [row[0] for row in rows]


def session_overviews(
    store: HistoryStore,
    since: date | None = None,
    *,
    ids: Sequence[int] | None = None,
) -> list[SessionOverview]:
    """Newest first; ``since`` keeps those started on that (local) date or later, ``ids`` only
    those sessions (a page of the list)."""
    where = ["substr(started_at, 1, 10) >= ?"]
    parameters: list[object] = [(since or date.min).isoformat()]
    if ids is not None:
        where.append("id IN (SELECT value FROM json_each(?))")
        parameters.append(json.dumps(list(ids)))
    where_sql = " AND ".join(where)
    db = store.connection
    sets: dict[int, list[SetResult]] = {}
    for row in db.execute(_SETS_SQL.format(columns=SET_COLUMNS, where=where_sql), parameters):
        sets.setdefault(row[-1], []).append(set_result(row))
    hurts = dict(db.execute(_HURTS_SQL.format(where=where_sql), parameters).fetchall())
    parse = datetime.fromisoformat
    overviews = []
    for row in db.execute(_PAGE_SQL.format(where=where_sql), parameters):
        done = sets.get(row[0], [])
        planned = store.plans.planned(row[2]) or PlannedWork.as_recorded(done)
        progress = workout_progress(planned, done)
        overviews.append(
            SessionOverview(
                id=row[0],
                routine_name=row[1],
                started_at=parse(row[3]),
                ended_at=None if row[4] is None else parse(row[4]),
                status=SessionStatus(row[5]),
                effort=row[6],
                pain=row[7],
                active_ms=progress.active_ms,
                completion=progress.share_done,
                hurts=hurts.get(row[0], 0),
                work_share=progress.work_share,
                routine_id=row[8],
            )
        )
    return overviews


def session_summaries(store: HistoryStore, since: date | None = None) -> list[SessionSummary]:
    """Oldest first, for the statistics in domain/stats.py."""
    return [overview.summary() for overview in reversed(session_overviews(store, since))]


def recent_sessions(store: HistoryStore, routine_id: str, limit: int = 10) -> list[RecentSession]:
    """The routine's last sessions, oldest first, for the progression advice."""
    records = [s for s in store.sessions() if s.routine_id == routine_id][:limit]
    return [
        RecentSession(
            completed=record.status is SessionStatus.COMPLETED,
            effort=record.effort,
            pain=record.pain,
            hurt_exercises=frozenset(mark.exercise_id for mark in store.hurt_marks(record.id)),
        )
        for record in reversed(records)
    ]
