"""A history for the progress report's tests: November 2026 and a session either side of it,
a plan for the week added in October, and the log of steps applied; written through the store
and the plan service the app uses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from calfplayer.app.changes import ChangeBus
from calfplayer.app.history import History
from calfplayer.app.plan import PlanService
from calfplayer.app.routines import Routines
from calfplayer.domain.clock import FakeClock
from calfplayer.domain.exercises import Catalogue
from calfplayer.domain.library import RoutineLibrary
from calfplayer.domain.plan import build_plan
from calfplayer.domain.progression import AdviceKind, AppliedStep
from calfplayer.paths import AppPaths
from calfplayer.resources import asset
from calfplayer.store.history import HistoryStore
from calfplayer.store.step_log import append_step
from tests.ui.history_seed import noon, seed

FIRST = "2026-11-01"
LAST = "2026-11-30"


@dataclass(frozen=True)
class Seeded:
    inside: list[int]  # session ids in November, oldest first
    outside: list[int]
    pains: list[int]  # the November pain ratings, oldest first
    efforts: list[int]


# (day of November 2026, share done, pain, effort, note, sets marked "that hurt")
NOVEMBER = [
    (2, 1.0, 6, 5, "Calf felt tight on the stairs", ()),
    (4, 1.0, 5, 5, "", (1,)),
    (9, 1.0, 5, 4, "", ()),
    (13, 1.0, 2, 4, "", ()),
    (18, 0.5, 2, 3, "", ()),
    (23, 1.0, 1, 3, "Easier than last week", (0,)),
]


def seed_report_history(paths: AppPaths) -> Seeded:
    library = RoutineLibrary.load(Catalogue.load(asset("exercises")), asset("routines"), None)
    plan = build_plan(library.get("gentle-start"))
    inside = [
        seed(
            paths.history_db,
            plan,
            noon(2026, 11, day),
            share=share,
            pain=pain,
            effort=effort,
            note=note,
            hurt_sets=hurts,
        )
        for day, share, pain, effort, note, hurts in NOVEMBER
    ]
    outside = [
        seed(
            paths.history_db,
            plan,
            noon(2026, 10, 28),
            pain=9,
            effort=9,
            note="Outside before",
            hurt_sets=(2,),
        ),
        seed(
            paths.history_db,
            plan,
            noon(2026, 12, 2),
            pain=8,
            effort=8,
            note="Outside after",
            hurt_sets=(3,),
        ),
    ]
    # The plan was made in October: Mondays, Wednesdays and Fridays at 18:00.
    clock = FakeClock(wall_start=datetime(2026, 10, 1, 12, 0, tzinfo=UTC))
    changes = ChangeBus()
    catalogue = Catalogue.load(asset("exercises"))
    history = History(paths, catalogue, changes, clock)
    service = PlanService(paths, Routines(paths, catalogue, changes), history, changes, clock)
    service.add_routine("gentle-start", "mon,wed,fri", "18:00")
    history.close()
    for at, change in (
        (datetime(2026, 10, 20, 12, 0, tzinfo=UTC), "One more set: Outside step 2 → 3 sets"),
        (datetime(2026, 11, 20, 12, 0, tzinfo=UTC), "Two more reps per set: Calf raise 10 → 12"),
    ):
        append_step(
            paths.step_log,
            AppliedStep(at, AdviceKind.STEP_UP, "gentle-start-mine", "Gentle start (mine)", change),
        )
    return Seeded(
        inside,
        outside,
        [pain for _d, _s, pain, _e, _n, _h in NOVEMBER],
        [effort for _d, _s, _p, effort, _n, _h in NOVEMBER],
    )


def store_figures(paths: AppPaths, ids: list[int]) -> tuple[int, int, list[tuple[str, int, str]]]:
    """Sets done in full and planned, and each "that hurt" mark (exercise id, set, leg), read
    one session at a time through the store: not the report's own path."""
    store, _ = HistoryStore.open(paths.history_db, FakeClock())
    try:
        done = planned = 0
        marks = []
        for session_id in ids:
            progress = store.progress(session_id)
            assert progress is not None
            done += progress.sets_done
            planned += progress.sets_planned
            marks += [
                (m.exercise_id, m.set_number, "both" if m.side is None else m.side.value)
                for m in progress.hurts
            ]
        return done, planned, marks
    finally:
        store.close()
