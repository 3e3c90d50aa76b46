"""CPU used while a 30 s hold runs in the real window: goal at most 2 % of one core.

The window shows a one-exercise routine (a single 30 s calf stretch) on the system clock; the
process CPU time is read over three 8 s stretches inside the hold and the median is reported.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from calfplayer.domain.plan import SegmentKind, build_plan
from calfplayer.domain.routines import parse_routine
from calfplayer.paths import AppPaths
from calfplayer.ui.context import AppContext
from calfplayer.ui.main_window import MainWindow

WINDOW_S = 8
WINDOWS = 3


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
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
        window.show()
        wait(300)
        window.start_plan(build_plan(routine))
        wait(1500)  # past the setup, into the hold
        session = window.controller.session
        assert session is not None and session.segment.kind is SegmentKind.HOLD
        shares = []
        for _ in range(WINDOWS):
            cpu, wall = time.process_time(), time.perf_counter()
            wait(WINDOW_S * 1000)
            shares.append((time.process_time() - cpu) / (time.perf_counter() - wall) * 100)
        assert session.segment.kind is SegmentKind.HOLD, "the measurement left the hold"
        window.controller.shutdown()
        window.close()
        window.deleteLater()
        app.processEvents()
    print(f"platform: {os.environ.get('QT_QPA_PLATFORM', 'default')}")
    print("CPU during a 30 s hold, " + ", ".join(f"{share:.2f} %" for share in shares))
    print(f"median: {statistics.median(shares):.2f} % of one core (goal <= 2 %)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
