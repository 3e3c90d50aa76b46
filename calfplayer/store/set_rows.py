"""A set as a row of the history file's ``sets`` table, read back; and, over those rows, which
sessions were stored as completed without every set done (the upgrade to honest statuses).

Kept apart from history.py so that the schema's migrations (db.py) can read sets without
importing the store that opens the file.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import Any

from calfplayer.domain.progress import workout_progress
from calfplayer.domain.record import SessionStatus, SetResult
from calfplayer.domain.routines import Side
from calfplayer.store.snapshots import built_in_plans

SIDES: dict[str | None, Side | None] = {None: None, **{side.value: side for side in Side}}


# The columns of a version-2 file (what its migration to version 3 can read), and of today's.
SET_COLUMNS_V2 = (
    "item_index, exercise_id, set_number, side, reps_planned, reps_done, hold_planned_ms,"
    " hold_done_ms, started_ms, ended_ms, started_at, ended_at, partial, attempt"
)
SET_COLUMNS = f"{SET_COLUMNS_V2}, checkpoint"


def set_result(row: tuple[Any, ...]) -> SetResult:
    """A row starting with SET_COLUMNS (any columns after them are left alone)."""
    parse = datetime.fromisoformat
    item_index, exercise_id, set_number, side, reps_planned, reps_done = row[:6]
    hold_planned_ms, hold_done_ms, started_ms, ended_ms, started_at, ended_at = row[6:12]
    return SetResult(
        item_index,
        exercise_id,
        set_number,
        SIDES[side],
        reps_planned,
        reps_done,
        hold_planned_ms,
        hold_done_ms,
        started_ms,
        ended_ms,
        parse(started_at),
        parse(ended_at),
        bool(row[12]),
        row[13],
        bool(row[14]),
    )


def completed_in_name_only(connection: sqlite3.Connection) -> list[int]:
    """Sessions stored as completed that have planned sets not done in full (skipped or cut
    short): the upgrade to statuses that say what happened calls them partial."""
    plans = built_in_plans()
    found = []
    rows = connection.execute(
        "SELECT id, routine_json FROM sessions WHERE status = ?", (SessionStatus.COMPLETED,)
    ).fetchall()
    for session_id, snapshot in rows:
        planned = plans.planned(snapshot)
        if planned is None:
            continue  # the plan cannot be read back: what the file says stands
        sets = [
            set_result(row)
            for row in connection.execute(
                f"SELECT {SET_COLUMNS_V2}, 0 FROM sets WHERE session_id = ?"
                " ORDER BY julianday(ended_at), id",
                (session_id,),
            )
        ]
        progress = workout_progress(planned, sets)
        if progress.status(stopped=False) is not SessionStatus.COMPLETED:
            found.append(session_id)
    return found
