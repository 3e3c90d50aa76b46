"""The recorder's "that hurt" marks, ratings and its word to a witness after each commit."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from calfplayer.domain.clock import FakeClock
from calfplayer.domain.record import HurtMark, SessionStatus, SetResult
from calfplayer.domain.recording import MemoryRecorder, Rating, WorkoutRecorder
from calfplayer.domain.routines import Side
from calfplayer.domain.session import Session
from calfplayer.store.commit_log import commit_logger
from calfplayer.store.recorder import HistoryRecorder
from tests.store.history_helpers import play
from tests.store.test_recorder import full_disk  # noqa: F401 - the fixture


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def _hurt(clock: FakeClock, set_number: int, side: Side | None) -> HurtMark:
    return HurtMark(1, "single-leg-calf-raise", set_number, side, clock.wall_now(), 4200)


def test_both_recorders_take_marks_and_ratings(tmp_path):
    recorders: list[WorkoutRecorder] = [
        MemoryRecorder(),
        HistoryRecorder(tmp_path / "h.sqlite3", clock=FakeClock()),
    ]
    assert all(callable(r.mark_hurt) and callable(r.rate) for r in recorders)
    memory = MemoryRecorder()
    hurt = _hurt(FakeClock(), 1, Side.LEFT)
    memory.mark_hurt(hurt)
    memory.rate(Rating(6, 2, "ok"))
    assert memory.hurts == [hurt] and memory.rating == Rating(6, 2, "ok")


def test_a_mark_is_in_the_file_at_once_and_the_rating_after_the_workout(tmp_path, quick_plan):
    path = tmp_path / "history.sqlite3"
    clock = FakeClock()
    session = Session(quick_plan, clock)
    recorder = HistoryRecorder(path, clock=clock)
    recorder.begin(quick_plan, clock.wall_now())
    play(session, clock, recorder, sets=3)
    recorder.mark_hurt(_hurt(clock, 1, Side.RIGHT))
    assert _rows(path, "SELECT item_index, set_number, side, workout_ms FROM hurt_marks") == [
        (1, 1, "right", 4200)
    ]
    play(session, clock, recorder)
    recorder.finish("completed", clock.wall_now())
    recorder.rate(Rating(7, 3, "Left heel"))
    assert _rows(path, "SELECT status, effort, pain, note FROM sessions") == [
        ("completed", 7, 3, "Left heel")
    ]
    recorder.close()


def test_marks_and_ratings_wait_out_a_full_disk(tmp_path, quick_plan, full_disk):  # noqa: F811
    path = tmp_path / "history.sqlite3"
    clock = FakeClock()
    session = Session(quick_plan, clock)
    recorder = HistoryRecorder(path, clock=clock, factory=full_disk)
    recorder.begin(quick_plan, clock.wall_now())
    play(session, clock, recorder, sets=1)
    full_disk.full = True
    recorder.mark_hurt(_hurt(clock, 1, None))
    play(session, clock, recorder)
    recorder.finish("completed", clock.wall_now())
    recorder.rate(Rating(5, 8, ""))
    assert recorder.problem() is not None
    assert _rows(path, "SELECT count(*) FROM hurt_marks") == [(0,)]
    full_disk.full = False
    recorder.close()
    assert _rows(path, "SELECT count(*) FROM hurt_marks") == [(1,)]
    assert _rows(path, "SELECT status, effort, pain FROM sessions") == [("completed", 5, 8)]


def test_the_witness_hears_of_each_set_only_after_it_is_committed(tmp_path, quick_plan):
    path = tmp_path / "history.sqlite3"
    seen: list[tuple[int, int]] = []

    def witness(session_id: int, result: SetResult) -> None:
        # By now another connection sees the set.
        count = _rows(path, f"SELECT count(*) FROM sets WHERE session_id = {session_id}")[0][0]
        seen.append((result.set_number, int(str(count))))

    clock = FakeClock()
    recorder = HistoryRecorder(path, clock=clock, on_committed=witness)
    recorder.begin(quick_plan, clock.wall_now())
    play(Session(quick_plan, clock), clock, recorder)
    recorder.close()
    assert seen == [(1, 1), (2, 2), (1, 3), (1, 4), (2, 5), (2, 6)]


def test_the_commit_log_is_one_json_line_per_set(tmp_path, quick_plan):
    log = tmp_path / "commits.jsonl"
    clock = FakeClock()
    recorder = HistoryRecorder(tmp_path / "h.sqlite3", clock=clock, on_committed=commit_logger(log))
    recorder.begin(quick_plan, clock.wall_now())
    play(Session(quick_plan, clock), clock, recorder, sets=3)
    recorder.close()
    lines = [json.loads(line) for line in log.read_text().splitlines()]
    assert [(x["item"], x["set"], x["side"]) for x in lines] == [
        (0, 1, None),
        (0, 2, None),
        (1, 1, "right"),
    ]
    assert {x["session"] for x in lines} == {recorder.session_id}


def test_a_commit_log_that_cannot_be_written_never_stops_the_recording(tmp_path, quick_plan):
    clock = FakeClock()
    path = tmp_path / "h.sqlite3"
    logger = commit_logger(tmp_path / "no-such-folder" / "commits.jsonl")
    recorder = HistoryRecorder(path, clock=clock, on_committed=logger)
    recorder.begin(quick_plan, clock.wall_now())
    play(Session(quick_plan, clock), clock, recorder, sets=2)
    recorder.close()
    assert recorder.problem() is None
    assert _rows(path, "SELECT count(*) FROM sets") == [(2,)]


def test_marks_survive_a_file_damaged_mid_workout(tmp_path, quick_plan):
    path = tmp_path / "history.sqlite3"
    clock = FakeClock()
    session = Session(quick_plan, clock)
    recorder = HistoryRecorder(path, clock=clock)
    recorder.begin(quick_plan, clock.wall_now())
    play(session, clock, recorder, sets=2)
    recorder.mark_hurt(_hurt(clock, 1, None))
    assert recorder._store is not None
    recorder._store.close()  # the file is replaced by garbage behind the recorder's back
    recorder._store = None
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.write_bytes(b"garbage " * 1000)
    play(session, clock, recorder, sets=1)
    recorder.mark_hurt(_hurt(clock, 2, Side.LEFT))
    play(session, clock, recorder)
    recorder.finish(SessionStatus.COMPLETED, clock.wall_now())
    recorder.close()
    assert recorder.notice is not None and "corrupt-" in recorder.notice
    # The new file holds the whole workout: its sets and both marks, the one made before the
    # damage was found too.
    assert _rows(path, "SELECT count(*) FROM sets") == [(6,)]
    assert _rows(path, "SELECT set_number, side FROM hurt_marks ORDER BY id") == [
        (1, None),
        (2, "left"),
    ]
