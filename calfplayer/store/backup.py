"""Backing up, restoring and deleting the person's data.

A backup uses SQLite's online backup, so it is consistent even while the app is writing. A restore
checks the file first (integrity and schema), and keeps the current history aside rather than
overwriting it. Restore and delete-all expect the app not to have the history open.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

from calfplayer.domain.clock import Clock
from calfplayer.i18n import translate
from calfplayer.paths import AppPaths
from calfplayer.store.db import (
    HistoryUnavailable,
    StoreError,
    check_is_history,
    connect,
    copy_database,
    describe_fault,
    keep_aside,
    migrate,
    open_read_only,
)
from calfplayer.store.history import HistoryStore


def backup_history(history: Path, target: Path, clock: Clock) -> int:
    """Copies the history to ``target`` (a single self-contained file); returns its sessions."""
    if not history.exists():
        raise HistoryUnavailable(
            translate(
                "StoreHistory", "There is no history to back up yet ({path} does not exist)."
            ).format(path=history)
        )
    if target.exists() and target.resolve() == history.resolve():
        raise StoreError(
            translate("StoreHistory", "The backup must go to another file than the history itself.")
        )
    store = HistoryStore.open_for_reading(history, clock)
    try:
        copy_database(store.connection, target)
        count: int = store.connection.execute("SELECT count(*) FROM sessions").fetchone()[0]
    except sqlite3.Error as error:
        raise StoreError(
            translate(
                "StoreHistory", "The backup could not be written to {path} ({reason})."
            ).format(path=target, reason=describe_fault(error))
        ) from error
    finally:
        store.close()
    return count


def restore_history(history: Path, source: Path, clock: Clock) -> Path | None:
    """Replaces the history with a checked copy of ``source``; returns where the previous
    history was kept (None when there was none)."""
    check_is_history(source)
    history.parent.mkdir(parents=True, exist_ok=True)
    incoming = history.with_name(f".{history.name}.restoring")
    try:
        _copy_upgraded(source, incoming, clock)
        previous = _set_aside(history, clock)
        os.replace(incoming, history)
    except sqlite3.Error as error:
        raise StoreError(
            translate("StoreHistory", "{path} could not be restored ({reason}).").format(
                path=source, reason=describe_fault(error)
            )
        ) from error
    finally:
        for leftover in (incoming, *(Path(f"{incoming}{end}") for end in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
    return previous


def _copy_upgraded(source: Path, target: Path, clock: Clock) -> None:
    """A self-contained copy of ``source`` at the current schema version."""
    reader = open_read_only(source)
    try:
        copy_database(reader, target)
    finally:
        reader.close()
    connection = connect(target)
    try:
        migrate(connection, None, clock)
        connection.execute("PRAGMA journal_mode = DELETE")
    finally:
        connection.close()


def _set_aside(history: Path, clock: Clock) -> Path | None:
    if not history.exists():
        for end in ("-wal", "-shm"):
            Path(f"{history}{end}").unlink(missing_ok=True)
        return None
    try:
        # Folds the write-ahead log into the file, so the copy kept aside stands on its own.
        connection = connect(history)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()
    except sqlite3.Error:
        pass  # a damaged file is kept aside as it is, with its log beside it
    return keep_aside(history, "before-restore", clock)


def delete_all_data(paths: AppPaths) -> list[Path]:
    """Removes the history (with every copy kept aside), the settings, the plan, the log of steps
    applied, the person's own routines and the cache; returns what was removed. Other files in
    the folders are left alone."""
    doomed: list[Path] = []
    for folder, prefix in (
        (paths.data, paths.history_db.name),
        (paths.config, paths.settings_file.name),
        (paths.data, "plan"),  # the plan, its choices and any damaged plan kept aside
        (paths.data, paths.step_log.name),
    ):
        if folder.is_dir():
            doomed += sorted(p for p in folder.iterdir() if p.name.lstrip(".").startswith(prefix))
    doomed.append(paths.routines)
    # The cache folder may be the data folder itself (macOS, Windows): then only the cue cache.
    shared = paths.cache in (paths.data, paths.config, paths.state)
    doomed.append(paths.cue_cache if shared else paths.cache)
    removed: list[Path] = []
    failed: list[str] = []
    for path in doomed:
        try:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            elif path.exists() or path.is_symlink():
                path.unlink()
            else:
                continue
        except OSError as error:
            failed.append(f"{path} ({error.strerror or error})")
            continue
        removed.append(path)
    if failed:
        raise StoreError(
            translate("StoreHistory", "Some of your data could not be removed: {files}.").format(
                files="; ".join(failed)
            )
        )
    return removed
