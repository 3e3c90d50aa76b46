"""A session's stored routine snapshot read back as the plan it was played from.

The snapshot goes through the same routine parser and ``build_plan`` as a routine file, so what
was planned is worked out in one place. Many sessions share one snapshot (a routine played week
after week), so each distinct snapshot is read once and kept.
"""

from __future__ import annotations

import json
from functools import cache

from calfplayer.domain.exercises import Catalogue
from calfplayer.domain.jsonfile import FileProblems
from calfplayer.domain.plan import build_plan
from calfplayer.domain.progress import PlannedWork
from calfplayer.domain.routines import parse_routine
from calfplayer.resources import asset

# Distinct snapshots are few (one per version of each routine played); this only bounds memory.
KEPT_SNAPSHOTS = 512


class SnapshotPlans:
    """Planned work by snapshot text, each worked out once."""

    def __init__(self, catalogue: Catalogue) -> None:
        self._catalogue = catalogue
        self._planned: dict[str, PlannedWork | None] = {}

    def planned(self, snapshot: str) -> PlannedWork | None:
        """None when the snapshot no longer reads as a routine (an exercise this calfplayer does
        not know): the caller falls back to the sets as recorded."""
        if snapshot in self._planned:
            return self._planned[snapshot]
        try:
            # Read whatever its planned time: the limit is for routine files, not for history.
            routine = parse_routine(
                json.loads(snapshot), "a stored session", self._catalogue, limit_time=False
            )
        except (FileProblems, ValueError):
            planned = None
        else:
            planned = PlannedWork.of(build_plan(routine))
        if len(self._planned) >= KEPT_SNAPSHOTS:
            del self._planned[next(iter(self._planned))]
        self._planned[snapshot] = planned
        return planned


@cache
def built_in_plans() -> SnapshotPlans:
    """For the exercises calfplayer ships with (the only ones a routine can name)."""
    return SnapshotPlans(Catalogue.load(asset("exercises")))
