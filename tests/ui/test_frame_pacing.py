"""How often the player repaints: quickly while the figure moves, about once per degree of the
ring's sweep otherwise, and at most 6 times a second once the ring alone moves in steps of no
more than 3 degrees."""

from __future__ import annotations

import pytest

from calfplayer.domain.plan import SegmentKind
from calfplayer.ui.player_controller import FASTEST_FRAME_MS, frame_interval_ms
from calfplayer.ui.player_view import EASE_INTO_HOLD_MS


def _degrees_per_frame(interval_ms: int, duration_ms: int) -> float:
    return 360 * interval_ms / duration_ms


def test_a_long_hold_eases_in_quickly_then_the_ring_moves_6_times_a_second() -> None:
    assert frame_interval_ms(SegmentKind.HOLD, 30_000, 0) == FASTEST_FRAME_MS
    assert frame_interval_ms(SegmentKind.HOLD, 30_000, EASE_INTO_HOLD_MS - 1) == FASTEST_FRAME_MS
    held = frame_interval_ms(SegmentKind.HOLD, 30_000, EASE_INTO_HOLD_MS)
    assert held == 167
    assert _degrees_per_frame(held, 30_000) == pytest.approx(2.0, abs=0.01)


@pytest.mark.parametrize(
    "kind", [SegmentKind.REST, SegmentKind.SETUP, SegmentKind.SWITCH, SegmentKind.TOP]
)
@pytest.mark.parametrize(
    "duration_ms", [1_000, 3_000, 5_000, 10_000, 20_000, 30_000, 45_000, 61_000, 90_000]
)
def test_where_only_the_ring_moves_each_step_is_small(kind, duration_ms) -> None:
    interval = frame_interval_ms(kind, duration_ms, duration_ms // 2)
    steps = _degrees_per_frame(interval, duration_ms)
    assert interval == FASTEST_FRAME_MS or steps <= 3.0 + 1e-9, (interval, steps)
    assert interval <= 250
    if duration_ms >= 20_040:
        assert interval >= 167, "no more than 6 frames a second for a slow sweep"
    if duration_ms >= 60_120:
        assert steps <= 1.0 + 1e-9, "a slow sweep still moves a degree at a time"


@pytest.mark.parametrize("duration_ms", [1_000, 2_000, 4_000, 10_000])
def test_while_the_figure_moves_frames_come_at_up_to_30_a_second(duration_ms) -> None:
    for kind in (SegmentKind.UP, SegmentKind.DOWN):
        interval = frame_interval_ms(kind, duration_ms, duration_ms // 2)
        assert interval == max(FASTEST_FRAME_MS, duration_ms // 360)
