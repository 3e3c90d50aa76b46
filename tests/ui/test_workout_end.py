"""What a person sees while a workout runs and when it ends, which no connection order may change:
the side chip only for one-sided exercises, and the rating card on the summary, every time."""

from __future__ import annotations

import pytest

from calfplayer.domain.plan import build_plan
from calfplayer.ui.main_window import MainWindow, Page
from tests.store.history_helpers import QUICK_ITEMS

from .helpers import run_until, step


@pytest.fixture
def quick_plan(make_routine):  # type: ignore[no-untyped-def]
    # A two-legged exercise, then a one-sided one done on each side.
    return build_plan(make_routine(*QUICK_ITEMS, routine_id="quick"))


def _side_chip_shown(window: MainWindow) -> bool:
    return window.player.side_chip.isVisibleTo(window.player)


def test_the_side_chip_shows_only_for_an_exercise_done_one_side_at_a_time(
    window, clock, quick_plan
):
    window.start_plan(quick_plan)
    run_until(window, clock, lambda v: v.stage.value == "reps")
    assert window.controller.session is not None
    assert window.controller.session.segment is not None
    assert window.controller.session.segment.side is None
    assert not _side_chip_shown(window)
    seen = run_until(window, clock, lambda v: v.stage.value == "reps" and bool(v.side_text))
    assert _side_chip_shown(window)
    assert window.player.side_chip.text() == seen.side_text


@pytest.mark.parametrize("ending", ["completed", "stopped"])
def test_the_rating_card_is_on_the_summary_after_every_workout(
    window, clock, quick_plan, answers, ending
):
    window.start_plan(quick_plan)
    if ending == "stopped":
        run_until(window, clock, lambda v: v.set_text.startswith("Set 2"))
        answers.replies = [True]
        window.request_stop()
    else:
        while step(window, clock):
            pass
    assert window.current_page is Page.SUMMARY
    rating = window.summary.rating
    assert rating is not None
    assert rating.isVisibleTo(window.summary)
    assert window.summary.isAncestorOf(rating)


def test_the_advice_comes_after_the_rating_on_a_completed_workout(window, clock, quick_plan):
    window.start_plan(quick_plan)
    while step(window, clock):
        pass
    column = window.summary.column
    widgets = [column.itemAt(i).widget() for i in range(column.count())]
    assert window.summary.rating in widgets and window.advice in widgets
    assert widgets.index(window.summary.rating) < widgets.index(window.advice)
