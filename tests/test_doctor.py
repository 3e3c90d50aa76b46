"""``calfplayer doctor``: needs no display, names each problem with its fix, exits 1 only when
something essential is broken."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def doctor(data_dir: Path, *extra: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    environment = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    command = [sys.executable, "-m", "calfplayer", "--data-dir", str(data_dir), "doctor", *extra]
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        env={**environment, **(env or {})},
        timeout=120,
        check=False,
    )


def checks_of(done) -> dict[str, dict[str, str]]:  # type: ignore[no-untyped-def]
    return {check["name"]: check for check in json.loads(done.stdout)["checks"]}


def test_a_working_setup_reports_each_part_without_a_display(tmp_path):
    done = doctor(tmp_path / "data", "--json")
    assert done.returncode == 0, done.stderr
    checks = checks_of(done)
    assert checks["Qt"]["status"] == "ok"
    assert checks["assets"]["status"] == "ok"
    assert checks["data dir"]["status"] == "ok"
    assert "voices" in checks["speech engine"]["detail"]
    assert str(tmp_path / "data" / "cache" / "cues") in checks["cue cache"]["detail"]
    assert "not created yet" in checks["history"]["detail"]


def test_an_unwritable_data_dir_is_an_error_with_its_fix(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    done = doctor(blocker / "data")
    assert done.returncode == 1
    assert "[FAIL] data dir" in done.stdout
    assert "--data-dir" in done.stdout


def test_a_damaged_history_file_is_a_warning_not_a_failure(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "history.sqlite3").write_bytes(b"this is not a database" * 100)
    done = doctor(data, "--json")
    assert done.returncode == 0
    history = checks_of(done)["history"]
    assert history["status"] == "warning" and history["fix"]


def test_qt_that_does_not_load_is_reported_not_crashed_on(tmp_path):
    broken = tmp_path / "broken"
    (broken / "PySide6").mkdir(parents=True)
    (broken / "PySide6" / "__init__.py").write_text("raise ImportError('libQt6Core.so.6 missing')")
    repo = Path(__file__).resolve().parent.parent
    done = doctor(tmp_path / "data", "--json", env={"PYTHONPATH": f"{broken}{os.pathsep}{repo}"})
    assert done.returncode == 1
    checks = checks_of(done)
    assert checks["Qt"]["status"] == "error"
    assert "libQt6Core" in checks["Qt"]["detail"] and checks["Qt"]["fix"]
    assert checks["speech engine"]["status"] == "ok"  # the rest is still checked


def test_a_folder_where_the_history_belongs_is_named_as_such(tmp_path):
    data = tmp_path / "data"
    (data / "history.sqlite3").mkdir(parents=True)
    (data / "history.sqlite3" / "inside.txt").write_text("mine")
    done = doctor(data, "--json")
    history = checks_of(done)["history"]
    assert history["status"] == "warning"
    assert "is a folder" in history["detail"] and "disk I/O" not in history["detail"]
    assert "move or rename" in history["fix"]
    assert (data / "history.sqlite3" / "inside.txt").read_text() == "mine"


def test_a_history_from_a_newer_calfplayer_is_a_problem_not_ok(tmp_path):
    import shutil
    import sqlite3

    from calfplayer.store.db import schema_version

    data = tmp_path / "data"
    data.mkdir()
    history = data / "history.sqlite3"
    fixtures = Path(__file__).parent / "store" / "fixtures"
    shutil.copyfile(fixtures / f"history-v{schema_version()}.sqlite3", history)
    connection = sqlite3.connect(history)
    connection.execute(f"PRAGMA user_version = {schema_version() + 1}")
    connection.commit()
    connection.close()
    before = history.read_bytes()
    done = doctor(data, "--json")
    check = checks_of(done)["history"]
    assert check["status"] == "warning"
    assert "newer calfplayer" in check["detail"] and "update calfplayer" in check["fix"]
    assert history.read_bytes() == before
