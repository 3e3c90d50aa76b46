"""The recorder the player calls: each set durable at once, faults kept in memory, resume."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from calfplayer.domain.clock import FakeClock
from calfplayer.domain.plan import build_plan
from calfplayer.domain.record import SessionStatus
from calfplayer.domain.recording import WorkoutRecorder
from calfplayer.domain.routines import parse_routine
from calfplayer.domain.session import Session
from calfplayer.paths import AppPaths
from calfplayer.store.history import HistoryStore
from calfplayer.store.recorder import RETRY_INTERVAL_MS, HistoryRecorder, prepare_history
from tests.store.history_helpers import play, read_only


def _rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    """Read through a connection of its own, as another process would."""
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_it_is_a_workout_recorder(tmp_path):
    recorder: WorkoutRecorder = HistoryRecorder(tmp_path / "history.sqlite3", clock=FakeClock())
    assert recorder.problem() is None


def test_each_set_is_in_the_file_the_moment_record_returns(tmp_path, quick_plan):
    path = tmp_path / "history.sqlite3"
    clock = FakeClock()
    session = Session(quick_plan, clock)
    recorder = HistoryRecorder(path, clock=clock)
    recorder.begin(quick_plan, clock.wall_now())
    assert _rows(path, "SELECT status FROM sessions") == [("in progress",)]
    for expected in range(1, len(quick_plan.blocks()) + 1):
        play(session, clock, recorder, sets=1)
        assert _rows(path, "SELECT count(*) FROM sets") == [(expected,)]
    recorder.finish("completed", clock.wall_now())
    assert _rows(path, "SELECT status, ended_at IS NOT NULL FROM sessions") == [("completed", 1)]
    recorder.close()


def test_stopping_mid_set_keeps_the_partial_set(tmp_path, quick_plan):
    path = tmp_path / "history.sqlite3"
    clock = FakeClock()
    session = Session(quick_plan, clock)
    recorder = HistoryRecorder(path, clock=clock)
    recorder.begin(quick_plan, clock.wall_now())
    play(session, clock, recorder, sets=1)
    clock.advance(2200)  # through the rest, one rep of the second set and a little more
    recorder.record(session.stop())
    recorder.finish(SessionStatus.ENDED_EARLY, clock.wall_now())
    recorder.close()
    assert _rows(path, "SELECT set_number, reps_done, partial FROM sets ORDER BY id") == [
        (1, 2, 0),
        (2, 1, 1),
    ]
    assert _rows(path, "SELECT status FROM sessions") == [("ended early",)]


class FullDisk(sqlite3.Connection):
    """A connection whose writes fail like a full disk while ``full`` is set."""

    full = False

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:  # type: ignore[override]
        if FullDisk.full and sql.split(maxsplit=1)[0].upper() in {
            "BEGIN",
            "INSERT",
            "UPDATE",
            "DELETE",
        }:
            raise sqlite3.OperationalError("database or disk is full")
        return super().execute(sql, *args)


@pytest.fixture
def full_disk() -> Iterator[type[FullDisk]]:
    FullDisk.full = False
    yield FullDisk
    FullDisk.full = False


def test_a_full_disk_keeps_sets_in_memory_and_writes_them_later(tmp_path, quick_plan, full_disk):
    path = tmp_path / "history.sqlite3"
    clock = FakeClock()
    session = Session(quick_plan, clock)
    recorder = HistoryRecorder(path, clock=clock, factory=full_disk)
    recorder.begin(quick_plan, clock.wall_now())
    play(session, clock, recorder, sets=1)
    full_disk.full = True
    play(session, clock, recorder, sets=2)  # must not raise into the player
    problem = recorder.problem()
    assert problem is not None
    assert "disk is full" in problem and "2 sets are kept" in problem
    assert len(recorder.unsaved) == 2
    assert _rows(path, "SELECT count(*) FROM sets") == [(1,)]
    full_disk.full = False
    play(session, clock, recorder, sets=1)  # the next set retries and writes all three
    assert recorder.problem() is None and recorder.unsaved == []
    assert _rows(path, "SELECT item_index, set_number, side FROM sets ORDER BY id") == [
        (0, 1, None),
        (0, 2, None),
        (1, 1, "right"),
        (1, 1, "left"),
    ]
    play(session, clock, recorder)
    full_disk.full = True
    recorder.finish("completed", clock.wall_now())
    assert recorder.problem() is not None
    assert _rows(path, "SELECT status FROM sessions") == [("in progress",)]
    full_disk.full = False
    recorder.close()  # one more try when the window closes
    assert _rows(path, "SELECT status FROM sessions") == [("completed",)]
    assert _rows(path, "SELECT count(*) FROM sets") == [(6,)]


def test_while_writing_fails_events_without_a_set_retry_at_most_once_a_second(
    tmp_path, quick_plan, full_disk
):
    path = tmp_path / "history.sqlite3"
    clock = FakeClock()
    session = Session(quick_plan, clock)
    recorder = HistoryRecorder(path, clock=clock, factory=full_disk)
    recorder.begin(quick_plan, clock.wall_now())
    full_disk.full = True
    play(session, clock, recorder, sets=1)  # the first set cannot be written
    assert recorder.problem() is not None
    full_disk.full = False
    clock.advance(RETRY_INTERVAL_MS - 1)  # into the rest after the set: no set ends here
    recorder.record(session.pause())
    assert recorder.problem() is not None and len(recorder.unsaved) == 1  # too soon to try
    clock.advance(1)
    recorder.record(session.resume())
    assert recorder.problem() is None and recorder.unsaved == []
    assert _rows(path, "SELECT count(*) FROM sets") == [(1,)]
    recorder.close()


def test_a_fault_lasting_past_one_workout_loses_neither(tmp_path, quick_plan, full_disk):
    path = tmp_path / "history.sqlite3"
    clock = FakeClock()
    recorder = HistoryRecorder(path, clock=clock, factory=full_disk)
    full_disk.full = True  # full from the very start: not even the session row can be written
    first = Session(quick_plan, clock)
    recorder.begin(quick_plan, clock.wall_now())
    play(first, clock, recorder)
    recorder.finish("completed", clock.wall_now())
    clock.advance(3_600_000)
    second = Session(quick_plan, clock)
    recorder.begin(quick_plan, clock.wall_now())
    play(second, clock, recorder, sets=2)
    problem = recorder.problem()
    assert problem is not None and "8 sets are kept" in problem
    full_disk.full = False
    play(second, clock, recorder, sets=1)
    assert recorder.problem() is None
    assert _rows(path, "SELECT id, status FROM sessions ORDER BY id") == [
        (1, "completed"),
        (2, "in progress"),
    ]
    assert _rows(path, "SELECT session_id, count(*) FROM sets GROUP BY session_id") == [
        (1, 6),
        (2, 3),
    ]
    assert recorder.session_id == 2
    recorder.close()


def test_a_read_only_folder_lets_the_workout_go_on_and_saves_when_it_can(tmp_path, quick_plan):
    folder = tmp_path / "data"
    path = folder / "history.sqlite3"
    clock = FakeClock()
    session = Session(quick_plan, clock)
    recorder = HistoryRecorder(path, clock=clock)
    with read_only(folder):
        recorder.begin(quick_plan, clock.wall_now())
        play(session, clock, recorder, sets=2)
        problem = recorder.problem()
        assert problem is not None
        assert problem.startswith("Your history cannot be saved right now.")
        assert "2 sets are kept" in problem
        assert not path.exists()
    play(session, clock, recorder)
    recorder.finish("completed", clock.wall_now())
    assert recorder.problem() is None
    assert _rows(path, "SELECT status FROM sessions") == [("completed",)]
    assert _rows(path, "SELECT count(*) FROM sets") == [(6,)]
    recorder.close()


def test_a_file_damaged_mid_workout_is_kept_aside_and_the_session_written_again(
    tmp_path, quick_plan
):
    path = tmp_path / "history.sqlite3"
    clock = FakeClock()
    session = Session(quick_plan, clock)
    recorder = HistoryRecorder(path, clock=clock)
    recorder.begin(quick_plan, clock.wall_now())
    play(session, clock, recorder, sets=2)
    assert recorder._store is not None
    recorder._store.close()  # the file is replaced behind the recorder's back
    recorder._store = None
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.write_bytes(b"garbage " * 1000)
    play(session, clock, recorder)
    recorder.finish("completed", clock.wall_now())
    recorder.close()
    assert recorder.notice is not None and "corrupt-" in recorder.notice
    assert _rows(path, "SELECT count(*) FROM sets") == [(6,)]
    assert _rows(path, "SELECT status FROM sessions") == [("completed",)]


def test_start_up_marks_a_cut_off_session_interrupted_and_offers_to_resume(
    tmp_path, quick_plan, catalogue
):
    paths = AppPaths.under(tmp_path / "data")
    clock = FakeClock()
    first = Session(quick_plan, clock)
    recorder = HistoryRecorder(paths.history_db, clock=clock)
    recorder.begin(quick_plan, clock.wall_now())
    play(first, clock, recorder, sets=3)
    session_id = recorder.session_id
    del recorder  # the app was killed: no finish, no close

    at_start = prepare_history(paths, clock)
    assert at_start.notice is None
    offer = at_start.resume
    assert offer is not None
    assert (offer.session_id, offer.routine_id, offer.sets_done) == (session_id, "quick", 3)
    assert (offer.item_index, offer.set_number) == (1, 1)
    assert _rows(paths.history_db, "SELECT status FROM sessions") == [("interrupted",)]

    # "Resume where you left off": the plan comes from the snapshot kept with the session.
    plan = build_plan(parse_routine(offer.routine, "history", catalogue))
    assert plan == quick_plan
    clock.advance(60_000)
    resumed = Session(plan, clock)
    recorder = HistoryRecorder(paths.history_db, clock=clock)
    recorder.begin(plan, clock.wall_now(), resumed_session=offer.session_id)
    recorder.record(resumed.start_at(offer.item_index, offer.set_number))
    assert _rows(paths.history_db, "SELECT status FROM sessions") == [("in progress",)]
    play(resumed, clock, recorder)
    recorder.finish("completed", clock.wall_now())
    recorder.close()

    assert _rows(paths.history_db, "SELECT id, status, can_resume FROM sessions") == [
        (session_id, "completed", 0)
    ]
    blocks = _rows(
        paths.history_db,
        "SELECT item_index, set_number, side, max(attempt) FROM sets"
        " GROUP BY item_index, set_number, side",
    )
    expected = [(b.item_index, b.set_number, b.side and b.side.value) for b in plan.blocks()]
    assert sorted((b[:3] for b in blocks), key=str) == sorted(expected, key=str)  # none lost
    # The side played before the cut-off and again after the resume is kept twice.
    assert [b for b in blocks if b[3] > 1] == [(1, 1, "right", 2)]
    assert prepare_history(paths, clock).resume is None


def test_resuming_a_session_that_was_deleted_starts_a_new_one(tmp_path, quick_plan):
    path = tmp_path / "history.sqlite3"
    clock = FakeClock()
    recorder = HistoryRecorder(path, clock=clock)
    recorder.begin(quick_plan, clock.wall_now(), resumed_session=41)
    assert recorder.session_id == 1
    recorder.close()


def test_start_up_with_a_damaged_file_names_where_it_was_kept(tmp_path):
    paths = AppPaths.under(tmp_path / "data")
    paths.data.mkdir(parents=True)
    paths.history_db.write_bytes(b"\x00not sqlite" * 400)
    at_start = prepare_history(paths, FakeClock())
    assert at_start.resume is None
    assert at_start.notice is not None
    (kept,) = paths.data.glob("history.sqlite3.corrupt-*")
    assert str(kept) in at_start.notice
    store, notice = HistoryStore.open(paths.history_db, FakeClock())
    assert notice is None and store.sessions() == []
    store.close()


def test_start_up_with_an_unusable_folder_is_a_sentence_not_a_crash(tmp_path):
    paths = AppPaths.under(tmp_path / "data")
    tmp_path.joinpath("data").write_text("not a folder", encoding="utf-8")
    at_start = prepare_history(paths, FakeClock())
    assert at_start.resume is None
    assert at_start.notice is not None and "saves them to a file" in at_start.notice
    assert os.path.isfile(tmp_path / "data")


@pytest.mark.parametrize("problem", ["folder", "newer"])
def test_a_history_the_app_cannot_use_is_told_and_left_as_it_is(tmp_path, quick_plan, problem):
    from calfplayer.paths import AppPaths
    from calfplayer.store.db import schema_version

    paths = AppPaths.under(tmp_path / "data")
    paths.data.mkdir(parents=True)
    if problem == "folder":
        paths.history_db.mkdir()
        (paths.history_db / "mine.txt").write_text("kept")
    else:
        connection = sqlite3.connect(paths.history_db)
        connection.execute("CREATE TABLE sessions (id INTEGER)")
        connection.execute(f"PRAGMA user_version = {schema_version() + 1}")
        connection.commit()
        connection.close()
    before = sorted(p.name for p in paths.data.rglob("*"))
    at_start = prepare_history(paths, FakeClock())
    assert at_start.notice is not None
    if problem == "folder":
        assert "is a folder" in at_start.notice and "writ" not in at_start.notice.split(".")[0]
    else:
        assert "newer calfplayer" in at_start.notice
    clock = FakeClock()
    recorder = HistoryRecorder(paths.history_db, clock=clock)
    recorder.begin(quick_plan, clock.wall_now())
    play(Session(quick_plan, clock), clock, recorder)
    assert len(recorder.unsaved) == 6
    assert "6 sets are kept" in (recorder.problem() or "")
    recorder.close()
    assert sorted(p.name for p in paths.data.rglob("*")) == before, "nothing moved or deleted"
