"""Restoring from files people actually have: a plain copy of the live file, with or without its
write-ahead log beside it."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

from calfplayer.domain.clock import FakeClock
from calfplayer.store.backup import backup_history, restore_history
from calfplayer.store.history import HistoryStore
from tests.store.history_helpers import FIXTURES

START = datetime(2026, 5, 1, 7, 0, tzinfo=UTC)


def _session_count(path: Path) -> int:
    store, _ = HistoryStore.open(path, FakeClock())
    try:
        return len(store.sessions())
    finally:
        store.close()


def test_a_copy_of_the_live_file_restores_and_leaves_nothing_beside_it(tmp_path):
    live = tmp_path / "live" / "history.sqlite3"
    live.parent.mkdir()
    shutil.copyfile(FIXTURES / "history-v1.sqlite3", live)
    store, _ = HistoryStore.open(live, FakeClock())  # now in WAL mode
    store.close()
    handed = tmp_path / "usb" / "copy.sqlite3"
    handed.parent.mkdir()
    shutil.copyfile(live, handed)
    target = tmp_path / "data" / "history.sqlite3"
    assert restore_history(target, handed, FakeClock()) is None
    assert sorted(p.name for p in handed.parent.iterdir()) == ["copy.sqlite3"]
    assert _session_count(target) == 3


def test_restoring_keeps_the_history_it_replaces_under_the_time_the_clock_tells(tmp_path):
    target = tmp_path / "data" / "history.sqlite3"
    target.parent.mkdir()
    shutil.copyfile(FIXTURES / "history-v1.sqlite3", target)
    handed = tmp_path / "usb" / "copy.sqlite3"
    handed.parent.mkdir()
    shutil.copyfile(FIXTURES / "history-v1.sqlite3", handed)
    kept = target.with_name("history.sqlite3.before-restore-20260501-070000")
    assert restore_history(target, handed, FakeClock(wall_start=START)) == kept
    assert _session_count(kept) == 3 and _session_count(target) == 3


def test_a_copy_taken_with_its_write_ahead_log_keeps_what_the_log_held(tmp_path, quick_plan):
    live = tmp_path / "live" / "history.sqlite3"
    store, _ = HistoryStore.open(live, FakeClock())
    store.connection.execute("PRAGMA wal_autocheckpoint = 0")  # keep the new rows in the log
    store.start_session(quick_plan, START)
    handed = tmp_path / "usb" / "copy.sqlite3"
    handed.parent.mkdir()
    shutil.copyfile(live, handed)
    shutil.copyfile(f"{live}-wal", f"{handed}-wal")
    store.close()
    target = tmp_path / "data" / "history.sqlite3"
    restore_history(target, handed, FakeClock())
    assert _session_count(target) == 1


def test_backup_is_one_file_holding_what_was_only_in_the_log(tmp_path, quick_plan):
    live = tmp_path / "live" / "history.sqlite3"
    store, _ = HistoryStore.open(live, FakeClock())
    store.connection.execute("PRAGMA wal_autocheckpoint = 0")
    store.start_session(quick_plan, START)
    backup = tmp_path / "backup.sqlite3"
    assert backup_history(live, backup, FakeClock()) == 1  # while the app still has it open
    store.close()
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["backup.sqlite3"]
    assert _session_count(backup) == 1
