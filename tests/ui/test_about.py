"""About: reached from Settings; says what the programme is not, what it rests on, the version."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton

from calfplayer import __version__
from calfplayer.ui.main_window import Page

# The three studies the programme's advice draws on.
DOIS = (
    "10.1177/0268355517695401",
    "10.1519/jpt.0000000000000059",
    "10.1016/j.jvs.2016.12.106",
)


def _open_about(window) -> None:  # type: ignore[no-untyped-def]
    window.nav_buttons[Page.SETTINGS].click()
    entry = next(
        button
        for button in window.settings.findChildren(QAbstractButton)
        if button.text() == "About calfplayer"
    )
    entry.click()


def test_about_is_reached_from_settings_and_goes_back(window) -> None:
    _open_about(window)
    assert window.current_page is Page.ABOUT
    assert window.nav_buttons[Page.SETTINGS].isChecked()
    window.about.back_button.click()
    assert window.current_page is Page.SETTINGS
    _open_about(window)
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert window.current_page is Page.SETTINGS


def test_about_shows_the_version_and_the_references(window) -> None:
    _open_about(window)
    about = window.about
    assert __version__ in about.version.text()
    for doi in DOIS:
        assert doi in about.references.text()
    for author in ("Ercan", "Maritz", "Van Schaardenburgh"):
        assert author in about.references.text()


def test_about_says_what_the_programme_is_not(window) -> None:
    _open_about(window)
    text = window.about.what_it_is_not.text()
    assert "not medical advice" in text
    assert "sharp pain" in text
    assert "physiotherapist" in text


def test_about_names_the_licences_of_the_parts_it_ships_with(window) -> None:
    _open_about(window)
    text = window.about.licences.text()
    for part, licence in (
        ("PySide6", "LGPL-3.0"),
        ("shiboken6", "LGPL-3.0"),
        ("pyttsx3", "MPL-2.0"),
        ("platformdirs", "MIT"),
        ("espeak-ng", "GPL-3.0"),
    ):
        line = next(
            line for line in text.splitlines() if line.startswith(part) or f" {part}" in line
        )
        assert licence in line, line


def test_the_about_entry_stays_below_sections_added_later(window) -> None:
    from PySide6.QtWidgets import QLabel

    window.settings.add_section("Voice", QLabel("voice controls"))
    window.nav_buttons[Page.SETTINGS].click()
    entry = next(
        button
        for button in window.settings.findChildren(QAbstractButton)
        if button.text() == "About calfplayer"
    )
    voice = next(shown for shown in window.settings.findChildren(QLabel) if shown.text() == "VOICE")
    assert (
        entry.mapTo(window, entry.rect().topLeft()).y()
        > voice.mapTo(window, voice.rect().topLeft()).y()
    )
