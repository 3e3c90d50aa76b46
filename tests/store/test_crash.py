"""Killing the writer at random moments never loses a set that was reported done.

The writer is tests/store/crash_driver.py, which plays a fast routine in real time through the same
Session and HistoryRecorder the player uses. Once the window can play a routine with ``--start``,
the same checks apply to the app started as ``calfplayer --data-dir D --routine ID --start``.
"""

from __future__ import annotations

import random
import sqlite3
import time
from pathlib import Path

import pytest

from calfplayer.domain.clock import FakeClock
from calfplayer.paths import AppPaths
from calfplayer.store.recorder import prepare_history
from tests.store.history_helpers import Driver

KILLS = 12


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


@pytest.mark.slow
def test_every_reported_set_survives_a_kill_at_a_random_moment(tmp_path):
    paths = AppPaths.under(tmp_path / "data")
    chooser = random.Random()
    seed = chooser.randrange(1 << 30)
    chooser.seed(seed)
    reported: dict[int, set[tuple[object, ...]]] = {}
    for kill in range(KILLS):
        driver = Driver(paths.data)
        driver.wait_for(lambda lines: any(line["event"] == "start" for line in lines))
        time.sleep(chooser.uniform(0.0, 3.5))
        driver.kill()
        for line in driver.sets():
            key = (line["item"], line["set"], line["side"])
            reported.setdefault(line["session"], set()).add(key)
        context = f"kill {kill + 1} (seed {seed}): {driver.lines}"

        at_start = prepare_history(paths, FakeClock())

        assert at_start.notice is None, context
        assert _rows(paths.history_db, "PRAGMA integrity_check") == [("ok",)], context
        statuses = dict(_rows(paths.history_db, "SELECT id, status FROM sessions"))
        assert "in progress" not in statuses.values(), context
        for session_id, wanted in reported.items():
            assert statuses[session_id] == "interrupted", context
            kept = set(
                _rows(
                    paths.history_db,
                    "SELECT item_index, set_number, side FROM sets"
                    f" WHERE session_id = {session_id}",
                )
            )
            assert wanted <= kept, context
    # Kills land up to 3.5 s in, at one set a second: most runs had committed sets to lose.
    assert sum(len(sets) for sets in reported.values()) >= KILLS // 2, reported
