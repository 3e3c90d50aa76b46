"""The application layer speaks the language chosen: a small German catalogue, built here with
pyside6-lrelease as `make translations` builds the real ones, turns a reminder's title and text,
an error's sentence and the report's period (a plural) into German, and English comes back after."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from calfplayer import i18n
from calfplayer.app.changes import ChangeBus
from calfplayer.app.errors import AppError
from calfplayer.app.history import History
from calfplayer.app.plan import PlanService
from calfplayer.app.reminders import ReminderService, spoken_length
from calfplayer.app.report import Period
from calfplayer.app.routines import Routines
from calfplayer.domain.clock import FakeClock
from calfplayer.domain.exercises import Catalogue
from calfplayer.paths import AppPaths
from calfplayer.resources import asset
from tests.catalogues import build_catalogue

BERLIN = ZoneInfo("Europe/Berlin")
NO_ROUTINE = 'There is no routine "{id}": `calfplayer list` shows the ids of yours.'
GERMAN: dict[str, list[tuple[str, str | list[str]]]] = {
    "AppReminders": [
        ("Time for {routine}", "Zeit für {routine}"),
        ("{length}, planned for {time}.", "{length}, geplant für {time}."),
    ],
    "AppPlan": [
        (NO_ROUTINE, "Es gibt kein Programm „{id}“: `calfplayer list` zeigt die IDs deiner."),
    ],
    "AppReport": [
        (
            "{first} to {last} (%n day)",
            ["{first} bis {last} (%n Tag)", "{first} bis {last} (%n Tage)"],
        ),
        (
            "{first} to {last} (%n days)",
            ["{first} bis {last} (%n Tag)", "{first} bis {last} (%n Tage)"],
        ),
    ],
    "Dates": [("March", "März")],
}


@pytest.fixture
def german(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    folder = build_catalogue(
        tmp_path / "catalogue",
        "de",
        {
            (context, source): tuple(translation) if isinstance(translation, list) else translation
            for context, pairs in GERMAN.items()
            for source, translation in pairs
        },
    )
    monkeypatch.setenv(i18n.TRANSLATIONS_DIR_ENV, str(folder))
    assert i18n.use_language("de") == "de"
    try:
        yield
    finally:
        i18n.use_language(i18n.ENGLISH)


def service(tmp_path: Path) -> ReminderService:
    paths = AppPaths.under(tmp_path / "data")
    clock = FakeClock(wall_start=datetime(2026, 1, 5, 18, 1, tzinfo=BERLIN).astimezone(UTC))
    changes = ChangeBus()
    catalogue = Catalogue.load(asset("exercises"))
    history = History(paths, catalogue, changes, clock)
    routines = Routines(paths, catalogue, changes)
    plan = PlanService(paths, routines, history, changes, clock, zone=BERLIN)
    return ReminderService(paths, plan, platform="linux")


def test_a_reminder_reads_in_german_and_english_again_afterwards(tmp_path, german) -> None:
    reminders = service(tmp_path)
    reminders.plan.add_routine("gentle-start", "daily", "18:00")
    reminder, _ = reminders.check()
    assert reminder is not None
    routine = reminders.plan.routines.library.get("gentle-start")
    length = spoken_length(routine.planned_ms)
    assert reminder.title == f"Zeit für {routine.shown_name}"
    assert reminder.message(with_buttons=True) == f"{length}, geplant für 18:00."

    i18n.use_language(i18n.ENGLISH)
    assert reminder.title == f"Time for {routine.name}"
    assert reminder.message(with_buttons=True) == f"{length}, planned for 18:00."


def test_an_error_sentence_reads_in_german(tmp_path, german) -> None:
    reminders = service(tmp_path)
    with pytest.raises(AppError) as raised:
        reminders.plan.add_routine("no-such-routine", "daily", "18:00")
    assert str(raised.value) == (
        "Es gibt kein Programm „no-such-routine“: `calfplayer list` zeigt die IDs deiner."
    )


def test_the_report_period_takes_the_german_plural_and_month(german) -> None:
    assert Period(date(2026, 3, 1), date(2026, 3, 1)).text == (
        "1 März 2026 bis 1 März 2026 (1 Tag)"
    )
    assert Period(date(2026, 3, 1), date(2026, 3, 28)).text == (
        "1 März 2026 bis 28 März 2026 (28 Tage)"
    )
