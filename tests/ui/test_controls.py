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
    # Back to the start of the set, after a 3 s count-in to get into position.
    assert view(window).stage is Stage.SETUP and window.player.ring.big_text == "0:03"
    run_until(window, clock, lambda v: v.stage is Stage.REPS)
    assert window.player.ring.big_text == "1 / 4"
    run_until(window, clock, lambda v: v.big_text == "2 / 4")
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert view(window).stage is Stage.SETUP
    assert window.player.subheading.text() == "Standing calf stretch"
    qtbot.keyClick(window, Qt.Key.Key_Left)  # at the start already: the previous exercise
    assert window.player.subheading.text() == "Seated calf raise"
    # The attempt left with Back and the set skipped were kept, each as partial.
    results = window.controller.session.results
    assert [(r.exercise_id, r.reps_done, r.partial, r.attempt) for r in results] == [
        ("seated-calf-raise", 1, True, 1),
        ("seated-calf-raise", 1, True, 2),
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
    assert window.summary.title.text() == "Workout ended early"
    assert window.summary.subtitle.text().startswith("You did 0 of 2 exercises, 33 % of the sets")
    assert window.summary.lines[0].line == "1 of 2 sets · 6 of 8 reps"
    assert window.summary.lines[1].line == "Not done"
    assert context.recorder.status == "ended early"
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
    assert context.recorder.status == "ended early"
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
    window.request_stop()  # paused while asked, then stopped: released from the question on
    assert keeper.calls == ["inhibit", "release", "inhibit", "release", "release"]
    assert not keeper.inhibited


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


def _ask_while_counting(window, clock, answers, sink, reply: bool) -> tuple[list[object], int]:  # type: ignore[no-untyped-def]
    """Reaches "2 / 4", then keeps the question on screen for 20 s while the player's timer fires;
    returns what the player showed meanwhile and how many cues had been played before."""
    run_until(window, clock, lambda v: v.stage is Stage.REPS and v.big_text == "2 / 4")
    shown: list[object] = []

    def timer_fires() -> None:
        window.controller.tick()
        shown.append(view(window))

    answers.open_ms = 20_000
    answers.while_open = timer_fires
    answers.replies.append(reply)
    return shown, len(sink.played)


def test_the_workout_waits_silently_while_stop_is_asked(
    window, clock, two_exercises, answers, sink
):
    window.start_plan(two_exercises)
    shown, played = _ask_while_counting(window, clock, answers, sink, reply=False)
    remaining = window.controller.session.segment_remaining_ms()
    taken = window.controller.time_taken_ms()
    window.player.stop_button.click()
    assert answers.asked == ["Stop the workout?"]
    assert [(v.big_text, v.paused) for v in shown] == [("2 / 4", True)]
    assert len(sink.played) == played, "no cue while the question is on screen"
    assert "cancel" in sink.calls, "what was playing when the question came up is silenced"
    # "Keep going": on from where it was, not 20 s later.
    assert not view(window).paused and view(window).big_text == "2 / 4"
    assert window.controller.session.segment_remaining_ms() == remaining
    assert window.controller.time_taken_ms() == taken
    assert window.controller.next_tick_in_ms() is not None


def test_stopping_after_the_question_keeps_the_time_before_it(
    window, clock, two_exercises, answers, sink, context
):
    window.start_plan(two_exercises)
    shown, played = _ask_while_counting(window, clock, answers, sink, reply=True)
    taken = window.controller.time_taken_ms()
    window.player.stop_button.click()
    assert [v.big_text for v in shown] == ["2 / 4"]
    assert len(sink.played) == played
    assert window.current_page is Page.SUMMARY
    assert window.controller.time_taken_ms() == taken, "the question's time is not workout time"
    assert [r.reps_done for r in context.recorder.results] == [1]


def test_keep_going_leaves_a_paused_workout_paused(window, clock, two_exercises, answers, sink):
    window.start_plan(two_exercises)
    shown, played = _ask_while_counting(window, clock, answers, sink, reply=False)
    window.controller.pause()
    remaining = window.controller.session.segment_remaining_ms()
    window.request_stop()
    assert [(v.big_text, v.paused) for v in shown] == [("2 / 4", True)]
    assert view(window).paused and window.player.ring.word == "Paused"
    assert window.controller.session.segment_remaining_ms() == remaining
    assert len(sink.played) == played


def test_the_close_question_pauses_too(window, clock, two_exercises, answers, sink, context):
    window.start_plan(two_exercises)
    shown, played = _ask_while_counting(window, clock, answers, sink, reply=False)
    taken = window.controller.time_taken_ms()
    assert not window.close()
    assert answers.asked == ["Stop the workout and close?"]
    assert [(v.big_text, v.paused) for v in shown] == [("2 / 4", True)]
    assert len(sink.played) == played
    assert not view(window).paused and view(window).big_text == "2 / 4"
    answers.replies.append(True)
    assert window.close()
    assert context.recorder.status == "ended early"
    assert window.controller.time_taken_ms() == taken, "neither question's time counts"
