"""The window's language: chosen in Settings and taken by every page at once, kept for the next
start, taken from the environment, and English when the catalogue cannot be read."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QSpinBox

from calfplayer import i18n
from calfplayer.paths import AppPaths
from calfplayer.ui.app import use_chosen_language
from calfplayer.ui.context import AppContext
from calfplayer.ui.frame import Page
from calfplayer.ui.main_window import MainWindow
from calfplayer.ui.translation import install_translators
from tests.catalogues import build_catalogue

GERMAN = {
    ("MainWindow", "Workouts"): "Training",
    ("MainWindow", "Exercises"): "Übungen",
    ("MainWindow", "History"): "Verlauf",
    ("MainWindow", "Settings"): "Einstellungen",
    ("SettingsPage", "Settings"): "Einstellungen",
    ("EditorPage", "Edit routine"): "Programm bearbeiten",
    ("EditorPage", "New routine"): "Neues Programm",
}


@pytest.fixture
def german(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp) -> Iterator[Path]:  # type: ignore[no-untyped-def]
    folder = build_catalogue(tmp_path / "catalogue", "de", dict(GERMAN))
    monkeypatch.setenv(i18n.TRANSLATIONS_DIR_ENV, str(folder))
    yield folder
    install_translators(qapp, i18n.ENGLISH)  # the next test reads English


def _tabs(window: MainWindow) -> list[str]:
    return [window.nav_buttons[page].text() for page in (Page.WORKOUTS, Page.SETTINGS)]


def test_choosing_deutsch_in_settings_shows_german_at_once(german, window, context, qtbot) -> None:
    window.show_page(Page.SETTINGS)
    assert _tabs(window) == ["Workouts", "Settings"]
    old_settings = window.settings
    window.settings.language_buttons["de"].click()
    qtbot.waitUntil(lambda: window.settings is not old_settings, timeout=3000)
    assert _tabs(window) == ["Training", "Einstellungen"]
    assert window.nav_buttons[Page.WORKOUTS].accessibleName() == "Training"
    assert window.current_page is Page.SETTINGS  # the person stays where they were
    assert window.settings.language_buttons["de"].isChecked()
    assert window.workouts.isVisible() is False and Page.WORKOUTS in window.page_widgets
    assert context.settings.language == "de"
    # Back to English the same way.
    old_settings = window.settings
    window.settings.language_buttons["en"].click()
    qtbot.waitUntil(lambda: window.settings is not old_settings, timeout=3000)
    assert _tabs(window) == ["Workouts", "Settings"]


def test_the_language_chosen_is_kept_for_the_next_start(
    german, window, context, data_dir, qtbot, qapp, keeper
) -> None:  # type: ignore[no-untyped-def]
    window.complete()
    window.settings.language_buttons["de"].click()
    qtbot.waitUntil(lambda: _tabs(window)[0] == "Training", timeout=3000)
    install_translators(qapp, i18n.ENGLISH)  # as a new process starts

    again = AppContext.create(AppPaths.under(data_dir), context.clock)
    assert again.settings.language == "de"
    install_translators(qapp, use_chosen_language(again))  # as run_app does, before the pages
    second = MainWindow(again, keeper)
    qtbot.addWidget(second, before_close_func=lambda w: w.controller.shutdown())
    assert _tabs(second) == ["Training", "Einstellungen"]
    assert second.settings.language_buttons["de"].isChecked()


def test_language_de_in_the_environment_gives_german(
    german, context, qtbot, qapp, keeper, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LANGUAGE", "de")
    assert context.settings.language == ""  # "As the system"
    install_translators(qapp, use_chosen_language(context))
    window = MainWindow(context, keeper)
    qtbot.addWidget(window, before_close_func=lambda w: w.controller.shutdown())
    assert _tabs(window) == ["Training", "Einstellungen"]
    assert window.settings.language_buttons[""].isChecked()


def test_a_catalogue_that_cannot_be_read_leaves_english(
    tmp_path, context, qtbot, qapp, keeper, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "calfplayer_de.qm").write_bytes(b"not a catalogue at all")
    monkeypatch.setenv(i18n.TRANSLATIONS_DIR_ENV, str(folder))
    monkeypatch.setenv("LANGUAGE", "de")
    try:
        assert install_translators(qapp, use_chosen_language(context)) == i18n.ENGLISH
        window = MainWindow(context, keeper)
        qtbot.addWidget(window, before_close_func=lambda w: w.controller.shutdown())
        assert _tabs(window) == ["Workouts", "Settings"]
        window.settings.language_buttons["de"].click()  # chosen in Settings: the same
        qtbot.waitUntil(lambda: context.settings.language == "de", timeout=3000)
        assert _tabs(window) == ["Workouts", "Settings"]
    finally:
        install_translators(qapp, i18n.ENGLISH)


def test_an_unsaved_change_in_the_editor_survives_the_switch(
    german, window, context, qtbot
) -> None:  # type: ignore[no-untyped-def]
    routine = context.library.get("gentle-start")
    window.complete()
    window.routine_actions.duplicate(routine)
    editor = window.editor
    editor.name.setText("My calves")
    first = editor.item_list.editors[0]
    sets = first.fields["sets"]
    assert isinstance(sets, QSpinBox)
    sets.setValue(0)  # a value no routine allows: kept as typed, and still shown as a problem
    count = len(editor.item_list.editors)
    assert editor.has_changes

    assert context.change_settings(language="de") is None
    qtbot.waitUntil(lambda: window.editor is not editor, timeout=3000)
    now = window.editor
    assert window.current_page is Page.EDITOR
    assert now.heading.text() == "Neues Programm"
    assert now.name.text() == "My calves"
    assert len(now.item_list.editors) == count
    kept = now.item_list.editors[0].fields["sets"]
    assert isinstance(kept, QSpinBox) and kept.value() == 0
    assert now.has_changes
    assert now.routine is None and now.item_list.editors[0].errors["sets"].text()
    assert _tabs(window) == ["Training", "Einstellungen"]


def test_a_workout_under_way_is_left_as_it_is(german, window, context, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.open_routine(context.library.get("movement-snack"), start=True)
    player, controller = window.player, window.controller
    assert context.change_settings(language="de") is None
    qtbot.waitUntil(lambda: _tabs(window)[0] == "Training", timeout=3000)
    assert window.player is player and window.controller is controller
    assert controller.active and window.current_page is Page.PLAYER
    controller.stop()
    qtbot.waitUntil(lambda: window.current_page is Page.SUMMARY, timeout=3000)
    window.summary.done.emit()
    assert window.current_page is Page.WORKOUTS
    assert window.player is not player  # made again, in German, for the next workout
    window.open_routine(context.library.get("movement-snack"), start=True)
    assert window.current_page is Page.PLAYER and window.controller.active


def test_qt_standard_buttons_are_in_german(german, qapp) -> None:  # type: ignore[no-untyped-def]
    install_translators(qapp, "de")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None and cancel.text() == "Abbrechen"
