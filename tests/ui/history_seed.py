"""Constructed histories for the History page tests, written through the store's own calls."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from calfplayer.domain.clock import FakeClock
from calfplayer.domain.plan import Plan
from calfplayer.domain.record import SessionStatus
from calfplayer.store.history import HistoryStore
from tools.sample_history import hurt_after, session_sets


def noon(year: int, month: int, day: int) -> datetime:
    """Midday UTC: the same calendar day in every time zone a test machine may be in."""
    return datetime(year, month, day, 12, 0, tzinfo=UTC)


def seed(
    path: Path,
    plan: Plan,
    start: datetime,
    *,
    share: float = 1.0,
    pain: int | None = None,
    effort: int | None = None,
    note: str = "",
    hurt_sets: Sequence[int] = (),
) -> int:
    """One finished session; ``share`` < 1 stops it part-way (its last set partial)."""
    store, _ = HistoryStore.open(path, FakeClock())
    try:
        sets = session_sets(plan, start, share)
        session_id = store.start_session(plan, start)
        for result in sets:
            store.add_set(session_id, result)
        store.finish_session(
            session_id,
            SessionStatus.COMPLETED if share == 1.0 else SessionStatus.STOPPED,
            sets[-1].ended_at,
        )
        if pain is not None or effort is not None or note:
            store.rate_session(session_id, effort, pain, note)
        for number in hurt_sets:
            hurt = sets[number]
            store.add_hurt_mark(session_id, hurt_after(hurt))
        return session_id
    finally:
        store.close()
