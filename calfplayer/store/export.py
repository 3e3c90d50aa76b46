"""The history as CSV (one row per set, for a spreadsheet) or JSON (everything, for programs).

A session with no sets still gets one CSV row, so every session shows with its status.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any, TextIO

from calfplayer.domain.record import SessionRecord, SetResult
from calfplayer.store.history import HistoryStore

EXPORT_FORMAT = 1
# One row per set attempt and one per "that hurt" mark (``row`` says which), each with its
# session's facts; a session with neither still gets one row. Every field of the JSON export is
# here but the routine's own definition (the JSON's "routine"), which is no log of what was done.
CSV_COLUMNS = (
    "session",
    "date",
    "time",
    "routine_id",
    "routine",
    "status",
    "share_done",
    "effort",
    "pain",
    "note",
    "started_at",
    "ended_at",
    "planned_s",
    "row",
    "item",
    "exercise",
    "side",
    "set",
    "attempt",
    "reps_planned",
    "reps_done",
    "hold_planned_s",
    "hold_done_s",
    "partial",
    "checkpoint",
    "set_started_s",
    "set_ended_s",
    "set_started_at",
    "set_ended_at",
    "hurt_at",
    "hurt_at_s",
)
_LINE_COLUMNS = CSV_COLUMNS[CSV_COLUMNS.index("row") :]


def _seconds(ms: int) -> str:
    return f"{ms / 1000:g}"


def _blank(value: int | None) -> str:
    return "" if value is None else str(value)


def _share(store: HistoryStore, session_id: int) -> float:
    progress = store.progress(session_id)
    return 0.0 if progress is None else progress.share_done


def csv_rows(
    store: HistoryStore, since: date | None = None, names: Mapping[str, str] | None = None
) -> list[list[str]]:
    """Oldest first, as a person reads a log; ``names`` turns exercise ids into names."""
    names = names or {}
    rows: list[list[str]] = []
    for session in reversed(store.sessions(since)):
        head = [
            str(session.id),
            session.started_at.date().isoformat(),
            session.started_at.strftime("%H:%M"),
            session.routine_id,
            session.routine_name,
            session.status.value,
            f"{_share(store, session.id):.2f}",
            _blank(session.effort),
            _blank(session.pain),
            session.note,
            _stamp(session.started_at) or "",
            _stamp(session.ended_at) or "",
            _seconds(session.plan_total_ms),
        ]
        lines: list[dict[str, str]] = []
        for done in store.sets(session.id):
            lines.append(
                {
                    "row": "set",
                    "item": str(done.item_index),
                    "exercise": names.get(done.exercise_id, done.exercise_id),
                    "side": "" if done.side is None else done.side.value,
                    "set": str(done.set_number),
                    "attempt": str(done.attempt),
                    "reps_planned": str(done.reps_planned),
                    "reps_done": str(done.reps_done),
                    "hold_planned_s": _seconds(done.hold_planned_ms),
                    "hold_done_s": _seconds(done.hold_done_ms),
                    "partial": "yes" if done.partial else "no",
                    "checkpoint": "yes" if done.checkpoint else "no",
                    "set_started_s": _seconds(done.started_ms),
                    "set_ended_s": _seconds(done.ended_ms),
                    "set_started_at": _stamp(done.started_at) or "",
                    "set_ended_at": _stamp(done.ended_at) or "",
                }
            )
        for mark in store.hurt_marks(session.id):
            lines.append(
                {
                    "row": "that hurt",
                    "item": str(mark.item_index),
                    "exercise": names.get(mark.exercise_id, mark.exercise_id),
                    "side": "" if mark.side is None else mark.side.value,
                    "set": str(mark.set_number),
                    "hurt_at": _stamp(mark.at) or "",
                    "hurt_at_s": _seconds(mark.workout_ms),
                }
            )
        for line in lines or [{}]:
            rows.append([*head, *(line.get(column, "") for column in _LINE_COLUMNS)])
    return rows


def write_csv(
    store: HistoryStore,
    out: TextIO,
    since: date | None = None,
    names: Mapping[str, str] | None = None,
) -> int:
    """Writes the CSV; returns how many sessions it holds."""
    rows = csv_rows(store, since, names)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(rows)
    return len({row[0] for row in rows})


def _stamp(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="milliseconds")


def _set_json(done: SetResult) -> dict[str, Any]:
    return {
        "item_index": done.item_index,
        "exercise": done.exercise_id,
        "set": done.set_number,
        "side": None if done.side is None else done.side.value,
        "reps_planned": done.reps_planned,
        "reps_done": done.reps_done,
        "hold_planned_ms": done.hold_planned_ms,
        "hold_done_ms": done.hold_done_ms,
        "started_ms": done.started_ms,
        "ended_ms": done.ended_ms,
        "started_at": _stamp(done.started_at),
        "ended_at": _stamp(done.ended_at),
        "partial": done.partial,
        "attempt": done.attempt,
        # the set as it stood when the app was cut off during it
        "checkpoint": done.checkpoint,
    }


def session_json(store: HistoryStore, session: SessionRecord) -> dict[str, Any]:
    return {
        "id": session.id,
        "routine_id": session.routine_id,
        "routine_name": session.routine_name,
        "routine": session.routine,
        "plan_total_ms": session.plan_total_ms,
        "started_at": _stamp(session.started_at),
        "ended_at": _stamp(session.ended_at),
        "status": session.status.value,
        "share_done": round(_share(store, session.id), 4),
        "effort": session.effort,
        "pain": session.pain,
        "note": session.note,
        "sets": [_set_json(done) for done in store.sets(session.id)],
        "hurt_marks": [
            {
                "item_index": mark.item_index,
                "exercise": mark.exercise_id,
                "set": mark.set_number,
                "side": None if mark.side is None else mark.side.value,
                "at": _stamp(mark.at),
                "workout_ms": mark.workout_ms,
            }
            for mark in store.hurt_marks(session.id)
        ],
    }


def write_json(store: HistoryStore, out: TextIO, since: date | None = None) -> int:
    """Writes every session, newest first, with its sets and marks; returns how many."""
    sessions = store.sessions(since)
    document = {
        "format": EXPORT_FORMAT,
        "since": None if since is None else since.isoformat(),
        "sessions": [session_json(store, session) for session in sessions],
    }
    json.dump(document, out, indent=2, ensure_ascii=False)
    out.write("\n")
    return len(sessions)
