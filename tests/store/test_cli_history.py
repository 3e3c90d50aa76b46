"""`calfplayer export`, `backup` and `restore`, run as a person would, in a child process."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from calfplayer.store.db import check_is_history, schema_version
from tests.store.history_helpers import FIXTURES, Driver, read_only


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "calfplayer", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def _fault(result: subprocess.CompletedProcess[str]) -> str:
    """A failure must be exit 1 with one sentence on stderr, never a traceback."""
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("calfplayer: ")
    assert result.stdout == ""
    return result.stderr


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data dir holding the checked-in version-1 history (read commands upgrade it)."""
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copyfile(FIXTURES / "history-v1.sqlite3", folder / "history.sqlite3")
    return folder


@pytest.fixture
def current_data_dir(tmp_path: Path) -> Path:
    """A data dir holding the checked-in history of the current version: ended early, partial,
    a set played again as a second attempt."""
    folder = tmp_path / "current"
    folder.mkdir()
    shutil.copyfile(FIXTURES / f"history-v{schema_version()}.sqlite3", folder / "history.sqlite3")
    return folder


def _csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_export_has_one_row_per_set_for_a_spreadsheet(current_data_dir):
    result = run(current_data_dir, "export", "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = _csv(result.stdout)
    sets = [row for row in rows if row["row"] == "set"]
    assert len(sets) == 15 and len(rows) == 16  # and one "that hurt" mark
    (cut_off,) = [row for row in sets if row["checkpoint"] == "yes"]
    assert (cut_off["session"], cut_off["reps_done"], cut_off["partial"]) == ("5", "1", "yes")
    first = rows[0]
    assert (first["date"], first["time"], first["routine"]) == ("2026-03-02", "08:30", "Quick")
    assert (first["exercise"], first["effort"], first["pain"], first["status"]) == (
        "Standing calf raise",
        "4",
        "1",
        "completed",
    )
    assert first["note"] != "" and first["share_done"] == "1.00"
    partial = [row for row in sets if row["partial"] == "yes"]
    assert [(r["session"], r["set"], r["attempt"], r["reps_done"]) for r in partial] == [
        ("2", "2", "1", "1"),
        ("5", "1", "1", "1"),
    ]
    again = [row for row in sets if row["attempt"] == "2"]
    assert [(r["session"], r["set"], r["reps_done"], r["partial"]) for r in again] == [
        ("2", "2", "2", "no")
    ]
    (hurt,) = [row for row in rows if row["row"] == "that hurt"]
    assert hurt["session"] == "2" and hurt["hurt_at"] and hurt["hurt_at_s"]
    assert {row["status"] for row in rows} == {"completed", "ended early", "interrupted", "partial"}
    assert {row["side"] for row in rows} == {"", "left", "right"}


# JSON field -> CSV column, for a session, a set and a mark. The routine's own definition (the
# session's "routine") is the only field the CSV leaves out: it is no log of what was done.
SESSION_FIELDS = {
    "id": "session",
    "routine_id": "routine_id",
    "routine_name": "routine",
    "plan_total_ms": "planned_s",
    "started_at": "started_at",
    "ended_at": "ended_at",
    "status": "status",
    "share_done": "share_done",
    "effort": "effort",
    "pain": "pain",
    "note": "note",
}
SET_FIELDS = {
    "item_index": "item",
    "set": "set",
    "side": "side",
    "attempt": "attempt",
    "reps_planned": "reps_planned",
    "reps_done": "reps_done",
    "hold_planned_ms": "hold_planned_s",
    "hold_done_ms": "hold_done_s",
    "started_ms": "set_started_s",
    "ended_ms": "set_ended_s",
    "started_at": "set_started_at",
    "ended_at": "set_ended_at",
    "partial": "partial",
    "checkpoint": "checkpoint",
    "exercise": "exercise",
}
MARK_FIELDS = {
    "item_index": "item",
    "exercise": "exercise",
    "set": "set",
    "side": "side",
    "at": "hurt_at",
    "workout_ms": "hurt_at_s",
}
LEFT_OUT = {"routine", "sets", "hurt_marks"}  # the definition; the lists are rows of their own


def _as_csv(field: str, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if field.endswith("_ms"):
        return f"{value / 1000:g}"
    if field == "share_done":
        return f"{value:.2f}"
    return str(value)


def test_every_field_of_the_json_export_is_in_the_csv(current_data_dir):
    document = json.loads(run(current_data_dir, "export", "--format", "json").stdout)
    rows = _csv(run(current_data_dir, "export", "--format", "csv").stdout)
    names = {"calf-raise": "Standing calf raise", "single-leg-calf-raise": "Single-leg calf raise"}
    for session in document["sessions"]:
        assert set(session) == set(SESSION_FIELDS) | LEFT_OUT
        mine = [row for row in rows if row["session"] == str(session["id"])]
        for field, column in SESSION_FIELDS.items():
            assert {row[column] for row in mine} == {_as_csv(field, session[field])}, field
        set_rows = [row for row in mine if row["row"] == "set"]
        mark_rows = [row for row in mine if row["row"] == "that hurt"]
        assert len(set_rows) == len(session["sets"]) and len(mark_rows) == len(
            session["hurt_marks"]
        )
        for done, row in zip(session["sets"], set_rows, strict=True):
            assert set(done) == set(SET_FIELDS)
            for field, column in SET_FIELDS.items():
                value = names.get(done[field], done[field]) if field == "exercise" else done[field]
                assert row[column] == _as_csv(field, value), (field, done, row)
        for mark, row in zip(session["hurt_marks"], mark_rows, strict=True):
            assert set(mark) == set(MARK_FIELDS)
            for field, column in MARK_FIELDS.items():
                value = names.get(mark[field], mark[field]) if field == "exercise" else mark[field]
                assert row[column] == _as_csv(field, value), (field, mark, row)


def test_json_export_to_a_file_keeps_everything(data_dir, tmp_path):
    target = tmp_path / "out" / "history.json"
    result = run(data_dir, "export", "--format", "json", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    document = json.loads(target.read_text(encoding="utf-8"))
    sessions = document["sessions"]
    assert [s["id"] for s in sessions] == [3, 2, 1]
    assert [len(s["sets"]) for s in sessions] == [3, 2, 6]
    stopped = sessions[1]
    assert stopped["hurt_marks"][0]["exercise"] == "calf-raise"
    assert stopped["routine"]["items"][0]["tempo"] == {"up": 0.5, "top": 0, "down": 0.5}
    assert sessions[2]["note"] == "Felt easy — ankles warm"


def test_since_limits_the_export(data_dir):
    result = run(data_dir, "export", "--since", "2026-03-04")
    assert {row["session"] for row in _csv(result.stdout)} == {"2", "3"}
    bad = run(data_dir, "export", "--since", "4 March")
    assert bad.returncode == 2 and "is not a date like" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_export_without_a_history_is_empty_and_creates_nothing(tmp_path):
    empty = tmp_path / "empty"
    result = run(empty, "export")
    assert result.returncode == 0
    assert result.stdout.splitlines() == [result.stdout.splitlines()[0]]
    assert result.stdout.startswith("session,date,")
    assert json.loads(run(empty, "export", "--format", "json").stdout)["sessions"] == []
    assert not empty.exists()


def test_export_of_a_damaged_history_says_so_and_leaves_it(data_dir):
    history = data_dir / "history.sqlite3"
    history.write_bytes(b"this is not a database " * 300)
    message = _fault(run(data_dir, "export"))
    assert "not a database or is damaged" in message
    assert "calfplayer restore FILE" in message
    assert history.read_bytes().startswith(b"this is not")
    assert not list(data_dir.glob("*.corrupt-*"))


def test_export_to_an_impossible_place_is_a_sentence(data_dir, tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("", encoding="utf-8")
    _fault(run(data_dir, "export", "-o", str(blocker / "out.csv")))


def test_export_and_backup_still_read_a_history_in_a_read_only_folder(data_dir, tmp_path):
    wanted = run(data_dir, "export").stdout  # leaves the file in WAL mode, as the app does
    before = sorted(p.name for p in data_dir.iterdir())
    with read_only(data_dir):
        exported = run(data_dir, "export")
        backed = run(data_dir, "backup", str(tmp_path / "b.sqlite3"))
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout == wanted
    assert backed.returncode == 0, backed.stderr
    assert check_is_history(tmp_path / "b.sqlite3") == schema_version()
    assert sorted(p.name for p in data_dir.iterdir()) == before


def test_backup_then_restore_brings_the_history_back(data_dir, tmp_path):
    backup = tmp_path / "backups" / "calf.sqlite3"
    backup.parent.mkdir()
    result = run(data_dir, "backup", str(backup))
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Backed up 3 sessions to {backup}.\n"
    assert check_is_history(backup) == schema_version()
    assert not Path(f"{backup}-wal").exists()  # one self-contained file
    before = run(data_dir, "export", "--format", "json").stdout

    (data_dir / "history.sqlite3").unlink()
    run(data_dir, "export")  # an empty history now
    result = run(data_dir, "restore", str(backup))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Restored your history from {backup}.")
    assert run(data_dir, "export", "--format", "json").stdout == before


@pytest.mark.skipif(sys.platform == "win32", reason="flock is POSIX")
def test_restore_is_refused_while_a_window_has_the_history_open(data_dir, tmp_path):
    backup = tmp_path / "backup.sqlite3"
    assert run(data_dir, "backup", str(backup)).returncode == 0
    before = (data_dir / "history.sqlite3").read_bytes()
    link = tmp_path / "link"
    link.symlink_to(data_dir)
    # What the window holds, without a window: its lock, taken by another process.
    window = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from calfplayer.instance import window_lock;"
            " from calfplayer.paths import AppPaths;"
            " lock = window_lock(AppPaths.under(Path(sys.argv[1]))); print(lock.acquire().value,"
            " flush=True); sys.stdin.read()",
            str(data_dir),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert window.stdout is not None and window.stdin is not None
    try:
        assert window.stdout.readline().strip() == "taken"
        message = _fault(run(link, "restore", str(backup)))
        assert run(link, "export").returncode == 0, "reading still works"
    finally:
        window.stdin.close()
        window.wait(timeout=10)
    assert "Close the calfplayer window first" in message
    assert (data_dir / "history.sqlite3").read_bytes() == before
    assert not list(data_dir.glob("*.before-restore-*"))
    assert run(data_dir, "restore", str(backup)).returncode == 0


def test_restore_keeps_the_current_history_aside(data_dir, tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    shutil.copyfile(FIXTURES / "history-v1.sqlite3", tmp_path / "backup.sqlite3")
    connection = sqlite3.connect(data_dir / "history.sqlite3")
    connection.execute("DELETE FROM sessions WHERE id = 1")
    connection.commit()
    connection.close()
    current = run(data_dir, "export").stdout

    result = run(data_dir, "restore", str(tmp_path / "backup.sqlite3"))
    assert result.returncode == 0, result.stderr
    (kept,) = data_dir.glob("history.sqlite3.before-restore-*")
    assert str(kept) in result.stdout
    assert len(_csv(run(data_dir, "export").stdout)) == 11 + 1  # the sets and the one mark
    shutil.copyfile(kept, other / "history.sqlite3")
    assert run(other, "export").stdout == current


@pytest.mark.parametrize(
    "make",
    ["text file", "other database", "empty version-0 file", "damaged copy", "missing"],
)
def test_restore_refuses_a_file_that_is_not_a_calfplayer_history(data_dir, tmp_path, make):
    candidate = tmp_path / "candidate.sqlite3"
    if make == "text file":
        candidate.write_text("hello\n" * 1000, encoding="utf-8")
    elif make == "other database":
        connection = sqlite3.connect(candidate)
        connection.execute("CREATE TABLE sessions (id INTEGER PRIMARY KEY, title TEXT)")
        connection.execute("PRAGMA user_version = 1")
        connection.commit()
        connection.close()
    elif make == "empty version-0 file":
        shutil.copyfile(FIXTURES / "history-v0.sqlite3", candidate)
    elif make == "damaged copy":
        data = bytearray((FIXTURES / "history-v1.sqlite3").read_bytes())
        data[4096 : 3 * 4096] = b"\xff" * (2 * 4096)
        candidate.write_bytes(bytes(data))
    history = data_dir / "history.sqlite3"
    before = history.read_bytes()
    message = _fault(run(data_dir, "restore", str(candidate)))
    assert str(candidate) in message
    assert history.read_bytes() == before
    assert not list(data_dir.glob("*.before-restore-*"))


def test_backup_without_a_history_is_a_sentence(tmp_path):
    message = _fault(run(tmp_path / "nothing", "backup", str(tmp_path / "b.sqlite3")))
    assert "no history to back up" in message


def test_backup_into_a_missing_folder_is_a_sentence(data_dir, tmp_path):
    message = _fault(run(data_dir, "backup", str(tmp_path / "no" / "such" / "b.sqlite3")))
    assert "could not be written" in message


def _all_sets(document: dict[str, Any]) -> set[tuple[object, ...]]:
    return {
        (session["id"], done["item_index"], done["set"], done["side"])
        for session in document["sessions"]
        for done in session["sets"]
    }


@pytest.mark.slow
def test_export_and_backup_while_a_workout_is_being_recorded(tmp_path):
    data = tmp_path / "data"
    driver = Driver(data, workouts=2)
    try:
        driver.wait_for(lambda lines: sum(line["event"] == "set" for line in lines) >= 2)
        for round_number in range(4):
            done_before = {(s["session"], s["item"], s["set"], s["side"]) for s in driver.sets()}
            exported = run(data, "export", "--format", "json")
            assert exported.returncode == 0, exported.stderr
            assert done_before <= _all_sets(json.loads(exported.stdout))

            backup = tmp_path / f"backup-{round_number}.sqlite3"
            backed = run(data, "backup", str(backup))
            assert backed.returncode == 0, backed.stderr
            assert check_is_history(backup) == schema_version()
            restored_dir = tmp_path / f"restored-{round_number}"
            assert run(restored_dir, "restore", str(backup)).returncode == 0
            copied = json.loads(run(restored_dir, "export", "--format", "json").stdout)
            assert done_before <= _all_sets(copied)
        assert driver.process.poll() is None, "the writer should still have been writing"
    finally:
        driver.kill()
    assert not [line for line in driver.sets() if line["problem"] is not None]
