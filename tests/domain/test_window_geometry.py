"""The window's first place and size on the screens people have, and a remembered one restored
only onto a screen that is there."""

from __future__ import annotations

import pytest

from calfplayer.domain.window_geometry import (
    FRAME_HEIGHT,
    FRAME_TOP,
    FRAME_WIDTH,
    MINIMUM_HEIGHT,
    MINIMUM_WIDTH,
    Rect,
    first_placement,
    restored_placement,
)

LAPTOP = Rect(0, 0, 1366, 768)
LAPTOP_WITH_PANEL = Rect(0, 0, 1366, 768 - 32)
WIDE_LAPTOP_WITH_PANEL = Rect(0, 27, 1280, 800 - 27)
FULL_HD = Rect(0, 0, 1920, 1080)
SCREENS = [LAPTOP, LAPTOP_WITH_PANEL, WIDE_LAPTOP_WITH_PANEL, FULL_HD, Rect(0, 0, 1280, 1024)]


def _with_frame(window: Rect) -> Rect:
    return Rect(
        window.x - FRAME_WIDTH // 2,
        window.y - FRAME_TOP,
        window.width + FRAME_WIDTH,
        window.height + FRAME_HEIGHT,
    )


@pytest.mark.parametrize("available", SCREENS)
@pytest.mark.parametrize("text_scale", [1.0, 1.5])
def test_the_first_placement_lies_inside_the_available_area(available, text_scale) -> None:
    window = first_placement(available, text_scale)
    assert available.contains(_with_frame(window)), window
    assert window.width >= MINIMUM_WIDTH and window.height >= MINIMUM_HEIGHT
    assert window.height > window.width, "phone-like: taller than wide"


def test_the_first_placement_is_the_designed_size_where_there_is_room() -> None:
    window = first_placement(FULL_HD)
    assert (window.width, window.height) == (420, 860)


def test_a_short_screen_gets_a_shorter_window_of_the_same_shape() -> None:
    window = first_placement(LAPTOP_WITH_PANEL)
    assert window.height == LAPTOP_WITH_PANEL.height - FRAME_HEIGHT
    assert 0.45 <= window.width / window.height <= 0.55 or window.width == MINIMUM_WIDTH


def test_larger_text_gets_a_larger_window_while_it_fits() -> None:
    assert first_placement(FULL_HD, 1.5).height > first_placement(FULL_HD).height
    assert first_placement(Rect(0, 0, 1280, 1024), 1.5).height == 1024 - FRAME_HEIGHT


def test_a_window_saved_on_a_large_screen_reopens_inside_a_small_one() -> None:
    saved = Rect(300, 100, 1600, 1000)
    restored = restored_placement(saved, [LAPTOP_WITH_PANEL])
    assert restored is not None
    assert LAPTOP_WITH_PANEL.contains(_with_frame(restored))
    assert restored.width <= 1366 and restored.height <= 736 - FRAME_HEIGHT


def test_a_window_on_a_screen_that_is_gone_comes_back_to_one_that_is_there() -> None:
    second_monitor = Rect(1920, 0, 1920, 1080)
    saved = Rect(2100, 200, 420, 860)
    restored = restored_placement(saved, [FULL_HD])
    assert restored is not None
    assert FULL_HD.contains(_with_frame(restored))
    assert (restored.width, restored.height) == (420, 860)
    # With the second monitor back, the window goes back to it, as it was.
    assert restored_placement(saved, [FULL_HD, second_monitor]) == saved


def test_a_window_that_fits_stays_where_it_was() -> None:
    saved = Rect(100, 80, 500, 700)
    assert restored_placement(saved, [FULL_HD]) == saved


def test_a_saved_size_under_the_minimum_grows_to_it() -> None:
    restored = restored_placement(Rect(100, 80, 200, 300), [FULL_HD])
    assert restored is not None
    assert (restored.width, restored.height) == (MINIMUM_WIDTH, MINIMUM_HEIGHT)


def test_with_no_screen_known_nothing_is_restored() -> None:
    assert restored_placement(Rect(0, 0, 420, 860), []) is None
