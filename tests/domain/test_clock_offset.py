"""The wall-clock offset for tests (``CALFPLAYER_CLOCK_OFFSET_S``): moves the wall clock only."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from calfplayer.domain.clock import CLOCK_OFFSET_ENV, SystemClock, wall_clock_offset


def test_the_offset_moves_the_wall_clock_and_not_the_monotonic_one(monkeypatch) -> None:
    monkeypatch.setenv(CLOCK_OFFSET_ENV, "-7200.5")
    moved = SystemClock()
    monkeypatch.delenv(CLOCK_OFFSET_ENV)
    plain = SystemClock()
    difference = plain.wall_now() - moved.wall_now()
    assert timedelta(seconds=7200) < difference < timedelta(seconds=7201)
    assert abs(plain.monotonic_ms() - moved.monotonic_ms()) < 1000
    assert moved.wall_now().tzinfo is not None


def test_no_offset_is_the_real_time(monkeypatch) -> None:
    monkeypatch.delenv(CLOCK_OFFSET_ENV, raising=False)
    assert abs(SystemClock().wall_now() - datetime.now(UTC)) < timedelta(seconds=1)


def test_an_offset_that_is_no_number_is_said_and_ignored(capsys) -> None:
    assert wall_clock_offset("soon") == timedelta()
    assert "ignoring CALFPLAYER_CLOCK_OFFSET_S='soon'" in capsys.readouterr().err
    assert wall_clock_offset("") == timedelta()
    assert wall_clock_offset("1e400") == timedelta()  # too far for a date
    assert wall_clock_offset("90") == timedelta(seconds=90)
