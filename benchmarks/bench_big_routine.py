"""The biggest routine the format allows: listing its cues, the first paint with it, and growth.

The biggest routine is the one with the most segments within the limits (docs/routine-format.md):
50 items of 20 sets, each side, of 7 reps at the fastest tempo (0.5 s up, 0.5 s down), no rest,
set-up or switch — 28 000 segments and 3:53:20 of work, just under the 4-hour limit.

Goals, each printed with its figure:
- ``calfplayer show FILE --cues`` (coach level, the most cues) of that routine, a whole process
  from start to exit, under 2 s (median of several runs);
- the window's first paint with that routine among the person's own at most 1.10x the first
  paint without it, launched alternately in the same run (medians; see bench_startup.py for how
  the paint is reported). A third launch, with a one-exercise routine of the person's instead, is
  printed beside them to show what share of the difference is one more card of any size;
- the time per item of ``show --cues`` (in one process, interpreter start-up left out) flat from
  8 to 32 items: the 32-item routine's time per item at most 1.25x the 8-item one's. This one is
  the process's CPU time, not the wall clock: it is about how the work grows, and on a shared
  machine other processes' bursts would otherwise land on one size and not another.

    python benchmarks/bench_big_routine.py [--runs N]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_startup import launch_app

from calfplayer.cli import parse_args, run_command

ROOT = Path(__file__).resolve().parent.parent
GOAL_SHOW_S = 2.0
GOAL_PAINT_RATIO = 1.10
GOAL_GROWTH = 1.25
SIZES = (8, 16, 32)

ITEM = {
    "exercise": "calf-raise",
    "sets": 20,
    "reps": 7,
    "tempo": {"up": 0.5, "top": 0, "down": 0.5},
    "rest": 0,
    "setup": 0,
    "per_side": True,
    "switch": 0,
}


def routine(items: int, item: dict[str, object] = ITEM) -> dict[str, object]:
    return {"format": 1, "id": f"big-{items}", "name": f"Big {items}", "items": [item] * items}


def write(path: Path, items: int, item: dict[str, object] = ITEM) -> Path:
    path.write_text(json.dumps(routine(items, item)), encoding="utf-8")
    return path


def time_show_process(path: Path, env: dict[str, str]) -> tuple[float, float]:
    """Wall time from start to exit, and the CPU time the process used (for reading)."""
    cpu_before = _children_cpu()
    began = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "calfplayer", "show", str(path), "--cues"],
        check=True,
        stdout=subprocess.DEVNULL,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    return time.perf_counter() - began, _children_cpu() - cpu_before


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cpu_of_show_in_process(path: Path) -> float:
    args = parse_args(["show", str(path), "--cues"])
    out = io.StringIO()
    began = time.process_time()
    status = run_command(args, out, sys.stderr)
    elapsed = time.process_time() - began
    if status != 0:
        raise SystemExit(f"show --cues of {path} failed ({status})")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "calfplayer")], check=True, env=env
    )
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        biggest = write(folder / "biggest.json", 50)

        timed = [time_show_process(biggest, env) for _ in range(runs)]
        show = [wall for wall, _cpu in timed]
        show_s = statistics.median(show)
        cpu_s = statistics.median(cpu for _wall, cpu in timed)
        print(f"show --cues of the biggest routine: {show_s:.2f} s median of {runs} runs")
        print(f"  (min {min(show):.2f} s, max {max(show):.2f} s; goal < {GOAL_SHOW_S:.1f} s)")
        print(f"  its CPU time: {cpu_s:.2f} s median (for reading, not the goal)")

        without = {**env, "CALFPLAYER_DATA_DIR": str(folder / "without")}
        with_big = {**env, "CALFPLAYER_DATA_DIR": str(folder / "with")}
        with_small = {**env, "CALFPLAYER_DATA_DIR": str(folder / "small")}
        (folder / "with" / "routines").mkdir(parents=True)
        write(folder / "with" / "routines" / "biggest.json", 50)
        (folder / "small" / "routines").mkdir(parents=True)
        write(folder / "small" / "routines" / "small.json", 1, {"exercise": "calf-raise"})
        for launched in (without, with_big, with_small):
            launch_app(launched)  # warm the file cache for each
        plain: list[float] = []
        big: list[float] = []
        small: list[float] = []
        for _ in range(runs):
            plain.append(launch_app(without))
            big.append(launch_app(with_big))
            small.append(launch_app(with_small))
        plain_ms = statistics.median(plain) * 1000
        big_ms = statistics.median(big) * 1000
        small_ms = statistics.median(small) * 1000
        print(f"first paint without it: {plain_ms:.0f} ms, with it: {big_ms:.0f} ms")
        print(f"  ratio {big_ms / plain_ms:.2f}x (goal <= {GOAL_PAINT_RATIO:.2f}x)")
        print(
            f"  with a one-exercise routine instead: {small_ms:.0f} ms, "
            f"{small_ms / plain_ms:.2f}x (for reading, not the goal)"
        )

        per_item: dict[int, float] = {}
        for items in SIZES:
            path = write(folder / f"items-{items}.json", items)
            cpu_of_show_in_process(path)  # the first run imports what show needs
            per_item[items] = statistics.median(
                cpu_of_show_in_process(path) / items for _ in range(runs)
            )
        cells = ", ".join(f"{items} items {per_item[items] * 1000:.1f} ms" for items in SIZES)
        growth = per_item[SIZES[-1]] / per_item[SIZES[0]]
        print(f"show --cues CPU time per item: {cells}")
        print(f"  {SIZES[-1]} / {SIZES[0]} items: {growth:.2f}x (goal <= {GOAL_GROWTH:.2f}x)")
    met = show_s < GOAL_SHOW_S and big_ms / plain_ms <= GOAL_PAINT_RATIO and growth <= GOAL_GROWTH
    print("all goals met" if met else "a goal is missed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
