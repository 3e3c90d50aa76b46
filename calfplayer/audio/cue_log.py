"""``--cue-log FILE``: one JSON line per cue, so a recording can be held against the schedule.

Each line has the cue's key, text and due time (workout ms), the moment play was asked for
(monotonic ms and wall clock) and how it was played: ``cached`` (a rendered file), ``live``
(synthesised on the spot), or ``dropped`` with a ``reason`` (muted, late, replaced, …).
The asked moment is the speaker's clock (whole ms); the played moments are measured here on the
system's clocks, which is the same monotonic timeline whenever the app runs on the system clock.
"""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from calfplayer.domain.cues import Cue

CACHED = "cached"
LIVE = "live"
DROPPED = "dropped"


class CueLog:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._stream: TextIO | None = path.open("a", encoding="utf-8", buffering=1)

    def record(
        self, cue: Cue, how: str, asked_monotonic_ms: float, reason: str | None = None
    ) -> None:
        if self._stream is None:
            return
        line = {
            "key": cue.key,
            "text": cue.text,
            "due_ms": cue.due_ms,
            "asked_monotonic_ms": round(asked_monotonic_ms, 1),
            "played_monotonic_ms": round(time.monotonic_ns() / 1e6, 1),
            "played_wall": datetime.now(UTC).isoformat(timespec="milliseconds"),
            "how": how,
        }
        if reason is not None:
            line["reason"] = reason
        self._stream.write(json.dumps(line, ensure_ascii=False) + "\n")

    def close(self) -> None:
        if self._stream is not None:
            self._stream.close()
            self._stream = None


def read_cue_log(path: Path) -> list[dict[str, object]]:
    """The lines of a cue log, for tests and benchmarks; a torn last line is ignored."""
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            entries.append(json.loads(line))
        except ValueError:
            continue
    return entries
