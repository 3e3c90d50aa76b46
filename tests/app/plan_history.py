"""Sessions written into a real history file through the store the app uses, for the plan tests."""

from __future__ import annotations

from datetime import datetime, timedelta

from calfplayer.domain.clock import FakeClock
from calfplayer.domain.exercises import Catalogue
from calfplayer.domain.library import RoutineLibrary
from calfplayer.domain.plan import build_plan
from calfplayer.domain.session import SetResult
from calfplayer.paths import AppPaths
from calfplayer.resources import asset
from calfplayer.store.history import HistoryStore


def record_session(
    paths: AppPaths,
    routine_id: str,
    started: datetime,
    *,
    reps_done: int = 5,
    status: str = "completed",
) -> int:
    """One session of a built-in routine with one set of ``reps_done`` reps (0: nothing done)."""
    library = RoutineLibrary.load(Catalogue.load(asset("exercises")), asset("routines"), None)
    plan = build_plan(library.get(routine_id))
    store, _notice = HistoryStore.open(paths.history_db, FakeClock(wall_start=started))
    try:
        session = store.start_session(plan, started)
        item = plan.routine.items[0]
        store.add_set(
            session,
            SetResult(
                item_index=0,
                exercise_id=item.exercise.id,
                set_number=1,
                side=None,
                reps_planned=10,
                reps_done=reps_done,
                hold_planned_ms=0,
                hold_done_ms=0,
                started_ms=0,
                ended_ms=30_000,
                started_at=started,
                ended_at=started + timedelta(seconds=30),
                partial=reps_done < 10,
            ),
        )
        store.finish_session(session, status, started + timedelta(minutes=5))
    finally:
        store.close()
    return session
