"""The voice with the real speech engine (espeak-ng) and a real, private audio server."""

from __future__ import annotations

import array
import wave
from pathlib import Path

import pytest
from drive import RoutineDriver
from pulse import onsets

from calfplayer.audio.cue_files import wav_ms
from calfplayer.audio.cue_log import CueLog, read_cue_log
from calfplayer.audio.renderer import plan_texts
from calfplayer.audio.speaker import Speaker
from calfplayer.domain.clock import SystemClock
from calfplayer.domain.cues import CueLevel
from calfplayer.domain.plan import build_plan
from calfplayer.store.settings import VoiceSettings


def loudness(path: Path) -> float:
    with wave.open(str(path), "rb") as sound:
        samples = array.array("h", sound.readframes(sound.getnframes()))
    return (sum(sample * sample for sample in samples) / len(samples)) ** 0.5


def test_espeak_renders_audible_cues_of_plausible_length(qtbot, tmp_path, library):
    sink = Speaker(tmp_path / "cache", VoiceSettings(), None, clock=SystemClock())
    sink.prepare(build_plan(library.get("movement-snack")))
    short, long = "three", "Workout complete. Well done."
    qtbot.waitUntil(lambda: {short, long} <= sink.ready_texts(), timeout=30_000)
    sink.shutdown()
    files = {text: sink.cue_path(text) for text in (short, long)}
    lengths = {text: wav_ms(path) or 0 for text, path in files.items()}
    assert 150 <= lengths[short] <= 1200
    assert 1000 <= lengths[long] <= 4000
    assert all(loudness(path) > 500 for path in files.values())


@pytest.mark.slow
def test_a_short_routine_is_heard_in_the_order_of_the_cue_log(
    qtbot, tmp_path, recorder, make_routine
):
    routine = make_routine(
        {"exercise": "calf-raise", "sets": 1, "reps": 2, "tempo": {"up": 1, "top": 1, "down": 1}}
    )
    plan = build_plan(routine)
    log = tmp_path / "cues.jsonl"
    sink = Speaker(tmp_path / "cache", VoiceSettings(beeps=False), CueLog(log), clock=SystemClock())
    sink.prepare(plan)
    qtbot.waitUntil(lambda: sink.ready_texts() >= set(plan_texts(plan)), timeout=30_000)
    driver = RoutineDriver(plan, sink, CueLevel.COUNTS)
    with qtbot.waitSignal(driver.finished, timeout=60_000):
        driver.start()
    qtbot.wait(1500)
    sink.shutdown()
    samples = recorder.stop()
    heard = onsets(samples)
    played = [entry for entry in read_cue_log(log) if entry["how"] == "cached"]
    others = {entry.get("reason") for entry in read_cue_log(log) if entry["how"] != "cached"}
    assert others <= {"beeps off"}
    assert len(played) >= 4
    assert len(heard) == len(played)
    # Each burst of sound starts after the play call that caused it and before the next one.
    starts = [recorder.origin_ms + begin for begin, _ in heard]
    asked = [float(entry["played_monotonic_ms"]) for entry in played] + [float("inf")]
    for index, start in enumerate(starts):
        assert asked[index] - 30 <= start < asked[index + 1]
    # And each lasts about as long as the rendered cue it should be.
    for (begin, end), entry in zip(heard, played, strict=True):
        expected = wav_ms(sink.cue_path(str(entry["text"]))) or 0
        assert abs((end - begin) - expected) < 0.4 * expected + 150, entry["text"]
