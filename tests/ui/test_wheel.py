"""The mouse wheel scrolls a page, it never edits a field the pointer happens to pass over."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollArea,
    QWidget,
)

from calfplayer.ui.main_window import Page

from .helpers import step


def turn_wheel_down(widget: QWidget) -> None:
    """One notch of a real mouse wheel, over the middle of ``widget``."""
    middle = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        middle,
        QPointF(widget.mapToGlobal(middle)),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def value_of(field: QWidget) -> object:
    if isinstance(field, QComboBox):
        return field.currentIndex()
    if isinstance(field, QAbstractSpinBox):
        return field.text()  # spin boxes of numbers and of times alike
    if isinstance(field, QAbstractSlider):
        return field.value()
    raise TypeError(field)


def page_area(field: QWidget) -> QScrollArea:
    parent = field.parentWidget()
    while not isinstance(parent, QScrollArea):
        assert parent is not None, "the field is not on a scrolling page"
        parent = parent.parentWidget()
    return parent


def check_wheel_scrolls_past(fields: list[QWidget]) -> None:
    """Each field keeps its value, and the page under it scrolls instead."""
    for field in fields:
        assert field.isVisible() and field.isEnabled(), field.accessibleName()
        scroll_bar = page_area(field).verticalScrollBar()
        scroll_bar.setValue(0)
        before = value_of(field)
        turn_wheel_down(field)
        assert value_of(field) == before, f"the wheel changed {field.accessibleName()}"
        assert scroll_bar.value() > 0, f"the page did not scroll over {field.accessibleName()}"
        assert not field.hasFocus()


def test_the_wheel_over_the_editors_fields_scrolls_the_page(window, context, qtbot) -> None:
    window.resize(420, 640)
    window.routine_actions.duplicate(context.library.get("gentle-start"))
    editor = window.editor
    stretch = editor.item_list.editors[0]
    stretch.fields["per_side"].setChecked(True)  # the first side can be chosen
    saved_before = editor.routine_json()
    fields = [
        stretch.fields["sets"],
        stretch.fields["hold"],
        stretch.fields["first_side"],
        editor.item_list.editors[1].fields["tempo.down"],
        editor.exercise_choice,
    ]
    check_wheel_scrolls_past(fields)
    assert editor.routine_json() == saved_before


def test_a_focused_field_still_takes_the_wheel(window, context, qtbot) -> None:
    window.routine_actions.duplicate(context.library.get("gentle-start"))
    sets = window.editor.item_list.editors[0].fields["sets"]
    assert isinstance(sets, QAbstractSpinBox)
    window.activateWindow()
    sets.setFocus()
    qtbot.waitUntil(sets.hasFocus)
    before = sets.value()  # type: ignore[attr-defined]
    turn_wheel_down(sets)
    assert sets.value() == before - 1  # type: ignore[attr-defined]


def test_the_wheel_over_the_settings_fields_scrolls_the_page(window, context, qtbot) -> None:
    window.resize(420, 640)
    window.show_page(Page.SETTINGS)
    window.add_voice_settings()
    voice = window.voice_settings
    assert voice is not None
    # The voices are listed by a child process: let it answer before the wheel turns.
    qtbot.waitUntil(lambda: voice.voice_note.text() != "Looking for voices…", timeout=15_000)
    settings_before = context.settings
    plan = window.plan_settings
    plan.at_time.setChecked(True)
    fields = [
        voice.voice_list,
        voice.rate,
        voice.volume,
        voice.level,
        window.weekly_goal.spin,
        plan.routine_choice,
        plan.at,
    ]
    check_wheel_scrolls_past(fields)
    assert context.settings == settings_before


def test_the_wheel_over_the_rating_sliders_rates_nothing(window, context, clock, qtbot) -> None:
    window.resize(420, 640)
    window.open_routine(context.library.get("movement-snack"), start=True)
    while step(window, clock):
        pass
    assert window.current_page is Page.SUMMARY
    rating = window.summary.rating
    assert rating is not None
    check_wheel_scrolls_past([rating.effort.slider, rating.pain.slider])
    assert rating.effort.value is None and rating.pain.value is None  # still not rated
