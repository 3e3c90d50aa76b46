"""Time, injected: the engine never reads the system clock itself."""

from __future__ import annotations

import contextlib
import os
import sys
import time
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Protocol


class Clock(Protocol):
    def monotonic_ms(self) -> int:
        """Milliseconds from an arbitrary start; never goes backwards."""
        ...

    def wall_now(self) -> datetime:
        """The current wall-clock time, timezone-aware."""
        ...


# A testing aid, not a setting: seconds added to the wall clock (say, to start `calfplayer remind`
# two seconds before a planned time). Read here only; the monotonic clock is never moved.
CLOCK_OFFSET_ENV = "CALFPLAYER_CLOCK_OFFSET_S"


class SystemClock:
    def __init__(self) -> None:
        self._offset = wall_clock_offset(os.environ.get(CLOCK_OFFSET_ENV))

    def monotonic_ms(self) -> int:
        return time.monotonic_ns() // 1_000_000

    def wall_now(self) -> datetime:
        return (datetime.now(UTC) + self._offset).astimezone()


def wall_clock_offset(value: str | None) -> timedelta:
    """The offset ``CALFPLAYER_CLOCK_OFFSET_S`` asks for; none (and a sentence on stderr) when it
    is not a number of seconds."""
    if not value:
        return timedelta()
    try:
        return timedelta(seconds=float(value))
    except (ValueError, OverflowError):
        print(
            f"calfplayer: ignoring {CLOCK_OFFSET_ENV}={value!r}: not a number of seconds",
            file=sys.stderr,
        )
        return timedelta()


class FakeClock:
    """A clock that moves only when told to: for tests and for simulating a plan ahead of time."""

    def __init__(self, start_ms: int = 0, wall_start: datetime | None = None) -> None:
        self._now = start_ms
        self._start = start_ms
        self._wall_start = wall_start or datetime(2026, 1, 5, 9, 0, tzinfo=UTC)

    def monotonic_ms(self) -> int:
        return self._now

    def wall_now(self) -> datetime:
        return self._wall_start + timedelta(milliseconds=self._now - self._start)

    def advance(self, ms: int) -> int:
        if ms < 0:
            raise ValueError("a clock does not go backwards")
        self._now += ms
        return self._now

    def set(self, now_ms: int) -> None:
        if now_ms < self._now:
            raise ValueError("a clock does not go backwards")
        self._now = now_ms


def local_zone() -> tzinfo:
    """The person's time zone with its daylight-saving rules: ``TZ`` if set, else the system's
    /etc/localtime. Where neither names a zone this machine has rules for (Windows without the
    tzdata package), the system's present offset from UTC, which misses a change of daylight
    saving until the app is started again."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # only where time zones matter

    names = [os.environ.get("TZ", "").lstrip(":")]
    localtime = Path("/etc/localtime")
    with contextlib.suppress(OSError):
        names.append(str(localtime.resolve()).partition("/zoneinfo/")[2])
    for name in names:
        if not name:
            continue
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            continue
    try:
        with localtime.open("rb") as rules:
            return ZoneInfo.from_file(rules, key="localtime")
    except (OSError, ValueError):
        return datetime.now(UTC).astimezone().tzinfo or UTC
