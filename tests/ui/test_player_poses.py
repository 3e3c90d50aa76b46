"""The player's figure follows the movement: up toward the end pose, down back, holds held."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from calfplayer.domain.figure import Limb, blend, solve
from calfplayer.domain.plan import SegmentKind, build_plan
from calfplayer.domain.routines import single_exercise_routine
from calfplayer.ui.player_controller import FASTEST_FRAME_MS
from calfplayer.ui.player_view import EASE_INTO_HOLD_MS, pose_mix

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


def _drawn(window):  # type: ignore[no-untyped-def]
    """The poses the player's picture paints now."""
    picture = window.player.illustration
    picture.grab()
    return picture.drawn


def test_a_rep_moves_one_figure_up_and_down_in_time(window, clock, catalogue) -> None:
    exercise = catalogue["calf-raise"]
    figure = exercise.figure
    window.start_plan(build_plan(single_exercise_routine("calf-raise", catalogue)))
    picture = window.player.illustration
    assert window.player.view.stage.value == "setup"
    assert (picture.exercise, picture.pose) == (exercise, 0.0)
    assert _drawn(window) == [figure.start]

    run_until(window, clock, lambda v: window.controller.session.segment.kind is SegmentKind.UP)
    assert picture.pose == 0.0
    up = _remaining(window)
    _picture_after(window, clock, up // 2)
    assert picture.pose == pytest.approx(0.5, abs=0.01)
    # Mid-rep: one body, its heel part way up; no second, faded figure.
    (halfway,) = _drawn(window)
    assert halfway == blend(figure.start, figure.end, picture.pose)
    heel = solve(halfway).legs[Limb.NEAR].point("heel")[1]
    assert 0.3 < heel / solve(figure.end).legs[Limb.NEAR].point("heel")[1] < 0.7
    _picture_after(window, clock, up - up // 2 - 1)
    assert picture.pose > 0.99

    run_until(window, clock, lambda v: window.controller.session.segment.kind is SegmentKind.TOP)
    assert picture.pose == 1.0
    assert _drawn(window) == [figure.end]
    _picture_after(window, clock, _remaining(window) // 2)
    assert picture.pose == 1.0

    run_until(window, clock, lambda v: window.controller.session.segment.kind is SegmentKind.DOWN)
    assert picture.pose == 1.0
    _picture_after(window, clock, _remaining(window) // 4)
    assert 0.5 < picture.pose < 0.95  # eased: slow to leave the top
    _picture_after(window, clock, _remaining(window) - 1)
    assert picture.pose < 0.01


def test_a_stretch_eases_into_its_hold_in_two_seconds_then_stays_still(
    window, clock, catalogue
) -> None:
    window.start_plan(build_plan(single_exercise_routine("calf-stretch", catalogue)))
    picture = window.player.illustration
    picture.show()
    run_until(window, clock, lambda v: v.stage.value == "hold")
    assert picture.pose == 0.0
    _picture_after(window, clock, 1000)
    assert picture.pose == pytest.approx(0.5)
    _picture_after(window, clock, 1000)
    assert picture.pose == 1.0
    held = _drawn(window)
    assert held == [catalogue["calf-stretch"].figure.end]
    QApplication.processEvents()  # the repaint already asked for

    painted: list[int] = []
    real = picture.paintEvent

    def counting(event) -> None:  # type: ignore[no-untyped-def]
        painted.append(1)
        real(event)

    picture.paintEvent = counting  # type: ignore[method-assign]
    for _ in range(100):  # ten seconds of frames in the hold
        _picture_after(window, clock, 100)
        QApplication.processEvents()
    assert picture.pose == 1.0
    assert painted == []  # a hold is still: nothing to repaint
    run_until(window, clock, lambda v: v.stage.value in ("rest", "switch", "relax"))
    _picture_after(window, clock, _remaining(window) - 1)
    assert picture.pose < 0.01


def test_frames_come_quickly_while_a_stretch_eases_in_and_slowly_once_it_holds(
    window, clock, catalogue
) -> None:
    window.start_plan(build_plan(single_exercise_routine("calf-stretch", catalogue)))
    run_until(window, clock, lambda v: v.stage.value == "hold")
    controller = window.controller
    assert controller.frame_interval_ms() == FASTEST_FRAME_MS
    clock.advance(EASE_INTO_HOLD_MS)
    controller._frame_timer.timeout.emit()  # the frame timer's tick
    slow = controller.frame_interval_ms()
    assert slow is not None and slow > 2 * FASTEST_FRAME_MS
    assert window.player.illustration.pose == 1.0


def test_a_paused_rep_keeps_its_pose(window, clock, catalogue) -> None:
    window.start_plan(build_plan(single_exercise_routine("seated-calf-raise", catalogue)))
    run_until(window, clock, lambda v: window.controller.session.segment.kind is SegmentKind.UP)
    _picture_after(window, clock, _remaining(window) // 2)
    held = window.player.illustration.pose
    window.controller.pause()
    _picture_after(window, clock, 60_000)
    assert window.player.illustration.pose == held


def test_reduce_motion_shows_the_start_and_end_still_through_a_rep(
    window, clock, catalogue, context
) -> None:
    figure = catalogue["calf-raise"].figure
    assert context.change_settings(reduce_motion=True) is None
    window.start_plan(build_plan(single_exercise_routine("calf-raise", catalogue)))
    picture = window.player.illustration
    assert picture.reduce_motion
    run_until(window, clock, lambda v: window.controller.session.segment.kind is SegmentKind.UP)
    still = picture.grab().toImage()
    assert picture.drawn == [figure.start, figure.end]
    _picture_after(window, clock, _remaining(window) // 2)
    assert picture.grab().toImage() == still
    assert picture.drawn == [figure.start, figure.end]
    window.controller.stop()
    assert context.change_settings(reduce_motion=False) is None
    window.start_plan(build_plan(single_exercise_routine("calf-raise", catalogue)))
    assert not picture.reduce_motion


@pytest.mark.parametrize(
    ("kind", "elapsed", "duration", "pose"),
    [
        (SegmentKind.SETUP, 700, 1000, 0.0),
        (SegmentKind.UP, 500, 2000, 0.15625),  # eased: slow to start
        (SegmentKind.UP, 1000, 2000, 0.5),
        (SegmentKind.TOP, 100, 1000, 1.0),
        (SegmentKind.DOWN, 1500, 2000, 0.15625),
        (SegmentKind.HOLD, 0, 30_000, 0.0),
        (SegmentKind.HOLD, 1000, 30_000, 0.5),
        (SegmentKind.HOLD, 2000, 30_000, 1.0),
        (SegmentKind.HOLD, 25_000, 30_000, 1.0),
        (SegmentKind.HOLD, 500, 1000, 0.5),  # a hold shorter than 2 s eases in over its length
        (SegmentKind.HOLD, 1000, 1000, 1.0),
        (SegmentKind.RELAX, 1000, 3000, 0.5),
        (SegmentKind.RELAX, 2500, 3000, 0.0),
        (SegmentKind.SWITCH, 500, 1000, 0.0),
        (SegmentKind.REST, 900, 1000, 0.0),
    ],
)
def test_each_phase_has_its_pose(kind, elapsed, duration, pose) -> None:
    assert pose_mix(kind, elapsed, duration) == pytest.approx(pose)


def test_the_next_exercise_is_drawn_ahead_of_the_switch_to_it(
    window, clock, catalogue, qtbot, monkeypatch
) -> None:
    from calfplayer.domain.routines import Routine
    from calfplayer.ui.pages import player
    from calfplayer.ui.widgets import illustration

    monkeypatch.setattr(player, "PREPARE_AFTER_MS", 0)
    prepared: list[str] = []
    real = illustration.ExerciseIllustration.prepare

    def noting(self, exercise) -> None:  # type: ignore[no-untyped-def]
        prepared.append(exercise.id)
        real(self, exercise)

    monkeypatch.setattr(illustration.ExerciseIllustration, "prepare", noting)
    routine = next(r for r in window.context.library.routines if len(r.items) > 1)
    assert isinstance(routine, Routine)
    window.open_routine(routine)
    first, second = routine.items[0].exercise, routine.items[1].exercise
    qtbot.waitUntil(lambda: first.id in prepared)
    window.start_plan(build_plan(routine))
    qtbot.waitUntil(lambda: second.id in prepared)
