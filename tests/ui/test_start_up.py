"""The staged start-up: the Workouts page paints first, the history and the other pages follow,
and nothing a person can do in between gets lost or waits on a part not built yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QScroller

from calfplayer.domain.plan import build_plan
from calfplayer.domain.recording import MemoryRecorder
from calfplayer.store.recorder import HistoryRecorder
from calfplayer.ui.frame import Page
from calfplayer.ui.main_window import MainWindow

from .test_history_flow import QUICK_ITEMS, _cut_off_workout


def _staged(qtbot, context, keeper) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(context, keeper, staged=True)
    qtbot.addWidget(window, before_close_func=lambda w: w.shutdown_player())
    return window


def test_only_the_workouts_page_is_built_before_the_first_paint(qtbot, context, keeper) -> None:
    window = _staged(qtbot, context, keeper)
    assert window.pages.count() == 1
    assert window.current_page is Page.WORKOUTS
    assert not window.is_complete
    assert isinstance(context.recorder, MemoryRecorder), "the history opens after the paint"
    assert [card.routine.id for card in window.workouts.cards] == [
        routine.id for routine in context.library.routines
    ]
    assert window.nav_buttons[Page.WORKOUTS].isChecked()


def test_the_rest_follows_the_first_paint_one_part_per_turn(qtbot, context, keeper) -> None:
    window = _staged(qtbot, context, keeper)
    window.first_painted.connect(window.complete_in_turns)
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    assert window.pages.count() < len(Page), "not everything in the same turn as the paint"
    qtbot.waitUntil(lambda: window.is_complete, timeout=5000)
    assert window.pages.count() == len(Page)
    assert isinstance(context.recorder, HistoryRecorder)
    assert context.paths.history_db.exists()
    qtbot.mouseClick(window.nav_buttons[Page.HISTORY], Qt.MouseButton.LeftButton)
    assert window.current_page is Page.HISTORY


def test_choosing_a_routine_before_the_rest_is_built_opens_it(qtbot, context, keeper) -> None:
    window = _staged(qtbot, context, keeper)
    window.show()
    card = window.workouts.cards[0]
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert window.is_complete
    assert window.current_page is Page.PREVIEW
    assert window.preview.routine == card.routine
    window.start_plan(window.preview.plan)
    assert window.controller.active
    # What the workout records goes into the history file, not into memory.
    assert isinstance(context.recorder, HistoryRecorder)


def test_a_tab_pressed_early_shows_its_page(qtbot, context, keeper) -> None:
    window = _staged(qtbot, context, keeper)
    window.show()
    qtbot.mouseClick(window.nav_buttons[Page.SETTINGS], Qt.MouseButton.LeftButton)
    assert window.current_page is Page.SETTINGS
    assert window.settings.isVisible()


def test_a_cut_off_workout_is_offered_once_the_history_is_open(
    qtbot, context, keeper, clock, make_routine
) -> None:
    plan = build_plan(make_routine(*QUICK_ITEMS, routine_id="quick"))
    _cut_off_workout(context, plan, clock, sets=2)
    window = _staged(qtbot, context, keeper)
    window.show()
    assert window.pages.count() == 1
    window.complete()
    card = window.resume_flow.card
    assert card is not None
    qtbot.waitUntil(card.isVisible, timeout=3000)
    assert "2 sets done" in card.text.text()
    context.close_history()


def test_closing_before_the_rest_is_built_closes_cleanly(qtbot, context, keeper) -> None:
    window = _staged(qtbot, context, keeper)
    window.show()
    assert window.close()
    assert not window.is_complete, "closing builds nothing"
    assert keeper.calls == []


def test_lists_scroll_with_a_flick_once_the_window_is_on_screen(qtbot, context, keeper) -> None:
    window = _staged(qtbot, context, keeper)
    window.first_painted.connect(window.complete_in_turns)
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    qtbot.waitUntil(lambda: window.is_complete, timeout=5000)
    areas = [
        area
        for page in (window.workouts, window.preview, window.settings, window.library)
        for area in page.findChildren(QAbstractScrollArea)
    ]
    assert areas
    assert all(QScroller.hasScroller(area.viewport()) for area in areas)
