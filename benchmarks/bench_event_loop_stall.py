"""The worst event-loop stall during a whole routine: goal at most 20 ms.

The real window plays a built-in routine on the system clock (default: movement-snack, 1:35, with
self-paced reps answered as they come) while a 5 ms heartbeat timer notes every gap between its
ticks. A stall is a gap beyond the heartbeat's own interval. ``--routine ID`` plays another one.

The baseline, measured in the same run for as long as the routine took: the same heartbeat while
the window sits idle on its Workouts page, and a plain ``time.sleep`` loop with no Qt at all (up to
60 s). Their worst stalls are the machine's own (other processes, the scheduler, a virtual
machine's host), which no code in the window can remove.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from calfplayer.domain.plan import SegmentKind, build_plan
from calfplayer.paths import AppPaths
from calfplayer.ui.context import AppContext
from calfplayer.ui.frame import Page
from calfplayer.ui.main_window import MainWindow

HEARTBEAT_MS = 5


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--routine", default="movement-snack")
    options = parser.parse_args()
    app = QApplication(sys.argv[:1])
    gaps: list[float] = []
    with tempfile.TemporaryDirectory() as data:
        context = AppContext.create(AppPaths.under(Path(data)))
        context.open_history()  # each finished set is committed to the history, as in the app
        plan = build_plan(context.library.get(options.routine))
        window = MainWindow(context)
        window.show()
        last = [time.perf_counter()]

        def beat() -> None:
            now = time.perf_counter()
            gaps.append((now - last[0]) * 1000)
            last[0] = now
            session = window.controller.session
            if session is not None and session.segment.kind is SegmentKind.REP:
                window.controller.rep_done()  # a self-paced rep, answered at once

        heartbeat = QTimer()
        heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
        heartbeat.timeout.connect(beat)
        done = QEventLoop()
        window.controller.finished.connect(lambda _status: done.quit())
        began = time.perf_counter()
        stolen = [steal_seconds()]
        window.start_plan(plan)
        last[0] = time.perf_counter()
        heartbeat.start(HEARTBEAT_MS)
        done.exec()
        heartbeat.stop()
        took = time.perf_counter() - began
        stolen.append(steal_seconds())
        window.show_page(Page.WORKOUTS)
        idle_gaps = idle_heartbeat(took)
        stolen.append(steal_seconds())
        machine_gaps = sleep_heartbeat(min(took, 60.0))
        window.controller.shutdown()
        context.close_history()
        window.close()
        window.deleteLater()
        app.processEvents()
    stalls = sorted(gap - HEARTBEAT_MS for gap in gaps)
    idle = sorted(gap - HEARTBEAT_MS for gap in idle_gaps)
    machine = sorted(gap - HEARTBEAT_MS for gap in machine_gaps)
    print(f"platform: {os.environ.get('QT_QPA_PLATFORM', 'default')}, load average {load()}")
    print(f"routine {options.routine}: {took:.1f} s, {len(gaps)} heartbeats of {HEARTBEAT_MS} ms")
    for name, values in (
        ("during the routine", stalls),
        ("idle window (baseline)", idle),
        ("plain sleep loop, no Qt", machine),
    ):
        print(
            f"{name}: median {statistics.median(values):.2f} ms, "
            f"99.9th percentile {values[int(len(values) * 0.999)]:.2f} ms, "
            f"worst {values[-1]:.2f} ms"
        )
    first, after_routine, after_idle = stolen
    if first is not None and after_routine is not None and after_idle is not None:
        during, idling = (after_routine - first) / took, (after_idle - after_routine) / took
        print(
            f"CPU time taken by the virtual machine's host (steal): {during * 1000:.1f} ms/s "
            f"during the routine, {idling * 1000:.1f} ms/s idle"
        )
    print(f"worst stall: {stalls[-1]:.2f} ms (goal <= 20 ms); idle worst {idle[-1]:.2f} ms")
    return 0


def idle_heartbeat(seconds: float) -> list[float]:
    """The heartbeat's gaps while nothing but the event loop runs, for ``seconds``."""
    gaps: list[float] = []
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.timeout.connect(beat)
    done = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), done.quit)
    last[0] = time.perf_counter()
    heartbeat.start(HEARTBEAT_MS)
    done.exec()
    heartbeat.stop()
    return gaps


def sleep_heartbeat(seconds: float) -> list[float]:
    """The same 5 ms beat from a bare ``time.sleep`` loop: what the machine itself allows."""
    gaps: list[float] = []
    end = time.perf_counter() + seconds
    last = time.perf_counter()
    while last < end:
        time.sleep(HEARTBEAT_MS / 1000)
        now = time.perf_counter()
        gaps.append((now - last) * 1000)
        last = now
    return gaps


def steal_seconds() -> float | None:
    """CPU time the host of a virtual machine took from all its CPUs so far (Linux), else None.

    A vCPU taken away mid-turn is a stall no code in the window can avoid; this tells it apart.
    """
    try:
        with open("/proc/stat", encoding="ascii") as stat:
            fields = stat.readline().split()
        return int(fields[8]) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def load() -> str:
    try:
        return " ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "unknown"


if __name__ == "__main__":
    sys.exit(main())
