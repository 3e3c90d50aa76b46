"""Start-up to the first painted window, against a bare PySide6 window measured in the same run.

Each launch is a fresh Python process, timed from spawning it to its report that the first paint
reached the screen. calfplayer is launched as a person launches it (``python -m calfplayer``, no
arguments); ``CALFPLAYER_QUIT_AFTER_MS=0`` makes it report its first paint on stderr and quit.
The package is byte-compiled first, as an installed wheel is: a checkout run with
PYTHONDONTWRITEBYTECODE would otherwise compile every module from source at every launch.
Goal: calfplayer at most 1.3x the bare window (medians of alternating runs). A third launch, the
bare window touching PySide6's ``Qt`` namespace, is printed beside them to show what share of the
difference that one touch is.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 7
ROOT = Path(__file__).resolve().parent.parent

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget

class Window(QWidget):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not Window.painted:
            Window.painted = True
            QTimer.singleShot(0, lambda: (print("painted", flush=True), app.quit()))

app = QApplication(sys.argv[:1])
window = Window()
window.setWindowTitle("bare")
QLabel("bare", window)
window.resize(420, 860)
window.show()
app.exec()
"""

# For reading the ratio, not for the goal: the same bare window that also touches PySide6's `Qt`
# namespace once, as any window that sets an alignment or a cursor does. PySide6 builds all of its
# enums (about 90 Python Enum classes) at that first touch.
BARE_WITH_QT = "from PySide6.QtCore import Qt\nQt.AlignmentFlag\n" + BARE

APP = [sys.executable, "-m", "calfplayer"]
PAINTED = "first paint at unix time"


def launch_bare(env: dict[str, str], source: str = BARE) -> float:
    began = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", source], stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - began
    child.wait(timeout=30)
    if line.strip() != "painted":
        raise SystemExit(f"the bare window did not report its paint (exit {child.returncode})")
    return elapsed


def launch_app(env: dict[str, str]) -> float:
    began = time.perf_counter()
    child = subprocess.Popen(
        APP,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        env={**env, "CALFPLAYER_QUIT_AFTER_MS": "0"},
        cwd=ROOT,
    )
    assert child.stderr is not None
    for line in child.stderr:
        if PAINTED in line:
            elapsed = time.perf_counter() - began
            break
    else:
        raise SystemExit(f"calfplayer did not report its first paint (exit {child.wait()})")
    child.stderr.read()
    child.wait(timeout=30)
    return elapsed


def main() -> int:
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    bare: list[float] = []
    bare_with_qt: list[float] = []
    app: list[float] = []
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "calfplayer")], check=True, env=env
    )
    with tempfile.TemporaryDirectory() as data:
        env["CALFPLAYER_DATA_DIR"] = data
        launch_bare(env)  # warm the file cache for both
        launch_app(env)
        for _ in range(RUNS):
            bare.append(launch_bare(env))
            bare_with_qt.append(launch_bare(env, BARE_WITH_QT))
            app.append(launch_app(env))
    bare_ms = statistics.median(bare) * 1000
    bare_with_qt_ms = statistics.median(bare_with_qt) * 1000
    app_ms = statistics.median(app) * 1000
    print(f"platform: {env.get('QT_QPA_PLATFORM', 'default')}, {RUNS} runs each, medians")
    print(f"bare PySide6 window: {bare_ms:.0f} ms")
    print(f"bare window touching Qt's enums: {bare_with_qt_ms:.0f} ms (for reading, not the goal)")
    print(f"calfplayer window:   {app_ms:.0f} ms")
    print(f"ratio: {app_ms / bare_ms:.2f}x (goal <= 1.30x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
