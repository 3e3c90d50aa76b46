"""Pause, back, skip, rep done, mute, stop and close: by button and by key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from calfplayer.domain.plan import build_plan
from calfplayer.ui.main_window import Page
from calfplayer.ui.player_view import Stage

from .helpers import run_until, view


@pytest.fixture
def two_exercises(make_routine):  # type: ignore[no-untyped-def]
    return build_plan(
        make_routine(
            {"exercise": "seated-calf-raise", "sets": 2, "reps": 4, "setup": 5, "rest": 20},
            {"exercise": "calf-stretch", "sets": 1, "hold": 20, "setup": 5, "per_side": False},
        )
    )


def test_space_pauses_and_resumes_without_losing_time(window, clock, two_exercises, qtbot, keeper):
    window.start_plan(two_exercises)
    run_until(window, clock, lambda v: v.stage is Stage.REPS)
    clock.advance(500)
    before = window.controller.session.segment_remaining_ms()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert view(window).paused
    assert window.player.ring.word == "Paused"
    assert window.player.pause_button.accessibleName() == "Resume"
    assert window.controller.next_tick_in_ms() is None
    assert window.controller.frame_interval_ms() is None  # nothing moves: no repaints
    assert not keeper.inhibited
    clock.advance(60_000)
    window.controller.tick()
    assert window.controller.session.segment_remaining_ms() == before
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert not view(window).paused
    assert window.player.ring.word == "Up"
    assert keeper.inhibited
    assert window.controller.session.segment_remaining_ms() == before


def test_right_skips_to_the_next_exercise_and_left_goes_back(window, clock, two_exercises, qtbot):
    window.start_plan(two_exercises)
    run_until(window, clock, lambda v: v.big_text == "2 / 4")
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert window.player.ring.big_text == "1 / 4"  # back to the start of the set
    run_until(window, clock, lambda v: v.big_text == "2 / 4")
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert view(window).stage is Stage.SETUP
    assert window.player.subheading.text() == "Standing calf stretch"
    qtbot.keyClick(window, Qt.Key.Key_Left)  # at the start already: the previous exercise
    assert window.player.subheading.text() == "Seated calf raise"
    # The skipped set was reported as partial; nothing else was.
    results = window.controller.session.results
    assert [(r.exercise_id, r.reps_done, r.partial) for r in results] == [
        ("seated-calf-raise", 1, True)
    ]


def test_skip_and_back_silence_the_voice_first(window, clock, two_exercises, sink, context):
    context.app.settings.current = context.settings.with_voice(level="coach")
    window.start_plan(two_exercises)
    sink.calls.clear()
    window.player.skip_button.click()
    assert sink.calls[:2] == ["cancel", "play"]  # "Next: …" is said after the cut
    sink.calls.clear()
    window.player.back_button.click()
    assert sink.calls[0] == "cancel"


def test_m_mutes_and_unmutes(window, two_exercises, qtbot, sink):
    window.start_plan(two_exercises)
    qtbot.keyClick(window, Qt.Key.Key_M)
    assert sink.muted
    assert window.player.mute_button.accessibleName() == "Unmute"
    qtbot.keyClick(window, Qt.Key.Key_M)
    assert not sink.muted
    assert window.player.mute_button.text() == "Sound"


def test_self_paced_reps_wait_for_rep_done(window, clock, make_routine, qtbot):
    plan = build_plan(
        make_routine({"exercise": "calf-raise", "sets": 1, "reps": 3, "self_paced": True})
    )
    window.start_plan(plan)
    run_until(window, clock, lambda v: v.stage is Stage.SELF_PACED)
    assert window.player.rep_done.isVisible()
    assert window.player.ring.big_text == "1 / 3"
    assert window.controller.next_tick_in_ms() is None  # waits for the person
    clock.advance(120_000)
    window.controller.tick()
    assert window.player.ring.big_text == "1 / 3"
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.player.ring.big_text == "2 / 3"
    qtbot.mouseClick(window.player.rep_done, Qt.MouseButton.LeftButton)
    qtbot.keyClick(window, Qt.Key.Key_Enter)
    assert window.current_page is Page.SUMMARY
    assert window.summary.lines[0].line == "1 of 1 sets · 3 of 3 reps"


def test_escape_asks_and_keep_going_keeps_going(window, clock, two_exercises, qtbot, answers):
    window.start_plan(two_exercises)
    answers.replies.append(False)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert answers.asked == ["Stop the workout?"]
    assert window.controller.active
    assert window.current_page is Page.PLAYER


def test_a_stopped_workout_keeps_what_was_done(window, clock, two_exercises, context, answers):
    window.start_plan(two_exercises)
    run_until(window, clock, lambda v: v.stage is Stage.REST)
    run_until(window, clock, lambda v: v.big_text == "3 / 4")
    answers.replies.append(True)
    window.player.stop_button.click()
    assert window.current_page is Page.SUMMARY
    assert window.summary.title.text() == "Workout stopped"
    assert window.summary.lines[0].line == "1 of 2 sets · 6 of 8 reps"
    assert window.summary.lines[1].line == "Not done"
    assert context.recorder.status == "stopped"
    assert [r.reps_done for r in context.recorder.results] == [4, 2]
    window.summary.done_button.click()
    assert window.current_page is Page.WORKOUTS


def test_closing_mid_workout_asks_first(window, clock, two_exercises, context, answers, keeper):
    window.start_plan(two_exercises)
    run_until(window, clock, lambda v: v.stage is Stage.REPS)
    answers.replies += [False, True]
    assert not window.close()
    assert window.isVisible() and window.controller.active
    assert window.close()
    assert answers.asked == ["Stop the workout and close?"] * 2
    assert context.recorder.status == "stopped"
    assert not keeper.inhibited


def test_closing_when_idle_does_not_ask(window, answers):
    assert window.close()
    assert answers.asked == []


def test_f11_toggles_full_screen(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert not window.windowState() & Qt.WindowState.WindowFullScreen


def test_player_keys_do_nothing_outside_the_player(window, context, qtbot):
    window.open_routine(context.library.get("movement-snack"))
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.controller.session is None
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.current_page is Page.WORKOUTS


def test_screen_stays_awake_only_while_running(window, clock, two_exercises, keeper, answers):
    window.start_plan(two_exercises)
    assert keeper.calls == ["inhibit"]
    window.controller.pause()
    window.controller.resume()
    answers.replies.append(True)
    window.request_stop()
    assert keeper.calls == ["inhibit", "release", "inhibit", "release"]


def test_precise_timer_is_aimed_at_the_next_event(window, clock, two_exercises):
    window.start_plan(two_exercises)
    session = window.controller.session
    due = session.next_event_at()
    assert window.controller._event_timer.timerType() is Qt.TimerType.PreciseTimer
    assert window.controller._event_timer.isSingleShot()
    assert window.controller._event_timer.interval() == due - clock.monotonic_ms()
    clock.advance(due - clock.monotonic_ms() + 40)  # a late tick still catches everything up
    window.controller.tick()
    assert session.next_event_at() > due
    interval = window.controller.frame_interval_ms()
    assert interval is not None and 34 <= interval <= 250
