"""Every action by keyboard: a card opens with Enter or Space; Tab walks each page in order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea, QScrollBar, QWidget

from calfplayer.ui.main_window import Page

from .helpers import step


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space])
def test_a_focused_routine_card_opens_with_enter_or_space(window, qtbot, key) -> None:
    card = window.workouts.cards[1]
    window.activateWindow()
    card.setFocus()
    qtbot.waitUntil(card.hasFocus)
    qtbot.keyClick(card, key)
    assert window.current_page is Page.PREVIEW
    assert window.preview.title.text() == card.routine.name


# --- Tab walks every page in reading order ----------------------------------------------------


def tab_cycle(window, qtbot) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """The widgets Tab reaches, from the focused one round to it again."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    reached: list[QWidget] = []
    for _ in range(400):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        assert widget is not None, "Tab lost the focus"
        if widget.focusProxy() is None and widget.parentWidget() is not None:
            owner = widget.parentWidget()
            if owner is not None and owner.focusProxy() is widget:
                widget = owner  # the line edit inside a spin box stands for the box
        if reached and widget is reached[0]:
            return reached
        if not reached or widget is not reached[-1]:
            reached.append(widget)
    raise AssertionError("Tab never came round again")


def reading_place(widget: QWidget, window: QWidget) -> list[tuple[int, int, int, int]]:
    """Where a person reads ``widget``: the place of the scroll area holding it in the window,
    then its place within that area's content (all of it, as if scrolled to), and so on."""
    places: list[tuple[int, int, int, int]] = []
    inner = widget
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            content = parent.widget()
            corner = inner.mapTo(content, QPoint(0, 0))
            places.insert(0, (corner.y(), corner.x(), inner.height(), inner.width()))
            inner = parent
        parent = parent.parentWidget()
    corner = inner.mapTo(window, QPoint(0, 0))
    places.insert(0, (corner.y(), corner.x(), inner.height(), inner.width()))
    return places


def reads_before(
    first: list[tuple[int, int, int, int]], second: list[tuple[int, int, int, int]]
) -> bool:
    """True when a person reads ``first`` before ``second``: above it, or beside it on its left."""
    for (top_a, left_a, height_a, _), (top_b, left_b, height_b, _) in zip(
        first, second, strict=False
    ):
        if (top_a, left_a) == (top_b, left_b):
            continue  # the same scroll area: compare within it
        if top_a + height_a <= top_b + 2:
            return True  # wholly above
        if top_b + height_b <= top_a + 2:
            return False  # wholly below
        return left_a < left_b  # side by side
    return True


def check_reading_order(window, qtbot, page_name: str) -> list[str]:  # type: ignore[no-untyped-def]
    reached = [widget for widget in tab_cycle(window, qtbot) if not isinstance(widget, QScrollArea)]
    places = [reading_place(widget, window) for widget in reached]
    # Start where the page starts reading: the widget read first of all.
    first = min(range(len(reached)), key=lambda index: places[index])
    reached, places = reached[first:] + reached[:first], places[first:] + places[:first]
    names = [widget.accessibleName() or type(widget).__name__ for widget in reached]
    for index in range(len(reached) - 1):
        assert reads_before(places[index], places[index + 1]), (
            f"on {page_name}, Tab goes from {names[index]!r} to {names[index + 1]!r}: {names}"
        )
    page = window.page_widgets[window.current_page]
    wanted = [
        widget
        for widget in page.findChildren(QWidget)
        if widget.isVisibleTo(window)
        and widget.isEnabled()
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.focusProxy() is None
        and not isinstance(widget, QScrollArea | QScrollBar)
        and not (
            isinstance(widget, QAbstractButton)
            and widget.autoExclusive()
            and not widget.isChecked()
        )
        and not in_exclusive_group_unchecked(widget)
    ]
    missed = [
        widget.accessibleName() or type(widget).__name__
        for widget in wanted
        if widget not in reached
    ]
    assert missed == [], f"Tab never reaches these on {page_name}: {missed}"
    return names


def in_exclusive_group_unchecked(widget: QWidget) -> bool:
    """Of a group of choices only the chosen one is on the Tab path; the arrows move along it."""
    if not isinstance(widget, QAbstractButton):
        return False
    group = widget.group()
    return group is not None and group.exclusive() and not widget.isChecked()


def test_tab_walks_the_browsing_pages_in_reading_order(window, qtbot, context) -> None:
    for page in (Page.WORKOUTS, Page.LIBRARY, Page.HISTORY, Page.SETTINGS, Page.ABOUT):
        window.show_page(page)
        if page is Page.SETTINGS:
            window.add_voice_settings()
        names = check_reading_order(window, qtbot, page.name)
        assert "Workouts" in names  # the navigation is on the path too
    window.open_routine(context.library.get("gentle-start"))
    names = check_reading_order(window, qtbot, "PREVIEW")
    assert names.index("Back to workouts") < names.index("Start the workout")


def test_tab_walks_the_editor_in_reading_order_after_changes(window, qtbot, context) -> None:
    window.routine_actions.duplicate(context.library.get("gentle-start"))
    names = check_reading_order(window, qtbot, "EDITOR")
    assert names[:3] == ["Cancel and go back", "Name", "Description"]
    window.editor.add_button.click()  # a new exercise is read where it is shown: last
    names = check_reading_order(window, qtbot, "EDITOR")
    assert names.index("Remove Standing calf stretch") < names.index("Exercise to add")
    assert names.index("Save the routine") > names.index("Add the exercise")


def test_tab_walks_the_player_and_summary_in_reading_order(window, qtbot, context, clock) -> None:
    window.open_routine(context.library.get("movement-snack"), start=True)
    assert window.current_page is Page.PLAYER
    names = check_reading_order(window, qtbot, "PLAYER")
    assert names.index("That hurt: mark this set") < names.index("Stop the workout")
    while step(window, clock):
        pass
    assert window.current_page is Page.SUMMARY
    names = check_reading_order(window, qtbot, "SUMMARY")
    assert names.index("Effort") < names.index("Done")


def test_the_arrow_keys_move_along_the_navigation_tabs(window, qtbot) -> None:
    """The tabs are one stop for Tab (the chosen one); the arrows go to the others."""
    tab = window.nav_buttons[Page.WORKOUTS]
    window.activateWindow()
    tab.setFocus()
    qtbot.waitUntil(tab.hasFocus)
    qtbot.keyClick(tab, Qt.Key.Key_Right)
    assert window.current_page is Page.LIBRARY
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert window.current_page is Page.HISTORY
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    assert window.current_page is Page.LIBRARY
