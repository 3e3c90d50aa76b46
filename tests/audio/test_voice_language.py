"""The voice speaks the language in use, with the real espeak-ng and its voices."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from calfplayer import i18n
from calfplayer.audio.speaker import Speaker
from calfplayer.audio.speech_process import speech_command
from calfplayer.audio.voices import choose_voice, default_voice, ordered_voices, speaks
from calfplayer.domain.clock import SystemClock
from calfplayer.domain.plan import build_plan
from calfplayer.store.settings import VoiceSettings
from tests.catalogues import build_catalogue


def real_voices() -> list[dict[str, object]]:
    done = subprocess.run(
        speech_command("voices"), capture_output=True, text=True, timeout=60, check=True
    )
    for line in done.stdout.splitlines():
        answer = json.loads(line)
        if "voices" in answer and isinstance(answer["voices"], list):
            return answer["voices"]
    raise AssertionError(f"espeak-ng listed no voices: {done.stdout!r}")


@pytest.fixture
def speaking(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Makes ``language`` the language in use, with a one-text catalogue built for it."""
    folder = tmp_path / "translations"
    monkeypatch.setenv("CALFPLAYER_TRANSLATIONS_DIR", str(folder))

    def use(language: str) -> None:
        build_catalogue(folder, language, {("Exercises", "Hold"): f"{language}-hold"})
        assert i18n.use_language(language) == language

    yield use
    i18n.use_language(i18n.ENGLISH)


def test_the_default_voice_for_german_and_spanish_speaks_it() -> None:
    voices = real_voices()
    assert default_voice(voices, "de") == "gmw/de"
    assert default_voice(voices, "es") == "roa/es"
    listed = ordered_voices(voices, "de")
    assert speaks(listed[0], "de")
    assert speaks(ordered_voices(voices, "es")[0], "es")


def test_a_voice_chosen_in_settings_that_speaks_the_language_is_kept() -> None:
    voices = real_voices()
    assert choose_voice(voices, "es", "roa/es-419").voice_id == "roa/es-419"
    english_voice = choose_voice(voices, "de", "gmw/en")
    assert english_voice.language == "en"
    assert english_voice.notice is not None and "German" in english_voice.notice


def test_in_german_the_german_voice_speaks_and_the_cache_key_changes(
    qtbot, tmp_path, speaking
) -> None:
    english = Speaker(tmp_path / "cache", VoiceSettings(), None, clock=SystemClock())
    english_three = english.cue_path("three")
    assert english.spoken_language == "en"
    english.shutdown()

    speaking("de")
    german = Speaker(tmp_path / "cache", VoiceSettings(), None, clock=SystemClock())
    qtbot.waitUntil(lambda: german.spoken_language is not None, timeout=30_000)
    try:
        assert german.spoken_language == "de"
        assert german.voice_in_use == "gmw/de"
        assert german.unavailable_reason() is None
        assert german.cue_path("three") != english_three
    finally:
        german.shutdown()


def test_with_no_voice_for_the_language_the_cues_stay_english_and_the_notice_says_why(
    qtbot, tmp_path, speaking, library
) -> None:
    speaking("zz")  # a language with a catalogue and no espeak-ng voice
    sink = Speaker(tmp_path / "cache", VoiceSettings(), None, clock=SystemClock())
    qtbot.waitUntil(lambda: sink.spoken_language is not None, timeout=30_000)
    try:
        assert sink.spoken_language == "en"
        assert sink.voice_in_use is None
        notice = sink.unavailable_reason()
        assert notice is not None
        assert "no voice speaks zz here, so the cues are spoken in English" in notice
        assert "espeak-ng-data" in notice
        sink.prepare(build_plan(library.get("gentle-start")))
        qtbot.waitUntil(lambda: "three" in sink.ready_texts(), timeout=60_000)
        assert "zz-hold" not in sink.ready_texts()
    finally:
        sink.shutdown()
