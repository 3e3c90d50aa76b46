"""Sets the history could not take: kept in memory and written once it can, or kept in a file of
JSON lines in another writable place and brought in at the next start, never twice. Real disks:
a size-limited tmpfs that fills up, and one mounted read-only."""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

import pytest

from calfplayer.domain.clock import FakeClock
from calfplayer.domain.record import SessionStatus
from calfplayer.domain.recording import Rating
from calfplayer.domain.session import Session
from calfplayer.paths import AppPaths
from calfplayer.store.history import HistoryStore
from calfplayer.store.recorder import HistoryRecorder, prepare_history
from calfplayer.store.unsaved import bring_in, keep_unsaved, read_unsaved, unsaved_files
from tests.store.history_helpers import play, tmpfs


def _rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def _played_into(paths: AppPaths, plan, clock: FakeClock) -> HistoryRecorder:  # type: ignore[no-untyped-def]
    recorder = HistoryRecorder(paths.history_db, clock=clock)
    recorder.begin(plan, clock.wall_now())
    play(Session(plan, clock), clock, recorder)
    recorder.finish(SessionStatus.COMPLETED, clock.wall_now())
    recorder.rate(Rating(5, 1, "calves tight"))
    return recorder


def test_a_disk_that_stays_full_keeps_every_set_in_a_file_brought_in_once(
    tmp_path, quick_plan
) -> None:
    paths = AppPaths.under(tmp_path / "disk" / "data")
    clock = FakeClock()
    with tmpfs(tmp_path / "disk", "1m") as disk:
        assert prepare_history(paths, clock).notice is None
        filler = disk.fill()
        recorder = _played_into(paths, quick_plan, clock)
        assert recorder.problem() and "6 sets are kept" in recorder.problem()  # type: ignore[operator]
        recorder.close()
        assert recorder.waiting()
        kept = keep_unsaved(paths, recorder.unsaved_workouts(), clock)
        recorder.forget_unsaved()
        assert Path(tempfile.gettempdir()) in kept.parents, "the full disk could not take it"
        assert unsaved_files(paths) == [kept]
        lines = [json.loads(line) for line in kept.read_text(encoding="utf-8").splitlines()]
        assert [line["kind"] for line in lines].count("set") == 6
        filler.unlink()

        again = tmp_path / "same-file-again.jsonl"
        shutil.copyfile(kept, again)
        store, _ = HistoryStore.open(paths.history_db, clock)
        try:
            assert bring_in(store, kept) == 6
            assert not kept.exists(), "removed once its sets are in"
            assert bring_in(store, again) == 0, "the same file twice adds nothing"
            (session,) = store.sessions()
            assert session.status is SessionStatus.COMPLETED
            assert (session.effort, session.note) == (5, "calves tight")
            assert len(store.sets(session.id)) == 6
        finally:
            store.close()
        assert unsaved_files(paths) == []


def test_a_file_is_kept_when_its_sets_cannot_go_in(tmp_path, quick_plan) -> None:
    paths = AppPaths.under(tmp_path / "data")
    clock = FakeClock()
    recorder = HistoryRecorder(paths.history_db, clock=clock)
    paths.data.mkdir(parents=True)
    paths.history_db.mkdir()  # a history the app cannot use
    recorder.begin(quick_plan, clock.wall_now())
    play(Session(quick_plan, clock), clock, recorder, sets=3)
    kept = keep_unsaved(paths, recorder.unsaved_workouts(), clock)
    assert kept.parent == paths.state
    assert sum(len(w.sets) for w in read_unsaved(kept)) == 3
    paths.history_db.rmdir()
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"kind": "set", "workout": 7}\n', encoding="utf-8")
    store, _ = HistoryStore.open(paths.history_db, clock)
    try:
        with pytest.raises(ValueError, match="line 1"):
            bring_in(store, broken)
        assert broken.exists()
        assert bring_in(store, kept) == 3
    finally:
        store.close()


def test_a_read_only_disk_made_writable_again_gets_every_set_on_the_next_try(
    tmp_path, quick_plan
) -> None:
    paths = AppPaths.under(tmp_path / "disk" / "data")
    clock = FakeClock()
    with tmpfs(tmp_path / "disk") as disk:
        assert prepare_history(paths, clock).notice is None
        disk.read_only()
        recorder = _played_into(paths, quick_plan, clock)
        assert recorder.problem() is not None and recorder.waiting()
        disk.read_only(False)
        recorder.retry()
        assert recorder.problem() is None and not recorder.waiting()
        recorder.close()
        assert _rows(paths.history_db, "SELECT count(*) FROM sets") == [(6,)]
        assert _rows(paths.history_db, "SELECT status, effort FROM sessions") == [("completed", 5)]
