"""The history as the statistics (domain/stats.py) and the progression rules need it."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from calfplayer.domain.progression import RecentSession
from calfplayer.domain.stats import SessionSummary
from calfplayer.store.history import HistoryStore


@dataclass(slots=True)
class SessionOverview:
    """One line of the History list, and what the statistics need of a session."""

    id: int
    routine_name: str
    started_at: datetime
    ended_at: datetime | None
    status: str
    effort: int | None
    pain: int | None
    active_ms: int  # time spent in sets; rests and pauses left out
    completion: float  # 0.0-1.0: each planned set counts for the share of its reps or hold done
    hurts: int

    @property
    def duration_ms(self) -> int:
        """Start to end on the wall clock, or the active time while it has no end."""
        if self.ended_at is None:
            return self.active_ms
        return max(self.active_ms, round((self.ended_at - self.started_at).total_seconds() * 1000))

    def summary(self) -> SessionSummary:
        return SessionSummary(
            started_at=self.started_at,
            active_seconds=self.active_ms / 1000,
            completion=self.completion,
            pain=self.pain,
            effort=self.effort,
        )


# One query per page of the list, newest first: the page's sessions, then sums over just their sets
# and the planned sets (one per side) counted once per distinct routine snapshot. MATERIALIZED
# keeps SQLite from folding the snapshots into the join, which parsed a snapshot's JSON once per
# session instead (a page of 200 took twice as long).
_OVERVIEW_SQL = """
WITH page AS (
    SELECT id, routine_name, routine_json, started_at, ended_at, status, effort, pain
    FROM sessions WHERE {where}
    ORDER BY julianday(started_at) DESC, id DESC
), snapshots AS MATERIALIZED (
    SELECT routine_json, (
        SELECT coalesce(sum(coalesce(json_extract(i.value, '$.sets'), 1)
            * (CASE WHEN json_extract(i.value, '$.per_side') THEN 2 ELSE 1 END)), 0)
        FROM json_each(routine_json, '$.items') AS i
    ) AS planned
    FROM (SELECT DISTINCT routine_json FROM page)
), done AS (
    SELECT session_id, sum(ended_ms - started_ms) AS active_ms, sum(CASE
        WHEN hold_planned_ms > 0 THEN min(1.0, hold_done_ms * 1.0 / hold_planned_ms)
        WHEN reps_planned > 0 THEN min(1.0, reps_done * 1.0 / reps_planned)
        ELSE 0.0 END) AS share
    FROM sets WHERE session_id IN (SELECT id FROM page) GROUP BY session_id
), hurts AS (
    SELECT session_id, count(*) AS marks FROM hurt_marks
    WHERE session_id IN (SELECT id FROM page) GROUP BY session_id
)
SELECT p.id, p.routine_name, p.started_at, p.ended_at, p.status, p.effort, p.pain,
    coalesce(done.active_ms, 0), coalesce(done.share, 0.0), snapshots.planned,
    coalesce(hurts.marks, 0)
FROM page AS p
JOIN snapshots ON snapshots.routine_json = p.routine_json
LEFT JOIN done ON done.session_id = p.id
LEFT JOIN hurts ON hurts.session_id = p.id
ORDER BY julianday(p.started_at) DESC, p.id DESC
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
    sql = _OVERVIEW_SQL.format(where=" AND ".join(where))
    rows = store.connection.execute(sql, parameters)
    parse = datetime.fromisoformat
    return [
        SessionOverview(
            id=row[0],
            routine_name=row[1],
            started_at=parse(row[2]),
            ended_at=None if row[3] is None else parse(row[3]),
            status=row[4],
            effort=row[5],
            pain=row[6],
            active_ms=row[7],
            completion=min(1.0, row[8] / row[9]) if row[9] else 0.0,
            hurts=row[10],
        )
        for row in rows
    ]


def session_summaries(store: HistoryStore, since: date | None = None) -> list[SessionSummary]:
    """Oldest first, for the statistics in domain/stats.py."""
    return [overview.summary() for overview in reversed(session_overviews(store, since))]


def recent_sessions(store: HistoryStore, routine_id: str, limit: int = 10) -> list[RecentSession]:
    """The routine's last sessions, oldest first, for the progression advice."""
    records = [s for s in store.sessions() if s.routine_id == routine_id][:limit]
    return [
        RecentSession(
            completed=record.status == "completed",
            effort=record.effort,
            pain=record.pain,
            hurt_exercises=frozenset(mark.exercise_id for mark in store.hurt_marks(record.id)),
        )
        for record in reversed(records)
    ]
