"""The real window as a screen reader meets it, through the desktop's accessibility bus.

A private X server, a private D-Bus session bus and the accessibility bus (at-spi2-core's
at-spi-bus-launcher) are started for the test, the window runs as ``python -m calfplayer``, and
``atspi_walk.py`` walks it with pyatspi from the system's own Python, going from page to page with
the accessible actions a screen reader offers. Everything started here is stopped by its pid.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the accessibility bus is Linux's (AT-SPI)"
)

HERE = Path(__file__).resolve().parent
WALKER = HERE / "atspi_walk.py"
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's, with python3-pyatspi
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
CONTROLS = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "slider",
    "combo box",
    "spin button",
}
PAGES = ("workouts", "exercises", "history", "settings", "about", "editor", "preview", "player")
PHASES = {"Get ready", "Up", "Hold", "Down", "Rest", "Relax", "Paused"}


def stop(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return


def wait_until(check: Any, timeout: float, what: str) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if check():
            return
        time.sleep(0.05)
    raise AssertionError(f"{what} did not happen within {timeout} s")


class Desktop:
    """An X server, a session bus and the accessibility bus of the test's own."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.env: dict[str, str] = {}
        self.pids: list[int] = []
        self.processes: list[subprocess.Popen[bytes]] = []

    def start(self) -> None:
        runtime = self.home / "run"
        runtime.mkdir(mode=0o700)
        read_end, write_end = os.pipe()
        xvfb = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write_end),
                "-screen",
                "0",
                "1280x1024x24",
                "-nolisten",
                "tcp",
            ],
            pass_fds=(write_end,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write_end)
        self.processes.append(xvfb)
        with os.fdopen(read_end) as display_pipe:
            display = display_pipe.readline().strip()
        assert display, "Xvfb did not say which display it opened"
        base = {
            key: value
            for key, value in os.environ.items()
            if key in ("PATH", "LANG", "LC_ALL", "PYTHONPATH", "VIRTUAL_ENV")
        }
        self.env = {
            **base,
            "HOME": str(self.home),
            "XDG_RUNTIME_DIR": str(runtime),
            "XDG_CONFIG_HOME": str(self.home / "config"),
            "XDG_DATA_HOME": str(self.home / "share"),
            "XDG_CACHE_HOME": str(self.home / "cache"),
            "DISPLAY": f":{display}",
        }
        bus = subprocess.run(
            ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
            env=self.env,
            capture_output=True,
            text=True,
            check=True,
            timeout=30,
        )
        address, pid = bus.stdout.split("\n")[:2]
        self.pids.append(int(pid))
        self.env["DBUS_SESSION_BUS_ADDRESS"] = address.strip()
        launcher = subprocess.Popen(
            [BUS_LAUNCHER, "--launch-immediately"],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.processes.append(launcher)
        wait_until(
            lambda: any((runtime / "at-spi").glob("bus*")), 20, "the accessibility bus's start"
        )

    def stop(self) -> None:
        for process in reversed(self.processes):
            stop(process.pid)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        for pid in self.pids:
            stop(pid)


def walk_the_window(desktop: Desktop, data_dir: Path) -> dict[str, Any]:
    window_env = {**desktop.env, "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_QPA_PLATFORM": "xcb"}
    window = subprocess.Popen(
        [sys.executable, "-m", "calfplayer", "--data-dir", str(data_dir), "--no-voice"],
        env=window_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        walked = subprocess.run(
            [SYSTEM_PYTHON, str(WALKER)],
            env=desktop.env,
            capture_output=True,
            text=True,
            timeout=240,
            check=False,
        )
    finally:
        stop(window.pid)
        try:
            _, window_errors = window.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            window.kill()
            _, window_errors = window.communicate()
    assert walked.returncode == 0, walked.stderr
    result: dict[str, Any] = json.loads(walked.stdout)
    result["window_errors"] = window_errors.decode(errors="replace")
    return result


@pytest.fixture(scope="module")
def walked(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """One walk through every page, shared by the checks below (the walk takes half a minute)."""
    home = tmp_path_factory.mktemp("desktop")
    started = Desktop(home)
    try:
        started.start()
        yield walk_the_window(started, home / "calfplayer-data")
    finally:
        started.stop()


def nodes(walked: dict[str, Any], page: str) -> list[dict[str, Any]]:
    assert walked["error"] is None, walked["error"] + "\n" + walked["window_errors"][-2000:]
    return list(walked["pages"][page])


def test_every_page_was_reached_through_the_bus(walked) -> None:  # type: ignore[no-untyped-def]
    assert walked["error"] is None, walked["error"] + "\n" + walked["window_errors"][-2000:]
    assert set(PAGES) | {"summary"} <= set(walked["pages"])


@pytest.mark.parametrize("page", [*PAGES, "summary"])
def test_every_control_has_a_name_and_a_role(walked, page: str) -> None:  # type: ignore[no-untyped-def]
    shown = nodes(walked, page)
    controls = [node for node in shown if node["role"] in CONTROLS]
    assert controls, f"no controls found on the {page} page"
    nameless = [node["role"] for node in controls if not node["name"].strip()]
    assert nameless == [], f"controls without a name on the {page} page"
    fields = [node for node in shown if node["role"] == "text" and node["focusable"]]
    assert [node for node in fields if not node["name"].strip()] == []


@pytest.mark.parametrize("page", [*PAGES, "summary"])
def test_combo_boxes_and_sliders_are_named_after_their_label(walked, page: str) -> None:  # type: ignore[no-untyped-def]
    for node in nodes(walked, page):
        if node["role"] == "combo box":
            assert node["name"] not in node["children"], f"{node['name']!r} is one of its values"
        if node["role"] == "slider":
            assert not re.fullmatch(r"[\d.,% ]+", node["name"]), node["name"]


def test_the_settings_fields_carry_their_labels(walked) -> None:  # type: ignore[no-untyped-def]
    shown = nodes(walked, "settings")
    names = {(node["role"], node["name"]) for node in shown}
    assert {("combo box", "Voice"), ("combo box", "Cues")} <= names
    assert {("slider", "Speed"), ("slider", "Volume")} <= names
    voice = next(node for node in shown if (node["role"], node["name"]) == ("combo box", "Voice"))
    assert voice["description"] == "Default voice"  # the value, told apart from the name


def test_routine_cards_are_buttons_named_after_their_routine(walked) -> None:  # type: ignore[no-untyped-def]
    buttons = {
        node["name"]: node for node in nodes(walked, "workouts") if node["role"] == "push button"
    }
    for routine in ("Gentle start", "Movement snack"):
        assert "min" in buttons[routine]["description"]  # "1:35 min · 1 exercise. …"


def test_the_player_exposes_its_count_and_phase_and_announces_a_new_phase(walked) -> None:  # type: ignore[no-untyped-def]
    counter = [node for node in nodes(walked, "player") if node["name"] in PHASES]
    assert counter, "no object on the player says the phase"
    assert re.fullmatch(r"\d+:\d\d|\d+ / \d+", counter[0]["description"])
    announced = [
        event["detail"] for event in walked["events"] if event["type"] == "object:announcement"
    ]
    assert "Get ready" in announced
    assert "Up" in announced  # the count-in ran out and the reps began
    counts = [
        event["detail"]
        for event in walked["events"]
        if event["type"] == "object:property-change:accessible-description"
        and event["name"] in PHASES
    ]
    assert "0:03" in counts and "1 / 18" in counts
