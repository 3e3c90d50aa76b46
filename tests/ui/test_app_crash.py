"""The real app, killed with SIGKILL at random moments of a workout, never loses a set it reported.

Started as ``python -m calfplayer --data-dir D --routine FILE --start`` (offscreen) on a routine of
one set a second, with CALFPLAYER_COMMIT_LOG naming a file where the app writes each set right
after committing it. After every kill: each logged set is in the history, the next start marks
the session interrupted, and SQLite's integrity check is ok.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from calfplayer.domain.clock import FakeClock
from calfplayer.paths import AppPaths
from calfplayer.store.commit_log import COMMIT_LOG_ENV
from calfplayer.store.recorder import prepare_history
from tests.store.crash_driver import FAST_ROUTINE

KILLS = 10


def _rows(path: Path, sql: str, parameters: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql, parameters).fetchall()
    finally:
        connection.close()


def _logged(log: Path) -> list[dict[str, object]]:
    if not log.exists():
        return []
    # A kill may land in the middle of a line; a line is only a promise once it is whole.
    return [json.loads(line) for line in log.read_text().splitlines(keepends=True) if "\n" in line]


@pytest.mark.slow
def test_the_app_killed_at_random_moments_keeps_every_committed_set(tmp_path):
    data = tmp_path / "data"
    paths = AppPaths.under(data)
    routine = tmp_path / "fast.json"
    routine.write_text(json.dumps(FAST_ROUTINE), encoding="utf-8")
    log = tmp_path / "commits.jsonl"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{COMMIT_LOG_ENV: str(log)})
    env.pop("CALFPLAYER_DATA_DIR", None)
    command = [sys.executable, "-m", "calfplayer", "--data-dir", str(data)]
    command += ["--routine", str(routine), "--start", "--no-voice"]
    chooser = random.Random()
    seed = chooser.randrange(1 << 30)
    chooser.seed(seed)
    for kill in range(KILLS):
        before = len(_logged(log))
        app = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        # Wait for the first set of this run, then kill within the next 4 s (of a 9 s workout).
        deadline = time.monotonic() + 30
        while len(_logged(log)) == before and app.poll() is None:
            assert time.monotonic() < deadline, "the app never committed a set"
            time.sleep(0.02)
        assert app.poll() is None, app.stderr.read() if app.stderr else ""
        time.sleep(chooser.uniform(0.0, 4.0))
        os.kill(app.pid, signal.SIGKILL)
        app.wait()
        if app.stderr is not None:
            app.stderr.close()
        context = f"kill {kill + 1} (seed {seed})"

        reported: dict[int, set[tuple[object, ...]]] = {}
        for line in _logged(log):
            key = (line["item"], line["set"], line["side"])
            reported.setdefault(int(str(line["session"])), set()).add(key)
        at_start = prepare_history(paths, FakeClock())  # what the next start does

        assert at_start.notice is None, context
        assert _rows(paths.history_db, "PRAGMA integrity_check") == [("ok",)], context
        statuses = dict(_rows(paths.history_db, "SELECT id, status FROM sessions"))
        assert "in progress" not in statuses.values(), context
        for session_id, wanted in reported.items():
            assert statuses[session_id] == "interrupted", context
            sql = "SELECT item_index, set_number, side FROM sets WHERE session_id = ?"
            kept = set(_rows(paths.history_db, sql, (session_id,)))
            assert wanted <= kept, context
    sessions = {line["session"] for line in _logged(log)}
    assert len(sessions) == KILLS  # each run recorded into its own session
    assert len(_logged(log)) >= KILLS
