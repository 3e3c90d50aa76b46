"""A private desktop for the reminder tests and benchmark: an X server (Xvfb), a D-Bus session bus
(``dbus-daemon --session``) and a real notification server (dunst) on them, each started here and
stopped by its process id. Nothing reaches the person's own session.

dunst's context menu (``dunstctl context``) runs the ``dmenu`` its configuration names with the
notifications' actions, one a line; here that is a script that picks the line holding the text in
``choice_file``, which is how a click on a notification's button is made the way dunst makes it.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

NEEDED = ("Xvfb", "dbus-daemon", "dunst", "dunstctl")


def missing_programs() -> list[str]:
    return [name for name in NEEDED if shutil.which(name) is None]


def available() -> bool:
    return sys.platform.startswith("linux") and not missing_programs()


class PrivateDesktop:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.choice_file = folder / "choice"
        self.choice_file.write_text("Start now", encoding="utf-8")
        self.menu_file = folder / "menu"
        self.processes: list[subprocess.Popen[bytes]] = []
        self.env: dict[str, str] = {}
        try:
            self._start()
        except BaseException:
            self.stop()
            raise

    def _start(self) -> None:
        read_display, write_display = os.pipe()
        xvfb = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write_display),
                "-screen",
                "0",
                "1024x768x24",
                "-nolisten",
                "tcp",
            ],
            pass_fds=(write_display,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.processes.append(xvfb)
        os.close(write_display)
        with os.fdopen(read_display) as reader:
            display = reader.readline().strip()
        if not display:
            raise RuntimeError("Xvfb did not start")
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self.processes.append(bus)
        assert bus.stdout is not None
        address = bus.stdout.readline().decode().strip()
        if not address:
            raise RuntimeError("dbus-daemon did not start")
        self.env = {
            "DISPLAY": f":{display}",
            "DBUS_SESSION_BUS_ADDRESS": address,
            "QT_QPA_PLATFORM": "xcb",
        }
        picker = self.folder / "pick.sh"
        picker.write_text(
            f'#!/bin/sh\ntee "{self.menu_file}" | grep -m1 -F "$(cat "{self.choice_file}")"\n',
            encoding="utf-8",
        )
        picker.chmod(0o755)
        config = self.folder / "dunstrc"
        config.write_text(
            "[global]\n"
            f"    dmenu = {picker}\n"
            "    history_length = 100\n"
            "[urgency_normal]\n"
            "    timeout = 0\n",
            encoding="utf-8",
        )
        dunst = subprocess.Popen(
            ["dunst", "-config", str(config)],
            env={**os.environ, **self.env},
            stdout=subprocess.DEVNULL,
            stderr=(self.folder / "dunst.log").open("wb"),
        )
        self.processes.append(dunst)
        for _ in range(100):  # up to 10 s for dunst to take the notifications' name on the bus
            if self.dunstctl("is-paused", check=False).returncode == 0:
                return
            time.sleep(0.1)
        raise RuntimeError("dunst did not come up: " + (self.folder / "dunst.log").read_text())

    def environment(self, **more: str) -> dict[str, str]:
        """The environment a process needs to use this desktop."""
        return {**os.environ, **self.env, **more}

    def dunstctl(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["dunstctl", *args],
            env=self.environment(),
            capture_output=True,
            text=True,
            timeout=20,
            check=check,
        )

    def displayed(self) -> int:
        return int(self.dunstctl("count", "displayed").stdout.strip())

    def history_text(self) -> str:
        """What dunst's history holds (it keeps the notifications closed so far)."""
        return self.dunstctl("history").stdout

    def choose(self, action: str) -> None:
        """Picks ``action`` on the notification shown, through dunst's context menu."""
        self.choice_file.write_text(action, encoding="utf-8")
        self.menu_file.unlink(missing_ok=True)
        self.dunstctl("context")  # dunst runs the menu after answering
        for _ in range(100):
            if self.menu_file.exists():
                return
            time.sleep(0.1)
        raise RuntimeError("dunst did not run its menu")

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                os.kill(process.pid, signal.SIGTERM)
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    os.kill(process.pid, signal.SIGKILL)
                    process.wait()
            if process.stdout is not None:
                process.stdout.close()
        self.processes.clear()
