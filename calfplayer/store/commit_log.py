"""An outside witness of what the history has committed, for the kill -9 test of the real app.

With ``CALFPLAYER_COMMIT_LOG=FILE`` in the environment, the app appends one JSON line per set to
FILE right after the set's transaction committed, and makes the line durable before going on. A
test that kills the app at any moment can then check that every set in FILE is in the history.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

from calfplayer.domain.record import SetResult

COMMIT_LOG_ENV = "CALFPLAYER_COMMIT_LOG"


def commit_logger(path: Path) -> Callable[[int, SetResult], None]:
    def log(session_id: int, result: SetResult) -> None:
        line = {
            "session": session_id,
            "item": result.item_index,
            "set": result.set_number,
            "side": None if result.side is None else result.side.value,
            "partial": result.partial,
        }
        try:
            with path.open("a", encoding="utf-8") as out:
                out.write(json.dumps(line) + "\n")
                out.flush()
                os.fsync(out.fileno())
        except OSError:
            pass  # the witness failing must never disturb the workout

    return log


def commit_logger_from_env() -> Callable[[int, SetResult], None] | None:
    wanted = os.environ.get(COMMIT_LOG_ENV)
    return commit_logger(Path(wanted)) if wanted else None
