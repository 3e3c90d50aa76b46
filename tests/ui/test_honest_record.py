"""What a person did is what the history keeps: the rating without a Save button, advice that
follows it, "completed" only when every set was done, and the work of a set left with Back."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from calfplayer.domain.plan import build_plan
from calfplayer.domain.record import SessionStatus
from calfplayer.domain.routines import Routine
from calfplayer.store.history import HistoryStore
from calfplayer.ui.main_window import MainWindow, Page
from calfplayer.ui.player_view import Stage
from calfplayer.ui.widgets.rating import NOTE_SETTLE_MS

from .helpers import run_until, step

CLI = (sys.executable, "-m", "calfplayer")


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def _finish(window: MainWindow, clock) -> None:  # type: ignore[no-untyped-def]
    while step(window, clock):
        pass
    assert window.current_page is Page.SUMMARY


@pytest.fixture
def short_routine(make_routine) -> Routine:  # type: ignore[no-untyped-def]
    return make_routine(  # type: ignore[no-any-return]
        {"exercise": "calf-raise", "sets": 1, "reps": 2, "setup": 1, "rest": 0},
        {"exercise": "seated-calf-raise", "sets": 1, "reps": 2, "setup": 1, "rest": 0},
        {"exercise": "calf-stretch", "sets": 1, "hold": 5, "setup": 1, "rest": 0},
        {"exercise": "short-foot", "sets": 1, "reps": 2, "hold": 2, "setup": 1, "rest": 0},
        routine_id="short",
    )


# --- the rating -----------------------------------------------------------------------------


def test_effort_and_pain_are_kept_as_set_and_done_keeps_the_note(
    history_window, clock, short_routine, qtbot
):
    window = history_window
    path = window.context.paths.history_db
    window.start_plan(build_plan(short_routine))
    _finish(window, clock)
    rating = window.summary.rating
    assert rating is not None and not hasattr(rating, "save_button")
    assert _rows(path, "SELECT effort, pain, note FROM sessions") == [(None, None, "")]
    rating.effort.slider.setValue(7)
    assert _rows(path, "SELECT effort, pain FROM sessions") == [(7, None)]
    rating.pain.slider.setValue(4)
    assert _rows(path, "SELECT effort, pain FROM sessions") == [(7, 4)]
    qtbot.keyClicks(rating.note, "sore heel")
    assert rating.waiting
    window.summary.done_button.click()
    assert window.current_page is Page.WORKOUTS
    assert _rows(path, "SELECT effort, pain, note FROM sessions") == [(7, 4, "sore heel")]


def test_a_note_is_kept_within_a_second_of_the_last_keystroke(
    history_window, clock, short_routine, qtbot
):
    window = history_window
    path = window.context.paths.history_db
    window.start_plan(build_plan(short_routine))
    _finish(window, clock)
    assert window.summary.rating is not None
    qtbot.keyClicks(window.summary.rating.note, "left calf tight")
    assert NOTE_SETTLE_MS < 1000
    qtbot.waitUntil(
        lambda: _rows(path, "SELECT note FROM sessions") == [("left calf tight",)], timeout=1000
    )


def test_a_click_on_the_slider_at_its_shown_value_rates_that_value(
    history_window, clock, short_routine, qtbot
):
    window = history_window
    window.start_plan(build_plan(short_routine))
    _finish(window, clock)
    rating = window.summary.rating
    assert rating is not None and rating.effort.value is None
    assert "not rated" in rating.effort.caption.text()
    slider = rating.effort.slider
    qtbot.mouseClick(slider, Qt.MouseButton.LeftButton, pos=slider.rect().center())
    qtbot.waitUntil(lambda: rating.effort.value is not None, timeout=1000)
    effort = _rows(window.context.paths.history_db, "SELECT effort FROM sessions")[0][0]
    assert effort == rating.effort.value


def test_closing_the_window_keeps_a_note_still_being_typed(
    history_window, clock, short_routine, qtbot
):
    window = history_window
    path = window.context.paths.history_db
    window.start_plan(build_plan(short_routine))
    _finish(window, clock)
    assert window.summary.rating is not None
    qtbot.keyClicks(window.summary.rating.note, "calves burning")
    window.close()
    assert _rows(path, "SELECT note FROM sessions") == [("calves burning",)]


def test_a_session_can_be_rated_later_from_its_page_and_the_list_says_until_then(
    history_window, clock, short_routine, qtbot
):
    window = history_window
    path = window.context.paths.history_db
    window.start_plan(build_plan(short_routine))
    _finish(window, clock)
    window.summary.done_button.click()
    window.nav_buttons[Page.HISTORY].click()
    page = window.history
    assert page.sessions[0].effort is None
    (row,) = [r for r in page.model.rows if hasattr(r, "facts")]
    assert "not rated" in row.facts
    page.open_session(page.sessions[0].id)
    assert page.detail.rating is not None
    page.detail.rating.pain.slider.setValue(2)
    qtbot.keyClicks(page.detail.rating.note, "better today")
    page.detail.back_button.click()
    assert _rows(path, "SELECT effort, pain, note FROM sessions") == [(None, 2, "better today")]
    (row,) = [r for r in page.model.rows if hasattr(r, "facts")]
    assert "not rated" not in row.facts and "pain 2" in row.facts
    # And changed again later.
    page.open_session(page.sessions[0].id)
    assert page.detail.rating is not None and page.detail.rating.pain.value == 2
    page.detail.rating.pain.slider.setValue(5)
    assert _rows(path, "SELECT pain FROM sessions") == [(5,)]


# --- advice ---------------------------------------------------------------------------------


def _easy_history(context, routine: Routine, efforts: list[int]) -> None:  # type: ignore[no-untyped-def]
    store, _notice = HistoryStore.open(context.paths.history_db, context.clock)
    start = datetime(2025, 12, 20, 8, 0).astimezone()
    try:
        for day, effort in enumerate(efforts):
            began = start + timedelta(days=day)
            session = store.start_session(build_plan(routine), began)
            store.finish_session(session, SessionStatus.COMPLETED, began + timedelta(minutes=5))
            store.rate_session(session, effort, 0, "")
    finally:
        store.close()


def test_the_advice_is_worked_out_again_with_this_sessions_rating(history_window, clock):
    window = history_window
    snack = window.context.library.get("movement-snack")
    _easy_history(window.context, snack, [3, 2])
    window.open_routine(snack)
    window.preview.start_button.click()
    _finish(window, clock)
    card = window.advice
    assert card is not None and not card.isVisibleTo(window.summary)  # not rated yet
    rating = window.summary.rating
    assert rating is not None
    rating.effort.slider.setValue(2)
    assert card.isVisibleTo(window.summary)
    assert card.heading.text() == "Ready for more?"
    rating.effort.slider.setValue(9)  # changed its mind: it was hard after all
    assert not card.isVisibleTo(window.summary)


# --- completed means completed ----------------------------------------------------------------


def test_skipping_most_of_a_workout_is_partial_not_completed(
    history_window, clock, short_routine, tmp_path
):
    window = history_window
    window.start_plan(build_plan(short_routine))
    run_until(window, clock, lambda v: v.stage is Stage.REPS)
    _finish_set(window, clock)
    for _ in range(3):
        run_until(window, clock, lambda v: v.stage is not Stage.SETUP)
        window.controller.skip()
    _finish(window, clock)
    assert window.summary.title.text() != "Well done!"
    # One set of six (the stretch and the short foot are done on each side).
    assert window.summary.subtitle.text().startswith("You did 1 of 4 exercises, 17 % of the sets")
    path = window.context.paths.history_db
    assert _rows(path, "SELECT status FROM sessions") == [("partial",)]
    assert window.advice is None  # a step up needs completed workouts
    window.close()
    exported = subprocess.run(
        [*CLI, "--data-dir", str(window.context.paths.data), "export", "--format", "json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    (session,) = json.loads(exported.stdout)["sessions"]
    assert (session["status"], session["share_done"]) == ("partial", round(1 / 6, 4))


def _finish_set(window: MainWindow, clock) -> None:  # type: ignore[no-untyped-def]
    run_until(window, clock, lambda v: v.stage is not Stage.REPS)


def test_a_workout_done_in_full_is_completed_and_well_done(history_window, clock, short_routine):
    window = history_window
    window.start_plan(build_plan(short_routine))
    _finish(window, clock)
    assert window.summary.title.text() == "Well done!"
    path = window.context.paths.history_db
    assert _rows(path, "SELECT status FROM sessions") == [("completed",)]


# --- Back keeps the work ----------------------------------------------------------------------


def test_back_keeps_the_attempt_left_and_the_history_shows_both(
    history_window, clock, make_routine
):
    window = history_window
    routine = make_routine({"exercise": "calf-raise", "sets": 1, "reps": 10}, routine_id="ten")
    window.start_plan(build_plan(routine))
    run_until(window, clock, lambda v: v.big_text == "8 / 10")  # seven done
    window.controller.back()
    assert window.player.ring.big_text == "0:03"  # a count-in to get into position
    _finish(window, clock)
    path = window.context.paths.history_db
    assert _rows(path, "SELECT attempt, reps_done, partial FROM sets ORDER BY id") == [
        (1, 7, 1),
        (2, 10, 0),
    ]
    assert _rows(path, "SELECT status FROM sessions") == [("completed",)]
    assert window.summary.lines[0].line == "1 of 1 sets · 10 of 10 reps"
    window.summary.done_button.click()
    window.nav_buttons[Page.HISTORY].click()
    page = window.history
    page.open_session(page.sessions[0].id)
    (line,) = page.detail.lines
    assert line.attempts == ("set 1, attempt 1: 7 of 10 reps",)
    assert line.done == "1 set · 10 reps"
