from __future__ import annotations

import json
from datetime import UTC, datetime

from calfplayer.domain.clock import FakeClock
from calfplayer.store.settings import Settings, SettingsStore


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
