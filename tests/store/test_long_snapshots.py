"""A session in the history is read whatever its routine's planned time: the 4-hour limit is for
routine files, not for what was already played."""

from __future__ import annotations

import json

from calfplayer.domain.routines import MAX_PLANNED_MS
from calfplayer.store.snapshots import SnapshotPlans
from tests.app.test_resume_snapshot import LONG


def test_a_snapshot_over_four_hours_still_gives_its_planned_work(catalogue):
    planned = SnapshotPlans(catalogue).planned(json.dumps(LONG))
    assert planned is not None, "read as the sets recorded instead of as its plan"
    assert len(planned.blocks) == 50 * 20 * 2
    assert all(block.reps == 20 for block in planned.blocks)


def test_its_routine_is_over_the_limit_for_a_file(catalogue):
    from calfplayer.domain.routines import parse_routine

    assert parse_routine(LONG, "s", catalogue, limit_time=False).planned_ms > MAX_PLANNED_MS
