"""The window's notices: a confirmation goes by itself, a problem stays until dismissed."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QEvent, QPointF
from PySide6.QtGui import QCursor, QEnterEvent
from PySide6.QtWidgets import QApplication

from calfplayer.ui.main_window import Page
from calfplayer.ui.widgets.notice_banner import CONFIRMATION_MS


def routine_file(folder: Path) -> Path:
    path = folder / "ankle-rehab.json"
    data = {
        "format": 1,
        "id": "ankle-rehab",
        "name": "Ankle rehab",
        "items": [{"exercise": "calf-raise", "sets": 1, "reps": 8}],
    }
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def pointer_off(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The real pointer of the X display rests beside the window, not over its banner."""
    QCursor.setPos(window.frameGeometry().right() + 40, 5)
    qtbot.waitUntil(lambda: not window.banner.underMouse())


def time_passes(window, clock, ms: int) -> None:  # type: ignore[no-untyped-def]
    """The fake clock moves on and the banner's timer fires, as the event loop would let it."""
    clock.advance(ms)
    window.banner.retire_timer.timeout.emit()


def test_a_confirmation_goes_by_itself_after_six_seconds(window, clock, tmp_path, qtbot) -> None:
    pointer_off(window, qtbot)
    window.routine_actions.import_file(routine_file(tmp_path))
    assert window.notice.text() == 'Imported "Ankle rehab" into your routines.'
    assert window.banner.isVisible()
    assert window.banner.retire_timer.isActive()
    time_passes(window, clock, CONFIRMATION_MS - 1)
    assert window.banner.isVisible()
    window.show_page(Page.WORKOUTS)  # it does not follow the person around the pages
    time_passes(window, clock, 1)
    assert not window.banner.isVisible()
    assert window.notice.text() == ""


def test_a_confirmation_stays_while_the_pointer_is_on_it(window, clock, tmp_path, qtbot) -> None:
    pointer_off(window, qtbot)
    window.routine_actions.import_file(routine_file(tmp_path))
    banner = window.banner
    inside = QPointF(10, 10)
    QApplication.sendEvent(banner, QEnterEvent(inside, inside, banner.mapToGlobal(inside)))
    time_passes(window, clock, CONFIRMATION_MS * 3)
    assert banner.isVisible()
    QApplication.sendEvent(banner, QEvent(QEvent.Type.Leave))
    time_passes(window, clock, CONFIRMATION_MS - 1)  # read or not, it gets its time again
    assert banner.isVisible()
    time_passes(window, clock, 1)
    assert not banner.isVisible()


def test_a_problem_stays_until_dismissed_then_the_next_notice_shows(window, clock, tmp_path, qtbot):  # type: ignore[no-untyped-def]
    pointer_off(window, qtbot)
    window.add_notice("The history could not be saved: the disk is full.")
    window.routine_actions.import_file(routine_file(tmp_path))
    time_passes(window, clock, CONFIRMATION_MS * 10)
    assert window.notice.text() == "The history could not be saved: the disk is full."
    window.banner.dismiss_button.click()
    assert window.notice.text() == 'Imported "Ankle rehab" into your routines.'
    time_passes(window, clock, CONFIRMATION_MS)  # the confirmation's time starts when it shows
    assert not window.banner.isVisible()


def test_the_exported_history_is_confirmed_and_goes_by_itself(
    history_window, clock, tmp_path, monkeypatch, qtbot
) -> None:
    pointer_off(history_window, qtbot)
    target = tmp_path / "history.csv"
    monkeypatch.setattr("calfplayer.ui.pages.history.ask_export_file", lambda parent: target)
    history_window.show_page(Page.HISTORY)
    history_window.history.export()
    assert history_window.notice.text() == f"0 sessions exported to {target}."
    time_passes(history_window, clock, CONFIRMATION_MS)
    assert not history_window.banner.isVisible()
