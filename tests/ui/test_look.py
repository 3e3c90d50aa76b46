"""Sizes, fonts, themes, pictures and text: what a person sees on every page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from calfplayer.domain.plan import build_plan
from calfplayer.paths import AppPaths
from calfplayer.store.settings import SettingsStore
from calfplayer.ui.main_window import MINIMUM_SIZE, Page
from calfplayer.ui.theme import DARK, LIGHT, apply_theme
from calfplayer.ui.widgets.illustration import ExerciseIllustration

from .helpers import run_until


def _controls_outside(window) -> list[str]:  # type: ignore[no-untyped-def]
    QApplication.processEvents()
    inside = QRect(QPoint(0, 0), window.size())
    outside = []
    for control in window.findChildren(QAbstractButton):
        if not control.isVisibleTo(window) or not control.isVisible():
            continue
        area = control.parentWidget()
        # Inside a scrolling list a control may be scrolled away; it must still fit the width.
        top_left = control.mapTo(window, QPoint(0, 0))
        box = QRect(top_left, control.size())
        scrolled = any(
            parent.objectName() == "qt_scrollarea_viewport" for parent in _parents(control)
        )
        if scrolled:
            fits = box.left() >= 0 and box.right() <= inside.right()
        else:
            fits = inside.contains(box)
        if not fits or control.height() < 48:
            outside.append(f"{control.accessibleName()} {box} in {type(area).__name__}")
    return outside


def _parents(widget):  # type: ignore[no-untyped-def]
    parent = widget.parentWidget()
    while parent is not None:
        yield parent
        parent = parent.parentWidget()


def _visit_every_page(window, clock, context, make_routine):  # type: ignore[no-untyped-def]
    yield "workouts"
    window.open_routine(context.library.get("full-programme"))
    yield "preview"
    plan = build_plan(
        make_routine(
            {"exercise": "calf-stretch", "sets": 2, "hold": 20, "rest": 30},
            {"exercise": "calf-raise", "sets": 1, "reps": 2, "self_paced": True},
        )
    )
    window.start_plan(plan)
    yield "setup"
    run_until(window, clock, lambda v: v.stage.value == "hold")
    yield "hold"
    run_until(window, clock, lambda v: v.stage.value == "rest")
    yield "rest"
    run_until(window, clock, lambda v: v.stage.value == "self-paced")
    yield "rep done"
    window.controller.stop()
    yield "summary"
    window.show_page(Page.HISTORY)
    yield "history"
    window.show_page(Page.SETTINGS)
    yield "settings"
    window.routine_actions.duplicate(context.library.get("full-programme"))
    yield "editor"
    window.show_page(Page.LIBRARY)
    yield "library"
    window.show_page(Page.ABOUT)
    yield "about"


@pytest.mark.parametrize("font_scale", [1.0, 1.5])
def test_no_control_leaves_the_window_at_minimum_size(
    window, clock, context, make_routine, font_scale
) -> None:
    app = QApplication.instance()
    font = app.font()
    base = font.pointSizeF()
    try:
        font.setPointSizeF(base * font_scale)
        app.setFont(font)
        apply_theme(app, "light", base * font_scale)
        window.resize(MINIMUM_SIZE)
        QApplication.processEvents()
        assert window.size() == MINIMUM_SIZE
        problems = {}
        for page in _visit_every_page(window, clock, context, make_routine):
            outside = _controls_outside(window)
            if outside:
                problems[page] = outside
        assert problems == {}
    finally:
        font.setPointSizeF(base)
        app.setFont(font)


def test_the_window_is_phone_shaped_named_and_inside_the_screen(window) -> None:
    assert "calfplayer" in window.windowTitle()
    available = window.screen().availableGeometry()
    assert available.contains(window.geometry())
    assert 0.4 <= window.width() / window.height() <= 0.6
    assert window.height() >= min(860, available.height() - 60)
    assert window.minimumSize() == MINIMUM_SIZE


def test_every_control_has_an_accessible_name(window, context) -> None:
    window.open_routine(context.library.get("gentle-start"), start=True)
    unnamed = [
        type(control).__name__
        for control in window.findChildren(QAbstractButton)
        if not control.accessibleName()
    ]
    assert unnamed == []


def test_theme_setting_is_applied_and_saved(window, context, data_dir) -> None:
    app = QApplication.instance()
    window.settings.theme_buttons["dark"].click()
    assert app.palette().color(app.palette().ColorRole.Window).name().upper() == DARK.bg.upper()
    assert (
        SettingsStore(AppPaths.under(data_dir).settings_file, context.clock).load().settings.theme
        == "dark"
    )
    window.settings.theme_buttons["light"].click()
    assert app.palette().color(app.palette().ColorRole.Window).name().upper() == LIGHT.bg.upper()


def test_settings_page_takes_more_sections(window) -> None:
    window.settings.add_section("Voice", QLabel("voice controls"))
    titles = [label.text() for label in window.settings.findChildren(QLabel)]
    assert titles.index("APPEARANCE") < titles.index("VOICE")


def test_a_damaged_settings_file_is_reported_once(qtbot, data_dir, clock) -> None:
    from calfplayer.ui.context import AppContext
    from calfplayer.ui.main_window import MainWindow

    paths = AppPaths.under(data_dir)
    paths.settings_file.parent.mkdir(parents=True)
    paths.settings_file.write_text("{not json", encoding="utf-8")
    window = MainWindow(AppContext.create(paths, clock))
    qtbot.addWidget(window)
    window.show()
    assert "damaged" in window.notice.text()
    assert window.banner.isVisible()
    window.banner.findChild(QAbstractButton).click()
    assert not window.banner.isVisible()


def test_safety_card_is_shown_once_and_never_blocks_start(window, context) -> None:
    window.open_routine(context.library.get("movement-snack"))
    assert window.preview.safety_card is not None
    window.preview.start_button.click()  # starting without reading it is allowed
    assert window.controller.active
    window.controller.stop()
    window.open_routine(context.library.get("movement-snack"))
    window.preview.acknowledge_safety()
    assert context.settings.safety_acknowledged
    window.open_routine(context.library.get("movement-snack"))
    assert window.preview.safety_card is None


def test_names_from_files_are_shown_as_plain_text(window, make_routine) -> None:
    routine = make_routine({"exercise": "calf-raise"})
    routine = type(routine)("odd", "<b>Bold</b> & co", "<i>x</i>", routine.items)
    window.open_routine(routine)
    assert window.preview.title.text() == "<b>Bold</b> & co"
    assert window.preview.title.textFormat().name == "PlainText"


def test_a_picture_without_an_exercise_shows_a_placeholder(qtbot, catalogue) -> None:
    picture = ExerciseIllustration()
    qtbot.addWidget(picture)
    picture.resize(200, 200)
    assert not picture.has_drawing
    placeholder = picture.grab().toImage()
    assert not placeholder.isNull()
    picture.set_exercise(catalogue["calf-raise"])
    assert picture.has_drawing
    assert picture.grab().toImage() != placeholder


def test_history_tab_opens_the_history(window) -> None:
    window.nav_buttons[Page.HISTORY].click()
    assert window.current_page is Page.HISTORY
    assert "No workouts yet" in window.history.message.text()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_drop_down_shows_its_arrow_in_either_theme(qtbot, theme) -> None:
    """Styling the box removes the platform's arrow; the theme's own must be drawn instead."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QComboBox

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette = apply_theme(app, theme)
    try:
        box = QComboBox()
        qtbot.addWidget(box)
        box.addItems(["Right first", "Left first"])
        box.resize(200, 48)
        image = box.grab().toImage()
        background = QColor(palette.surface)
        ink = [
            (x, y)
            for x in range(image.width() - 26, image.width() - 4)
            for y in range(8, image.height() - 8)
            if abs(image.pixelColor(x, y).lightness() - background.lightness()) > 60
        ]
        assert len(ink) > 10, "no arrow drawn at the right of the drop-down"
    finally:
        apply_theme(app, "light")
