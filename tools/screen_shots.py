#!/usr/bin/env python3
"""The player as a person sees it on real screens: ``tools/screen_shots.py DIR``.

Each picture is taken on its own X server of the screen's size with a window manager (openbox),
so the window's size, place and frame are the ones a person gets: the player in its landscape
layout on a 1366×768 screen (the window maximised) and full screen on 1920×1080, the portrait
window a 1366×768 screen opens, and the 360×640 window, each light and dark. A child process
draws the window on the private screen and grabs it from the screen itself.
Files: DIR/screen-<name>-<theme>.png.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools.x_screen import XScreen, missing_tools


@dataclass(frozen=True)
class Shot:
    name: str
    screen: tuple[int, int]
    window: str  # "maximised", "full screen", "placed" (the first placement) or "WxH"
    moment: str  # "reps", "hold-left" or "rest"


SHOTS = (
    Shot("landscape-1366x768", (1366, 768), "maximised", "reps"),
    Shot("full-screen-1920x1080", (1920, 1080), "full screen", "hold-left"),
    Shot("portrait-1366x768", (1366, 768), "placed", "rest"),
    Shot("360x640", (1366, 768), "360x640", "reps"),
)


def take(shot: Shot, theme: str, path: Path) -> None:
    """Draws the window on its own screen, in a child process, and grabs it."""
    with XScreen(*shot.screen) as screen:
        subprocess.run(
            [sys.executable, __file__, "--child", shot.name, theme, str(path)],
            env={**os.environ, **screen.env},
            check=True,
            timeout=120,
        )


def _wait(ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def child(name: str, theme: str, path: Path) -> int:
    from PySide6.QtWidgets import QApplication

    from calfplayer.domain.clock import FakeClock
    from calfplayer.domain.plan import Segment, SegmentKind, build_plan
    from calfplayer.domain.routines import Side
    from calfplayer.paths import AppPaths
    from calfplayer.ui.context import AppContext
    from calfplayer.ui.main_window import MainWindow
    from tools.screenshots import _moment

    shot = next(s for s in SHOTS if s.name == name)
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as data:
        clock = FakeClock()
        context = AppContext.create(AppPaths.under(Path(data)), clock)
        context.app.settings.current = replace(context.settings, theme=theme)
        window = MainWindow(context)
        if shot.window == "maximised":
            window.showMaximized()
        elif shot.window == "full screen":
            window.showFullScreen()
        else:
            if shot.window != "placed":
                width, height = (int(n) for n in shot.window.split("x"))
                window.resize(width, height)
            window.show()
        _wait(1500)  # the window manager frames and places it
        library = context.library

        def is_rep(s: Segment) -> bool:
            return s.exercise_id == "calf-raise" and s.kind is SegmentKind.TOP and s.rep == 7

        def is_left_hold(s: Segment) -> bool:
            return s.kind is SegmentKind.HOLD and s.side is Side.LEFT

        moments = {
            "reps": (build_plan(library.get("full-programme")), is_rep, 0.4),
            "hold-left": (build_plan(library.get("gentle-start")), is_left_hold, 0.3),
            "rest": (
                build_plan(library.get("full-programme")),
                lambda s: s.kind is SegmentKind.REST,
                0.4,
            ),
        }
        plan, find, into = moments[shot.moment]
        _moment(window, clock, plan, find, into)
        _wait(700)
        frame = window.frameGeometry()
        screen = window.screen()
        picture = screen.grabWindow(0)
        if shot.window != "full screen":
            picture = picture.copy(frame.intersected(screen.geometry()))
        picture.save(str(path))
        window.controller.shutdown()
        window.close()
    app.processEvents()
    return 0


def main(argv: list[str]) -> int:
    if len(argv) > 1 and argv[1] == "--child":
        return child(argv[2], argv[3], Path(argv[4]))
    missing = missing_tools()
    if missing:
        print(f"screen_shots: needs {', '.join(missing)}", file=sys.stderr)
        return 1
    folder = Path(argv[1]) if len(argv) > 1 else Path("docs/screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    for shot in SHOTS:
        for theme in ("light", "dark"):
            path = folder / f"screen-{shot.name}-{theme}.png"
            take(shot, theme, path)
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
