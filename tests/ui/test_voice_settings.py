"""The voice section of the Settings page."""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import Qt

from calfplayer.audio.problems import no_speech_engine
from calfplayer.store.settings import VoiceSettings
from calfplayer.ui.widgets.voice_settings import SAMPLE, VoiceSettingsWidget

FAKE_ENGINE = str(Path(__file__).resolve().parent.parent / "audio" / "fake_engine.py") + ":make"


def engine_calls(log: Path) -> list[dict[str, object]]:
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text().splitlines() if line.strip()]


def make_widget(qtbot, voice: VoiceSettings | None = None) -> VoiceSettingsWidget:  # type: ignore[no-untyped-def]
    widget = VoiceSettingsWidget(voice or VoiceSettings(), engine=FAKE_ENGINE)
    qtbot.addWidget(widget)
    widget.resize(420, 360)
    return widget


def test_the_engines_voices_are_listed_from_a_child_process(qtbot, tmp_path, monkeypatch):
    log = tmp_path / "engine.jsonl"
    monkeypatch.setenv("FAKE_ENGINE_LOG", str(log))
    widget = make_widget(qtbot, VoiceSettings(voice_id="fake/two"))
    qtbot.waitUntil(lambda: widget.voice_list.count() == 3, timeout=10_000)
    names = [widget.voice_list.itemText(index) for index in range(3)]
    assert names == ["Default voice", "Fake One (en)", "Fake Two (en-gb)"]
    assert widget.voice_list.currentData() == "fake/two"  # the saved choice stays chosen
    assert all(call["pid"] != os.getpid() for call in engine_calls(log))
    widget.grab().save(str(tmp_path / "voice-settings.png"))


def test_each_change_emits_the_whole_changed_settings(qtbot):
    widget = make_widget(qtbot)
    with qtbot.waitSignal(widget.changed) as rate_change:
        widget.rate.setValue(200)
    assert rate_change.args == [VoiceSettings(rate=200)]
    with qtbot.waitSignal(widget.changed) as level_change:
        widget.level.setCurrentIndex(widget.level.findData("coach"))
    assert level_change.args[0] == VoiceSettings(rate=200, level="coach")
    with qtbot.waitSignal(widget.changed) as beeps_change:
        widget.beeps.click()
    assert beeps_change.args[0].beeps is False
    assert widget.rate_label.text() == "200 words a minute"


def test_voice_off_greys_out_its_controls_and_showing_settings_emits_nothing(qtbot):
    widget = make_widget(qtbot)
    with qtbot.waitSignal(widget.changed) as off:
        widget.enabled.setChecked(False)
    assert off.args[0].enabled is False
    assert not widget.rate.isEnabled() and not widget.test_button.isEnabled()
    with qtbot.assertNotEmitted(widget.changed):
        widget.set_settings(VoiceSettings(volume=0.5))
    assert widget.volume.value() == 50 and widget.test_button.isEnabled()


def test_test_voice_speaks_the_chosen_settings_in_a_child_process(qtbot, tmp_path, monkeypatch):
    log = tmp_path / "engine.jsonl"
    monkeypatch.setenv("FAKE_ENGINE_LOG", str(log))
    widget = make_widget(qtbot, VoiceSettings(rate=120))
    qtbot.mouseClick(widget.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(c["call"] == "said" for c in engine_calls(log)), timeout=10_000)
    calls = engine_calls(log)
    assert {"call": "setProperty", "name": "rate", "value": 120}.items() <= next(
        c for c in calls if c.get("name") == "rate"
    ).items()
    assert all(call["pid"] != os.getpid() for call in calls)
    widget.stop_speech()


def test_test_voice_says_what_it_spoke(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("FAKE_ENGINE_LOG", str(tmp_path / "engine.jsonl"))
    widget = make_widget(qtbot)
    assert widget.test_note.isHidden()
    widget.test_voice()
    assert widget.test_note.text() == "Speaking…"
    qtbot.waitUntil(lambda: widget.test_note.text().startswith("Spoke"), timeout=10_000)
    assert widget.test_note.text() == f"Spoke: “{SAMPLE}”"
    assert not widget.test_note.isHidden()
    widget.stop_speech()


def test_test_voice_without_a_speech_engine_says_why_and_the_fix(qtbot, monkeypatch):
    monkeypatch.setenv("FAKE_ENGINE_MISSING", "1")
    widget = make_widget(qtbot)
    widget.test_voice()
    qtbot.waitUntil(lambda: widget.test_note.text() != "Speaking…", timeout=10_000)
    note = widget.test_note.text()
    assert note.startswith("Not spoken: no speech engine (RuntimeError: ")
    assert note.endswith(f"; {no_speech_engine().fix}")


def test_test_voice_says_when_the_sound_cannot_be_heard(qtbot, tmp_path, monkeypatch):
    log = tmp_path / "engine.jsonl"
    monkeypatch.setenv("FAKE_ENGINE_LOG", str(log))
    widget = VoiceSettingsWidget(
        VoiceSettings(), engine=FAKE_ENGINE, sound_problem=lambda: "no audio output was found"
    )
    qtbot.addWidget(widget)
    widget.test_voice()
    assert widget.test_note.text() == "Not spoken: no audio output was found"
    qtbot.wait(300)
    assert not any(call["call"] == "say" for call in engine_calls(log)), "nobody to hear it"
    widget.stop_speech()
