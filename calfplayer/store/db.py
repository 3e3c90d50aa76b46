"""The history file: one SQLite connection, its schema version and the ordered migrations.

WAL with synchronous=FULL makes every commit durable once it returns (one fsync of the log), and
lets the command line read while the app writes; the busy timeout makes either wait for the other
instead of failing. The schema version lives in ``PRAGMA user_version``. Before an existing file is
migrated a copy of it is made next to it, so a failed or unwanted upgrade loses nothing. A file that
is not a database or is damaged is never thrown away: it is moved aside under a name that says so,
and a new history is started.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from calfplayer.domain.clock import Clock
from calfplayer.i18n import translate

BUSY_TIMEOUT_S = 5.0
# Result codes that mean the file itself is not (or no longer) a usable database.
DAMAGED_CODES = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})


class StoreError(Exception):
    """A fault with the person's files; the message is a sentence for them."""


class HistoryUnavailable(StoreError):
    """The history cannot be opened or written right now."""


class HistoryDamaged(HistoryUnavailable):
    """The file is not a database or is damaged."""


def _run_script(connection: sqlite3.Connection, script: str) -> None:
    """Each statement on its own: executescript would commit the migration's transaction early."""
    for statement in script.split(";"):
        if statement.strip():
            connection.execute(statement)


def _v1(connection: sqlite3.Connection) -> None:
    _run_script(
        connection,
        """
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            routine_id TEXT NOT NULL,
            routine_name TEXT NOT NULL,
            routine_json TEXT NOT NULL,
            plan_total_ms INTEGER NOT NULL,
            started_at TEXT NOT NULL,
            ended_at TEXT,
            status TEXT NOT NULL
                CHECK (status IN ('in progress', 'completed', 'stopped', 'interrupted')),
            effort INTEGER CHECK (effort BETWEEN 0 AND 10),
            pain INTEGER CHECK (pain BETWEEN 0 AND 10),
            note TEXT NOT NULL DEFAULT '',
            can_resume INTEGER NOT NULL DEFAULT 0 CHECK (can_resume IN (0, 1))
        );
        CREATE INDEX sessions_by_start ON sessions (started_at);
        CREATE TABLE sets (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            item_index INTEGER NOT NULL,
            exercise_id TEXT NOT NULL,
            set_number INTEGER NOT NULL,
            side TEXT CHECK (side IN ('left', 'right')),
            reps_planned INTEGER NOT NULL,
            reps_done INTEGER NOT NULL,
            hold_planned_ms INTEGER NOT NULL,
            hold_done_ms INTEGER NOT NULL,
            started_ms INTEGER NOT NULL,
            ended_ms INTEGER NOT NULL,
            started_at TEXT NOT NULL,
            ended_at TEXT NOT NULL,
            partial INTEGER NOT NULL CHECK (partial IN (0, 1))
        );
        CREATE UNIQUE INDEX sets_once
            ON sets (session_id, item_index, set_number, coalesce(side, ''));
        CREATE TABLE hurt_marks (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            item_index INTEGER NOT NULL,
            exercise_id TEXT NOT NULL,
            set_number INTEGER NOT NULL,
            side TEXT CHECK (side IN ('left', 'right')),
            at TEXT NOT NULL,
            workout_ms INTEGER NOT NULL
        );
        CREATE INDEX hurt_marks_by_session ON hurt_marks (session_id);
        """,
    )


def _v2(connection: sqlite3.Connection) -> None:
    """Statuses that say what happened, and attempts of a set.

    A stopped workout is now "ended early". One played to its end with sets skipped or cut
    short was stored as completed: it becomes "partial" (worked out from its sets against the
    routine it was played from). Each set row gains its attempt number; the rows there are
    first attempts. SQLite cannot change a CHECK constraint in place, so the sessions table is
    made again (the migration runs with foreign keys off, see ``migrate``).
    """
    _run_script(
        connection,
        """
        CREATE TABLE sessions_v2 (
            id INTEGER PRIMARY KEY,
            routine_id TEXT NOT NULL,
            routine_name TEXT NOT NULL,
            routine_json TEXT NOT NULL,
            plan_total_ms INTEGER NOT NULL,
            started_at TEXT NOT NULL,
            ended_at TEXT,
            status TEXT NOT NULL CHECK (
                status IN ('in progress', 'completed', 'partial', 'ended early', 'interrupted')
            ),
            effort INTEGER CHECK (effort BETWEEN 0 AND 10),
            pain INTEGER CHECK (pain BETWEEN 0 AND 10),
            note TEXT NOT NULL DEFAULT '',
            can_resume INTEGER NOT NULL DEFAULT 0 CHECK (can_resume IN (0, 1))
        );
        INSERT INTO sessions_v2
            SELECT id, routine_id, routine_name, routine_json, plan_total_ms, started_at, ended_at,
                CASE status WHEN 'stopped' THEN 'ended early' ELSE status END,
                effort, pain, note, can_resume
            FROM sessions;
        DROP TABLE sessions;
        ALTER TABLE sessions_v2 RENAME TO sessions;
        CREATE INDEX sessions_by_start ON sessions (started_at);
        ALTER TABLE sets ADD COLUMN attempt INTEGER NOT NULL DEFAULT 1 CHECK (attempt >= 1);
        DROP INDEX sets_once;
        CREATE UNIQUE INDEX sets_once
            ON sets (session_id, item_index, set_number, coalesce(side, ''), attempt);
        """,
    )
    from calfplayer.store.set_rows import completed_in_name_only

    for session_id in completed_in_name_only(connection):
        connection.execute("UPDATE sessions SET status = 'partial' WHERE id = ?", (session_id,))


def _v3(connection: sqlite3.Connection) -> None:
    """Checkpoints: the set in progress is kept as its current attempt, marked as one, and
    replaced by the set when it ends. The rows there all ended."""
    connection.execute(
        "ALTER TABLE sets ADD COLUMN checkpoint INTEGER NOT NULL DEFAULT 0"
        " CHECK (checkpoint IN (0, 1))"
    )


# MIGRATIONS[n] turns a version-n file into a version-(n + 1) file. Append, never edit.
Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: list[Migration] = [_v1, _v2, _v3]
# The tables (and their columns) a file of the current version must have.
REQUIRED_TABLES = {
    "sessions": {"id", "routine_id", "routine_json", "started_at", "status", "effort", "pain"},
    "sets": {"session_id", "exercise_id", "set_number", "side", "reps_done", "partial"},
    "hurt_marks": {"session_id", "exercise_id", "set_number", "side", "at"},
}


def schema_version() -> int:
    return len(MIGRATIONS)


@dataclass
class OpenedHistory:
    connection: sqlite3.Connection
    notice: str | None  # a sentence for the person, e.g. where a damaged file was kept


def connect(
    path: Path, factory: type[sqlite3.Connection] = sqlite3.Connection
) -> sqlite3.Connection:
    """A connection with the settings every user of the history file needs."""
    connection = sqlite3.connect(
        path, timeout=BUSY_TIMEOUT_S, isolation_level=None, factory=factory
    )
    try:
        connection.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise sqlite3.OperationalError(
                translate(
                    "StoreHistory", "the file cannot use write-ahead logging ({mode})"
                ).format(mode=mode)
            )
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        connection.close()
        raise
    return connection


def open_history(
    path: Path,
    *,
    clock: Clock,
    keep_damaged_aside: bool = True,
    factory: type[sqlite3.Connection] = sqlite3.Connection,
) -> OpenedHistory:
    """Opens (creating or upgrading) the history file.

    A damaged file is moved aside and a new one started (the notice names where it was kept), or
    with ``keep_damaged_aside=False`` reported as HistoryDamaged and left alone. Anything else that
    stops the file being opened raises HistoryUnavailable with a sentence. ``clock`` dates the
    copies kept aside.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise HistoryUnavailable(
            translate(
                "StoreHistory", "The history folder {folder} cannot be created ({reason})."
            ).format(folder=path.parent, reason=error.strerror)
        ) from error
    refuse_non_file(path)
    try:
        return OpenedHistory(_open_checked(path, factory, clock), None)
    except HistoryDamaged:
        if not keep_damaged_aside:
            raise
    kept = keep_aside(path, "corrupt", clock)
    try:
        connection = _open_checked(path, factory, clock)
    except HistoryDamaged as error:
        raise HistoryUnavailable(
            translate("StoreHistory", "A new history file could not be started: {reason}").format(
                reason=error
            )
        ) from error
    notice = translate(
        "StoreHistory",
        "Your history file was damaged, so a new one was started; the old file was kept as {kept}.",
    ).format(kept=kept)
    return OpenedHistory(connection, notice)


def _open_checked(
    path: Path, factory: type[sqlite3.Connection], clock: Clock
) -> sqlite3.Connection:
    existed = path.exists() and path.stat().st_size > 0
    try:
        if existed:
            _check_before_changing(path)
        connection = connect(path, factory)
    except sqlite3.Error as error:
        raise _as_unavailable(error, path) from error
    try:
        migrate(connection, path if existed else None, clock)
    except sqlite3.Error as error:
        connection.close()
        raise _as_unavailable(error, path) from error
    except BaseException:
        connection.close()
        raise
    return connection


def refuse_non_file(path: Path) -> None:
    """A folder (or anything but a file) where the history file belongs is never touched:
    HistoryUnavailable names it."""
    if path.exists() and not path.is_file():
        if path.is_dir():
            sentence = translate(
                "StoreHistory",
                "{path} is a folder, where your history file belongs, so calfplayer cannot keep"
                " your workouts there. Move or rename it (calfplayer leaves it as it is).",
            )
        else:
            sentence = translate(
                "StoreHistory",
                "{path} is not a file, where your history file belongs, so calfplayer cannot keep"
                " your workouts there. Move or rename it (calfplayer leaves it as it is).",
            )
        raise HistoryUnavailable(sentence.format(path=path))


def _check_before_changing(path: Path) -> None:
    """Reads the file without changing a byte: a damaged file or one from a newer version must
    be kept exactly as it is."""
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S)
    try:
        problems = [row[0] for row in connection.execute("PRAGMA quick_check")]
        if problems != ["ok"]:
            raise HistoryDamaged(
                translate("StoreHistory", "The history file {path} is damaged ({reason}).").format(
                    path=path, reason=problems[0]
                )
            )
        _refuse_newer(connection, path)
    finally:
        connection.close()


def _refuse_newer(connection: sqlite3.Connection, path: Path | None) -> int:
    version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    if version > schema_version():
        raise HistoryUnavailable(
            translate(
                "StoreHistory",
                "The history file {path} was written by a newer calfplayer (version {version});"
                " update calfplayer to use it.",
            ).format(path=path, version=version)
        )
    return version


def migrate(connection: sqlite3.Connection, path: Path | None, clock: Clock) -> None:
    """Brings the file up to the current schema, copying it first when it held anything."""
    version = _refuse_newer(connection, path)
    current = schema_version()
    if version == current:
        return
    if path is not None:
        copy_database(connection, backup_name(path, f"before-v{current}", clock))
    # Off while tables are made again (dropping one would cascade to its rows' sets); every
    # reference is checked before each step is committed.
    connection.execute("PRAGMA foreign_keys = OFF")
    try:
        for number in range(version, current):
            with transaction(connection):
                MIGRATIONS[number](connection)
                broken = connection.execute("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise sqlite3.IntegrityError(f"the upgrade left {len(broken)} broken links")
                connection.execute(f"PRAGMA user_version = {number + 1}")
    finally:
        connection.execute("PRAGMA foreign_keys = ON")


@contextlib.contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction: committed when the block ends, rolled back if it raises."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """A consistent, self-contained copy (SQLite's online backup), safe while others write."""
    temporary = target.with_name(f".{target.name}.partial")
    temporary.unlink(missing_ok=True)
    try:
        copy = sqlite3.connect(temporary, isolation_level=None)
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def open_read_only(path: Path) -> sqlite3.Connection:
    """Reads a file someone handed us without leaving anything beside it. Only when it comes
    with its write-ahead log does SQLite need its usual shared-memory file to read both."""
    immutable = "" if Path(f"{path}-wal").exists() else "&immutable=1"
    return sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro{immutable}", uri=True)


def open_for_reading(path: Path) -> sqlite3.Connection:
    """The history file, for reading only: nothing in it can change through this connection,
    and it still sees what a writer commits later. Where the folder cannot be written (so the
    shared-memory file beside a write-ahead log cannot be made) and no log is there, the file
    is read as unchanging."""
    uri = path.absolute().as_uri()
    connection = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
    try:
        connection.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        connection.close()
        if Path(f"{path}-wal").exists():
            raise
        return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)
    return connection


def check_is_history(path: Path) -> int:
    """The schema version of a calfplayer history file; HistoryUnavailable says what is wrong."""
    refuse_non_file(path)
    if not path.is_file():
        raise HistoryUnavailable(
            translate("StoreHistory", "{path} does not exist.").format(path=path)
        )
    try:
        connection = open_read_only(path)
    except sqlite3.Error as error:
        raise HistoryUnavailable(
            translate("StoreHistory", "{path} cannot be opened ({reason}).").format(
                path=path, reason=error
            )
        ) from error
    try:
        problems = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        if problems != ["ok"]:
            raise HistoryDamaged(
                translate("StoreHistory", "{path} is damaged ({reason}).").format(
                    path=path, reason=problems[0]
                )
            )
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        for table, wanted in REQUIRED_TABLES.items():
            columns = {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}
            if version == 0 or not wanted <= columns:
                raise HistoryUnavailable(
                    translate(
                        "StoreHistory", "{path} is a database, but not a calfplayer history."
                    ).format(path=path)
                )
        if version > schema_version():
            raise HistoryUnavailable(
                translate(
                    "StoreHistory",
                    "{path} was written by a newer calfplayer (version {version}); update first.",
                ).format(path=path, version=version)
            )
        return version
    except sqlite3.DatabaseError as error:
        if error.sqlite_errorcode in DAMAGED_CODES:
            raise HistoryDamaged(
                translate(
                    "StoreHistory",
                    "{path} is not a calfplayer history (not a database, or damaged).",
                ).format(path=path)
            ) from error
        raise HistoryUnavailable(
            translate("StoreHistory", "{path} cannot be read ({reason}).").format(
                path=path, reason=error
            )
        ) from error
    finally:
        connection.close()


def backup_name(path: Path, reason: str, clock: Clock) -> Path:
    """A free name beside ``path`` saying why and when (by the clock's wall time) it was made."""
    stamp = clock.wall_now().strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.name}.{reason}-{stamp}")
    number = 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.name}.{reason}-{stamp}-{number}")
    return candidate


def keep_aside(path: Path, reason: str, clock: Clock) -> Path:
    """Moves the file (and its write-ahead log, kept beside it) to a dated name; returns it."""
    aside = backup_name(path, reason, clock)
    try:
        os.replace(path, aside)
        wal = path.with_name(path.name + "-wal")
        if wal.exists():
            os.replace(wal, aside.with_name(aside.name + "-wal"))
        path.with_name(path.name + "-shm").unlink(missing_ok=True)
    except OSError as error:
        raise HistoryUnavailable(
            translate(
                "StoreHistory",
                "The damaged history file {path} could not be moved aside ({reason}).",
            ).format(path=path, reason=error.strerror)
        ) from error
    return aside


def describe_fault(error: BaseException) -> str:
    """Why writing failed, in words a person understands."""
    if isinstance(error, HistoryUnavailable):
        return str(error)
    code = getattr(error, "sqlite_errorcode", None)
    if code == sqlite3.SQLITE_FULL:
        return translate("StoreHistory", "the disk is full")
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM):
        return translate("StoreHistory", "the history folder cannot be written")
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return translate("StoreHistory", "another program is holding the history file")
    if code in DAMAGED_CODES:
        return translate("StoreHistory", "the history file is damaged")
    if isinstance(error, OSError):
        return error.strerror or str(error)
    text = str(error)
    if "disk is full" in text:
        return translate("StoreHistory", "the disk is full")
    if "readonly" in text or "read-only" in text:
        return translate("StoreHistory", "the history folder cannot be written")
    return text


def _as_unavailable(error: sqlite3.Error, path: Path) -> HistoryUnavailable:
    if getattr(error, "sqlite_errorcode", None) in DAMAGED_CODES:
        return HistoryDamaged(
            translate(
                "StoreHistory", "The history file {path} is not a database or is damaged."
            ).format(path=path)
        )
    return HistoryUnavailable(
        translate("StoreHistory", "The history file {path} cannot be opened ({reason}).").format(
            path=path, reason=describe_fault(error)
        )
    )
