"""Committing one set to the history (WAL, synchronous=FULL, one transaction) against a bare
sqlite3 insert + commit of the same row, measured in the same run, interleaved.

Goal: p95 of a set commit at most 10 ms and at most 1.5x the bare insert's p95.

    python benchmarks/bench_set_commit.py [--sets N] [--dir DIR]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from calfplayer.domain.clock import SystemClock
from calfplayer.domain.exercises import Catalogue
from calfplayer.domain.plan import build_plan
from calfplayer.domain.record import SetResult
from calfplayer.domain.routines import parse_routine
from calfplayer.resources import asset
from calfplayer.store.history import HistoryStore

GOAL_P95_MS = 10.0
GOAL_RATIO = 1.5
ROUTINE = {
    "format": 1,
    "id": "bench",
    "name": "Benchmark",
    "items": [{"exercise": "calf-raise", "sets": 20, "reps": 15}],
}
BARE_TABLE = """CREATE TABLE sets (
    id INTEGER PRIMARY KEY, session_id INTEGER, item_index INTEGER, exercise_id TEXT,
    set_number INTEGER, side TEXT, reps_planned INTEGER, reps_done INTEGER,
    hold_planned_ms INTEGER, hold_done_ms INTEGER, started_ms INTEGER, ended_ms INTEGER,
    started_at TEXT, ended_at TEXT, partial INTEGER)"""


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def _bare(path: Path, *pragmas: str) -> sqlite3.Connection:
    connection = sqlite3.connect(path)
    for pragma in pragmas:
        connection.execute(pragma)
    connection.execute(BARE_TABLE)
    connection.commit()
    return connection


def _bare_insert(connection: sqlite3.Connection, number: int, moment: datetime) -> None:
    connection.execute(
        "INSERT INTO sets (session_id, item_index, exercise_id, set_number, side,"
        " reps_planned, reps_done, hold_planned_ms, hold_done_ms, started_ms, ended_ms,"
        " started_at, ended_at, partial) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (1, 0, "calf-raise", number + 1, None, 15, 15, 0, 0, 0, 45_000,
         moment.isoformat(), moment.isoformat(), 0),
    )  # fmt: skip
    connection.commit()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", type=int, default=400)
    parser.add_argument("--dir", type=Path, default=None, help="where the files go (a real disk)")
    args = parser.parse_args()
    plan = build_plan(parse_routine(ROUTINE, "bench", Catalogue.load(asset("exercises"))))
    start = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    result = SetResult(0, "calf-raise", 1, None, 15, 15, 0, 0, 0, 45_000, start, start, False)
    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        store, _ = HistoryStore.open(Path(folder) / "history.sqlite3", SystemClock())
        session_id = store.start_session(plan, start)
        bare = _bare(Path(folder) / "bare.sqlite3")
        # The same insert with the history's pragmas: what the store's own code adds.
        bare_wal = _bare(Path(folder) / "bare-wal.sqlite3", "PRAGMA journal_mode = WAL")
        bare_wal.execute("PRAGMA synchronous = FULL")
        ours: list[float] = []
        baseline: list[float] = []
        same_pragmas: list[float] = []
        for number in range(args.sets):
            moment = start + timedelta(minutes=number)
            row = result._replace(set_number=number + 1, started_at=moment, ended_at=moment)
            began = time.perf_counter_ns()
            store.add_set(session_id, row)
            ours.append((time.perf_counter_ns() - began) / 1e6)
            for connection, samples in ((bare, baseline), (bare_wal, same_pragmas)):
                began = time.perf_counter_ns()
                _bare_insert(connection, number, moment)
                samples.append((time.perf_counter_ns() - began) / 1e6)
        journal = bare.execute("PRAGMA journal_mode").fetchone()[0]
        sync = bare.execute("PRAGMA synchronous").fetchone()[0]
        store.close()
        bare.close()
        bare_wal.close()
    p95, bare_p95 = percentile(ours, 0.95), percentile(baseline, 0.95)
    ratio = p95 / bare_p95
    print(f"set commits: {args.sets}, sqlite {sqlite3.sqlite_version}, files in {folder}")
    print(f"bare insert+commit (journal_mode={journal}, synchronous={sync}):")
    print(
        f"  median {statistics.median(baseline):.2f} ms  p95 {bare_p95:.2f} ms"
        f"  max {max(baseline):.2f} ms"
    )
    print("bare insert+commit with the history's pragmas (WAL, synchronous=FULL):")
    print(
        f"  median {statistics.median(same_pragmas):.2f} ms"
        f"  p95 {percentile(same_pragmas, 0.95):.2f} ms  max {max(same_pragmas):.2f} ms"
    )
    print("history set commit (WAL, synchronous=FULL, replace-or-insert in one transaction):")
    print(f"  median {statistics.median(ours):.2f} ms  p95 {p95:.2f} ms  max {max(ours):.2f} ms")
    verdict = "met" if p95 <= GOAL_P95_MS and ratio <= GOAL_RATIO else "NOT met"
    print(
        f"ratio p95 history/bare: {ratio:.2f}x  (goal p95 <= {GOAL_P95_MS:g} ms and"
        f" <= {GOAL_RATIO:g}x: {verdict})"
    )
    same = p95 / percentile(same_pragmas, 0.95)
    print(f"ratio p95 history/bare with the same pragmas: {same:.2f}x (the store's own overhead)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
