"""Dates and numbers as the language writes them: names, order and marks come from the catalogue."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from calfplayer import i18n
from calfplayer.i18n import formats
from tests.catalogues import Entry, catalogue_dir

MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September"]
MONTHS += ["Oktober", "November", "Dezember"]
ENGLISH_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August"]
ENGLISH_MONTHS += ["September", "October", "November", "December"]
WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
GERMAN = [
    *[
        Entry("Dates", english, german, comment="month" if english == "May" else "")
        for english, german in zip(ENGLISH_MONTHS, MONTHS, strict=True)
    ],
    Entry("Dates", "Dec", "Dez."),
    Entry("Dates", "Mar", "März"),
    Entry("Dates", "May", "Mai", comment="short month"),
    Entry("Dates", "Tuesday", "Dienstag"),
    Entry("Dates", "Tue", "Di."),
    Entry("Dates", "Sunday", "Sonntag"),
    Entry("Dates", "{weekday} {day} {month} {year}", "{weekday}, {day}. {month} {year}"),
    Entry("Dates", "{day} {month} {year}", "{day}. {month} {year}"),
    Entry("Dates", "{wd} {day} {mon}", "{wd}, {day}. {mon}"),
    Entry("Dates", "{day} {mon}", "{day}. {mon}"),
    Entry("Dates", "{day} {month}", "{day}. {month}"),
    Entry("Numbers", ".", ",", comment="decimal mark"),
    Entry("Numbers", ",", ".", comment="thousands separator"),
]
FIRST_OF_DECEMBER = dt.date(2026, 12, 1)  # a Tuesday


@pytest.fixture
def german(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    catalogue_dir(tmp_path, "de", GERMAN)
    monkeypatch.setenv(i18n.TRANSLATIONS_DIR_ENV, str(tmp_path))
    assert i18n.use_language("de") == "de"


@pytest.mark.usefixtures("german")
def test_german_dates_have_german_names_in_german_order() -> None:
    assert formats.long_date(FIRST_OF_DECEMBER) == "Dienstag, 1. Dezember 2026"
    assert formats.date_with_year(FIRST_OF_DECEMBER) == "1. Dezember 2026"
    assert formats.short_date(FIRST_OF_DECEMBER) == "Di., 1. Dez."
    assert formats.day_and_month(dt.date(2026, 3, 9)) == "9. März"
    assert formats.date_with_year(dt.date(2026, 5, 31)) == "31. Mai 2026"
    assert formats.day_and_month(dt.date(2026, 5, 31)) == "31. Mai"


@pytest.mark.usefixtures("german")
def test_german_month_and_weekday_names() -> None:
    assert [formats.month_name(month) for month in range(1, 13)] == MONTHS
    assert formats.weekday_name(dt.date(2026, 12, 6)) == "Sonntag"


@pytest.mark.usefixtures("german")
def test_german_numbers_use_the_decimal_comma() -> None:
    assert formats.decimal(2.5) == "2,5"
    assert formats.decimal(12.25, 2) == "12,25"
    assert formats.decimal(3, 0) == "3"
    assert formats.whole(9999) == "9999"
    assert formats.whole(12_345) == "12.345"
    assert formats.whole(-1_234_567) == "-1.234.567"


@pytest.mark.usefixtures("german")
def test_times_are_24_hour_in_german_too() -> None:
    assert formats.time_of_day(dt.time(7, 5)) == "07:05"
    assert formats.time_of_day(dt.datetime(2026, 12, 1, 19, 30)) == "19:30"


def test_english_is_unchanged() -> None:
    assert i18n.current_language() == "en"
    assert formats.long_date(FIRST_OF_DECEMBER) == "Tuesday 1 December 2026"
    assert formats.date_with_year(FIRST_OF_DECEMBER) == "1 December 2026"
    assert formats.short_date(FIRST_OF_DECEMBER) == "Tue 1 Dec"
    assert formats.day_and_month(FIRST_OF_DECEMBER) == "1 Dec"
    assert formats.day_month_year_short(FIRST_OF_DECEMBER) == "1 Dec 2026"
    assert formats.date_with_year(dt.date(2026, 5, 31)) == "31 May 2026"
    assert [formats.month_name(month) for month in range(1, 13)] == ENGLISH_MONTHS
    assert formats.month_short(5) == "May"
    assert formats.weekday_short(FIRST_OF_DECEMBER) == "Tue"
    assert formats.decimal(2.5) == "2.5"
    assert formats.whole(12_345) == "12,345"
    assert formats.time_of_day(dt.time(7, 5)) == "07:05"


@pytest.mark.usefixtures("german")
def test_back_to_english_the_formats_follow_at_once() -> None:
    assert formats.decimal(2.5) == "2,5"
    i18n.use_language(i18n.ENGLISH)
    assert formats.decimal(2.5) == "2.5"
    assert formats.long_date(FIRST_OF_DECEMBER) == "Tuesday 1 December 2026"
