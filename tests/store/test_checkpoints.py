"""The set in progress, kept as its current attempt after each rep and each 5 s of a hold, and
replaced by the set when it ends; a workout cut off inside a set resumes that set."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from calfplayer.domain.clock import FakeClock
from calfplayer.domain.progress import PlannedWork, workout_progress
from calfplayer.domain.record import SessionStatus
from calfplayer.domain.recording import CHECKPOINT_HOLD_MS, checkpoint_mark
from calfplayer.domain.session import EventKind, Session
from calfplayer.paths import AppPaths
from calfplayer.store.history import HistoryStore
from calfplayer.store.recorder import HistoryRecorder, prepare_history


def _rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def _play(
    session: Session, clock: FakeClock, recorder: HistoryRecorder, until: Callable[[], bool]
) -> None:
    """Plays event by event until ``until()``, keeping the set in progress after each rep as
    the player does."""
    if session.state.value == "ready":
        recorder.record(session.start())
    while not until():
        due = session.next_event_at()
        assert due is not None
        clock.set(due)
        events = session.advance()
        recorder.record(events)
        current = session.set_in_progress()
        if current is not None and any(e.kind is EventKind.REP_COMPLETED for e in events):
            recorder.checkpoint(current)


def _reps_in_progress(session: Session, reps: int) -> Callable[[], bool]:
    def reached() -> bool:
        current = session.set_in_progress()
        return current is not None and current.reps_done >= reps

    return reached


def test_a_checkpoint_is_one_row_replaced_by_the_set_when_it_ends(tmp_path, make_routine) -> None:
    from calfplayer.domain.plan import build_plan

    plan = build_plan(make_routine({"exercise": "calf-raise", "sets": 2, "reps": 4, "rest": 5}))
    clock = FakeClock()
    path = tmp_path / "history.sqlite3"
    recorder = HistoryRecorder(path, clock=clock)
    session = Session(plan, clock)
    recorder.begin(plan, clock.wall_now())
    _play(session, clock, recorder, _reps_in_progress(session, 3))
    sql = "SELECT set_number, attempt, reps_done, partial, checkpoint FROM sets"
    assert _rows(path, sql) == [(1, 1, 3, 1, 1)]
    _play(session, clock, recorder, lambda: bool(session.results))
    assert _rows(path, sql) == [(1, 1, 4, 0, 0)], "the set took its checkpoint's place"
    recorder.close()


def test_cut_off_at_rep_17_of_18_keeps_the_reps_and_resumes_that_set(
    tmp_path, make_routine
) -> None:
    from calfplayer.domain.plan import build_plan

    routine = make_routine(
        {"exercise": "calf-raise", "sets": 1, "reps": 10, "rest": 5},
        {"exercise": "seated-calf-raise", "sets": 1, "reps": 18},
    )
    plan = build_plan(routine)
    clock = FakeClock()
    paths = AppPaths.under(tmp_path / "data")
    recorder = HistoryRecorder(paths.history_db, clock=clock)
    session = Session(plan, clock)
    recorder.begin(plan, clock.wall_now())
    _play(session, clock, recorder, lambda: bool(session.results))
    _play(session, clock, recorder, _reps_in_progress(session, 17))
    # A crash: nothing is finished or closed; the next start finds the session in progress.
    at_start = prepare_history(paths, FakeClock())
    offer = at_start.resume
    assert offer is not None
    assert (offer.item_index, offer.set_number) == (1, 1), "the set cut off is played again"
    kept = [s for s in offer.sets if s.item_index == 1]
    assert kept[0].reps_done >= 16 and kept[0].checkpoint
    assert offer.sets_done == 1, "the resume card counts the set that ended, not the one cut off"
    store, _ = HistoryStore.open(paths.history_db, FakeClock())
    progress = workout_progress(PlannedWork.of(plan), offer.sets)
    assert progress.blocks[1].reps_done == 17
    assert 0.9 < progress.work_share < 1.0
    assert store.session(offer.session_id).status is SessionStatus.INTERRUPTED  # type: ignore[union-attr]
    store.close()


def test_resuming_keeps_the_checkpoint_as_an_earlier_attempt(tmp_path, make_routine) -> None:
    from calfplayer.domain.plan import build_plan

    plan = build_plan(make_routine({"exercise": "calf-raise", "sets": 1, "reps": 6}))
    clock = FakeClock()
    paths = AppPaths.under(tmp_path / "data")
    recorder = HistoryRecorder(paths.history_db, clock=clock)
    session = Session(plan, clock)
    recorder.begin(plan, clock.wall_now())
    _play(session, clock, recorder, _reps_in_progress(session, 4))
    offer = prepare_history(paths, clock).resume
    assert offer is not None
    again = HistoryRecorder(paths.history_db, clock=clock)
    resumed = Session(plan, clock)
    again.begin(plan, clock.wall_now(), resumed_session=offer.session_id)
    again.record(resumed.start_at(offer.item_index, offer.set_number))
    while resumed.next_event_at() is not None:
        clock.set(resumed.next_event_at())  # type: ignore[arg-type]
        again.record(resumed.advance())
    again.finish(SessionStatus.COMPLETED, clock.wall_now())
    again.close()
    rows = _rows(
        paths.history_db, "SELECT attempt, reps_done, partial, checkpoint FROM sets ORDER BY id"
    )
    assert rows == [(1, 4, 1, 1), (2, 6, 0, 0)]
    store, _ = HistoryStore.open(paths.history_db, clock)
    progress = store.progress(offer.session_id)
    assert progress is not None and progress.sets_done == 1
    assert [earlier.reps_done for earlier in progress.blocks[0].earlier] == [4]
    store.close()


def test_a_hold_is_checkpointed_every_five_seconds(make_routine) -> None:
    from calfplayer.domain.plan import build_plan

    plan = build_plan(make_routine({"exercise": "calf-stretch", "sets": 1, "hold": 30}))
    clock = FakeClock()
    session = Session(plan, clock)
    session.start()
    marks = set()
    while session.next_event_at() is not None and len(session.results) == 0:
        clock.advance(250)
        session.advance()
        current = session.set_in_progress()
        if current is not None:
            marks.add(checkpoint_mark(current))
    assert len(marks) >= 30_000 // CHECKPOINT_HOLD_MS
