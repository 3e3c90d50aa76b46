"""The log of steps applied to routines: one JSON line per step, in the data folder.

A file of its own rather than a table in the history: it is only ever appended to, and each line
goes down in one ``write`` on a file opened for appending, then is synced, so two writers never
interleave inside a line and a crash leaves at most a torn last line. Reading passes over a line
that does not read (and says how many), and the next step written starts on a line of its own.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from calfplayer.domain.progression import AdviceKind, AppliedStep

LOG_FORMAT = 1


@dataclass(frozen=True)
class ReadSteps:
    steps: list[AppliedStep]  # oldest first
    unreadable: int  # lines passed over (torn by a crash, or edited by hand)


def _line(step: AppliedStep) -> bytes:
    record = {
        "format": LOG_FORMAT,
        "at": step.at.isoformat(timespec="seconds"),
        "kind": step.kind.value,
        "routine_id": step.routine_id,
        "routine_name": step.routine_name,
        "change": step.change,
    }
    return (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")


def append_step(path: Path, step: AppliedStep) -> None:
    """Adds one line; raises OSError (the file is then as it was, or has a torn last line that
    reading passes over)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        line = _line(step)
        size = os.fstat(descriptor).st_size
        if size and _last_byte(path, size) != b"\n":
            line = b"\n" + line  # after a torn line: start afresh on a line of its own
        written = os.write(descriptor, line)
        if written != len(line):
            raise OSError(f"only {written} of {len(line)} bytes were written")
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _last_byte(path: Path, size: int) -> bytes:
    with path.open("rb") as stream:
        stream.seek(size - 1)
        return stream.read(1)


def _step(line: str) -> AppliedStep | None:
    try:
        record = json.loads(line)
        at = datetime.fromisoformat(record["at"])
        if at.tzinfo is None or record.get("format") != LOG_FORMAT:
            return None
        return AppliedStep(
            at=at,
            kind=AdviceKind(record["kind"]),
            routine_id=str(record["routine_id"]),
            routine_name=str(record["routine_name"]),
            change=str(record["change"]),
        )
    except (ValueError, KeyError, TypeError):
        return None


def read_steps(path: Path) -> ReadSteps:
    """Every step applied, oldest first; none while there is no log. Raises OSError when the
    file cannot be read."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return ReadSteps([], 0)
    steps: list[AppliedStep] = []
    unreadable = 0
    for line in data.decode("utf-8", errors="replace").splitlines():
        if not line.strip():
            continue
        step = _step(line)
        if step is None:
            unreadable += 1
            continue
        steps.append(step)
    steps.sort(key=lambda step: step.at)
    return ReadSteps(steps, unreadable)
