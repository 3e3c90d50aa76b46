"""History through the window: "that hurt" to the summary and the detail, ratings, the resume
card, the banner when the history cannot be saved, and deleting all data."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from calfplayer.domain.clock import FakeClock
from calfplayer.domain.plan import build_plan
from calfplayer.domain.routines import Side
from calfplayer.domain.session import Session
from calfplayer.store.history import HistoryStore
from calfplayer.store.recorder import HistoryRecorder
from calfplayer.ui.main_window import MainWindow, Page
from tests.store.history_helpers import QUICK_ITEMS, play
from tests.store.test_recorder import FullDisk

from .helpers import run_until, step


@pytest.fixture
def quick_plan(make_routine):  # type: ignore[no-untyped-def]
    return build_plan(make_routine(*QUICK_ITEMS, routine_id="quick"))


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def _finish(window: MainWindow, clock: FakeClock) -> None:
    while step(window, clock):
        pass
    assert window.current_page is Page.SUMMARY


def test_that_hurt_flows_from_the_player_to_the_summary_and_the_detail(
    history_window, clock, quick_plan, qtbot
):
    window = history_window
    window.start_plan(quick_plan)
    run_until(window, clock, lambda v: v.set_text.startswith("Set 2") and v.stage.value == "reps")
    qtbot.mouseClick(window.player.hurt_button, Qt.MouseButton.LeftButton)
    assert window.player.hurt_button.text() == "Noted"
    assert window.controller.active  # the workout goes on
    run_until(window, clock, lambda v: "left" in v.side_text.lower() and v.stage.value == "reps")
    QTest.keyClick(window, Qt.Key.Key_H)
    hurts = window.controller.hurts
    assert [(h.item_index, h.set_number, h.side) for h in hurts] == [
        (0, 2, None),
        (1, 1, Side.LEFT),
    ]
    path = window.context.paths.history_db
    # Each mark is in the file at once, like a set.
    assert _rows(path, "SELECT item_index, set_number, side FROM hurt_marks ORDER BY id") == [
        (0, 2, None),
        (1, 1, "left"),
    ]
    _finish(window, clock)

    rating = window.summary.rating
    assert rating is not None
    assert len(rating.hurt_lines) == 2
    assert rating.hurt_lines[0].startswith("Standing calf raise · set 2 · at ")
    assert rating.hurt_lines[1].startswith("Single-leg calf raise · set 1 · left · at ")
    rating.effort.slider.setValue(7)
    rating.pain.slider.setValue(3)
    rating.note.setText("  Left heel sore  ")
    qtbot.mouseClick(rating.save_button, Qt.MouseButton.LeftButton)
    assert rating.status.text() == "Saved to your history."
    assert _rows(path, "SELECT status, effort, pain, note FROM sessions") == [
        ("completed", 7, 3, "Left heel sore")
    ]

    window.summary.done_button.click()
    window.nav_buttons[Page.HISTORY].click()
    page = window.history
    assert page.sessions[0].hurts == 2 and page.sessions[0].pain == 3
    page.open_session(page.sessions[0].id)
    marked = {line.title: line.hurts for line in page.detail.lines if line.hurts}
    assert list(marked) == ["Standing calf raise", "Single-leg calf raise · left"]
    assert marked["Standing calf raise"][0].startswith("Standing calf raise · set 2")


def test_h_does_nothing_outside_a_workout(history_window):
    QTest.keyClick(history_window, Qt.Key.Key_H)
    assert history_window.controller.hurts == []
    assert _rows(history_window.context.paths.history_db, "SELECT count(*) FROM hurt_marks") == [
        (0,)
    ]


def _cut_off_workout(context, plan, clock, sets):  # type: ignore[no-untyped-def]
    """A workout recorded up to ``sets`` sets and never finished: the app was killed."""
    recorder = HistoryRecorder(context.paths.history_db, clock=clock)
    session = Session(plan, clock)
    recorder.begin(plan, clock.wall_now())
    play(session, clock, recorder, sets=sets)
    session_id = recorder.session_id
    recorder.close()
    return session_id


def test_the_resume_card_plays_the_remaining_sets_into_the_same_session(
    context, clock, quick_plan, keeper, qtbot
):
    cut_off = _cut_off_workout(context, quick_plan, clock, sets=3)
    context.open_history()  # the next start
    offer = context.resume_offer
    assert offer is not None and offer.session_id == cut_off
    window = MainWindow(context, keeper)
    qtbot.addWidget(window, before_close_func=lambda w: w.controller.shutdown())
    window.show()
    card = window.resume_flow.card
    assert card is not None and card.isVisible()
    assert window.current_page is Page.WORKOUTS  # a card, not a question
    assert "3 sets done" in card.text.text()

    qtbot.mouseClick(card.resume_button, Qt.MouseButton.LeftButton)
    assert window.current_page is Page.PLAYER
    assert window.resume_flow.card is None
    # The first unfinished set: the right side of the two-sided exercise's first set.
    run_until(window, clock, lambda v: v.stage.value == "reps")
    assert window.player.heading.text() == "Single-leg calf raise"
    assert window.player.set_chip.text().startswith("Set 1")
    _finish(window, clock)
    window.close()

    path = context.paths.history_db
    assert _rows(path, "SELECT id, status, can_resume FROM sessions") == [(cut_off, "completed", 0)]
    kept = _rows(path, "SELECT item_index, set_number, side FROM sets ORDER BY item_index, id")
    assert kept == [
        (0, 1, None),
        (0, 2, None),
        (1, 1, "right"),
        (1, 1, "left"),
        (1, 2, "right"),
        (1, 2, "left"),
    ]


def test_discard_keeps_the_sets_and_drops_the_offer(context, clock, quick_plan, keeper, qtbot):
    cut_off = _cut_off_workout(context, quick_plan, clock, sets=2)
    context.open_history()
    window = MainWindow(context, keeper)
    qtbot.addWidget(window)
    window.show()
    card = window.resume_flow.card
    assert card is not None
    qtbot.mouseClick(card.discard_button, Qt.MouseButton.LeftButton)
    assert window.resume_flow.card is None
    path = context.paths.history_db
    assert _rows(path, "SELECT id, status, can_resume FROM sessions") == [
        (cut_off, "interrupted", 0)
    ]
    assert _rows(path, "SELECT count(*) FROM sets") == [(2,)]
    window.close()
    context.open_history()
    assert context.resume_offer is None


def test_the_player_and_summary_show_a_banner_while_the_history_cannot_be_saved(
    history_window, clock, quick_plan
):
    window = history_window
    context = window.context
    FullDisk.full = False
    context.app.history.recorder = HistoryRecorder(
        context.paths.history_db, clock=context.clock, factory=FullDisk
    )
    try:
        window.start_plan(quick_plan)
        run_until(window, clock, lambda v: v.set_text.startswith("Set 2"))
        assert window.player.history_banner.isHidden()
        FullDisk.full = True
        run_until(window, clock, lambda v: v.side_text != "")
        banner = window.player.history_banner
        assert banner.isVisibleTo(window)
        assert banner.text().startswith("Your history cannot be saved right now")
        assert "disk is full" in banner.text()
        assert window.controller.active  # the workout goes on
        _finish(window, clock)
        problem = window.summary.problem
        assert problem is not None and problem.isVisibleTo(window)
        assert "cannot be saved" in problem.text()
        FullDisk.full = False
        window.summary.rating.save_button.click()  # the next write saves everything waiting
        assert problem.isHidden()
        assert _rows(context.paths.history_db, "SELECT status FROM sessions") == [("completed",)]
        assert _rows(context.paths.history_db, "SELECT count(*) FROM sets") == [(6,)]
    finally:
        FullDisk.full = False


def test_delete_all_my_data_asks_then_removes_everything_and_starts_afresh(
    history_window, clock, quick_plan, answers
):
    window = history_window
    context = window.context
    window.start_plan(quick_plan)
    _finish(window, clock)
    window.summary.done_button.click()
    window.weekly_goal.spin.setValue(6)
    window.settings.theme_buttons["dark"].setChecked(True)
    own = context.paths.routines / "mine.json"
    own.parent.mkdir(parents=True, exist_ok=True)
    mine = {"format": 1, "id": "mine", "name": "Mine", "items": [{"exercise": "calf-raise"}]}
    own.write_text(json.dumps(mine))
    context.app.routines.reload()
    assert "mine" in [card.routine.id for card in window.workouts.cards]
    assert context.paths.settings_file.exists()

    button = window.your_data.delete_button
    answers.replies = [False]
    button.click()
    assert _rows(context.paths.history_db, "SELECT count(*) FROM sessions") == [(1,)]

    answers.replies = [True]
    button.click()
    assert answers.asked == ["Delete all your data?"] * 2
    assert not own.exists() and not context.paths.settings_file.exists()
    assert "mine" not in [card.routine.id for card in window.workouts.cards]
    assert len(window.workouts.cards) == len(context.library.routines) > 0
    assert context.settings.weekly_goal == 3 and context.settings.theme == "system"
    assert window.settings.theme_buttons["system"].isChecked()
    assert window.weekly_goal.spin.value() == 3
    assert "deleted" in window.notice.text()
    store, _ = HistoryStore.open(context.paths.history_db, context.clock)
    try:
        assert store.sessions() == []
    finally:
        store.close()
    # Afresh: the next workout is recorded in a new history.
    window.start_plan(quick_plan)
    _finish(window, clock)
    assert _rows(context.paths.history_db, "SELECT count(*) FROM sessions") == [(1,)]
