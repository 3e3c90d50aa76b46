"""The history as the statistics (domain/stats.py) and the progression rules need it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from calfplayer.domain.progression import RecentSession
from calfplayer.domain.stats import SessionSummary
from calfplayer.store.history import HistoryStore


@dataclass(frozen=True)
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


# One query for the whole list: per-session sums over the sets, and the planned sets (one per side)
# counted in the routine snapshot, so that thousands of sessions load in one pass.
_OVERVIEW_SQL = """
SELECT s.id, s.routine_name, s.started_at, s.ended_at, s.status, s.effort, s.pain,
    coalesce(done.active_ms, 0), coalesce(done.share, 0.0),
    (SELECT coalesce(sum(coalesce(json_extract(i.value, '$.sets'), 1)
        * (CASE WHEN json_extract(i.value, '$.per_side') THEN 2 ELSE 1 END)), 0)
        FROM json_each(s.routine_json, '$.items') AS i),
    (SELECT count(*) FROM hurt_marks AS h WHERE h.session_id = s.id)
FROM sessions AS s LEFT JOIN (
    SELECT session_id, sum(ended_ms - started_ms) AS active_ms, sum(CASE
        WHEN hold_planned_ms > 0 THEN min(1.0, hold_done_ms * 1.0 / hold_planned_ms)
        WHEN reps_planned > 0 THEN min(1.0, reps_done * 1.0 / reps_planned)
        ELSE 0.0 END) AS share
    FROM sets GROUP BY session_id
) AS done ON done.session_id = s.id
WHERE substr(s.started_at, 1, 10) >= ? {only}
ORDER BY julianday(s.started_at) DESC, s.id DESC
"""


def session_overviews(
    store: HistoryStore, since: date | None = None, session_id: int | None = None
) -> list[SessionOverview]:
    """Newest first; ``since`` keeps those started on that (local) date or later."""
    only = "" if session_id is None else "AND s.id = ?"
    parameters: tuple[object, ...] = ((since or date.min).isoformat(),)
    if session_id is not None:
        parameters += (session_id,)
    rows = store.connection.execute(_OVERVIEW_SQL.format(only=only), parameters)
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
