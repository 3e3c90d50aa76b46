"""The editor holds a routine to the same limits as a file: over 4 hours is marked, not saved."""

from __future__ import annotations

from calfplayer.ui.main_window import Page


def test_a_routine_over_four_hours_is_marked_under_its_exercises(window, context) -> None:
    window.routine_actions.duplicate(context.library.get("gentle-start"))
    assert window.current_page is Page.EDITOR
    editor = window.editor
    first = editor.item_list.editors[0]
    first.set_value("sets", 20)
    first.set_value("rest", 600)
    assert editor.routine is not None, "one exercise at its most is still within 4 hours"
    assert editor.total.text().startswith("Total ")
    editor.item_list.editors[1].set_value("sets", 20)
    editor.item_list.editors[1].set_value("rest", 600)
    assert editor.routine is None
    assert "a routine may plan at most 4 hours" in editor.items_problem.text()
    assert not editor.items_problem.isHidden()
    assert editor.total.text() == "1 value to fix"
