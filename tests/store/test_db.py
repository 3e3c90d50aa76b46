"""Opening the history file: creation, migrations with a copy first, and damaged files."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from calfplayer.domain.clock import FakeClock
from calfplayer.store import db
from calfplayer.store.db import HistoryDamaged, HistoryUnavailable, open_history, schema_version


def _version(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("PRAGMA user_version").fetchone()[0])
    finally:
        connection.close()


def test_a_new_file_is_created_at_the_current_version_in_wal_mode(tmp_path):
    path = tmp_path / "nested" / "history.sqlite3"
    opened = open_history(path, clock=FakeClock())
    connection = opened.connection
    assert opened.notice is None
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert connection.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert connection.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    assert connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    connection.close()
    assert _version(path) == schema_version()
    # Nothing existed, so there was nothing to copy.
    assert sorted(p.name for p in path.parent.iterdir() if ".before-" in p.name) == []


def test_version_0_file_is_upgraded_after_a_copy_is_made(fixture_copy):
    path = fixture_copy("history-v0.sqlite3")
    original = path.read_bytes()
    open_history(path, clock=FakeClock()).connection.close()
    assert _version(path) == schema_version()
    copies = list(path.parent.glob(f"history.sqlite3.before-v{schema_version()}-*"))
    assert len(copies) == 1
    assert _version(copies[0]) == 0
    assert copies[0].stat().st_size == len(original)


def test_current_version_file_opens_unchanged_without_a_copy(fixture_copy):
    path = fixture_copy(f"history-v{schema_version()}.sqlite3")
    connection = open_history(path, clock=FakeClock()).connection
    assert connection.execute("SELECT count(*) FROM sessions").fetchone()[0] == 5
    assert connection.execute("SELECT count(*) FROM sets").fetchone()[0] == 15
    connection.close()
    assert not list(path.parent.glob("*.before-*"))


CURRENT = schema_version()
NEXT = CURRENT + 1


@pytest.fixture
def with_next(monkeypatch):
    """One more schema version, to prove the machinery runs a later migration over real data."""

    def following(connection: sqlite3.Connection) -> None:
        connection.execute("ALTER TABLE sessions ADD COLUMN place TEXT NOT NULL DEFAULT 'home'")

    monkeypatch.setattr(db, "MIGRATIONS", [*db.MIGRATIONS, following])


def test_every_older_version_upgrades_to_the_newest_keeping_its_data(fixture_copy, with_next):
    path = fixture_copy("history-v1.sqlite3")
    connection = open_history(path, clock=FakeClock()).connection
    rows = connection.execute("SELECT id, status, place FROM sessions ORDER BY id").fetchall()
    sets = connection.execute("SELECT count(*), min(attempt), max(attempt) FROM sets").fetchone()
    marks = connection.execute("SELECT count(*) FROM hurt_marks").fetchone()[0]
    connection.close()
    assert rows == [
        (1, "completed", "home"),
        (2, "ended early", "home"),
        (3, "interrupted", "home"),
    ]
    assert sets == (11, 1, 1) and marks == 1
    assert _version(path) == NEXT
    (copy,) = path.parent.glob(f"history.sqlite3.before-v{NEXT}-*")
    assert _version(copy) == 1


def test_version_0_runs_every_migration_in_order(fixture_copy, with_next):
    path = fixture_copy("history-v0.sqlite3")
    connection = open_history(path, clock=FakeClock()).connection
    columns = {row[1] for row in connection.execute("PRAGMA table_info(sessions)")}
    set_columns = {row[1] for row in connection.execute("PRAGMA table_info(sets)")}
    connection.close()
    assert {"routine_json", "place"} <= columns and "attempt" in set_columns
    assert _version(path) == NEXT


def test_version_1_gets_statuses_that_say_what_happened(fixture_copy):
    """Stopped becomes "ended early"; a workout stored as completed with a set skipped becomes
    "partial"; every set is a first attempt, and a second attempt of a set can be kept."""
    path = fixture_copy("history-v1.sqlite3")
    connection = sqlite3.connect(path)
    # As version 1 stored it: played to the end, the single-leg raises skipped.
    connection.execute(
        "INSERT INTO sessions (id, routine_id, routine_name, routine_json, plan_total_ms,"
        " started_at, ended_at, status) SELECT 4, routine_id, routine_name, routine_json,"
        " plan_total_ms, started_at, ended_at, 'completed' FROM sessions WHERE id = 1"
    )
    connection.execute(
        "INSERT INTO sets (session_id, item_index, exercise_id, set_number, side, reps_planned,"
        " reps_done, hold_planned_ms, hold_done_ms, started_ms, ended_ms, started_at, ended_at,"
        " partial) SELECT 4, item_index, exercise_id, set_number, side, reps_planned, reps_done,"
        " hold_planned_ms, hold_done_ms, started_ms, ended_ms, started_at, ended_at, partial"
        " FROM sets WHERE session_id = 1 AND item_index = 0"
    )
    connection.commit()
    connection.close()
    connection = open_history(path, clock=FakeClock()).connection
    statuses = connection.execute("SELECT id, status FROM sessions ORDER BY id").fetchall()
    assert statuses == [(1, "completed"), (2, "ended early"), (3, "interrupted"), (4, "partial")]
    assert connection.execute("SELECT DISTINCT attempt FROM sets").fetchall() == [(1,)]
    row = connection.execute(
        "SELECT * FROM sets WHERE session_id = 2 AND set_number = 2"
    ).fetchone()
    again = (None, *row[1:-2], 2, 0)  # the same set, played again
    connection.execute(f"INSERT INTO sets VALUES ({', '.join('?' * len(again))})", again)
    with pytest.raises(sqlite3.IntegrityError):
        connection.execute(f"INSERT INTO sets VALUES ({', '.join('?' * len(again))})", again)
    with pytest.raises(sqlite3.IntegrityError):
        connection.execute("UPDATE sessions SET status = 'stopped' WHERE id = 1")
    connection.close()
    assert _version(path) == schema_version()


def test_version_2_gains_checkpoints_every_set_there_having_ended(fixture_copy):
    path = fixture_copy("history-v2.sqlite3")
    before = sqlite3.connect(path)
    sets_before = before.execute("SELECT * FROM sets ORDER BY id").fetchall()
    before.close()
    connection = open_history(path, clock=FakeClock()).connection
    after = connection.execute("SELECT * FROM sets ORDER BY id").fetchall()
    assert [row[:-1] for row in after] == sets_before
    assert {row[-1] for row in after} == {0}
    with pytest.raises(sqlite3.IntegrityError):
        connection.execute("UPDATE sets SET checkpoint = 2 WHERE id = 1")
    connection.close()
    assert _version(path) == 3
    (copy,) = path.parent.glob("history.sqlite3.before-v3-*")
    assert _version(copy) == 2


def test_a_failing_migration_leaves_the_file_at_its_version(fixture_copy, monkeypatch):
    def broken(connection: sqlite3.Connection) -> None:
        connection.execute("ALTER TABLE sessions ADD COLUMN extra TEXT")
        connection.execute("ALTER TABLE no_such_table ADD COLUMN x TEXT")

    monkeypatch.setattr(db, "MIGRATIONS", [*db.MIGRATIONS, broken])
    path = fixture_copy(f"history-v{CURRENT}.sqlite3")
    with pytest.raises(HistoryUnavailable, match="cannot be opened"):
        open_history(path, clock=FakeClock())
    assert _version(path) == CURRENT
    connection = sqlite3.connect(path)
    columns = {row[1] for row in connection.execute("PRAGMA table_info(sessions)")}
    connection.close()
    assert "extra" not in columns  # the half-done step was rolled back
    assert len(list(path.parent.glob(f"history.sqlite3.before-v{NEXT}-*"))) == 1


def test_a_file_from_a_newer_version_is_left_alone(fixture_copy):
    path = fixture_copy("history-v1.sqlite3")
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {schema_version() + 1}")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(HistoryUnavailable, match="newer calfplayer"):
        open_history(path, clock=FakeClock())
    assert path.read_bytes() == before


def _damaged_cases(path: Path, case: str) -> None:
    if case == "not a database":
        path.write_text("these are my shopping notes, not a database\n" * 50, encoding="utf-8")
    elif case == "truncated":
        path.write_bytes(path.read_bytes()[: 3 * 4096 + 100])
    elif case == "scribbled over":
        data = bytearray(path.read_bytes())
        data[4096 : 3 * 4096] = b"\xff" * (2 * 4096)
        path.write_bytes(bytes(data))


@pytest.mark.parametrize("case", ["not a database", "truncated", "scribbled over"])
def test_a_damaged_file_is_kept_aside_and_a_new_one_started(fixture_copy, case):
    path = fixture_copy("history-v1.sqlite3")
    _damaged_cases(path, case)
    damaged = path.read_bytes()
    opened = open_history(path, clock=FakeClock())
    assert opened.notice is not None
    (kept,) = path.parent.glob("history.sqlite3.corrupt-*")
    assert str(kept) in opened.notice
    assert kept.read_bytes() == damaged
    assert opened.connection.execute("SELECT count(*) FROM sessions").fetchone()[0] == 0
    opened.connection.close()
    assert _version(path) == schema_version()


def test_copies_kept_aside_are_named_by_the_clock_and_never_overwrite_each_other(fixture_copy):
    clock = FakeClock(wall_start=datetime(2026, 3, 7, 18, 4, 5, tzinfo=UTC))
    path = fixture_copy("history-v0.sqlite3")
    open_history(path, clock=clock).connection.close()
    damaged: list[bytes] = []
    for case in ("not a database", "truncated"):  # twice within the same second
        _damaged_cases(path, case)
        damaged.append(path.read_bytes())
        open_history(path, clock=clock).connection.close()
        clock.advance(300)
    kept = {p.name: p for p in path.parent.glob("history.sqlite3.*") if p.is_file()}
    assert sorted(kept) == [
        f"history.sqlite3.before-v{schema_version()}-20260307-180405",
        "history.sqlite3.corrupt-20260307-180405",
        "history.sqlite3.corrupt-20260307-180405-2",
    ]
    assert kept["history.sqlite3.corrupt-20260307-180405"].read_bytes() == damaged[0]
    assert kept["history.sqlite3.corrupt-20260307-180405-2"].read_bytes() == damaged[1]


def test_a_damaged_file_can_be_reported_without_moving_it(fixture_copy):
    path = fixture_copy("history-v1.sqlite3")
    _damaged_cases(path, "not a database")
    with pytest.raises(HistoryDamaged, match="not a database or is damaged"):
        open_history(path, clock=FakeClock(), keep_damaged_aside=False)
    assert path.exists()
    assert not list(path.parent.glob("*.corrupt-*"))


def test_a_history_folder_that_cannot_be_created_is_a_sentence(tmp_path):
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(HistoryUnavailable, match="cannot be created"):
        open_history(blocker / "history.sqlite3", clock=FakeClock())
