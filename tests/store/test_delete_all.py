""" "Delete all my data": history (with every copy kept aside), settings, own routines, cache."""

from __future__ import annotations

import shutil

import pytest

from calfplayer.domain.clock import FakeClock
from calfplayer.paths import AppPaths
from calfplayer.store.backup import delete_all_data
from calfplayer.store.db import StoreError
from calfplayer.store.history import HistoryStore
from calfplayer.store.settings import Settings, SettingsStore
from tests.store.history_helpers import FIXTURES


@pytest.fixture
def full_paths(tmp_path):
    paths = AppPaths.under(tmp_path / "data")
    paths.data.mkdir(parents=True)
    shutil.copyfile(FIXTURES / "history-v1.sqlite3", paths.history_db)
    store, _ = HistoryStore.open(paths.history_db, FakeClock())  # leaves -wal and -shm while open
    store.close()
    (paths.data / "history.sqlite3.corrupt-20260101-120000").write_bytes(b"old")
    (paths.data / "history.sqlite3.before-v2-20260101-120000").write_bytes(b"old")
    SettingsStore(paths.settings_file, FakeClock()).save(Settings(theme="dark"))
    (paths.config / "settings.json.damaged-20260101-120000").write_text("{", encoding="utf-8")
    paths.routines.mkdir()
    (paths.routines / "mine.json").write_text("{}", encoding="utf-8")
    paths.cue_cache.mkdir(parents=True)
    (paths.cue_cache / "rep.1.wav").write_bytes(b"RIFF")
    paths.step_log.write_text("{}\n", encoding="utf-8")
    return paths


def test_everything_of_ours_goes_and_nothing_else(full_paths):
    paths = full_paths
    unrelated = paths.data / "my-notes.txt"
    unrelated.write_text("keep me", encoding="utf-8")
    removed = delete_all_data(paths)
    assert paths.history_db in removed and paths.settings_file in removed
    assert not list(paths.data.glob("history.sqlite3*"))
    assert not list(paths.config.glob("settings.json*"))
    assert not paths.routines.exists()
    assert not paths.cache.exists()
    assert not paths.step_log.exists()
    assert unrelated.read_text(encoding="utf-8") == "keep me"
    # Starting again afterwards gives an empty history and default settings.
    store, notice = HistoryStore.open(paths.history_db, FakeClock())
    assert notice is None and store.sessions() == []
    store.close()
    assert SettingsStore(paths.settings_file, FakeClock()).load().settings == Settings()


def test_nothing_to_delete_is_fine(tmp_path):
    assert delete_all_data(AppPaths.under(tmp_path / "never-used")) == []


def test_a_cache_shared_with_the_data_folder_keeps_the_folder(tmp_path):
    root = tmp_path / "shared"
    paths = AppPaths(data=root, config=root, state=root, cache=root)
    paths.cue_cache.mkdir(parents=True)
    (root / "history.sqlite3").write_bytes(b"")
    delete_all_data(paths)
    assert root.is_dir() and not paths.cue_cache.exists()
    assert not (root / "history.sqlite3").exists()


def test_what_cannot_be_removed_is_named(full_paths, monkeypatch):
    real_rmtree = shutil.rmtree

    def refuse_routines(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if path == full_paths.routines:
            raise PermissionError(13, "Permission denied", str(path))
        real_rmtree(path, *args, **kwargs)

    monkeypatch.setattr(shutil, "rmtree", refuse_routines)
    with pytest.raises(StoreError, match="could not be removed") as caught:
        delete_all_data(full_paths)
    assert str(full_paths.routines) in str(caught.value)
    assert "Permission denied" in str(caught.value)
    assert not full_paths.history_db.exists()  # the rest still went
