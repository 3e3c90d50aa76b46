"""A private X screen of a chosen size with a window manager, for the screen tests and the
screenshots: what a person's desktop does to the window (frames, full screen, minimum sizes).

``Xvfb`` picks a free display itself (``-displayfd``), ``openbox`` manages it, and both are
stopped by their pids. ``xdotool`` finds the window and ``xwininfo`` / ``xprop`` (Debian
x11-utils) read where it really is.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass, field

from calfplayer.domain.window_geometry import Rect

NEEDED = ("Xvfb", "openbox", "xdotool", "xwininfo", "xprop")


def missing_tools() -> list[str]:
    return [tool for tool in NEEDED if shutil.which(tool) is None]


def _dies_with_us(command: list[str]) -> list[str]:
    """The command, killed when this process dies, even by an abort."""
    return ["setpriv", "--pdeathsig", "KILL", *command] if shutil.which("setpriv") else command


@dataclass
class XScreen:
    width: int
    height: int
    display: str = ""
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    @property
    def box(self) -> Rect:
        return Rect(0, 0, self.width, self.height)

    @property
    def env(self) -> dict[str, str]:
        return {"DISPLAY": self.display, "QT_QPA_PLATFORM": "xcb"}

    def start(self) -> XScreen:
        read, write = os.pipe()
        server = subprocess.Popen(
            _dies_with_us(
                [
                    "Xvfb",
                    "-displayfd",
                    str(write),
                    "-screen",
                    "0",
                    f"{self.width}x{self.height}x24",
                    "-nolisten",
                    "tcp",
                ]
            ),
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.processes.append(server)
        os.close(write)
        with os.fdopen(read) as answer:
            number = answer.readline().strip()
        if not number:
            self.stop()
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"
        manager = subprocess.Popen(
            _dies_with_us(["openbox", "--sm-disable"]),
            env={**os.environ, **self.env},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.processes.append(manager)
        self._wait(self._manager_running, "openbox did not take the screen")
        return self

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        self.processes.clear()

    def __enter__(self) -> XScreen:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def add_panel(self, height: int) -> None:
        """A panel along the bottom edge, as a desktop has: a window (xmessage, from x11-utils)
        that reserves the strip, so the window manager's work area leaves it out."""
        name = "calfplayer-test-panel"
        panel = subprocess.Popen(
            _dies_with_us(
                [
                    "xmessage",
                    "-name",
                    name,
                    "-geometry",
                    f"{self.width}x{height}+0+{self.height - height}",
                    "panel",
                ]
            ),
            env={**os.environ, **self.env},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.processes.append(panel)
        found: list[str] = []

        def mapped() -> bool:
            found[:] = self.run("xdotool", "search", "--classname", name).split()
            return bool(found)

        self._wait(mapped, "the panel did not appear")
        strut = f"0, 0, 0, {height}"
        for window in found:
            self.run(
                "xprop", "-id", window, "-f", "_NET_WM_STRUT", "32c", "-set", "_NET_WM_STRUT", strut
            )
        self._wait(lambda: self.available().height == self.height - height, "no work area")

    def available(self) -> Rect:
        """The work area: the screen less any panel, as the window manager announces it."""
        numbers = [int(n) for n in re.findall(r"\d+", self.run("xprop", "-root", "_NET_WORKAREA"))]
        return Rect(*numbers[:4]) if len(numbers) >= 4 else self.box

    def run(self, *command: str) -> str:
        done = subprocess.run(
            command,
            env={**os.environ, **self.env},
            capture_output=True,
            text=True,
            timeout=20,
            check=False,
        )
        return done.stdout

    def _manager_running(self) -> bool:
        return "window id" in self.run("xprop", "-root", "_NET_SUPPORTING_WM_CHECK")

    def _wait(self, ready: object, failure: str, timeout: float = 15.0) -> None:
        assert callable(ready)
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if ready():
                return
            time.sleep(0.05)
        raise RuntimeError(failure)

    def find_window(self, name: str = "calfplayer", timeout: float = 20.0) -> str:
        """The id of the visible window with this name, once it is mapped."""
        found: list[str] = []

        def shown() -> bool:
            ids = self.run("xdotool", "search", "--onlyvisible", "--name", f"^{name}$").split()
            found[:] = ids
            return bool(ids)

        self._wait(shown, f"no window named {name} appeared", timeout)
        return found[0]

    def client(self, window: str) -> Rect:
        """The window's own area (without the frame), as xwininfo reports it."""
        info = self.run("xwininfo", "-id", window)

        def number(label: str) -> int:
            match = re.search(rf"{label}:\s+(-?\d+)", info)
            assert match is not None, info
            return int(match.group(1))

        return Rect(
            number("Absolute upper-left X"),
            number("Absolute upper-left Y"),
            number("Width"),
            number("Height"),
        )

    def frame(self, window: str) -> Rect:
        """The window with the frame the window manager drew around it."""
        inner = self.client(window)
        extents = self.run("xprop", "-id", window, "_NET_FRAME_EXTENTS")
        numbers = [int(n) for n in re.findall(r"\d+", extents.split("=", 1)[-1])]
        left, right, top, bottom = numbers if len(numbers) == 4 else (0, 0, 0, 0)
        return Rect(
            inner.x - left,
            inner.y - top,
            inner.width + left + right,
            inner.height + top + bottom,
        )

    def settle(self, window: str, seconds: float = 3.0) -> Rect:
        """The frame once it has stopped moving (the window manager places, then the app)."""
        last, steady_since = None, time.monotonic()
        end = time.monotonic() + seconds * 3
        while time.monotonic() < end:
            now = self.frame(window)
            if now != last:
                last, steady_since = now, time.monotonic()
            elif time.monotonic() - steady_since >= seconds / 3:
                break
            time.sleep(0.1)
        assert last is not None
        return last
