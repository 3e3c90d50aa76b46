"""The history as the statistics (domain/stats.py) and the progression rules need it."""

from __future__ import annotations

from datetime import date
from typing import Any

from calfplayer.domain.progression import RecentSession
from calfplayer.domain.stats import SessionSummary
from calfplayer.store.history import HistoryStore, SessionRecord, SetRecord


def planned_sets(routine: dict[str, Any]) -> int:
    """How many sets (one per side) the routine snapshot plans."""
    return sum(
        int(item.get("sets", 1)) * (2 if item.get("per_side") else 1)
        for item in routine.get("items", [])
    )


def completion(record: SessionRecord, sets: list[SetRecord]) -> float:
    """0.0-1.0: each planned set counts for the share of its reps (or hold time) done."""
    planned = planned_sets(record.routine)
    if planned == 0:
        return 0.0
    done = 0.0
    for result in sets:
        if result.hold_planned_ms > 0:
            done += min(1.0, result.hold_done_ms / result.hold_planned_ms)
        elif result.reps_planned > 0:
            done += min(1.0, result.reps_done / result.reps_planned)
    return min(1.0, done / planned)


def session_summaries(store: HistoryStore, since: date | None = None) -> list[SessionSummary]:
    """Oldest first. Active time is the time spent in sets, rests and pauses left out."""
    summaries = []
    for record in reversed(store.sessions(since)):
        sets = store.sets(record.id)
        summaries.append(
            SessionSummary(
                started_at=record.started_at,
                active_seconds=sum(s.ended_ms - s.started_ms for s in sets) / 1000,
                completion=completion(record, sets),
                pain=record.pain,
                effort=record.effort,
            )
        )
    return summaries


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
