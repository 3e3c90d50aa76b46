"""Sessions, the sets done in them and the "that hurt" marks: what the History page shows.

Times are stored as ISO 8601 text with the local offset, so a session's date is the date the
person saw on their clock. Each write is its own transaction: a set is durable the moment
``add_set`` returns.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import Any

from calfplayer.domain.clock import Clock
from calfplayer.domain.plan import Plan
from calfplayer.domain.progress import PlannedWork, WorkoutProgress, time_taken_ms, workout_progress
from calfplayer.domain.record import (
    HurtMark,
    ResumeOffer,
    SessionRecord,
    SessionStatus,
    SetResult,
)
from calfplayer.domain.routines import routine_to_json
from calfplayer.i18n import translate
from calfplayer.store.db import (
    HistoryDamaged,
    HistoryUnavailable,
    check_is_history,
    describe_fault,
    migrate,
    open_for_reading,
    open_history,
    schema_version,
    transaction,
)
from calfplayer.store.set_rows import SET_COLUMNS, SIDES, set_result
from calfplayer.store.snapshots import SnapshotPlans, built_in_plans

_SESSION_COLUMNS = (
    "id, routine_id, routine_name, routine_json, plan_total_ms, started_at, ended_at, status,"
    " effort, pain, note, can_resume"
)


def _in_memory(source: sqlite3.Connection | None, clock: Clock) -> sqlite3.Connection:
    """A history in memory at the current version: a copy of ``source``, or empty."""
    memory = sqlite3.connect(":memory:", isolation_level=None)
    if source is not None:
        source.backup(memory)
    migrate(memory, None, clock)
    return memory


def _stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds")


class HistoryStore:
    """The history file, open. Not shared between threads; close it when done."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        path: Path | None = None,
        plans: SnapshotPlans | None = None,
        *,
        read_only: bool = False,
        stand_in: bool = False,
    ) -> None:
        self.connection = connection
        self.path = path
        self._plans = plans
        self.read_only = read_only  # opened for reading: the file cannot be changed through it
        self.stand_in = stand_in  # an empty history standing in while there is no file

    @property
    def plans(self) -> SnapshotPlans:
        """Reads the sessions' routine snapshots (the shipped exercises unless told otherwise)."""
        if self._plans is None:
            self._plans = built_in_plans()
        return self._plans

    @classmethod
    def open(
        cls, path: Path, clock: Clock, keep_damaged_aside: bool = True
    ) -> tuple[HistoryStore, str | None]:
        """The store and a notice for the person (a damaged file kept aside), or raises
        HistoryUnavailable (HistoryDamaged when a damaged file is not to be moved)."""
        opened = open_history(path, clock=clock, keep_damaged_aside=keep_damaged_aside)
        return cls(opened.connection, path), opened.notice

    @classmethod
    def open_for_reading(cls, path: Path, clock: Clock) -> HistoryStore:
        """For reading only (export, backup, the other read commands): the file is never
        changed, upgraded or moved aside. A history of an older version is read through an
        upgraded copy in memory; no file (or an empty one) reads as an empty history. Raises
        HistoryUnavailable, saying why, when the file is not a history this version can read."""
        if not path.exists() or (path.is_file() and path.stat().st_size == 0):
            return cls(_in_memory(None, clock), path, read_only=True, stand_in=True)
        try:
            version = check_is_history(path)
        except HistoryDamaged as error:
            raise HistoryDamaged(
                translate(
                    "StoreHistory", "The history file {path} is not a database or is damaged."
                ).format(path=path)
            ) from error
        try:
            connection = open_for_reading(path)
        except sqlite3.Error as error:
            raise HistoryUnavailable(
                translate("StoreHistory", "{path} cannot be read ({reason}).").format(
                    path=path, reason=describe_fault(error)
                )
            ) from error
        if version == schema_version():
            return cls(connection, path, read_only=True)
        try:
            return cls(_in_memory(connection, clock), path, read_only=True)
        finally:
            connection.close()

    def close(self) -> None:
        self.connection.close()

    # --- writing -----------------------------------------------------------------------------

    def start_session(self, plan: Plan, started_at: datetime) -> int:
        routine = plan.routine
        with transaction(self.connection) as db:
            cursor = db.execute(
                "INSERT INTO sessions (routine_id, routine_name, routine_json, plan_total_ms,"
                " started_at, status) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    routine.id,
                    routine.name,
                    json.dumps(routine_to_json(routine), ensure_ascii=False),
                    plan.total_ms,
                    _stamp(started_at),
                    SessionStatus.IN_PROGRESS,
                ),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def add_session(self, routine: dict[str, Any], plan_total_ms: int, started_at: datetime) -> int:
        """A session of a routine as it was played (its snapshot), in progress."""
        with transaction(self.connection) as db:
            cursor = db.execute(
                "INSERT INTO sessions (routine_id, routine_name, routine_json, plan_total_ms,"
                " started_at, status) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    str(routine.get("id", "")),
                    str(routine.get("name", "")),
                    json.dumps(routine, ensure_ascii=False),
                    plan_total_ms,
                    _stamp(started_at),
                    SessionStatus.IN_PROGRESS,
                ),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def find_session(self, routine_id: str, started_at: datetime) -> int | None:
        row = self.connection.execute(
            "SELECT id FROM sessions WHERE routine_id = ? AND started_at = ?",
            (routine_id, _stamp(started_at)),
        ).fetchone()
        return None if row is None else int(row[0])

    def find_set(self, session_id: int, result: SetResult) -> tuple[int, bool] | None:
        """The row (and whether it is a checkpoint) of this attempt at a set: the same set and
        side begun at the same moment."""
        row = self.connection.execute(
            "SELECT id, checkpoint FROM sets WHERE session_id = ? AND item_index = ?"
            " AND set_number = ? AND side IS ? AND started_at = ? ORDER BY id DESC LIMIT 1",
            (
                session_id,
                result.item_index,
                result.set_number,
                None if result.side is None else result.side.value,
                _stamp(result.started_at),
            ),
        ).fetchone()
        return None if row is None else (int(row[0]), bool(row[1]))

    def has_hurt_mark(self, session_id: int, mark: HurtMark) -> bool:
        row = self.connection.execute(
            "SELECT 1 FROM hurt_marks WHERE session_id = ? AND at = ? AND item_index = ?"
            " AND set_number = ?",
            (session_id, _stamp(mark.at), mark.item_index, mark.set_number),
        ).fetchone()
        return row is not None

    def reopen_session(self, session_id: int) -> bool:
        """Marks an interrupted session in progress again, for resuming; False if it is gone."""
        with transaction(self.connection) as db:
            cursor = db.execute(
                "UPDATE sessions SET status = ?, ended_at = NULL, can_resume = 0 WHERE id = ?",
                (SessionStatus.IN_PROGRESS, session_id),
            )
        return cursor.rowcount == 1

    def add_set(self, session_id: int, result: SetResult, replacing: int | None = None) -> int:
        """Keeps one set as the next attempt at it (a set played again, after Back or after
        resuming, is kept beside the earlier attempts); returns its attempt number. With
        ``replacing``, the row of that set's checkpoint (``save_checkpoint``) becomes the set."""
        return self._write_set(session_id, result, replacing)[1]

    def save_checkpoint(self, session_id: int, current: SetResult, row: int | None) -> int:
        """Keeps the set in progress as its current attempt, in place of its checkpoint ``row``
        when there is one; returns the checkpoint's row, for the next one or for the set."""
        return self._write_set(session_id, current._replace(checkpoint=True), row)[0]

    def _write_set(self, session_id: int, result: SetResult, row: int | None) -> tuple[int, int]:
        side = None if result.side is None else result.side.value
        values = (
            result.item_index,
            result.exercise_id,
            result.set_number,
            side,
            result.reps_planned,
            result.reps_done,
            result.hold_planned_ms,
            result.hold_done_ms,
            result.started_ms,
            result.ended_ms,
            _stamp(result.started_at),
            _stamp(result.ended_at),
            int(result.partial or result.checkpoint),
            int(result.checkpoint),
        )
        with transaction(self.connection) as db:
            if row is not None:
                found = db.execute(
                    "SELECT attempt FROM sets WHERE id = ? AND session_id = ? AND checkpoint = 1",
                    (row, session_id),
                ).fetchone()
                if found is not None:
                    db.execute(
                        "UPDATE sets SET item_index = ?, exercise_id = ?, set_number = ?,"
                        " side = ?, reps_planned = ?, reps_done = ?, hold_planned_ms = ?,"
                        " hold_done_ms = ?, started_ms = ?, ended_ms = ?, started_at = ?,"
                        " ended_at = ?, partial = ?, checkpoint = ? WHERE id = ?",
                        (*values, row),
                    )
                    return row, int(found[0])
            (attempt,) = db.execute(
                "SELECT coalesce(max(attempt), 0) + 1 FROM sets WHERE session_id = ?"
                " AND item_index = ? AND set_number = ? AND side IS ?",
                (session_id, result.item_index, result.set_number, side),
            ).fetchone()
            cursor = db.execute(
                "INSERT INTO sets (session_id, item_index, exercise_id, set_number, side,"
                " reps_planned, reps_done, hold_planned_ms, hold_done_ms, started_ms, ended_ms,"
                " started_at, ended_at, partial, checkpoint, attempt)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (session_id, *values, attempt),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid, int(attempt)

    def add_hurt_mark(self, session_id: int, mark: HurtMark) -> None:
        with transaction(self.connection) as db:
            db.execute(
                "INSERT INTO hurt_marks (session_id, item_index, exercise_id, set_number, side,"
                " at, workout_ms) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    session_id,
                    mark.item_index,
                    mark.exercise_id,
                    mark.set_number,
                    None if mark.side is None else mark.side.value,
                    _stamp(mark.at),
                    mark.workout_ms,
                ),
            )

    def finish_session(self, session_id: int, status: SessionStatus, ended_at: datetime) -> None:
        try:
            status = SessionStatus(status)
        except ValueError:
            raise ValueError(f"{status!r} is not a session status") from None
        # A workout cut off (the computer shutting down) may be resumed, like one found cut off.
        resumable = int(status is SessionStatus.INTERRUPTED)
        with transaction(self.connection) as db:
            db.execute(
                "UPDATE sessions SET status = ?, ended_at = ?, can_resume = ? WHERE id = ?",
                (status.value, _stamp(ended_at), resumable, session_id),
            )

    def rate_session(
        self, session_id: int, effort: int | None, pain: int | None, note: str
    ) -> None:
        for name, value in (("effort", effort), ("pain", pain)):
            if value is not None and not 0 <= value <= 10:
                raise ValueError(f"{name} must be from 0 to 10, not {value}")
        with transaction(self.connection) as db:
            db.execute(
                "UPDATE sessions SET effort = ?, pain = ?, note = ? WHERE id = ?",
                (effort, pain, note, session_id),
            )

    def mark_interrupted(self) -> list[int]:
        """Sessions left "in progress" were cut off (only one window runs at a time): each
        becomes interrupted and may be resumed; it ends when its last kept set ended."""
        with transaction(self.connection) as db:
            ids = [
                row[0]
                for row in db.execute(
                    "SELECT id FROM sessions WHERE status = ?", (SessionStatus.IN_PROGRESS,)
                )
            ]
            db.execute(
                "UPDATE sessions SET status = ?, can_resume = 1, ended_at = coalesce("
                " (SELECT max(ended_at) FROM sets WHERE sets.session_id = sessions.id),"
                " started_at) WHERE status = ?",
                (SessionStatus.INTERRUPTED, SessionStatus.IN_PROGRESS),
            )
        return ids

    def dismiss_resume(self, session_id: int) -> None:
        """ "Discard" on the card: the sets done stay in the history, the offer goes."""
        with transaction(self.connection) as db:
            db.execute("UPDATE sessions SET can_resume = 0 WHERE id = ?", (session_id,))

    def delete_session(self, session_id: int) -> bool:
        with transaction(self.connection) as db:
            cursor = db.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
        return cursor.rowcount == 1

    # --- reading -----------------------------------------------------------------------------

    def sessions(self, since: date | None = None) -> list[SessionRecord]:
        """Newest first; ``since`` keeps those started on that (local) date or later."""
        rows = self.connection.execute(
            f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE substr(started_at, 1, 10) >= ?"
            " ORDER BY julianday(started_at) DESC, id DESC",
            ((since or date.min).isoformat(),),
        )
        return [self._session(row) for row in rows]

    def session(self, session_id: int) -> SessionRecord | None:
        row = self.connection.execute(
            f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE id = ?", (session_id,)
        ).fetchone()
        return None if row is None else self._session(row)

    def sets(self, session_id: int) -> list[SetResult]:
        """In the order they were done."""
        rows = self.connection.execute(
            f"SELECT {SET_COLUMNS} FROM sets WHERE session_id = ? ORDER BY julianday(ended_at), id",
            (session_id,),
        )
        return [set_result(row) for row in rows]

    def hurt_marks(self, session_id: int) -> list[HurtMark]:
        rows = self.connection.execute(
            "SELECT item_index, exercise_id, set_number, side, at, workout_ms"
            " FROM hurt_marks WHERE session_id = ? ORDER BY workout_ms, id",
            (session_id,),
        )
        return [
            HurtMark(r[0], r[1], r[2], SIDES[r[3]], datetime.fromisoformat(r[4]), r[5])
            for r in rows
        ]

    def _snapshot(self, session_id: int) -> str | None:
        row = self.connection.execute(
            "SELECT routine_json FROM sessions WHERE id = ?", (session_id,)
        ).fetchone()
        return None if row is None else str(row[0])

    def progress(self, session_id: int) -> WorkoutProgress | None:
        """Planned against done for one session, or None when there is no such session. When
        its routine snapshot no longer reads, the sets as recorded stand for the plan."""
        snapshot = self._snapshot(session_id)
        if snapshot is None:
            return None
        sets = self.sets(session_id)
        planned = self.plans.planned(snapshot) or PlannedWork.as_recorded(sets)
        return workout_progress(planned, sets, self.hurt_marks(session_id))

    def resume_point(self, session_id: int) -> tuple[int, int] | None:
        """(item index, set number) of the first set still to play, or None when nothing is
        left, or when the routine as played no longer reads (it could not be played)."""
        snapshot = self._snapshot(session_id)
        planned = None if snapshot is None else self.plans.planned(snapshot)
        if planned is None:
            return None
        return workout_progress(planned, self.sets(session_id)).resume_point()

    def resume_offer(self) -> ResumeOffer | None:
        """The newest interrupted session that may be resumed and has sets left to play."""
        row = self.connection.execute(
            "SELECT id FROM sessions WHERE status = ? AND can_resume = 1"
            " ORDER BY julianday(started_at) DESC, id DESC LIMIT 1",
            (SessionStatus.INTERRUPTED,),
        ).fetchone()
        if row is None:
            return None
        record = self.session(row[0])
        point = self.resume_point(row[0])
        if record is None or point is None:
            return None
        sets = tuple(self.sets(record.id))
        return ResumeOffer(
            session_id=record.id,
            routine_id=record.routine_id,
            routine_name=record.routine_name,
            routine=record.routine,
            started_at=record.started_at,
            item_index=point[0],
            set_number=point[1],
            sets=sets,
            hurts=tuple(self.hurt_marks(record.id)),
            taken_ms=time_taken_ms(sets),
        )

    @staticmethod
    def _session(row: tuple[Any, ...]) -> SessionRecord:
        (id_, routine_id, name, routine_json, total, started, ended, status) = row[:8]
        effort, pain, note, can_resume = row[8:12]
        return SessionRecord(
            id=id_,
            routine_id=routine_id,
            routine_name=name,
            routine=json.loads(routine_json),
            plan_total_ms=total,
            started_at=datetime.fromisoformat(started),
            ended_at=None if ended is None else datetime.fromisoformat(ended),
            status=SessionStatus(status),
            effort=effort,
            pain=pain,
            note=note,
            can_resume=bool(can_resume),
        )
