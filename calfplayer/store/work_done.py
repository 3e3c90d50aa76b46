"""The sessions the plan is held against: routine and start of each session with work in it."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from calfplayer.domain.schedule import WorkDone
from calfplayer.store.history import HistoryStore

# A session counts for the plan once a set in it was done at all, whatever the session's status:
# a workout ended early or cut off still did the work its sets hold.
_WORK_SQL = """
SELECT s.routine_id, s.started_at FROM sessions AS s
WHERE substr(s.started_at, 1, 10) >= ? AND EXISTS (
    SELECT 1 FROM sets AS t
    WHERE t.session_id = s.id AND (t.reps_done > 0 OR t.hold_done_ms > 0)
)
ORDER BY julianday(s.started_at), s.id
"""


def work_done_since(store: HistoryStore, since: date) -> list[WorkDone]:
    """Oldest first. ``since`` is a local date; a day more is read, for a time zone that has the
    day begin earlier than where the session was recorded."""
    first = (since - timedelta(days=1)).isoformat()
    return [
        WorkDone(routine_id, datetime.fromisoformat(started_at))
        for routine_id, started_at in store.connection.execute(_WORK_SQL, (first,))
    ]
