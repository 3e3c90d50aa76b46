"""A one-year progress report from a history of 10 000 sessions.

Goal: `calfplayer report` for a year (reading the year's sessions, working out the content and
drawing the PDF) takes at most 3 s, median of three runs, timed end to end as a person runs it
(a new process each time, Python and Qt start-up included). The year holds every session: the
generated history puts all 10 000 in the last 52 weeks, with the plan for the week set and a
step applied. One run in this process splits the time into reading + content and drawing.

    python benchmarks/bench_report.py [--sessions N] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from calfplayer.app.application import Application
from calfplayer.app.report import Period
from calfplayer.domain.clock import FakeClock
from calfplayer.domain.progression import AdviceKind, AppliedStep
from calfplayer.paths import AppPaths
from calfplayer.store.step_log import append_step
from calfplayer.ui.report_pdf import Paper, write_pdf
from tools.sample_history import fill_history

GOAL_S = 3.0
LAST_DAY = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)


def prepare(paths: AppPaths, sessions: int) -> None:
    started = time.perf_counter()
    filled = fill_history(paths.history_db, weeks=52, sessions=sessions, today=LAST_DAY)
    print(
        f"generated {filled.sessions} sessions, {filled.sets} sets in one year"
        f" in {time.perf_counter() - started:.1f} s"
    )
    clock = FakeClock(wall_start=LAST_DAY - timedelta(weeks=53))
    app = Application.create(paths, clock)
    app.plan.add_routine("gentle-start", "mon,wed,fri", "18:00")
    app.history.close()
    append_step(
        paths.step_log,
        AppliedStep(
            LAST_DAY - timedelta(weeks=20),
            AdviceKind.STEP_UP,
            "gentle-start-mine",
            "Gentle start (mine)",
            "Two more reps per set: Calf raise 10 → 12 reps",
        ),
    )


def in_process(paths: AppPaths, period: Period, target: Path) -> None:
    app = Application.create(paths, FakeClock(wall_start=LAST_DAY))
    started = time.perf_counter()
    report = app.report(period, include_notes=True)
    content = time.perf_counter() - started
    started = time.perf_counter()
    pages = write_pdf(report, target, Paper.A4)
    drawing = time.perf_counter() - started
    app.history.close()
    print(
        f"in one process: reading + content {content:.2f} s, drawing {drawing:.2f} s;"
        f" {report.sessions} sessions, {len(report.hurts)} hurt marks,"
        f" {len(report.notes or [])} notes, {pages} pages"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    last = LAST_DAY.date()
    period = Period(last - timedelta(days=364), last)
    with tempfile.TemporaryDirectory() as temp:
        paths = AppPaths.under(Path(temp) / "data")
        prepare(paths, args.sessions)
        in_process(paths, period, Path(temp) / "warm.pdf")
        times = []
        cpu = []
        for run in range(args.runs):
            target = Path(temp) / f"year-{run}.pdf"
            command = [
                sys.executable, "-m", "calfplayer", "--data-dir", str(paths.data), "report",
                "--from", period.first.isoformat(), "--to", period.last.isoformat(),
                "-o", str(target), "--paper", "a4",
            ]  # fmt: skip
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            result = subprocess.run(command, capture_output=True, text=True, check=False)
            times.append(time.perf_counter() - started)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
            if result.returncode != 0:
                print(result.stderr, file=sys.stderr)
                return 1
        median = statistics.median(times)
        print(result.stdout.strip())
        print(
            f"one-year report, end to end: median {median:.2f} s"
            f" ({', '.join(f'{t:.2f}' for t in times)}; {args.runs} runs)"
            f" goal <= {GOAL_S:.0f} s: {'met' if median <= GOAL_S else 'MISSED'}"
        )
        # CPU time is what the machine's other work cannot stretch: the wall time on a busy
        # machine is longer by what the process waited for a core.
        print(
            f"CPU time of the command: median {statistics.median(cpu):.2f} s;"
            f" load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
