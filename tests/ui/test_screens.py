"""The real window on real screens: each test starts its own X server at a size people have,
with a window manager, runs calfplayer in it and reads the frame the window really got.

The window opens inside the screen (its frame too), and reopens inside a smaller screen than the
one it was closed on; full screen is remembered.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from calfplayer import i18n
from calfplayer.domain.window_geometry import Rect
from calfplayer.i18n.language import language_of
from tools.x_screen import XScreen, missing_tools

pytestmark = pytest.mark.skipif(
    bool(missing_tools()), reason=f"needs {', '.join(missing_tools())} (tests group)"
)


class App:
    """calfplayer as a person starts it, on one screen, with its own data folder."""

    def __init__(
        self, screen: XScreen, data: Path, font_dpi: int | None = None, language: str = "C"
    ) -> None:
        env = {**os.environ, **screen.env, "CALFPLAYER_DATA_DIR": str(data), "LANG": language}
        if font_dpi is not None:
            env["QT_FONT_DPI"] = str(font_dpi)  # text at font_dpi / 96 of its designed size
        self.screen = screen
        self.process = subprocess.Popen(
            [sys.executable, "-m", "calfplayer", "--no-voice"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        self.window = screen.find_window()

    def quit(self) -> None:
        """As the session ends (SIGTERM): the window closes and keeps its place."""
        self.process.send_signal(signal.SIGTERM)
        _out, err = self.process.communicate(timeout=20)
        assert self.process.returncode == 0, err.decode()


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def screens() -> Iterator[list[XScreen]]:
    started: list[XScreen] = []
    yield started
    for screen in started:
        screen.stop()


def _press(screen: XScreen, window: str, key: str) -> Rect:
    """A key pressed as a person presses it, with the window focused (not a synthetic event,
    which Qt ignores); pressed again until the frame changes, since the window takes its keys
    only once it is fully built, just after it first shows. Returns the new frame."""
    before = screen.frame(window)
    for _ in range(10):
        screen.run("xdotool", "windowactivate", "--sync", window)
        screen.run("xdotool", "windowfocus", "--sync", window, "key", key)
        end = time.monotonic() + 1.5
        while time.monotonic() < end:
            if screen.frame(window) != before:
                return screen.settle(window)
            time.sleep(0.05)
    raise AssertionError(f"{key} changed nothing")


def _screen(screens: list[XScreen], width: int, height: int) -> XScreen:
    screen = XScreen(width, height).start()
    screens.append(screen)
    return screen


@pytest.mark.parametrize(
    ("width", "height", "panel", "font_dpi", "language"),
    [
        (1366, 768, 32, None, "C"),
        (1280, 800, 27, None, "C"),
        (1920, 1080, 0, None, "C"),
        (1280, 1024, 0, 144, "C"),
        (1920, 1080, 40, 144, "C"),
        # German's longer words must not make the window want more than the screen has.
        (1366, 768, 32, None, "de_DE.UTF-8"),
    ],
    ids=[
        "1366x768 with a panel",
        "1280x800 with a panel",
        "1920x1080",
        "1280x1024 text 150 %",
        "1920x1080 with a panel, text 150 %",
        "German, 1366x768 with a panel",
    ],
)
def test_the_first_window_lies_inside_the_screen(
    screens, data, width, height, panel, font_dpi, language
) -> None:
    if language != "C":
        catalogue = i18n.catalogue_path(language_of(language))
        assert catalogue.is_file(), f"{catalogue} is missing: build it with `make translations`"
    screen = _screen(screens, width, height)
    if panel:
        screen.add_panel(panel)
    available = screen.available()
    app = App(screen, data, font_dpi, language)
    try:
        frame = screen.settle(app.window)
        client = screen.client(app.window)
        assert available.contains(frame), f"{frame} in the work area {available}"
        assert client.height > client.width, "phone-shaped"
        tall = min(round(860 * (font_dpi or 96) / 96), available.height - 80)
        assert client.height >= tall, "as tall as the screen allows"
    finally:
        app.quit()


def test_a_window_closed_on_a_large_screen_reopens_inside_a_small_one(screens, data) -> None:
    large = _screen(screens, 1920, 1080)
    app = App(large, data)
    large.run("xdotool", "windowsize", app.window, "1500", "1000")
    large.run("xdotool", "windowmove", app.window, "300", "40")
    moved = large.settle(app.window)
    assert moved.width >= 1400
    app.quit()
    saved = json.loads((data / "config" / "window.json").read_text(encoding="utf-8"))
    assert saved["width"] >= 1400 and saved["full_screen"] is False

    small = _screen(screens, 1366, 768)
    again = App(small, data)
    try:
        frame = small.settle(again.window)
        assert small.box.contains(frame), f"{frame} on a 1366x768 screen"
    finally:
        again.quit()


def test_the_window_reopens_where_it_was(screens, data) -> None:
    screen = _screen(screens, 1920, 1080)
    app = App(screen, data)
    screen.run("xdotool", "windowsize", app.window, "600", "900")
    screen.run("xdotool", "windowmove", app.window, "700", "60")
    before = screen.settle(app.window)
    app.quit()
    again = App(screen, data)
    try:
        after = screen.settle(again.window)
        assert abs(after.x - before.x) <= 2 and abs(after.y - before.y) <= 2, (before, after)
        assert (after.width, after.height) == (before.width, before.height)
    finally:
        again.quit()


def test_full_screen_is_remembered(screens, data) -> None:
    screen = _screen(screens, 1366, 768)
    app = App(screen, data)
    full = _press(screen, app.window, "F11")
    assert (full.width, full.height) == (1366, 768)
    app.quit()
    assert json.loads((data / "config" / "window.json").read_text())["full_screen"] is True
    again = App(screen, data)
    try:
        client = screen.settle(again.window)
        assert client == screen.box
        # F11 again: back to the remembered window, inside the screen.
        normal = _press(screen, again.window, "F11")
        assert normal.width < 1366 and screen.box.contains(normal)
    finally:
        again.quit()
