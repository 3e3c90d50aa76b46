"""Dates, times and numbers as the language in use writes them, for every part of the program.

The month and weekday names and the order of a date's parts are texts of the catalogue like any
other (context ``Dates``), so a translator sets them and a pseudo-language marks them; the decimal
mark is one too (context ``Numbers``). Times are 24-hour in all three languages.
"""

from __future__ import annotations

import datetime as dt

from calfplayer.i18n import current_language, translate


def month_name(month: int) -> str:
    """``month`` 1–12."""
    names = (
        translate("Dates", "January"),
        translate("Dates", "February"),
        translate("Dates", "March"),
        translate("Dates", "April"),
        translate("Dates", "May", "month"),
        translate("Dates", "June"),
        translate("Dates", "July"),
        translate("Dates", "August"),
        translate("Dates", "September"),
        translate("Dates", "October"),
        translate("Dates", "November"),
        translate("Dates", "December"),
    )
    return names[month - 1]


def month_short(month: int) -> str:
    names = (
        translate("Dates", "Jan"),
        translate("Dates", "Feb"),
        translate("Dates", "Mar"),
        translate("Dates", "Apr"),
        translate("Dates", "May", "short month"),
        translate("Dates", "Jun"),
        translate("Dates", "Jul"),
        translate("Dates", "Aug"),
        translate("Dates", "Sep"),
        translate("Dates", "Oct"),
        translate("Dates", "Nov"),
        translate("Dates", "Dec"),
    )
    return names[month - 1]


def weekday_name(day: dt.date) -> str:
    names = (
        translate("Dates", "Monday"),
        translate("Dates", "Tuesday"),
        translate("Dates", "Wednesday"),
        translate("Dates", "Thursday"),
        translate("Dates", "Friday"),
        translate("Dates", "Saturday"),
        translate("Dates", "Sunday"),
    )
    return names[day.weekday()]


def weekday_short(day: dt.date) -> str:
    return weekday_short_of(day.weekday())


def weekday_short_of(weekday: int) -> str:
    """``weekday`` 0 (Monday) to 6, as "Mon"."""
    names = (
        translate("Dates", "Mon"),
        translate("Dates", "Tue"),
        translate("Dates", "Wed"),
        translate("Dates", "Thu"),
        translate("Dates", "Fri"),
        translate("Dates", "Sat"),
        translate("Dates", "Sun"),
    )
    return names[weekday]


def _fill(pattern: str, day: dt.date) -> str:
    return pattern.format(
        day=day.day,
        month=month_name(day.month),
        mon=month_short(day.month),
        year=day.year,
        weekday=weekday_name(day),
        wd=weekday_short(day),
    )


def long_date(day: dt.date) -> str:
    """ "Tuesday 1 December 2026"."""
    return _fill(translate("Dates", "{weekday} {day} {month} {year}"), day)


def date_with_year(day: dt.date) -> str:
    """ "1 December 2026"."""
    return _fill(translate("Dates", "{day} {month} {year}"), day)


def short_date(day: dt.date) -> str:
    """ "Tue 1 Dec"."""
    return _fill(translate("Dates", "{wd} {day} {mon}"), day)


def short_date_with_year(day: dt.date) -> str:
    """ "Tue 1 Dec 2026"."""
    return _fill(translate("Dates", "{wd} {day} {mon} {year}"), day)


def day_and_month(day: dt.date) -> str:
    """ "1 Dec", for axes and lists."""
    return _fill(translate("Dates", "{day} {mon}"), day)


def day_month_year_short(day: dt.date) -> str:
    """ "1 Dec 2026"."""
    return _fill(translate("Dates", "{day} {mon} {year}"), day)


def time_of_day(moment: dt.time | dt.datetime) -> str:
    """ "07:30" (24-hour in every language calfplayer speaks)."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def decimal(value: float, places: int = 1) -> str:
    """``2.5`` as the language writes it ("2,5" in German and Spanish)."""
    text = f"{value:.{places}f}"
    return text.replace(".", translate("Numbers", ".", "decimal mark"))


def whole(value: int) -> str:
    """A whole number with the language's thousands separator once it reaches 10 000."""
    text = str(abs(value))
    if abs(value) >= 10_000:
        groups = []
        while text:
            groups.append(text[-3:])
            text = text[:-3]
        text = translate("Numbers", ",", "thousands separator").join(reversed(groups))
    return ("-" if value < 0 else "") + text


def name_in_sentence(name: str) -> str:
    """A name such as "Standing calf stretch" as it reads inside a sentence.

    English and Spanish write it in small letters there; German keeps its nouns' capitals.
    """
    return name if current_language() == "de" else name.lower()


def first_capital(text: str) -> str:
    """A capital first letter, leaving the rest as written (German nouns keep theirs)."""
    return text[:1].upper() + text[1:]
