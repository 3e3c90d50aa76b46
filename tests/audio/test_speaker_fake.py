"""The voice with a fake speech engine: it never runs on the GUI thread and never holds it up."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from conftest import FAKE_ENGINE
from fake_engine import read_log
from PySide6.QtCore import QTimer

from calfplayer.audio.cue_files import wav_ms
from calfplayer.audio.cue_log import CueLog, read_cue_log
from calfplayer.audio.speaker import LATE_MS, Speaker
from calfplayer.domain.clock import FakeClock
from calfplayer.domain.cues import BEEP_TICK, Cue
from calfplayer.domain.plan import build_plan
from calfplayer.store.settings import VoiceSettings


def make_speaker(
    tmp_path: Path, voice: VoiceSettings | None = None, clock: FakeClock | None = None
) -> tuple[Speaker, Path]:
    """A speaker with the fake engine; its clock stands still unless the test moves it."""
    log = tmp_path / "cues.jsonl"
    sink = Speaker(
        tmp_path / "cache",
        voice or VoiceSettings(),
        CueLog(log),
        clock=clock or FakeClock(),
        engine=FAKE_ENGINE,
    )
    return sink, log


def spoken(key: str, text: str) -> Cue:
    return Cue(key, text, 0)


def engine_calls(engine_log: Path, call: str) -> list[dict[str, object]]:
    return [entry for entry in read_log(str(engine_log)) if entry["call"] == call]


def said(engine_log: Path) -> list[object]:
    return [entry["text"] for entry in engine_calls(engine_log, "said")]


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A killed child not yet reaped by its parent is a zombie: gone for every purpose here.
    with open(f"/proc/{pid}/stat", encoding="utf-8") as stat:
        return stat.read().split()[2] != "Z"


def test_engine_calls_run_in_child_processes_only(qtbot, tmp_path, fake_engine_log, library):
    sink, log = make_speaker(tmp_path)
    sink.prepare(build_plan(library.get("movement-snack")))
    sink.play([spoken("rep.1", "one")])
    qtbot.waitUntil(lambda: "one" in said(fake_engine_log), timeout=10_000)
    qtbot.waitUntil(lambda: bool(engine_calls(fake_engine_log, "save")), timeout=10_000)
    calls = read_log(str(fake_engine_log))
    assert os.getpid() not in {entry["pid"] for entry in calls}
    # Rendering and speaking live are two different processes.
    render_pids = {entry["pid"] for entry in engine_calls(fake_engine_log, "save")}
    speak_pids = {entry["pid"] for entry in engine_calls(fake_engine_log, "say")}
    assert render_pids and speak_pids and render_pids.isdisjoint(speak_pids)
    assert "pyttsx3" not in sys.modules
    sink.shutdown()
    assert read_cue_log(log)[0]["how"] == "live"


def test_rendered_cues_play_from_the_cache_keyed_by_voice_and_rate(qtbot, tmp_path, library):
    sink, log = make_speaker(tmp_path)
    sink.prepare(build_plan(library.get("movement-snack")))
    qtbot.waitUntil(lambda: "one" in sink.ready_texts(), timeout=15_000)
    sink.play([spoken("rep.1", "one")])
    first_files = set((tmp_path / "cache" / "fake").glob("[!.]*.wav"))
    # Files appear under their final name only when complete.
    assert first_files and all(wav_ms(path) for path in first_files)
    sink.apply_settings(VoiceSettings(rate=220))
    assert "one" not in sink.ready_texts()  # a new rate needs new files
    qtbot.waitUntil(lambda: "one" in sink.ready_texts(), timeout=15_000)
    assert set((tmp_path / "cache" / "fake").glob("[!.]*.wav")) > first_files
    sink.shutdown()
    assert [entry["how"] for entry in read_cue_log(log)] == ["cached"]


def test_a_hanging_engine_leaves_the_window_responsive_and_shutdown_bounded(
    qtbot, tmp_path, fake_engine_log, monkeypatch
):
    monkeypatch.setenv("FAKE_ENGINE_HANG", "say")
    sink, _ = make_speaker(tmp_path)
    sink.play([spoken("rep.1", "one")])
    qtbot.waitUntil(lambda: bool(engine_calls(fake_engine_log, "say")), timeout=10_000)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    sink.play([spoken("rep.2", "two")])  # returns at once although the engine hangs
    qtbot.waitUntil(lambda: len(ticks) >= 20, timeout=5_000)
    timer.stop()
    hung = engine_calls(fake_engine_log, "say")[0]["pid"]
    assert isinstance(hung, int) and alive(hung)
    sink.shutdown()
    assert not alive(hung)
    assert said(fake_engine_log) == []


def test_shutdown_cuts_an_utterance_short_with_the_player_it_started(
    qtbot, tmp_path, fake_engine_log, monkeypatch
):
    monkeypatch.setenv("FAKE_ENGINE_SAY_MS", "60000")
    sink, _ = make_speaker(tmp_path)
    sink.play([spoken("complete", "Workout complete. Well done.")])
    qtbot.waitUntil(lambda: bool(engine_calls(fake_engine_log, "say")), timeout=10_000)
    speaking = engine_calls(fake_engine_log, "say")[0]["pid"]
    assert isinstance(speaking, int)
    group = os.getpgid(speaking)
    assert group != os.getpgid(0)
    sink.shutdown()
    # The group is killed at once; on a loaded machine the kernel may take a moment more to finish
    # the processes off, and their reaping is bounded, so this waits a little rather than none.
    qtbot.waitUntil(lambda: not alive(speaking) and _members(group) == [], timeout=2_000)


def _members(group: int) -> list[int]:
    return [
        int(pid) for pid in os.listdir("/proc") if pid.isdigit() and _group_of(int(pid)) == group
    ]


def _group_of(pid: int) -> int | None:
    try:
        return os.getpgid(pid) if alive(pid) else None
    except (ProcessLookupError, FileNotFoundError):
        return None


def test_a_newer_cue_replaces_one_still_waiting(qtbot, tmp_path, fake_engine_log, monkeypatch):
    monkeypatch.setenv("FAKE_ENGINE_SAY_MS", "400")
    sink, log = make_speaker(tmp_path)
    sink.play([spoken("rep.1", "one")])
    sink.play([spoken("rep.2", "two")])
    sink.play([spoken("rep.3", "three")])
    qtbot.waitUntil(lambda: "three" in said(fake_engine_log), timeout=10_000)
    sink.shutdown()
    assert said(fake_engine_log) == ["one", "three"]
    entries = {entry["text"]: entry for entry in read_cue_log(log)}
    assert entries["two"]["how"] == "dropped" and entries["two"]["reason"] == "replaced"
    assert entries["three"]["how"] == "live"


def test_cues_due_together_are_spoken_one_after_another(
    qtbot, tmp_path, fake_engine_log, monkeypatch
):
    monkeypatch.setenv("FAKE_ENGINE_SAY_MS", "100")
    sink, _ = make_speaker(tmp_path)
    sink.play([spoken("halfway", "Halfway."), spoken("rep.4", "four")])
    qtbot.waitUntil(lambda: len(said(fake_engine_log)) == 2, timeout=10_000)
    sink.shutdown()
    assert said(fake_engine_log) == ["Halfway.", "four"]


@pytest.mark.parametrize(
    ("first_takes_ms", "heard", "second"),
    [
        (LATE_MS, ["three", "two"], ("live", None)),
        (LATE_MS + 1, ["three"], ("dropped", "late")),
    ],
)
def test_a_cue_too_late_to_be_useful_is_dropped(
    qtbot, tmp_path, fake_engine_log, monkeypatch, first_takes_ms, heard, second
):
    monkeypatch.setenv("FAKE_ENGINE_SAY_MS", "50")
    clock = FakeClock()
    sink, log = make_speaker(tmp_path, clock=clock)
    sink.play([spoken("count.3", "three"), spoken("count.2", "two")])
    clock.advance(first_takes_ms)  # how long "three" takes, as the speaker's clock sees it
    qtbot.waitUntil(lambda: len(read_cue_log(log)) == 2, timeout=15_000)
    qtbot.waitUntil(lambda: len(said(fake_engine_log)) == len(heard), timeout=10_000)
    sink.shutdown()
    assert said(fake_engine_log) == heard
    entry = read_cue_log(log)[1]
    assert (entry["text"], entry["how"], entry.get("reason")) == ("two", *second)


def test_a_missing_engine_gives_a_notice_not_a_crash(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("FAKE_ENGINE_MISSING", "1")
    sink, log = make_speaker(tmp_path)
    notices: list[str] = []
    sink.unavailable.connect(notices.append)
    qtbot.waitUntil(lambda: sink.unavailable_reason() is not None, timeout=10_000)
    reason = sink.unavailable_reason()
    assert reason is not None and "espeak-ng" in reason
    sink.play([spoken("rep.1", "one"), Cue(BEEP_TICK, "", 0)])
    qtbot.wait(200)
    sink.shutdown()
    assert len(notices) == 1
    how = {entry["key"]: (entry["how"], entry.get("reason")) for entry in read_cue_log(log)}
    assert how["rep.1"] == ("dropped", "no speech engine")
    assert how[BEEP_TICK] == ("cached", None)  # the app's own beeps still sound


def test_mute_silences_voice_and_beeps_at_once(qtbot, tmp_path, fake_engine_log, monkeypatch):
    monkeypatch.setenv("FAKE_ENGINE_SAY_MS", "60000")
    sink, log = make_speaker(tmp_path)
    sink.play([spoken("rep.1", "one")])
    qtbot.waitUntil(lambda: bool(engine_calls(fake_engine_log, "say")), timeout=10_000)
    speaking = engine_calls(fake_engine_log, "say")[0]["pid"]
    assert isinstance(speaking, int)
    sink.set_muted(True)
    qtbot.waitUntil(lambda: not alive(speaking), timeout=2_000)
    sink.play([spoken("rep.2", "two"), Cue(BEEP_TICK, "", 0)])
    sink.shutdown()
    reasons = [entry.get("reason") for entry in read_cue_log(log)[1:]]
    assert reasons == ["muted", "muted"]


def test_voice_off_and_beeps_off_are_respected(qtbot, tmp_path, fake_engine_log):
    sink, log = make_speaker(tmp_path, VoiceSettings(beeps=False))
    sink.play([Cue(BEEP_TICK, "", 0)])
    sink.apply_settings(VoiceSettings(enabled=False))
    sink.play([spoken("rep.1", "one")])
    sink.shutdown()
    assert [entry.get("reason") for entry in read_cue_log(log)] == ["beeps off", "voice off"]
