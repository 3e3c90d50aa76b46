from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from calfplayer.domain.clock import FakeClock
from calfplayer.store.settings import Settings, SettingsStore
from tests.deadline import SECONDS, finishes_within, make_fifo, unblock


def test_missing_file_gives_defaults_without_a_message(tmp_path):
    loaded = SettingsStore(tmp_path / "settings.json", FakeClock()).load()
    assert loaded.settings == Settings()
    assert loaded.problem is None


def test_round_trip_keeps_every_field(tmp_path):
    store = SettingsStore(tmp_path / "config" / "settings.json", FakeClock())
    wanted = Settings(
        theme="dark", safety_acknowledged=True, weekly_goal=5, reduce_motion=True
    ).with_voice(rate=200, level="coach", beeps=False, voice_id="en-gb")
    store.save(wanted)
    assert store.load().settings == wanted
    assert not [p for p in store.path.parent.iterdir() if p.name.endswith(".tmp")]


def test_damaged_file_falls_back_and_is_kept_aside(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"theme": "dark", ', encoding="utf-8")
    loaded = SettingsStore(path, FakeClock()).load()
    assert loaded.settings == Settings()
    assert loaded.problem is not None and "damaged" in loaded.problem
    kept = list(tmp_path.glob("settings.json.damaged-*"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == '{"theme": "dark", '
    assert kept[0].name in loaded.problem


def test_a_damaged_file_is_kept_under_the_time_the_clock_tells(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text("{", encoding="utf-8")
    clock = FakeClock(wall_start=datetime(2026, 12, 31, 23, 59, 58, tzinfo=UTC))
    loaded = SettingsStore(path, clock).load()
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json.damaged-20261231-235958"]
    assert loaded.problem is not None and "settings.json.damaged-20261231-235958" in loaded.problem


def test_bad_values_fall_back_one_by_one(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps(
            {
                "theme": "purple",
                "weekly_goal": 4,
                "reduce_motion": "yes",
                "voice": {"rate": 9999, "level": "coach"},
            }
        ),
        encoding="utf-8",
    )
    settings = SettingsStore(path, FakeClock()).load().settings
    assert settings.theme == "system" and settings.weekly_goal == 4
    assert settings.reduce_motion is False
    assert settings.voice.rate == Settings().voice.rate and settings.voice.level == "coach"


def test_not_an_object_is_damaged(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text("[1, 2]", encoding="utf-8")
    loaded = SettingsStore(path, FakeClock()).load()
    assert loaded.problem is not None
    assert loaded.settings == Settings()


def test_a_byte_order_mark_is_read_as_the_settings_it_holds(tmp_path):
    path = tmp_path / "settings.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"theme": "dark", "weekly_goal": 5}).encode())
    loaded = SettingsStore(path, FakeClock()).load()
    assert loaded.problem is None
    assert loaded.settings == Settings(theme="dark", weekly_goal=5)
    assert path.exists()


def assert_kept_aside(tmp_path, loaded, reason):  # type: ignore[no-untyped-def]
    assert loaded.settings == Settings()
    assert loaded.problem is not None
    assert loaded.problem.startswith(f"Your settings file was damaged ({reason}")
    kept = list(tmp_path.glob("settings.json.damaged-*"))
    assert len(kept) == 1 and kept[0].name in loaded.problem
    assert not (tmp_path / "settings.json").exists(), "the next save starts afresh"
    return kept[0]


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b'{"theme": "dark\xff"}', "byte 15 is not UTF-8 text"),
        (b"[" * 40_000 + b"]" * 40_000, "its brackets nest too deeply"),
        (b'{"voice": ' * 5_000 + b"1" + b"}" * 5_000, "its brackets nest too deeply"),
        (b" " * 100_001, "it is 100,001 bytes; at most 100,000 bytes are read"),
    ],
)
def test_a_file_that_cannot_be_settings_falls_back_and_is_kept(tmp_path, raw, reason):
    path = tmp_path / "settings.json"
    path.write_bytes(raw)
    loaded = finishes_within(SECONDS, SettingsStore(path, FakeClock()).load)
    assert assert_kept_aside(tmp_path, loaded, reason).read_bytes() == raw


def test_a_fifo_falls_back_at_once_and_is_kept_aside(tmp_path):
    fifo = make_fifo(tmp_path / "settings.json")
    try:
        loaded = finishes_within(SECONDS, SettingsStore(fifo, FakeClock()).load)
    finally:
        unblock(fifo)
    kept = assert_kept_aside(tmp_path, loaded, "it is a named pipe (FIFO), not a regular file")
    assert kept.is_fifo()


def test_a_link_to_dev_zero_falls_back_at_once_and_is_kept_aside(tmp_path):
    link = tmp_path / "settings.json"
    link.symlink_to("/dev/zero")
    loaded = finishes_within(SECONDS, SettingsStore(link, FakeClock()).load)
    kept = assert_kept_aside(tmp_path, loaded, "it is a device, not a regular file")
    assert kept.is_symlink() and Path("/dev/zero").exists()


def test_a_voice_id_with_half_a_character_falls_back_to_the_default_voice(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"voice": {"voice_id": "en\\ud800", "rate": 200}}', encoding="utf-8")
    loaded = SettingsStore(path, FakeClock()).load()
    assert loaded.settings.voice.voice_id is None and loaded.settings.voice.rate == 200
    SettingsStore(path, FakeClock()).save(loaded.settings)
