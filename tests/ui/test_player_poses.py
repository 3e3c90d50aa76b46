"""The player's picture follows the movement: up toward the end pose, down back, holds held."""

from __future__ import annotations

import pytest

from calfplayer.domain.plan import SegmentKind, build_plan
from calfplayer.domain.routines import single_exercise_routine
from calfplayer.ui.player_view import pose_mix

from .helpers import run_until


def _picture_after(window, clock, ms: int):  # type: ignore[no-untyped-def]
    """Moves the clock on within the segment and paints a frame, as the frame timer would."""
    clock.advance(ms)
    window.controller.frame.emit()
    return window.player.illustration


def _remaining(window) -> int:  # type: ignore[no-untyped-def]
    remaining = window.controller.session.segment_remaining_ms()
    assert remaining is not None
    return remaining


def test_a_raise_moves_the_picture_up_and_down_in_time(window, clock, catalogue) -> None:
    exercise = catalogue["calf-raise"]
    window.start_plan(build_plan(single_exercise_routine("calf-raise", catalogue)))
    picture = window.player.illustration
    assert window.player.view.stage.value == "setup"
    assert (picture.image, picture.pose) == (exercise.image_start, 0.0)

    run_until(window, clock, lambda v: window.controller.session.segment.kind is SegmentKind.UP)
    assert (picture.image, picture.pose) == (exercise.image_start, 0.0)
    up = _remaining(window)
    _picture_after(window, clock, up // 2)
    assert 0.4 < picture.pose < 0.6
    _picture_after(window, clock, up - up // 2 - 1)
    assert picture.pose > 0.95
    assert picture.image == exercise.image_end

    run_until(window, clock, lambda v: window.controller.session.segment.kind is SegmentKind.TOP)
    assert (picture.image, picture.pose) == (exercise.image_end, 1.0)
    _picture_after(window, clock, _remaining(window) // 2)
    assert picture.pose == 1.0

    run_until(window, clock, lambda v: window.controller.session.segment.kind is SegmentKind.DOWN)
    assert picture.pose == 1.0
    _picture_after(window, clock, _remaining(window) - 1)
    assert picture.pose < 0.05
    assert picture.image == exercise.image_start


def test_a_held_stretch_shows_the_held_pose_and_rest_the_start(window, clock, catalogue) -> None:
    exercise = catalogue["calf-stretch"]
    window.start_plan(build_plan(single_exercise_routine("calf-stretch", catalogue)))
    picture = window.player.illustration
    run_until(window, clock, lambda v: v.stage.value == "hold")
    assert (picture.image, picture.pose) == (exercise.image_end, 1.0)
    assert picture.image == "calf-stretch-end.svg"
    _picture_after(window, clock, _remaining(window) // 2)
    assert picture.pose == 1.0
    run_until(window, clock, lambda v: v.stage.value in ("rest", "switch"))
    assert (picture.image, picture.pose) == (exercise.image_start, 0.0)


def test_a_paused_rep_keeps_its_pose(window, clock, catalogue) -> None:
    window.start_plan(build_plan(single_exercise_routine("seated-calf-raise", catalogue)))
    run_until(window, clock, lambda v: window.controller.session.segment.kind is SegmentKind.UP)
    _picture_after(window, clock, _remaining(window) // 2)
    held = window.player.illustration.pose
    window.controller.pause()
    _picture_after(window, clock, 60_000)
    assert window.player.illustration.pose == held


@pytest.mark.parametrize(
    ("kind", "fraction", "pose"),
    [
        (SegmentKind.SETUP, 0.7, 0.0),
        (SegmentKind.UP, 0.25, 0.25),
        (SegmentKind.TOP, 0.1, 1.0),
        (SegmentKind.DOWN, 0.25, 0.75),
        (SegmentKind.HOLD, 0.0, 1.0),
        (SegmentKind.RELAX, 0.5, 0.0),
        (SegmentKind.SWITCH, 0.5, 0.0),
        (SegmentKind.REST, 0.9, 0.0),
    ],
)
def test_each_phase_has_its_pose(kind, fraction, pose) -> None:
    assert pose_mix(kind, fraction) == pytest.approx(pose)


def test_the_next_exercise_is_drawn_ahead_of_the_switch_to_it(
    window, clock, catalogue, qtbot, monkeypatch
) -> None:
    from calfplayer.domain.routines import Routine
    from calfplayer.ui.pages import player
    from calfplayer.ui.widgets import illustration

    monkeypatch.setattr(player, "PREPARE_AFTER_MS", 0)
    prepared: list[tuple[str, str]] = []
    real = illustration.ExerciseIllustration.prepare

    def noting(self, start: str, end: str) -> None:  # type: ignore[no-untyped-def]
        prepared.append((start, end))
        real(self, start, end)

    monkeypatch.setattr(illustration.ExerciseIllustration, "prepare", noting)
    routine = next(r for r in window.context.library.routines if len(r.items) > 1)
    assert isinstance(routine, Routine)
    window.open_routine(routine)
    first, second = routine.items[0].exercise, routine.items[1].exercise
    qtbot.waitUntil(lambda: (first.image_start, first.image_end) in prepared)
    window.start_plan(build_plan(routine))
    qtbot.waitUntil(lambda: (second.image_start, second.image_end) in prepared)
