"""Helpers for the store tests and the crash driver: a short, fast routine and how to play it."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from calfplayer.domain.clock import FakeClock
from calfplayer.domain.recording import WorkoutRecorder
from calfplayer.domain.session import Session

FIXTURES = Path(__file__).parent / "fixtures"

# Two sets of a two-sided exercise after two sets of a plain one: six blocks, ten seconds.
QUICK_ITEMS = (
    {
        "exercise": "calf-raise",
        "sets": 2,
        "reps": 2,
        "tempo": {"up": 0.5, "top": 0, "down": 0.5},
        "rest": 1,
        "setup": 1,
    },
    {
        "exercise": "single-leg-calf-raise",
        "sets": 2,
        "reps": 1,
        "tempo": {"up": 0.5, "top": 0, "down": 0.5},
        "rest": 0,
        "setup": 0,
        "switch": 0,
    },
)


def play(
    session: Session, clock: FakeClock, recorder: WorkoutRecorder, sets: int | None = None
) -> None:
    """Moves the clock from event to event, recording, until ``sets`` more sets are done (or
    the end)."""
    target = None if sets is None else len(session.results) + sets
    if session.state.value == "ready":
        recorder.record(session.start())
    while session.next_event_at() is not None:
        if target is not None and len(session.results) >= target:
            return
        due = session.next_event_at()
        assert due is not None
        clock.set(due)
        recorder.record(session.advance())


DRIVER = Path(__file__).parent / "crash_driver.py"


class Driver:
    """The crash driver as a child process, its stdout read line by line as it arrives."""

    def __init__(self, data_dir: Path, workouts: int = 1) -> None:
        self.lines: list[dict[str, Any]] = []
        self._changed = threading.Condition()
        self.process = subprocess.Popen(
            [sys.executable, str(DRIVER), str(data_dir), "--workouts", str(workouts)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            with self._changed:
                self.lines.append(json.loads(line))
                self._changed.notify_all()

    def sets(self) -> list[dict[str, Any]]:
        """Every set reported so far: each one was committed before its line was printed."""
        with self._changed:
            return [line for line in self.lines if line["event"] == "set"]

    def wait_for(self, test: Callable[[list[dict[str, Any]]], bool], timeout: float = 30) -> None:
        with self._changed:
            if not self._changed.wait_for(lambda: test(self.lines), timeout):
                raise AssertionError(f"the driver did not get there; it said {self.lines}")

    def kill(self) -> None:
        """SIGKILL: no finally blocks, no flush, no close — like a crash or a power cut."""
        self.process.kill()
        self.process.wait(timeout=10)
        self._reader.join(timeout=10)

    def finish(self, timeout: float = 60) -> str:
        _, errors = self.process.communicate(timeout=timeout)
        self._reader.join(timeout=10)
        return errors


@contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """Makes a folder unwritable, even for root (via the immutable flag), or skips the test."""
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o555)
    immutable = False
    probe = folder / "probe"
    try:
        try:
            probe.touch()
        except OSError:
            pass
        else:
            probe.unlink()
            immutable = subprocess.run(["chattr", "+i", str(folder)], check=False).returncode == 0
            try:
                probe.touch()
            except OSError:
                pass
            else:
                probe.unlink()
                pytest.skip("this machine cannot make a folder read-only")
        yield
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        folder.chmod(0o755)


class Mount:
    """A size-limited tmpfs of its own, to fill up or make read-only (needs root)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def fill(self) -> Path:
        """Fills the disk to the last byte; remove the file returned to free it."""
        filler = self.folder / "filler"
        with open(filler, "wb", buffering=0) as stream:
            try:
                while True:
                    stream.write(b"\0" * 4096)
            except OSError:
                pass
            try:
                while True:
                    stream.write(b"\0")
            except OSError:
                pass
        return filler

    def read_only(self, yes: bool = True) -> None:
        option = "remount,ro" if yes else "remount,rw"
        subprocess.run(["mount", "-o", option, str(self.folder)], check=True)


@contextmanager
def tmpfs(folder: Path, size: str = "2m") -> Iterator[Mount]:
    """A real small disk at ``folder`` for the test, or skips it when not root."""
    import os

    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"a tmpfs cannot be mounted here: {mounted.stderr.decode().strip()}")
    try:
        yield Mount(folder)
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
