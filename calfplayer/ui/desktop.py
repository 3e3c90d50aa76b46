"""How the running app presents itself to the desktop, and a hidden exit for smoke checks.

``run_app`` calls :func:`integrate_with_desktop` once, right after creating the QApplication.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from calfplayer import APP_ID
from calfplayer.resources import asset

# Not in --help on purpose: the bundle check and the start-up benchmark set it to see the window
# open and paint, then quit by itself with status 0.
QUIT_AFTER_ENV = "CALFPLAYER_QUIT_AFTER_MS"


def integrate_with_desktop(app: QApplication) -> None:
    # Wayland compositors and task bars match windows to the installed .desktop entry by this name,
    # which is how the window gets its icon and name there.
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(asset("icons", "calfplayer.svg"))))
    quit_after_first_paint(app, os.environ.get(QUIT_AFTER_ENV))


def quit_after_first_paint(app: QApplication, delay: str | None) -> None:
    """With a delay in ms, quits that long after the first widget is painted, and says when."""
    if not delay:
        return
    try:
        delay_ms = max(0, int(delay))
    except ValueError:
        print(
            f"calfplayer: ignoring {QUIT_AFTER_ENV}={delay!r}: not a whole number", file=sys.stderr
        )
        return
    watcher = _FirstPaint(app, delay_ms)
    app.installEventFilter(watcher)


class _FirstPaint(QObject):
    def __init__(self, app: QApplication, delay_ms: int) -> None:
        super().__init__(app)
        self._app = app
        self._delay_ms = delay_ms

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self._app.removeEventFilter(self)
            # Once this paint has reached the screen, not at its start.
            QTimer.singleShot(0, self._painted)
        return False

    def _painted(self) -> None:
        # Unix time, so a parent process can tell how long the window took to appear.
        print(
            f"calfplayer: first paint at unix time {time.time():.6f}; "
            f"quitting in {self._delay_ms} ms ({QUIT_AFTER_ENV})",
            file=sys.stderr,
            flush=True,
        )
        # exit(), not quit(): quit() asks the windows to close first, and a window in the middle
        # of a workout would ask whether to stop, which nobody is there to answer.
        QTimer.singleShot(self._delay_ms, lambda: self._app.exit(0))
