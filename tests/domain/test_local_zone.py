"""The person's time zone, with its daylight-saving rules, read from TZ or the system."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from calfplayer.domain.clock import local_zone


def test_tz_names_the_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    assert local_zone() == ZoneInfo("America/New_York")
    monkeypatch.setenv("TZ", ":Europe/Berlin")  # the POSIX form with a colon
    assert local_zone() == ZoneInfo("Europe/Berlin")


def test_a_tz_that_names_no_zone_falls_back_to_the_system(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TZ", raising=False)
    system = str(local_zone())  # a zone read from a file is a new object each time: its name
    monkeypatch.setenv("TZ", "Not/A_Zone")
    assert str(local_zone()) == system
    monkeypatch.setenv("TZ", "../../etc/passwd")
    assert str(local_zone()) == system
