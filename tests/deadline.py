"""Running a check that could hang with a deadline, so a hang fails the test instead of the suite.

A FIFO with no writer blocks whoever opens it for reading; the helpers here run such a check in
a thread and give up on it after a few seconds, and ``unblock`` lets a stuck reader go.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
SECONDS = 10


def finishes_within(seconds: float, work: Callable[[], T]) -> T:
    """The result of ``work()`` (or what it raised), failing the test if it takes longer."""
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["value"] = work()
        except BaseException as error:  # handed back to the test as it is
            outcome["error"] = error

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        raise AssertionError(f"still running after {seconds} s: it hangs")
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]


def make_fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def unblock(fifo: Path) -> None:
    """Opens the FIFO for writing and closes it: a reader blocked in open() sees an empty file."""
    with contextlib.suppress(OSError):  # nobody is reading: nothing is stuck
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
