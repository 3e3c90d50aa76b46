"""Progression advice on the summary: one click applies a step up; nothing changes without it."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from calfplayer.domain.plan import build_plan
from calfplayer.domain.routines import Routine, Source
from calfplayer.store.history import HistoryStore
from calfplayer.store.routines import RoutineStore
from calfplayer.store.step_log import read_steps
from calfplayer.ui.main_window import Page

from .helpers import step


def _history(context, routine: Routine, ratings: list[tuple[int, int]]) -> None:  # type: ignore[no-untyped-def]
    """Completed sessions of ``routine``, oldest first, rated (effort, pain)."""
    store, _notice = HistoryStore.open(context.paths.history_db, context.clock)
    start = datetime(2026, 11, 1, 8, 0).astimezone()
    try:
        for day, (effort, pain) in enumerate(ratings):
            began = start + timedelta(days=day)
            session = store.start_session(build_plan(routine), began)
            store.finish_session(session, "completed", began + timedelta(minutes=5))
            store.rate_session(session, effort, pain, "")
    finally:
        store.close()


def _finish(window, clock, routine: Routine) -> None:  # type: ignore[no-untyped-def]
    window.open_routine(routine)
    window.preview.start_button.click()
    while step(window, clock):
        pass
    assert window.current_page is Page.SUMMARY


def _files(context) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {p.name: p.read_text(encoding="utf-8") for p in context.paths.routines.glob("*.json")}


def test_a_step_up_for_a_built_in_is_saved_as_my_copy_only_on_click(window, clock, context) -> None:
    snack = context.library.get("movement-snack")
    _history(context, snack, [(3, 1), (4, 1), (2, 0)])
    _finish(window, clock, snack)
    card = window.advice
    assert card is not None and card.isVisible()
    assert card.heading.text() == "Ready for more?"
    assert "one more set of seated calf raise" in card.message.text()
    assert _files(context) == {}  # shown, not applied
    assert not context.paths.step_log.exists()

    card.apply_button.click()
    [logged] = read_steps(context.paths.step_log).steps
    assert (logged.routine_name, logged.kind) == ("Movement snack (mine)", "step-up")
    assert logged.change == "One more set: Seated calf raise 1 → 2 sets"
    [(name, text)] = _files(context).items()
    assert name == "movement-snack-mine.json"
    assert json.loads(text)["items"][0]["sets"] == snack.items[0].sets + 1
    mine = context.library.get("movement-snack-mine")
    assert mine.name == "Movement snack (mine)"
    assert mine.source is Source.USER
    assert context.library.get("movement-snack").items == snack.items  # the built-in as it was
    assert "Movement snack (mine)" in [c.routine.name for c in window.workouts.cards]
    assert not card.apply_button.isEnabled()


def test_a_step_up_changes_my_own_routine_in_place(window, clock, context, make_routine) -> None:
    base = make_routine(
        {"exercise": "calf-raise", "sets": 1, "reps": 2, "rest": 0}, routine_id="my-raises"
    )
    saved = RoutineStore(context.paths.routines).save(base)
    context.app.routines.reload()
    _history(context, saved, [(2, 0), (2, 0), (3, 0)])
    before = _files(context)
    _finish(window, clock, context.library.get("my-raises"))
    card = window.advice
    assert card is not None and card.isVisible()
    assert "two more reps" in card.message.text()
    assert _files(context) == before
    card.apply_button.click()
    assert context.library.get("my-raises").items[0].reps == 4
    assert list(_files(context)) == ["my-raises.json"]


def test_rising_pain_eases_back_with_a_message_and_no_button(window, clock, context) -> None:
    snack = context.library.get("movement-snack")
    _history(context, snack, [(3, 1), (3, 2), (3, 4)])
    _finish(window, clock, snack)
    card = window.advice
    assert card is not None and card.isVisible()
    assert card.heading.text() == "Time to ease back"
    assert "clinician" in card.message.text()
    assert card.apply_button.isHidden()
    assert _files(context) == {}


def test_no_history_no_card(window, clock, context) -> None:
    _finish(window, clock, context.library.get("movement-snack"))
    assert window.advice is not None
    assert window.advice.isHidden()
    assert _files(context) == {}


def test_a_second_step_up_for_a_built_in_opens_my_copy_instead_of_a_new_one(
    window, clock, context
) -> None:
    snack = context.library.get("movement-snack")
    _history(context, snack, [(3, 1), (4, 1), (2, 0)])
    _finish(window, clock, snack)
    window.advice.apply_button.click()
    saved = _files(context)
    assert list(saved) == ["movement-snack-mine.json"]

    window.summary.done.emit()
    _finish(window, clock, snack)  # the built-in again, not the copy
    card = window.advice
    assert card.isVisible() and card.heading.text() == "Ready for more?"
    assert 'You already have your own copy, "Movement snack (mine)"' in card.message.text()
    assert card.apply_button.text() == "Open my copy"
    card.apply_button.click()
    assert _files(context) == saved, "no second copy, and the first one as it was"
    assert window.current_page is Page.PREVIEW
    assert window.preview.routine.id == "movement-snack-mine"
