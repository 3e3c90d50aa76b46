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
CSV_COLUMNS = (
    "session",
    "date",
    "time",
    "routine",
    "exercise",
    "side",
    "set",
    "reps_planned",
    "reps_done",
    "hold_planned_s",
    "hold_done_s",
    "partial",
    "effort",
    "pain",
    "status",
)


def _seconds(ms: int) -> str:
    return f"{ms / 1000:g}"


def _blank(value: int | None) -> str:
    return "" if value is None else str(value)


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
            session.routine_name,
        ]
        tail = [_blank(session.effort), _blank(session.pain), session.status.value]
        sets = store.sets(session.id)
        if not sets:
            rows.append([*head, "", "", "", "", "", "", "", "", *tail])
        for done in sets:
            rows.append(
                [
                    *head,
                    names.get(done.exercise_id, done.exercise_id),
                    "" if done.side is None else done.side.value,
                    str(done.set_number),
                    str(done.reps_planned),
                    str(done.reps_done),
                    _seconds(done.hold_planned_ms),
                    _seconds(done.hold_done_ms),
                    "yes" if done.partial else "no",
                    *tail,
                ]
            )
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
