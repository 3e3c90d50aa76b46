"""`calfplayer remind` end to end, with real parts: a private D-Bus session bus, a real notification
server (dunst) under its own Xvfb, the real reminder process and the real window it opens.

The reminder process is started with its wall clock set just before a planned time (the clock
module's testing offset), so nothing waits for the real time of day.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from calfplayer.folder_lock import held_elsewhere
from calfplayer.instance import WINDOW_LOCK
from calfplayer.paths import AppPaths
from tests.desktop_session import PrivateDesktop, available, missing_programs

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the reminders start at login on Linux only"
)

PROBE = Path(__file__).with_name("remind_probe.py")


def calfplayer(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "calfplayer", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def offset_to(hour: int, minute: int, second: int) -> str:
    """The clock offset that makes it that time of today now."""
    now = datetime.now().astimezone()
    target = now.replace(hour=hour, minute=minute, second=second, microsecond=0)
    return str((target - now).total_seconds())


def wait_for(what: str, check, seconds: float = 30) -> None:  # type: ignore[no-untyped-def]
    for _ in range(int(seconds * 10)):
        if check():
            return
        time.sleep(0.1)
    raise AssertionError(f"waited {seconds} s for {what}")


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[PrivateDesktop]:
    if not available():
        pytest.fail(
            f"{', '.join(missing_programs())} missing: `make test` installs them (the tests group "
            "of packaging/system-packages.txt)"
        )
    session = PrivateDesktop(tmp_path / "desktop")
    try:
        yield session
    finally:
        session.stop()


class RemindProcess:
    def __init__(self, desktop: PrivateDesktop, folder: Path, **env: str) -> None:
        self.modules_file = folder / "modules.json"
        self.log = folder / "remind.log"
        self.process = subprocess.Popen(
            [sys.executable, str(PROBE), str(self.modules_file), "--no-voice", "remind"],
            env=desktop.environment(**env),
            stdout=self.log.open("wb"),
            stderr=subprocess.STDOUT,
        )

    def modules(self) -> dict[str, object]:
        self.modules_file.unlink(missing_ok=True)
        os.kill(self.process.pid, signal.SIGUSR1)
        wait_for("the module list", self.modules_file.exists, 10)
        report: dict[str, object] = json.loads(self.modules_file.read_text(encoding="utf-8"))
        return report

    def stop(self) -> int:
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGTERM)
        return self.process.wait(timeout=20)


@pytest.fixture
def start_remind(desktop: PrivateDesktop, tmp_path: Path) -> Iterator:  # type: ignore[type-arg]
    started: list[RemindProcess] = []

    def start(**env: str) -> RemindProcess:
        remind = RemindProcess(desktop, tmp_path, **env)
        started.append(remind)
        return remind

    yield start
    for remind in started:
        remind.stop()


def plan(*args: str) -> None:
    done = calfplayer("plan", "add", *args)
    assert done.returncode == 0, done.stderr


def sessions() -> list[dict[str, object]]:
    exported = calfplayer("export", "--format", "json")
    assert exported.returncode == 0, exported.stderr
    found: list[dict[str, object]] = json.loads(exported.stdout)["sessions"]
    return found


def test_remind_test_shows_a_notification_with_the_routines_name(desktop) -> None:
    plan("gentle-start", "--days", "daily", "--at", "23:59")
    shown = calfplayer("remind", "--test", env=desktop.environment())
    assert shown.returncode == 0, shown.stderr
    assert "Gentle start" in shown.stdout
    assert desktop.displayed() == 1
    desktop.dunstctl("close-all")
    assert "Time for Gentle start" in desktop.history_text()


def test_remind_test_with_no_notification_server_says_so(tmp_path) -> None:
    plan("gentle-start", "--days", "daily", "--at", "23:59")
    nowhere = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": f"unix:path={tmp_path / 'no-bus'}"}
    shown = calfplayer("remind", "--test", env=nowhere)
    assert shown.returncode == 1
    assert "could not be shown" in shown.stderr
    assert "Traceback" not in shown.stderr


def test_a_planned_time_is_reminded_of_when_it_comes_and_start_now_plays_it(
    desktop, start_remind
) -> None:
    plan("movement-snack", "--days", "daily", "--at", "12:00")
    remind = start_remind(
        CALFPLAYER_CLOCK_OFFSET_S=offset_to(11, 59, 55), CALFPLAYER_QUIT_AFTER_MS="6000"
    )
    wait_for("the process to wait", lambda: "waiting" in remind.log.read_text())
    assert desktop.displayed() == 0  # not before its time
    wait_for("the reminder", lambda: desktop.displayed() == 1)
    modules = remind.modules()
    assert modules == {"qt": [], "notifier": True}  # it never imports Qt, even after posting

    desktop.choose("Start now")
    menu = desktop.menu_file.read_text(encoding="utf-8")
    for action in ("Start now", "In 15 minutes", "Skip today"):
        assert f"#{action} (Time for Movement snack)" in menu
    # The window opens on the routine, plays it and, told to quit after a few seconds, keeps
    # what was done: the history has the session.
    wait_for("the session in the history", lambda: bool(sessions()), 60)
    assert [session["routine_id"] for session in sessions()] == ["movement-snack"]
    paths = AppPaths.resolve()
    wait_for("the window to quit", lambda: not held_elsewhere(paths.data, WINDOW_LOCK), 60)
    assert remind.stop() == 0


def test_skip_today_is_kept_and_the_next_check_honours_it(desktop, start_remind) -> None:
    plan("gentle-start", "--days", "daily", "--at", "12:00")
    remind = start_remind(CALFPLAYER_CLOCK_OFFSET_S=offset_to(12, 0, 5))
    wait_for("the reminder", lambda: desktop.displayed() == 1)
    desktop.choose("Skip today")
    choices = Path(os.environ["CALFPLAYER_DATA_DIR"]) / "plan-choices.json"
    wait_for("the choice", choices.exists)
    assert json.loads(choices.read_text(encoding="utf-8"))["skipped"][0]["routine"] == (
        "gentle-start"
    )
    assert remind.stop() == 0
    # dunst leaves a notification up after an action picked from its menu; the person closes it.
    desktop.dunstctl("close-all")
    # A restarted reminder process honours the choice: nothing more today.
    again = start_remind(CALFPLAYER_CLOCK_OFFSET_S=offset_to(12, 0, 10))
    time.sleep(4)
    assert again.process.poll() is None
    assert desktop.displayed() == 0
    shown = calfplayer("plan", env={**os.environ, "CALFPLAYER_CLOCK_OFFSET_S": offset_to(13, 0, 0)})
    assert "Gentle start at 12:00: skipped" in shown.stdout


def test_in_15_minutes_puts_the_time_off(desktop, start_remind) -> None:
    plan("gentle-start", "--days", "daily", "--at", "12:00")
    start_remind(CALFPLAYER_CLOCK_OFFSET_S=offset_to(12, 0, 5))
    wait_for("the reminder", lambda: desktop.displayed() == 1)
    desktop.choose("In 15 minutes")
    choices = Path(os.environ["CALFPLAYER_DATA_DIR"]) / "plan-choices.json"
    wait_for("the choice", choices.exists)
    shown = calfplayer("plan", env={**os.environ, "CALFPLAYER_CLOCK_OFFSET_S": offset_to(12, 1, 0)})
    assert "Gentle start at 12:00: put off until 12:15" in shown.stdout


def test_asleep_through_three_planned_times_one_reminder(desktop, start_remind) -> None:
    for at in ("11:20", "11:30", "11:40"):
        plan("gentle-start" if at != "11:30" else "movement-snack", "--days", "daily", "--at", at)
    plan("balance-builder", "--days", "daily", "--at", "11:45")
    remind = start_remind(CALFPLAYER_CLOCK_OFFSET_S=offset_to(11, 50, 0))
    wait_for("a reminder", lambda: desktop.displayed() >= 1)
    time.sleep(3)  # time enough for more, if it were to give more
    assert desktop.displayed() == 1
    desktop.dunstctl("close-all")
    history = desktop.history_text()
    assert "Time for Balance builder" in history  # the latest of those due
    assert "Time for Gentle start" not in history
    assert remind.process.poll() is None


def test_one_reminder_process_per_data_folder(desktop, start_remind) -> None:
    first = start_remind()
    lock = Path(os.environ["CALFPLAYER_DATA_DIR"]) / ".remind.lock"
    wait_for("the first to hold the lock", lambda: lock.exists() and lock.read_text().strip())
    second = calfplayer("remind", env=desktop.environment())
    assert second.returncode == 0
    assert f"already running for {os.environ['CALFPLAYER_DATA_DIR']}" in second.stderr
    assert f"process {first.process.pid}" in second.stderr
    assert first.process.poll() is None


def test_on_and_off_write_a_valid_autostart_entry_and_start_and_stop_the_process(
    tmp_path, desktop
) -> None:
    data = tmp_path / 'my data %1 "quoted"'
    env = desktop.environment(CALFPLAYER_DATA_DIR="")
    entry = Path(os.environ["XDG_CONFIG_HOME"]) / "autostart" / "calfplayer-remind.desktop"
    on = calfplayer("--data-dir", str(data), "remind", "--on", env=env)
    assert on.returncode == 0, on.stderr
    assert "Reminders are on" in on.stdout
    assert entry.exists()
    validated = subprocess.run(
        ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
    )
    assert validated.returncode == 0, validated.stdout + validated.stderr
    assert validated.stdout == ""
    status = calfplayer("--data-dir", str(data), "remind", "--status", env=env)
    assert f"At login: on ({entry})" in status.stdout
    pid = int(status.stdout.split("Running: yes (process ")[1].split(")")[0])
    assert Path(f"/proc/{pid}").exists()

    exec_line = next(line for line in entry.read_text().splitlines() if line.startswith("Exec="))
    assert exec_line.endswith(" remind")
    assert "--data-dir" in exec_line  # its quoting is checked in tests/store/test_autostart.py

    off = calfplayer("--data-dir", str(data), "remind", "--off", env=env)
    assert off.returncode == 0, off.stderr
    assert "Reminders are off." in off.stdout
    assert not entry.exists()
    wait_for("the process to end", lambda: not Path(f"/proc/{pid}").exists() or _zombie(pid))
    status = calfplayer("--data-dir", str(data), "remind", "--status", env=env)
    assert "At login: off" in status.stdout
    assert "Running: no" in status.stdout
    again = calfplayer("--data-dir", str(data), "remind", "--off", env=env)
    assert "Reminders were already off." in again.stdout


def _zombie(pid: int) -> bool:
    try:
        return "State:\tZ" in Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return True


def test_a_time_skipped_elsewhere_has_its_reminder_taken_down(desktop, start_remind) -> None:
    plan("gentle-start", "--days", "daily", "--at", "12:00")
    start_remind(CALFPLAYER_CLOCK_OFFSET_S=offset_to(12, 0, 5))
    wait_for("the reminder", lambda: desktop.displayed() == 1)
    # Skipped in the window, say: the choices file changes; the process looks within a minute.
    today = datetime.now().astimezone().date().isoformat()
    choices = Path(os.environ["CALFPLAYER_DATA_DIR"]) / "plan-choices.json"
    choices.write_text(
        json.dumps({"skipped": [{"routine": "gentle-start", "day": today}], "later": []}),
        encoding="utf-8",
    )
    wait_for("the reminder to be taken down", lambda: desktop.displayed() == 0, 90)
