"""Read commands (export, backup, the plan's reading) open the history read-only: an older,
empty or foreign file is never upgraded or set aside by them; only the window and the commands
that change the history may."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from calfplayer.domain.clock import FakeClock
from calfplayer.paths import AppPaths
from calfplayer.store.db import schema_version
from calfplayer.store.recorder import prepare_history
from tests.store.history_helpers import FIXTURES
from tests.store.test_cli_history import _fault, run


def _folder_state(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in folder.iterdir() if path.is_file()}


@pytest.fixture
def older_history(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(FIXTURES / "history-v2.sqlite3", data / "history.sqlite3")
    return data


def test_export_and_backup_read_an_older_history_without_upgrading_it(
    older_history, tmp_path
) -> None:
    before = _folder_state(older_history)
    exported = run(older_history, "export", "--format", "json")
    assert exported.returncode == 0, exported.stderr
    assert len(json.loads(exported.stdout)["sessions"]) == 4
    assert run(older_history, "export", "--format", "csv").returncode == 0
    backup = tmp_path / "backup.sqlite3"
    assert run(older_history, "backup", str(backup)).returncode == 0
    assert _folder_state(older_history) == before, "nothing beside or in the file changed"
    connection = sqlite3.connect(backup)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    connection.close()


@pytest.mark.parametrize("content", ["empty", "foreign"])
def test_export_leaves_an_empty_or_foreign_sqlite_file_as_it_is(tmp_path, content) -> None:
    data = tmp_path / "data"
    data.mkdir()
    history = data / "history.sqlite3"
    if content == "empty":
        shutil.copyfile(FIXTURES / "history-v0.sqlite3", history)
    else:
        connection = sqlite3.connect(history)
        connection.execute("CREATE TABLE recipes (name TEXT)")
        connection.execute("INSERT INTO recipes VALUES ('soup')")
        connection.commit()
        connection.close()
    before = _folder_state(data)
    message = _fault(run(data, "export"))
    assert "not a calfplayer history" in message
    assert _folder_state(data) == before
    assert not list(data.glob("*.before-*"))


def test_the_window_and_changing_commands_still_upgrade(older_history, tmp_path) -> None:
    paths = AppPaths.under(older_history)
    at_start = prepare_history(paths, FakeClock())
    assert at_start.notice is None
    connection = sqlite3.connect(paths.history_db)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    connection.close()
    assert list(older_history.glob(f"history.sqlite3.before-v{schema_version()}-*"))
