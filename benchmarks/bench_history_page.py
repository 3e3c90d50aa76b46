"""Opening the History page with 10 000 stored sessions, and scrolling its list.

Goal: the page opens (the charts' weeks read, figures worked out, list filled and painted) in at
most 300 ms, median of several openings; scrolling the list never stalls the event loop over 20 ms.
Older sessions are read a page at a time after the first paint; the worst stall while they load
is printed too.

    python benchmarks/bench_history_page.py [--sessions N] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from array import array
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from calfplayer.domain.clock import SystemClock
from calfplayer.paths import AppPaths
from calfplayer.ui.context import AppContext
from calfplayer.ui.main_window import MainWindow, Page
from tools.sample_history import fill_history

GOAL_OPEN_MS = 300.0
GOAL_STALL_MS = 20.0


def time_openings(app: QApplication, window: MainWindow, runs: int) -> list[float]:
    """Each opening from the tab press until the page has painted."""
    times = []
    for _ in range(runs):
        window.show_page(Page.WORKOUTS)
        app.processEvents()
        start = time.perf_counter()
        window.nav_buttons[Page.HISTORY].click()
        window.repaint()  # paints now, as the first frame after the press would
        times.append((time.perf_counter() - start) * 1000)
        app.processEvents()
    return times


def heartbeat_gaps(app: QApplication, until: Callable[[], bool]) -> list[float]:
    """Runs the event loop until ``until()`` and returns the gaps between its turns (ms)."""
    beats = array("d", [time.perf_counter()])  # see worst_stall_while_scrolling
    while not until():
        app.processEvents()
        beats.append(time.perf_counter())
    return [(b - a) * 1000 for a, b in pairwise(beats)]


def worst_stall_while_scrolling(app: QApplication, window: MainWindow) -> tuple[float, int]:
    """Scrolls a screen at a time every frame, with some long jumps as a dragged scroll bar
    makes, and returns the longest gap between two turns of the event loop (ms) and the steps."""
    bar = window.history.list.verticalScrollBar()
    bar.setValue(0)
    app.processEvents()
    page = max(1, window.history.list.viewport().height())
    targets = [n * page // 2 for n in range(400)]
    targets += [bar.maximum() * k // 10 for k in (3, 7, 10, 5, 0)]
    # An array, not a list: the garbage collector walked a list of a million timestamps in its
    # passes (13-15 ms each), a stall of the measurement's own that the app never has.
    beats = array("d")
    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    heartbeat.start(0)
    steps = iter(targets)

    def scroll() -> None:
        target = next(steps, None)
        if target is None:
            mover.stop()
            app.quit()
            return
        bar.setValue(min(target, bar.maximum()))

    mover = QTimer()
    mover.setTimerType(Qt.TimerType.PreciseTimer)
    mover.timeout.connect(scroll)
    mover.start(16)
    app.exec()
    heartbeat.stop()
    gaps = [(b - a) * 1000 for a, b in pairwise(beats)]
    return max(gaps), len(targets)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as temp:
        paths = AppPaths.under(Path(temp))
        started = time.perf_counter()
        filled = fill_history(paths.history_db, weeks=520, sessions=args.sessions)
        print(
            f"generated {filled.sessions} sessions, {filled.sets} sets"
            f" in {time.perf_counter() - started:.1f} s"
        )
        context = AppContext.create(paths, SystemClock())
        context.open_history()
        window = MainWindow(context)
        window.show()
        app.processEvents()
        openings = time_openings(app, window, args.runs)
        page = window.history
        started = time.perf_counter()
        gaps = heartbeat_gaps(app, lambda: not page.loading)
        print(
            f"older sessions read after the first paint in {time.perf_counter() - started:.2f} s,"
            f" worst event-loop stall meanwhile {max(gaps, default=0):.1f} ms"
        )
        rows = window.history.model.rowCount()
        median = statistics.median(openings)
        print(
            f"open History page: median {median:.0f} ms, min {min(openings):.0f},"
            f" max {max(openings):.0f} ({args.runs} runs, {rows} list rows)"
            f" goal <= {GOAL_OPEN_MS:.0f} ms: {'met' if median <= GOAL_OPEN_MS else 'MISSED'}"
        )
        stall, steps = worst_stall_while_scrolling(app, window)
        print(
            f"scroll the list: worst event-loop stall {stall:.1f} ms over {steps} scroll steps"
            f" goal <= {GOAL_STALL_MS:.0f} ms: {'met' if stall <= GOAL_STALL_MS else 'MISSED'}"
        )
        window.close()
        context.close_history()
    return 0


if __name__ == "__main__":
    sys.exit(main())
