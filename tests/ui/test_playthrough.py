"""Whole routines played through with a fake clock, checking what the player page shows."""

from __future__ import annotations

from PySide6.QtCore import Qt

from calfplayer.domain.plan import build_plan
from calfplayer.ui.main_window import Page
from calfplayer.ui.player_view import Stage

from .helpers import run_until, step, view


def test_movement_snack_from_setup_to_summary(window, clock, sink, context, qtbot) -> None:
    routine = context.library.get("movement-snack")
    window.open_routine(routine)
    assert window.current_page is Page.PREVIEW
    qtbot.mouseClick(window.preview.start_button, Qt.MouseButton.LeftButton)
    assert window.current_page is Page.PLAYER
    player = window.player

    # Get ready: the exercise, its first step and a countdown.
    assert player.heading.text() == "Get ready"
    assert player.subheading.text() == "Seated calf raise"
    assert player.ring.big_text == "0:05"
    assert player.current_step_text().startswith("1.")
    clock.advance(2300)
    window.controller.frame.emit()
    assert player.ring.big_text == "0:03"

    # The first rep: count, phase word and a ring that fills over the phase.
    run_until(window, clock, lambda v: v.stage is Stage.REPS)
    assert player.heading.text() == "Seated calf raise"
    assert player.ring.big_text == "1 / 18"
    assert player.ring.word == "Up"
    assert player.set_chip.text() == "Set 1 of 1"
    clock.advance(1000)  # halfway through a 2 s "up"
    window.controller.frame.emit()
    assert 0.45 < player.ring.fraction < 0.55
    run_until(window, clock, lambda v: v.phase_word == "Hold")
    assert player.ring.big_text == "1 / 18"
    run_until(window, clock, lambda v: v.phase_word == "Down")
    run_until(window, clock, lambda v: v.big_text == "7 / 18" and v.phase_word == "Up")
    assert player.ring.big_text == "7 / 18"

    while step(window, clock):
        pass
    assert window.current_page is Page.SUMMARY
    assert window.summary.title.text() == "Well done!"
    assert [line.line for line in window.summary.lines] == ["1 of 1 sets · 18 of 18 reps"]
    assert context.recorder.status == "completed"
    assert len(context.recorder.results) == 1
    keys = [cue.key for cue in sink.played]
    assert "rep.18" in keys
    assert keys.count("rep.1") == 1


def test_holds_sides_switch_rest_and_next_up(window, clock, context, make_routine) -> None:
    routine = make_routine(
        {"exercise": "calf-stretch", "sets": 2, "hold": 20, "rest": 30, "setup": 5},
        {"exercise": "seated-calf-raise", "sets": 1, "reps": 2, "setup": 5},
    )
    window.start_plan(build_plan(routine))
    player = window.player
    assert player.side_chip.text() == "Right leg first"
    assert player.next_label.text() == "Then: Seated calf raise"

    run_until(window, clock, lambda v: v.stage is Stage.HOLD)
    assert player.ring.big_text == "0:20"
    assert player.ring.word == "Hold"
    assert player.side_chip.text() == "Right leg"
    assert player.set_chip.text() == "Set 1 of 2"
    clock.advance(6500)
    window.controller.frame.emit()
    assert player.ring.big_text == "0:14"

    run_until(window, clock, lambda v: v.stage is Stage.SWITCH)
    assert player.heading.text() == "Switch sides"
    run_until(window, clock, lambda v: v.stage is Stage.HOLD)
    assert player.side_chip.text() == "Left leg"

    run_until(window, clock, lambda v: v.stage is Stage.REST)
    assert player.heading.text() == "Rest"
    assert player.ring.big_text == "0:30"
    assert player.next_label.text() == "Next: set 2 of 2, right leg first"
    assert player.action_stack.isVisible()
    assert player.more_rest.isVisible() and player.skip_rest.isVisible()

    run_until(window, clock, lambda v: v.stage is Stage.SETUP and "Seated" in v.exercise_name)
    assert player.subheading.text() == "Seated calf raise"
    assert player.position.text() == "Exercise 2 of 2"
    while step(window, clock):
        pass
    lines = [line.line for line in window.summary.lines]
    assert lines == ["4 of 4 sides and sets · 80 of 80 s held", "1 of 1 sets · 2 of 2 reps"]


def test_rest_can_be_lengthened_and_skipped(window, clock, make_routine, qtbot) -> None:
    routine = make_routine({"exercise": "seated-calf-raise", "sets": 2, "reps": 1, "rest": 30})
    window.start_plan(build_plan(routine))
    run_until(window, clock, lambda v: v.stage is Stage.REST)
    qtbot.mouseClick(window.player.more_rest, Qt.MouseButton.LeftButton)
    assert window.player.ring.big_text == "0:45"
    qtbot.mouseClick(window.player.skip_rest, Qt.MouseButton.LeftButton)
    assert view(window).stage is Stage.REPS
    assert window.player.set_chip.text() == "Set 2 of 2"
