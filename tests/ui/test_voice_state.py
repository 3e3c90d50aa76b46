"""The voice's state is always on screen: why it cannot be heard, on every way into a workout, what
Test voice did, and that it is off for this run with --no-voice."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from calfplayer.paths import AppPaths
from calfplayer.ui.main_window import MainWindow, Page
from calfplayer.ui.widgets.voice_settings import SAMPLE

from .conftest import ListeningSink

NO_DEVICE = "No sound device was found; the workout runs silently."
PROBE = Path(__file__).with_name("launch_probe.py")


def _start_snack(window: MainWindow) -> None:
    window.open_routine(window.context.library.get("movement-snack"), start=True)
    assert window.current_page is Page.PLAYER


def test_a_workout_started_before_the_voice_arrives_shows_why_it_is_silent(window, context) -> None:
    # --start: the workout begins before the voice is brought in, after the first paint.
    _start_snack(window)
    assert not window.player.notice.isVisible()
    context.set_cue_sink(ListeningSink(NO_DEVICE))
    assert window.player.notice.isVisible()
    assert window.player.notice.text() == f"Voice unavailable: {NO_DEVICE}"


def test_a_voice_found_silent_mid_workout_says_why_then(window, context, sink) -> None:
    _start_snack(window)
    assert not window.player.notice.isVisible()
    sink.fail("no speech engine; install espeak-ng")
    assert window.player.notice.isVisible()
    assert window.player.notice.text() == "Voice unavailable: no speech engine; install espeak-ng"
    sink.fail("no speech engine; install espeak-ng")  # said again: still on screen, once
    assert window.player.notice.isVisible()


def test_a_silent_voice_learnt_between_workouts_is_said_at_the_next_start(window, context) -> None:
    late = ListeningSink()
    context.set_cue_sink(late)
    late.fail(NO_DEVICE)
    assert not window.player.notice.isVisible(), "nothing to say it on: no workout runs"
    _start_snack(window)
    assert window.player.notice.text() == f"Voice unavailable: {NO_DEVICE}"


# --- --no-voice -----------------------------------------------------------------------------


@pytest.fixture
def quiet_window(qtbot, data_dir, clock, keeper):  # type: ignore[no-untyped-def]
    """The window as ``calfplayer --no-voice`` opens it."""
    from calfplayer.ui.context import AppContext

    context = AppContext.create(AppPaths.under(data_dir), clock, no_voice=True)
    built = MainWindow(context, keeper)
    qtbot.addWidget(built, before_close_func=lambda w: w.controller.shutdown())
    built.show()
    return built


def test_no_voice_shows_the_voice_off_for_this_run_in_the_player(quiet_window) -> None:
    _start_snack(quiet_window)
    player = quiet_window.player
    assert player.notice.isVisible()
    assert player.notice.text() == "Voice off for this run (--no-voice)."
    assert player.mute_button.text() == "Voice off"
    assert player.mute_button.accessibleName() == "Voice off for this run (--no-voice)"
    assert not player.mute_button.isEnabled()
    quiet_window.controller.toggle_mute()  # M: still off, never "Sound"
    assert player.mute_button.text() == "Voice off"


def test_no_voice_shows_the_voice_off_for_this_run_in_settings(quiet_window, window) -> None:
    quiet_window.add_voice_settings()
    section = quiet_window.voice_settings
    assert section is not None
    quiet_window.show_page(Page.SETTINGS)
    assert section.run_note.isVisibleTo(quiet_window)
    assert section.run_note.text().startswith("Off for this run (--no-voice)")
    window.add_voice_settings()  # without --no-voice: no such note
    assert window.voice_settings is not None
    assert not window.voice_settings.run_note.isVisibleTo(window)


# --- Test voice -------------------------------------------------------------------------------


def test_test_voice_says_why_it_cannot_be_heard(window, context, qtbot) -> None:
    context.set_cue_sink(ListeningSink(NO_DEVICE))
    window.add_voice_settings()
    window.show_page(Page.SETTINGS)
    section = window.voice_settings
    assert section is not None
    section.test_button.click()  # below the fold of the Settings page: no pointer needed
    assert section.test_note.isVisibleTo(window)
    assert section.test_note.text() == f"Not spoken: {NO_DEVICE}"


def test_test_voice_says_what_it_spoke(window, qtbot) -> None:
    window.add_voice_settings()  # the computer's own speech engine
    window.show_page(Page.SETTINGS)
    section = window.voice_settings
    assert section is not None
    section.test_button.click()  # below the fold of the Settings page: no pointer needed
    assert section.test_note.text() == "Speaking…"
    qtbot.waitUntil(lambda: section.test_note.text() != "Speaking…", timeout=20_000)
    assert section.test_note.text() == f"Spoke: “{SAMPLE}”"


# --- real launches ----------------------------------------------------------------------------


def _launch(tmp_path: Path, *options: str) -> dict[str, object]:
    """Starts the app as the desktop entry does and reads what it showed once the voice was in."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        # No sound server here, whatever the machine has: the voice cannot be heard.
        "PULSE_SERVER": f"unix:{tmp_path}/no-server",
    }
    command = [sys.executable, str(PROBE), "--data-dir", str(tmp_path / "data"), *options]
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    shown: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return shown


def test_the_movement_snack_action_shows_why_the_voice_is_silent(tmp_path) -> None:
    shown = _launch(tmp_path, "--routine", "movement-snack", "--start")
    assert shown["page"] == "player"
    assert shown["notice_visible"] is True
    assert str(shown["notice"]).startswith("Voice unavailable: no audio output was found")


def test_a_launch_with_no_voice_shows_it_off_for_this_run(tmp_path) -> None:
    shown = _launch(tmp_path, "--routine", "movement-snack", "--start", "--no-voice")
    assert shown["page"] == "player"
    assert shown["notice"] == "Voice off for this run (--no-voice)."
    assert shown["sound_control"] == "Voice off"
    assert str(shown["settings_note"]).startswith("Off for this run (--no-voice)")


def test_a_resumed_workout_says_why_the_voice_is_silent(
    context, clock, keeper, qtbot, make_routine
):
    from calfplayer.domain.plan import build_plan

    from .test_history_flow import QUICK_ITEMS, _cut_off_workout

    plan = build_plan(make_routine(*QUICK_ITEMS, routine_id="quick"))
    _cut_off_workout(context, plan, clock, sets=2)
    context.open_history()  # the next start
    context.cue_sink = ListeningSink(NO_DEVICE)
    window = MainWindow(context, keeper)
    qtbot.addWidget(window, before_close_func=lambda w: w.controller.shutdown())
    window.show()
    card = window.resume_flow.card
    assert card is not None
    card.resume_button.click()
    assert window.current_page is Page.PLAYER and window.controller.active
    assert window.player.notice.isVisible()
    assert window.player.notice.text() == f"Voice unavailable: {NO_DEVICE}"
    context.close_history()
