"""The summary after a workout: what was done of the plan and the time it took, also after a
workout cut off and resumed, and the "get ready" that a resumed workout begins with."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from calfplayer.domain.clock import FakeClock
from calfplayer.domain.plan import build_plan
from calfplayer.domain.session import Session
from calfplayer.store.recorder import HistoryRecorder
from calfplayer.ui.main_window import MainWindow, Page
from tests.store.history_helpers import QUICK_ITEMS, play

from .helpers import run_until, step


@pytest.fixture
def quick_plan(make_routine):  # type: ignore[no-untyped-def]
    return build_plan(make_routine(*QUICK_ITEMS, routine_id="quick"))


def _finish(window: MainWindow, clock: FakeClock) -> None:
    while step(window, clock):
        pass
    assert window.current_page is Page.SUMMARY


def _resumed_window(context, clock, plan, keeper, qtbot, sets):  # type: ignore[no-untyped-def]
    """A workout cut off after ``sets`` sets, then the app started again and the resume card
    pressed: the window, on the player."""
    recorder = HistoryRecorder(context.paths.history_db, clock=clock)
    session = Session(plan, clock)
    recorder.begin(plan, clock.wall_now())
    play(session, clock, recorder, sets=sets)
    recorder.close()
    clock.advance(3_600_000)  # an hour until the app is opened again
    context.open_history()
    window = MainWindow(context, keeper)
    qtbot.addWidget(window, before_close_func=lambda w: w.controller.shutdown())
    window.show()
    card = window.resume_flow.card
    assert card is not None
    qtbot.mouseClick(card.resume_button, Qt.MouseButton.LeftButton)
    assert window.current_page is Page.PLAYER
    return window


def test_time_taken_leaves_out_pauses(history_window, clock, quick_plan):
    window = history_window
    window.start_plan(quick_plan)
    run_until(window, clock, lambda v: v.stage.value == "reps")
    window.controller.pause()
    clock.advance(90_000)  # a minute and a half on the phone
    window.controller.resume()
    _finish(window, clock)
    # The plan takes ten seconds and nothing was skipped: ten seconds taken, not 1:40.
    assert window.summary.time_taken.text() == "Time taken 0:10 · planned 0:10"


def test_the_summary_after_resuming_counts_the_whole_workout(
    context, clock, quick_plan, keeper, qtbot
):
    # Cut off after both sets of the first exercise and one side of the second's first set.
    window = _resumed_window(context, clock, quick_plan, keeper, qtbot, sets=3)
    _finish(window, clock)
    lines = {line.name: line for line in window.summary.lines}
    first = lines["Standing calf raise"]
    assert first.line == "2 of 2 sets · 4 of 4 reps" and first.complete
    second = lines["Single-leg calf raise"]
    assert second.line == "4 of 4 sides and sets · 4 of 4 reps" and second.complete
    assert window.summary.title.text() == "Well done!"
    # Seven seconds before the cut-off (setup 1, two sets of 2, rest 1, one side of 1), four
    # after it (the second exercise from its first side); the hour in between is not counted.
    assert window.summary.time_taken.text() == "Time taken 0:11 · planned 0:10"
    window.close()


def test_get_ready_after_resuming_names_the_set_it_leads_to(
    context, clock, quick_plan, keeper, qtbot
):
    # Cut off after the first of the two sets of the first exercise.
    window = _resumed_window(context, clock, quick_plan, keeper, qtbot, sets=1)
    assert window.player.heading.text() == "Get ready"
    assert window.player.set_chip.text() == "Set 2 of 2"
    run_until(window, clock, lambda v: v.stage.value == "reps")
    assert window.player.set_chip.text() == "Set 2 of 2"
    _finish(window, clock)
    first = window.summary.lines[0]
    assert first.line == "2 of 2 sets · 4 of 4 reps"
    window.close()
