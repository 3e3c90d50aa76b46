"""Committing one set to the history (WAL, synchronous=FULL, one transaction) against a bare
sqlite3 insert + commit of the same row, measured in the same run, interleaved.

Goal: p95 of a set commit at most 10 ms and at most 1.5x the bare insert's p95.

The set in progress is also kept after each rep (a checkpoint, one transaction replacing the row
of the one before); the second part measures that: a checkpoint's commit against a set commit, and
what a whole set of 15 reps costs with its 14 checkpoints against the set alone.

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
from calfplayer.domain.plan import Plan, build_plan
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
    parser.add_argument(
        "--checkpointed-sets", type=int, default=40, help="sets played rep by rep with checkpoints"
    )
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
        checkpoints, finals, whole = _checkpointed(store, plan, result, start, args)
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
    cp95 = percentile(checkpoints, 0.95)
    print(f"checkpoints of the set in progress: {len(checkpoints)} (after each of 14 reps per set)")
    print(
        f"  median {statistics.median(checkpoints):.2f} ms  p95 {cp95:.2f} ms"
        f"  max {max(checkpoints):.2f} ms;  ratio p95 checkpoint/set commit: {cp95 / p95:.2f}x"
    )
    print(
        f"  the set replacing its checkpoint: median {statistics.median(finals):.2f} ms"
        f"  p95 {percentile(finals, 0.95):.2f} ms"
    )
    alone = statistics.median(ours)
    print(
        f"  a whole 15-rep set with checkpoints: median {statistics.median(whole):.2f} ms of"
        f" writing, {statistics.median(whole) / alone:.1f}x the set alone ({alone:.2f} ms),"
        f" spread over the set's {15 * 3} s"
    )
    return 0


def _checkpointed(
    store: HistoryStore, plan: Plan, result: SetResult, start: datetime, args: argparse.Namespace
) -> tuple[list[float], list[float], list[float]]:
    """Plays sets rep by rep into a session of their own: each rep's checkpoint, then the set."""
    session_id = store.start_session(plan, start)
    checkpoints: list[float] = []
    finals: list[float] = []
    whole: list[float] = []
    for number in range(args.checkpointed_sets):
        moment = start + timedelta(minutes=number)
        done = result._replace(set_number=number + 1, started_at=moment, ended_at=moment)
        row = None
        total = 0.0
        for rep in range(1, 15):
            began = time.perf_counter_ns()
            row = store.save_checkpoint(session_id, done._replace(reps_done=rep), row)
            took = (time.perf_counter_ns() - began) / 1e6
            checkpoints.append(took)
            total += took
        began = time.perf_counter_ns()
        store.add_set(session_id, done, replacing=row)
        took = (time.perf_counter_ns() - began) / 1e6
        finals.append(took)
        whole.append(total + took)
    return checkpoints, finals, whole


if __name__ == "__main__":
    sys.exit(main())
