"""A workout kept in the history is resumed from its snapshot whatever its planned time: the
4-hour limit is for routine files, not for what a person has already played."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from calfplayer.app.changes import ChangeBus
from calfplayer.app.errors import AppError
from calfplayer.app.history import History
from calfplayer.app.workouts import Workouts
from calfplayer.domain.clock import FakeClock
from calfplayer.domain.record import ResumeOffer
from calfplayer.domain.routines import MAX_PLANNED_MS
from calfplayer.paths import AppPaths
from tests.domain.test_unusual_routine_files import BIGGEST, BIGGEST_ITEM

LONG = {**BIGGEST, "items": [{**BIGGEST_ITEM, "reps": 20, "rest": 60}] * 50}


def offer(routine: dict[str, object]) -> ResumeOffer:
    return ResumeOffer(
        session_id=7,
        routine_id="biggest",
        routine_name="Biggest",
        routine=routine,
        started_at=datetime(2026, 11, 30, 18, 0, tzinfo=UTC),
        item_index=49,
        set_number=20,
        sets=(),
        hurts=(),
        taken_ms=0,
    )


def workouts(data_dir, catalogue) -> Workouts:  # type: ignore[no-untyped-def]
    changes = ChangeBus()
    history = History(AppPaths.under(data_dir), catalogue, changes, FakeClock())
    return Workouts(history, catalogue, changes)


def test_a_snapshot_over_four_hours_is_resumed_at_its_last_set(data_dir, catalogue):
    resumed = workouts(data_dir, catalogue).resume(offer(LONG))
    assert resumed.routine.planned_ms > MAX_PLANNED_MS
    assert resumed.plan.total_ms == resumed.routine.planned_ms
    resumption = resumed.resumption
    assert (resumption.session_id, resumption.item_index, resumption.set_number) == (7, 49, 20)


def test_a_snapshot_that_does_not_read_is_still_refused_with_its_problems(data_dir, catalogue):
    broken = {**LONG, "items": [{**BIGGEST_ITEM, "sets": 99}]}
    with pytest.raises(AppError, match=r"session 7: items\[0\]\.sets: must be between 1 and 20"):
        workouts(data_dir, catalogue).resume(offer(broken))
