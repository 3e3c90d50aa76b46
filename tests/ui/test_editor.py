"""The routine editor: build, check, reorder, save, play, delete."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QLabel

from calfplayer.domain.library import new_id, slug
from calfplayer.domain.routines import Source
from calfplayer.ui.editor_form import split_place
from calfplayer.ui.main_window import Page
from calfplayer.ui.widgets.item_editor import ITEM_MIME

from .helpers import step


def _choose(window, exercise_id: str) -> None:  # type: ignore[no-untyped-def]
    editor = window.editor
    editor.exercise_choice.setCurrentIndex(editor.exercise_choice.findData(exercise_id))


def _add(window, qtbot, exercise_id: str):  # type: ignore[no-untyped-def]
    _choose(window, exercise_id)
    window.editor.add_button.click()
    return window.editor.item_list.editors[-1]


def _names(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [editor.exercise.id for editor in window.editor.item_list.editors]


def test_a_routine_built_in_the_editor_is_saved_listed_and_plays_to_the_end(
    window, qtbot, clock, context, data_dir
) -> None:
    window.workouts.new_button.click()
    assert window.current_page is Page.EDITOR
    editor = window.editor
    assert editor.total.text() == "2 values to fix"  # no name and no exercises yet
    assert editor.name_problem.isHidden() and editor.items_problem.isHidden()

    qtbot.keyClicks(editor.name, "Physio week 3")
    editor.description.setPlainText("Slow lowering, as prescribed.")
    raise_ = _add(window, qtbot, "calf-raise")
    raise_.set_value("sets", 2)
    raise_.set_value("reps", 3)
    raise_.set_value("tempo.down", 3)
    raise_.set_value("rest", 10)
    raise_.fields["self_paced"].setChecked(False)
    stretch = _add(window, qtbot, "calf-stretch")
    stretch.set_value("sets", 1)
    stretch.set_value("hold", 5)
    stretch.fields["per_side"].setChecked(True)
    stretch.fields["first_side"].setCurrentIndex(1)  # left first

    assert editor.problems == []
    shown_total = editor.total.text()
    assert shown_total.startswith("Total ")
    before = shown_total
    raise_.set_value("reps", 6)  # the total follows every change
    assert editor.total.text() != before

    editor.save_button.click()

    saved_file = data_dir / "routines" / "physio-week-3.json"
    data = json.loads(saved_file.read_text(encoding="utf-8"))
    assert data["name"] == "Physio week 3"
    assert data["items"][0]["tempo"]["down"] == 3
    assert data["items"][1]["first_side"] == "left"
    routine = context.library.get("physio-week-3")
    assert routine.source is Source.USER
    assert "Physio week 3" in [card.routine.name for card in window.workouts.cards]
    assert window.current_page is Page.PREVIEW
    # The preview's time is the plan's, the same the editor showed.
    assert window.preview.facts.text().startswith(editor.total.text().removeprefix("Total "))
    window.preview.start_button.click()
    assert window.current_page is Page.PLAYER
    while step(window, clock):
        pass
    assert window.current_page is Page.SUMMARY
    assert [line.line for line in window.summary.lines] == [
        "2 of 2 sets · 12 of 12 reps",
        "2 of 2 sides and sets · 10 of 10 s held",
    ]


def test_invalid_values_are_marked_at_their_field_with_the_reason(window, qtbot, context) -> None:
    window.routine_actions.duplicate(context.library.get("gentle-start"))
    editor = window.editor
    band = editor.item_list.editors[1]
    band.set_value("sets", 0)
    band.set_value("tempo.down", 2.3)
    editor.name.clear()

    assert editor.routine is None
    assert band.errors["sets"].text() == "must be between 1 and 20 (got 0)"
    assert band.errors["tempo.down"].text() == "must be in whole or half seconds (got 2.3)"
    assert not band.errors["sets"].isHidden()
    assert band.fields["sets"].property("invalid") is True
    assert band.fields["sets"].accessibleDescription() == "must be between 1 and 20 (got 0)"
    assert band.errors["reps"].isHidden()
    assert editor.name_problem.text() == "must not be empty"
    assert editor.total.text() == "3 values to fix"

    files_before = sorted((context.paths.routines).glob("*.json"))
    editor.save_button.click()
    assert sorted(context.paths.routines.glob("*.json")) == files_before
    assert window.current_page is Page.EDITOR

    band.set_value("sets", 3)  # fixed values lose their mark at once
    assert band.errors["sets"].isHidden()
    assert band.fields["sets"].property("invalid") is False


def test_up_and_down_buttons_reorder_and_keep_the_focus(window, qtbot, context) -> None:
    window.routine_actions.duplicate(context.library.get("gentle-start"))
    editor = window.editor
    assert _names(window) == [
        "calf-stretch",
        "band-plantarflexion",
        "seated-calf-raise",
        "short-foot",
    ]
    first = editor.item_list.editors[0]
    assert not first.up_button.isEnabled()
    first.down_button.click()
    first.down_button.click()
    assert _names(window)[2] == "calf-stretch"
    assert first.title.text() == "3. Standing calf stretch"
    assert first.down_button.hasFocus()
    last = editor.item_list.editors[3]
    last.up_button.click()
    assert _names(window) == [
        "band-plantarflexion",
        "seated-calf-raise",
        "short-foot",
        "calf-stretch",
    ]
    assert editor.item_list.editors[-1].down_button.isEnabled() is False
    editor.item_list.editors[0].remove_button.click()
    assert _names(window) == ["seated-calf-raise", "short-foot", "calf-stretch"]
    assert editor.routine is not None
    assert [item.exercise.id for item in editor.routine.items] == _names(window)


def test_dropping_a_dragged_card_moves_it(window, context) -> None:
    window.routine_actions.duplicate(context.library.get("gentle-start"))
    item_list = window.editor.item_list
    QApplication.processEvents()
    data = QMimeData()
    data.setData(ITEM_MIME, b"0")
    below_third = item_list.editors[2].geometry().bottom() - 2
    drop = QDropEvent(
        QPointF(QPoint(20, below_third)),
        Qt.DropAction.MoveAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    item_list.dropEvent(drop)
    assert _names(window) == [
        "band-plantarflexion",
        "seated-calf-raise",
        "calf-stretch",
        "short-foot",
    ]


def test_built_in_routines_are_duplicated_not_edited(window, qtbot, context) -> None:
    built_in = context.library.get("gentle-start")
    window.open_routine(built_in)
    assert window.preview.edit_button.isHidden()
    assert window.preview.duplicate_button.text() == "Duplicate to edit"
    window.preview.duplicate_button.click()
    assert window.current_page is Page.EDITOR
    assert window.editor.name.text() == "Gentle start (copy)"
    assert window.editor.delete_button.isHidden()
    window.editor.save_button.click()
    copy = context.library.get("gentle-start-copy")
    assert copy.source is Source.USER
    assert context.library.get("gentle-start").source is Source.BUILT_IN
    assert [i.reps for i in copy.items] == [i.reps for i in built_in.items]


def test_edit_keeps_the_id_and_delete_asks_first(window, qtbot, context, answers) -> None:
    window.routine_actions.new_routine()
    qtbot.keyClicks(window.editor.name, "Mine")
    _add(window, qtbot, "calf-raise")
    window.editor.save()
    mine = context.library.get("mine")
    window.open_routine(mine)
    assert not window.preview.edit_button.isHidden()
    window.preview.edit_button.click()
    window.editor.name.setText("Mine, renamed")
    window.editor.save()
    assert [r.name for r in context.library.routines if r.id == "mine"] == ["Mine, renamed"]
    assert sorted(p.name for p in context.paths.routines.glob("*.json")) == ["mine.json"]

    window.routine_actions.edit(context.library.get("mine"))
    answers.replies = [False, True]
    window.editor.delete_button.click()
    assert (context.paths.routines / "mine.json").exists()  # "Keep it"
    window.editor.delete_button.click()
    assert answers.asked == ["Delete Mine, renamed?", "Delete Mine, renamed?"]
    assert not (context.paths.routines / "mine.json").exists()
    assert "mine" not in context.library.ids()
    assert window.current_page is Page.WORKOUTS
    assert "Mine, renamed" not in [card.routine.name for card in window.workouts.cards]


def test_leaving_with_changes_asks_and_without_does_not(window, qtbot, context, answers) -> None:
    window.routine_actions.duplicate(context.library.get("gentle-start"))
    window.editor.cancel_button.click()
    assert answers.asked == []
    window.routine_actions.duplicate(context.library.get("gentle-start"))
    window.editor.item_list.editors[0].set_value("sets", 3)
    answers.replies = [False]
    window.editor.cancel_button.click()
    assert window.current_page is Page.EDITOR
    assert answers.asked == ["Leave without saving?"]


def test_problem_places_map_to_fields_and_names_to_ids() -> None:
    assert split_place("items[2].tempo.down") == (2, "tempo.down")
    assert split_place("items[0]") == (0, "")
    assert split_place("items") == (None, "items")
    assert split_place("name") == (None, "name")
    assert slug("Calf week 2!") == "calf-week-2"
    assert slug("Übung für Waden") == "ubung-fur-waden"
    assert slug("<b>") == "b"
    assert slug("!!!") == "routine"
    assert new_id("Gentle start", {"gentle-start"}) == "gentle-start-2"


def test_error_labels_are_plain_text(window, context) -> None:
    window.routine_actions.new_routine()
    window.editor.name.setText("x" * 81)
    labels = window.editor.findChildren(QLabel)
    assert window.editor.name_problem.text().startswith("is 81 characters long")
    assert all(label.textFormat() is Qt.TextFormat.PlainText for label in labels if label.text())


def test_a_new_routine_opens_without_problems_until_touched_or_saved(window, qtbot) -> None:
    window.workouts.new_button.click()
    editor = window.editor
    error_labels = [editor.name_problem, editor.items_problem, editor.general_problem]
    assert all(problem.isHidden() for problem in error_labels)
    assert editor.name.property("invalid") is False

    qtbot.keyClicks(editor.name, "A")
    editor.name.clear()  # touched, and empty again: now it is wrong
    assert not editor.name_problem.isHidden()
    assert editor.name_problem.text() == "must not be empty"
    assert editor.items_problem.isHidden()  # not touched yet

    editor.save_button.click()
    assert window.current_page is Page.EDITOR
    assert "between 1 and 50" in editor.items_problem.text()
    assert not editor.items_problem.isHidden()
    assert editor.name.hasFocus()  # the first problem has the focus

    window.routine_actions.new_routine()  # opened afresh: clean again
    assert all(problem.isHidden() for problem in error_labels)


def test_an_exercise_field_shows_its_problem_once_changed(window, context) -> None:
    window.routine_actions.new_routine()
    editor = window.editor
    window.editor.exercise_choice.setCurrentIndex(editor.exercise_choice.findData("calf-raise"))
    editor.add_button.click()
    added = editor.item_list.editors[0]
    assert editor.items_problem.isHidden()
    assert editor.name_problem.isHidden()  # still untouched, though still empty
    added.set_value("reps", 0)
    assert not added.errors["reps"].isHidden()
    assert added.errors["sets"].isHidden()
