"""The exercise library: nine exercises with their text and pictures, and "Try it"."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from calfplayer.domain.exercises import Catalogue
from calfplayer.ui.main_window import Page
from calfplayer.ui.pages.library import LibraryPage


def _texts(widget) -> list[str]:  # type: ignore[no-untyped-def]
    return [shown.text() for shown in widget.findChildren(QLabel)]


def test_the_exercises_tab_sits_between_workouts_and_history(window) -> None:
    order = [button.text() for button in window.nav_group.buttons()]
    assert order == ["Workouts", "Exercises", "History", "Settings"]
    window.nav_buttons[Page.LIBRARY].click()
    assert window.current_page is Page.LIBRARY
    assert window.nav_buttons[Page.LIBRARY].isChecked()


def test_the_library_shows_all_nine_with_their_text_and_pictures(window, catalogue) -> None:
    library = window.library
    assert list(library.cards) == list(catalogue)
    assert len(library.cards) == 9
    for exercise_id, card in library.cards.items():
        exercise = catalogue[exercise_id]
        assert card.name.text() == exercise.name
        assert card.why.text() == exercise.why
        for muscle in exercise.muscles:
            assert muscle.lower() in card.muscles.text().lower()
        for step in exercise.steps:
            assert step.text in card.steps.text()
        for caution in exercise.cautions:
            assert caution in card.cautions.text()
        assert [(p.exercise, p.pose) for p in card.pictures] == [(exercise, 0.0), (exercise, 1.0)]
        assert all(picture.has_drawing for picture in card.pictures)
    assert window.library.cards["soleus-raise"].equipment.text() == "A step, a table"
    assert window.library.cards["single-leg-deadlift"].equipment.text() == "Nothing"


def test_catalogue_text_is_never_read_as_markup(qtbot, catalogue) -> None:
    odd = replace(
        catalogue["calf-raise"], name="<b>Raise</b>", why="<i>why</i> & <a href='x'>more</a>"
    )
    page = LibraryPage(Catalogue([odd, *(e for e in catalogue.values() if e.id != odd.id)]))
    qtbot.addWidget(page)
    card = page.cards["calf-raise"]
    assert card.name.text() == "<b>Raise</b>"
    assert card.why.text() == "<i>why</i> & <a href='x'>more</a>"
    assert all(shown.textFormat() is Qt.TextFormat.PlainText for shown in page.findChildren(QLabel))


def test_try_it_previews_and_plays_that_one_exercise(window, catalogue) -> None:
    window.nav_buttons[Page.LIBRARY].click()
    window.library.cards["soleus-raise"].try_button.click()
    assert window.current_page is Page.PREVIEW
    routine = window.preview.routine
    assert routine is not None
    assert [item.exercise.id for item in routine.items] == ["soleus-raise"]
    assert routine.items[0].sets == catalogue["soleus-raise"].dosage.sets
    assert window.nav_buttons[Page.LIBRARY].isChecked()
    window.preview.start_button.click()
    assert window.current_page is Page.PLAYER
    plan = window.controller.plan
    assert plan is not None
    assert {segment.exercise_id for segment in plan.segments} == {"soleus-raise"}
    assert window.player.heading.text() == "Get ready"
    picture = window.player.illustration
    assert (picture.exercise, picture.pose) == (catalogue["soleus-raise"], 0.0)


def test_back_from_a_tried_exercise_returns_to_the_library(window, context) -> None:
    window.nav_buttons[Page.LIBRARY].click()
    window.library.cards["short-foot"].try_button.click()
    window.preview.back_button.click()
    assert window.current_page is Page.LIBRARY
    # A routine opened from Workouts still goes back to Workouts.
    window.open_routine(context.library.get("gentle-start"))
    window.preview.back_button.click()
    assert window.current_page is Page.WORKOUTS


def test_try_it_never_replaces_a_running_workout(window, context) -> None:
    window.open_routine(context.library.get("gentle-start"), start=True)
    window.library.cards["calf-raise"].try_button.click()
    assert window.current_page is Page.PLAYER
    plan = window.controller.plan
    assert plan is not None and plan.routine.id == "gentle-start"
