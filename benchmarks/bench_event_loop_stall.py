"""The worst event-loop stall during a whole routine: goal at most 20 ms.

The real window plays a built-in routine on the system clock (default: movement-snack, 1:35, with
self-paced reps answered as they come) while a 5 ms heartbeat timer notes every gap between its
ticks. A stall is a gap beyond the heartbeat's own interval. ``--routine ID`` plays another one.

``--full-screen`` measures instead the goal that the full-screen player stalls no worse than the
phone-sized window: at most 1.2 times its worst stall, medians of 3 routines each, alternating,
in one run, on a private 1920×1080 X screen with a window manager (Xvfb and openbox).

The baseline, measured in the same run for as long as the routine took: the same heartbeat while
the window sits idle on its Workouts page, and a plain ``time.sleep`` loop with no Qt at all (up to
60 s). Their worst stalls are the machine's own (other processes, the scheduler, a virtual
machine's host), which no code in the window can remove.

On Linux each gap is also paired with the CPU time the virtual machine's host took from the CPU
the main thread ran on during it (``steal``, counted by the kernel in 10 ms ticks), so every
phase also reports its worst stall net of that: the part the process itself could have caused.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from array import array
from collections.abc import Sequence
from itertools import accumulate
from pathlib import Path

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from calfplayer.domain.plan import Plan, SegmentKind, build_plan
from calfplayer.domain.session import Event
from calfplayer.paths import AppPaths
from calfplayer.ui.context import AppContext
from calfplayer.ui.frame import Page
from calfplayer.ui.main_window import MainWindow
from tools.x_screen import XScreen, missing_tools

HEARTBEAT_MS = 5


class StealMeter:
    """The host's steal per CPU and the CPU this thread last ran on (Linux), read in ~20 us."""

    def __init__(self) -> None:
        try:
            self._stat = open("/proc/stat", "rb", buffering=0)  # noqa: SIM115 - read per beat
            self._thread = open("/proc/thread-self/stat", "rb", buffering=0)  # noqa: SIM115
            self._ms_per_tick = 1000 / os.sysconf("SC_CLK_TCK")
            self.read()
            self.available = True
        except (OSError, IndexError, ValueError):
            self.available = False

    def read(self) -> tuple[int, list[float]]:
        """(the CPU this thread is on, the steal of each CPU so far in ms)."""
        self._stat.seek(0)
        lines = self._stat.read(65536).split(b"\n")
        steal = [
            int(line.split()[8]) * self._ms_per_tick
            for line in lines
            if line.startswith(b"cpu") and not line.startswith(b"cpu ")
        ]
        self._thread.seek(0)
        # Field 39 ("processor"), counted after the command name, which may hold spaces.
        after_name = self._thread.read(4096).rsplit(b")", 1)[1].split()
        return int(after_name[36]), steal


class Heartbeat:
    """Every gap between two beats, and the host's steal on this thread's CPU within it."""

    def __init__(self, meter: StealMeter) -> None:
        self.meter = meter
        self.gaps = array("d")
        self.stolen = array("d")
        self.stolen_anywhere = array("d")  # the most any one CPU lost: the X server's, say
        self._last = time.perf_counter()
        self._where = meter.read() if meter.available else None

    def restart(self) -> None:
        self._last = time.perf_counter()
        self._where = self.meter.read() if self.meter.available else None

    def beat(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000)
        self._last = now
        if self._where is None:
            self.stolen.append(0.0)
            self.stolen_anywhere.append(0.0)
            return
        cpu_before, steal_before = self._where
        cpu_after, steal_after = self._where = self.meter.read()
        on_before = steal_after[cpu_before] - steal_before[cpu_before]
        on_after = steal_after[cpu_after] - steal_before[cpu_after]
        # A thread that moved between CPUs is credited only with the lesser of the two, so
        # that no stall is excused by steal on a CPU the thread was not waiting on.
        self.stolen.append(on_before if cpu_before == cpu_after else min(on_before, on_after))
        self.stolen_anywhere.append(
            max(after - before for before, after in zip(steal_before, steal_after, strict=True))
        )

    def stalls(self) -> list[float]:
        return sorted(gap - HEARTBEAT_MS for gap in self.gaps)

    def stalls_net_of(self, stolen: array[float]) -> list[float]:
        """Each stall less the steal paired with it (``self.stolen`` or ``stolen_anywhere``)."""
        return sorted(
            max(gap - HEARTBEAT_MS - taken, 0.0)
            for gap, taken in zip(self.gaps, stolen, strict=True)
        )

    def worst_net_of_steal(self, count: int) -> list[tuple[float, float, float, float]]:
        """The ``count`` worst stalls net of steal: (seconds in, stall, steal, net), worst first."""
        ends = list(accumulate(self.gaps))
        rows = [
            (end / 1000, gap - HEARTBEAT_MS, stolen, max(gap - HEARTBEAT_MS - stolen, 0.0))
            for end, gap, stolen in zip(ends, self.gaps, self.stolen, strict=True)
        ]
        return sorted(rows, key=lambda row: row[3], reverse=True)[:count]

    def steal_per_second(self) -> float:
        return sum(self.stolen) / max(sum(self.gaps) / 1000, 1e-9)


FULL_SCREEN_RUNS = 3


def compare_full_screen(routine_id: str) -> int:
    """The worst stall of whole routines in the phone-sized window and full screen, alternating,
    on the X screen this process was given (see ``--full-screen``)."""
    app = QApplication(sys.argv[:1])
    meter = StealMeter()
    worst: dict[str, list[float]] = {"window": [], "full screen": []}
    with tempfile.TemporaryDirectory() as data:
        context = AppContext.create(AppPaths.under(Path(data)))
        context.open_history()
        plan = build_plan(context.library.get(routine_id))
        window = MainWindow(context)
        placed = window.geometry()
        window.show()
        for _ in range(FULL_SCREEN_RUNS):
            for case, stalls in worst.items():
                if case == "full screen":
                    window.showFullScreen()
                else:
                    window.showNormal()
                    window.setGeometry(placed)
                settle = QEventLoop()
                QTimer.singleShot(1500, settle.quit)
                settle.exec()
                beats = play_through(window, plan, meter)
                size = f"{window.width()}×{window.height()}"
                stalls.append(beats.stalls()[-1])
                print(f"{case} ({size}): worst stall {stalls[-1]:.2f} ms", flush=True)
                window.show_page(Page.WORKOUTS)
        window.controller.shutdown()
        context.close_history()
        window.close()
        window.deleteLater()
        app.processEvents()
    medians = {case: statistics.median(values) for case, values in worst.items()}
    print(
        f"routine {routine_id}, {FULL_SCREEN_RUNS} runs each, load average {load()}: median worst "
        f"stall {medians['window']:.2f} ms in the window, {medians['full screen']:.2f} ms full "
        f"screen: {medians['full screen'] / medians['window']:.2f}× (goal <= 1.2×)"
    )
    return 0


def play_through(window: MainWindow, plan: Plan, meter: StealMeter) -> Heartbeat:
    """One whole routine in the window, with the heartbeat running; its gaps."""
    beats = Heartbeat(meter)

    def beat() -> None:
        beats.beat()
        session = window.controller.session
        if session is not None and session.segment.kind is SegmentKind.REP:
            window.controller.rep_done()

    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.timeout.connect(beat)
    done = QEventLoop()
    window.controller.finished.connect(done.quit)
    window.start_plan(plan)
    beats.restart()
    heartbeat.start(HEARTBEAT_MS)
    done.exec()
    heartbeat.stop()
    window.controller.finished.disconnect(done.quit)
    return beats


def on_private_screen(routine_id: str) -> int:
    """Runs the full-screen comparison in a child process on a private 1920×1080 X screen."""
    missing = missing_tools()
    if missing:
        print(f"--full-screen needs {', '.join(missing)}", file=sys.stderr)
        return 1
    print("platform: xcb on a private 1920×1080 Xvfb screen with openbox", flush=True)
    with XScreen(1920, 1080) as screen:
        return subprocess.run(
            [sys.executable, __file__, "--routine", routine_id, "--full-screen-here"],
            env={**os.environ, **screen.env},
            check=False,
        ).returncode


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--routine", default="movement-snack")
    parser.add_argument("--full-screen", action="store_true", help="full screen against window")
    parser.add_argument("--full-screen-here", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.full_screen:
        return on_private_screen(options.routine)
    if options.full_screen_here:
        return compare_full_screen(options.routine)
    app = QApplication(sys.argv[:1])
    meter = StealMeter()
    with tempfile.TemporaryDirectory() as data:
        context = AppContext.create(AppPaths.under(Path(data)))
        context.open_history()  # each finished set is committed to the history, as in the app
        plan = build_plan(context.library.get(options.routine))
        window = MainWindow(context)
        window.show()
        routine = Heartbeat(meter)
        writes = time_history_writes(context, routine)

        def beat() -> None:
            routine.beat()
            session = window.controller.session
            if session is not None and session.segment.kind is SegmentKind.REP:
                window.controller.rep_done()  # a self-paced rep, answered at once

        heartbeat = QTimer()
        heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
        heartbeat.timeout.connect(beat)
        done = QEventLoop()
        window.controller.finished.connect(lambda _status: done.quit())
        began = time.perf_counter()
        window.start_plan(plan)
        routine.restart()
        heartbeat.start(HEARTBEAT_MS)
        done.exec()
        heartbeat.stop()
        took = time.perf_counter() - began
        window.show_page(Page.WORKOUTS)
        idle = idle_heartbeat(took, meter)
        machine = sleep_heartbeat(min(took, 60.0), meter)
        window.controller.shutdown()
        context.close_history()
        window.close()
        window.deleteLater()
        app.processEvents()
    print(f"platform: {os.environ.get('QT_QPA_PLATFORM', 'default')}, load average {load()}")
    print(f"routine {options.routine}: {took:.1f} s, {len(routine.gaps)} heartbeats of 5 ms")
    for name, phase in (
        ("during the routine", routine),
        ("idle window (baseline)", idle),
        ("plain sleep loop, no Qt", machine),
    ):
        stalls = phase.stalls()
        print(
            f"{name}: median {statistics.median(stalls):.2f} ms, "
            f"99.9th percentile {stalls[int(len(stalls) * 0.999)]:.2f} ms, "
            f"worst {stalls[-1]:.2f} ms"
        )
        if meter.available:
            net = phase.stalls_net_of(phase.stolen)
            net_anywhere = phase.stalls_net_of(phase.stolen_anywhere)
            over = sum(1 for stall in stalls if stall > 20)
            print(
                f"  host steal on the thread's CPU {phase.steal_per_second():.1f} ms/s; "
                f"{over} stalls over 20 ms; worst net of steal {net[-1]:.2f} ms, "
                f"{sum(1 for stall in net if stall > 20)} over 20 ms net of steal; "
                f"net of the steal on any CPU {net_anywhere[-1]:.2f} ms"
            )
    print("the routine's worst stalls net of steal (s in: stall, steal, net):")
    for at, stall, stolen, net in routine.worst_net_of_steal(3):
        print(f"  {at:6.2f} s: {stall:.1f} ms, steal {stolen:.0f} ms, net {net:.1f} ms")
    if writes:
        slowest = max(writes, key=lambda write: write[1])
        print(
            f"history writes: {len(writes)}, median {statistics.median(w for _, w in writes):.1f}"
            f" ms, slowest {slowest[1]:.1f} ms at {slowest[0]:.2f} s"
        )
    print(
        f"worst stall: {routine.stalls()[-1]:.2f} ms (goal <= 20 ms); idle worst "
        f"{idle.stalls()[-1]:.2f} ms"
    )
    if meter.available:
        print(
            f"worst stall net of host steal: {routine.stalls_net_of(routine.stolen)[-1]:.2f} ms "
            "(steal is counted in 10 ms ticks)"
        )
    return 0


def time_history_writes(context: AppContext, routine: Heartbeat) -> list[tuple[float, float]]:
    """(seconds into the routine, ms) of each call that hands finished work to the history."""
    writes: list[tuple[float, float]] = []
    record = context.recorder.record

    def timed(events: Sequence[Event]) -> None:
        began = time.perf_counter()
        record(events)
        writes.append((sum(routine.gaps) / 1000, (time.perf_counter() - began) * 1000))

    context.recorder.record = timed  # type: ignore[method-assign]
    return writes


def idle_heartbeat(seconds: float, meter: StealMeter) -> Heartbeat:
    """The heartbeat's gaps while nothing but the event loop runs, for ``seconds``."""
    idle = Heartbeat(meter)
    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.timeout.connect(idle.beat)
    done = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), done.quit)
    idle.restart()
    heartbeat.start(HEARTBEAT_MS)
    done.exec()
    heartbeat.stop()
    return idle


def sleep_heartbeat(seconds: float, meter: StealMeter) -> Heartbeat:
    """The same 5 ms beat from a bare ``time.sleep`` loop: what the machine itself allows."""
    machine = Heartbeat(meter)
    end = time.perf_counter() + seconds
    machine.restart()
    while time.perf_counter() < end:
        time.sleep(HEARTBEAT_MS / 1000)
        machine.beat()
    return machine


def load() -> str:
    try:
        return " ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "unknown"


if __name__ == "__main__":
    sys.exit(main())
