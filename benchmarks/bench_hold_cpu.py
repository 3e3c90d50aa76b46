"""CPU used while a 30 s hold runs in the real window: goal at most 2 % of one core, in the
phone-sized window and full screen on a 1920×1080 screen.

The window shows a one-exercise routine (a single 30 s calf stretch) on the system clock; the
process CPU time is read over three 8 s stretches inside the hold and the median is reported.
With Xvfb and openbox at hand (Debian xvfb, openbox, xdotool, x11-utils), each case runs in a
child process on a private 1920×1080 X screen with a window manager, so full screen is the real
thing; without them, the phone-sized case runs here (offscreen when there is no display).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools.x_screen import XScreen, missing_tools

WINDOW_S = 8
WINDOWS = 3
CASES = ("window", "full-screen")


def wait(ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def measure(case: str) -> list[float]:
    """CPU shares (% of one core) over the stretches of one hold, in this process."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from calfplayer.domain.plan import SegmentKind, build_plan
    from calfplayer.domain.routines import parse_routine
    from calfplayer.paths import AppPaths
    from calfplayer.ui.context import AppContext
    from calfplayer.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as data:
        context = AppContext.create(AppPaths.under(Path(data)))
        routine = parse_routine(
            {
                "format": 1,
                "id": "hold",
                "name": "One hold",
                "items": [
                    {
                        "exercise": "calf-stretch",
                        "sets": 1,
                        "hold": 30,
                        "setup": 1,
                        "per_side": False,
                    }
                ],
            },
            "bench",
            context.catalogue,
        )
        window = MainWindow(context)
        if case == "full-screen":
            window.showFullScreen()
        else:
            window.show()
        wait(800)
        window.start_plan(build_plan(routine))
        wait(1500)  # past the setup, into the hold
        session = window.controller.session
        assert session is not None and session.segment.kind is SegmentKind.HOLD
        if case == "full-screen":
            screen = window.screen().geometry()
            assert window.geometry() == screen, f"not full screen: {window.geometry()}"
            assert window.player.landscape
        shares = []
        for _ in range(WINDOWS):
            cpu, wall = time.process_time(), time.perf_counter()
            wait(WINDOW_S * 1000)
            shares.append((time.process_time() - cpu) / (time.perf_counter() - wall) * 100)
        assert session.segment.kind is SegmentKind.HOLD, "the measurement left the hold"
        size = window.size()
        window.controller.shutdown()
        window.close()
        window.deleteLater()
        app.processEvents()
    print(f"{case}: {size.width()}×{size.height()}, " + ", ".join(f"{s:.2f}" for s in shares))
    return shares


def report(case: str, shares: list[float]) -> None:
    print(
        f"CPU during a 30 s hold, {case}: "
        + ", ".join(f"{share:.2f} %" for share in shares)
        + f"; median {statistics.median(shares):.2f} % of one core (goal <= 2 %)"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--case", choices=CASES, help="measure this case here (a child)")
    options = parser.parse_args()
    if options.case:
        measure(options.case)
        return 0
    missing = missing_tools()
    if missing:
        print(f"no private X screen ({', '.join(missing)} missing): the window case only here")
        print(f"platform: {os.environ.get('QT_QPA_PLATFORM', 'default')}")
        report("window", measure("window"))
        return 0
    print("platform: xcb on a private 1920×1080 Xvfb screen with openbox")
    for case in CASES:
        with XScreen(1920, 1080) as screen:
            done = subprocess.run(
                [sys.executable, __file__, "--case", case],
                env={**os.environ, **screen.env},
                capture_output=True,
                text=True,
                check=True,
                timeout=180,
            )
        line = done.stdout.strip().splitlines()[-1]
        print(line.split(", ", 1)[0])
        report(case, [float(n) for n in line.split(", ")[1:]])
    return 0


if __name__ == "__main__":
    sys.exit(main())
