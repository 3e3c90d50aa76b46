"""What the reminder process reminds of, on real files and a clock that moves when told: once per
coming-due, again after "In 15 minutes", never after "Skip today" (which adherence shows as
skipped), one for several due at once; and starting at login where that is not supported."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from calfplayer.app.changes import ChangeBus
from calfplayer.app.errors import AppError
from calfplayer.app.history import History
from calfplayer.app.plan import PlanService
from calfplayer.app.reminders import ReminderService, launcher, spoken_length
from calfplayer.app.routines import Routines
from calfplayer.domain.adherence import DayStatus
from calfplayer.domain.clock import FakeClock
from calfplayer.domain.exercises import Catalogue
from calfplayer.paths import AppPaths
from calfplayer.resources import asset

BERLIN = ZoneInfo("Europe/Berlin")
# Monday 5 January 2026, 17:59 in Berlin.
BEFORE_SIX = datetime(2026, 1, 5, 17, 59, tzinfo=BERLIN)


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path / "data")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(wall_start=BEFORE_SIX.astimezone(UTC))


def reminders(paths: AppPaths, clock: FakeClock, platform: str = "linux") -> ReminderService:
    changes = ChangeBus()
    catalogue = Catalogue.load(asset("exercises"))
    history = History(paths, catalogue, changes, clock)
    plan = PlanService(
        paths, Routines(paths, catalogue, changes), history, changes, clock, zone=BERLIN
    )
    return ReminderService(paths, plan, platform=platform)


def minutes(count: float) -> int:
    return round(count * 60_000)


def test_a_time_is_reminded_of_once_when_it_comes_due(paths, clock) -> None:
    service = reminders(paths, clock)
    service.plan.add_routine("gentle-start", "daily", "18:00")
    reminder, wake = service.check()
    assert reminder is None
    assert wake == datetime(2026, 1, 5, 18, 0, tzinfo=BERLIN)
    clock.advance(minutes(1))
    reminder, _ = service.check()
    assert reminder is not None
    assert reminder.title == "Time for Gentle start"
    assert reminder.message(with_buttons=True) == "11 min, planned for 18:00."
    assert reminder.message(with_buttons=False).endswith("Click to start it now.")
    clock.advance(minutes(1))
    assert service.check()[0] is None  # once, not every minute


def test_in_15_minutes_brings_it_back_then_and_a_restart_honours_it(paths, clock) -> None:
    service = reminders(paths, clock)
    service.plan.add_routine("gentle-start", "daily", "18:00")
    clock.advance(minutes(1))
    reminder, _ = service.check()
    assert reminder is not None
    service.later(reminder)
    _, wake = service.check()
    assert wake == datetime(2026, 1, 5, 18, 15, tzinfo=BERLIN)
    clock.advance(minutes(14))
    restarted = reminders(paths, clock)  # a new process reads the choice from the file
    assert restarted.check()[0] is None
    clock.advance(minutes(1))
    again, _ = restarted.check()
    assert again is not None
    assert again.routine_id == "gentle-start"


def test_skip_today_silences_the_day_and_adherence_shows_it_skipped(paths, clock) -> None:
    service = reminders(paths, clock)
    service.plan.add_routine("gentle-start", "daily", "18:00")
    clock.advance(minutes(1))
    reminder, _ = service.check()
    assert reminder is not None
    service.skip_today(reminder)
    assert not service.still_due(reminder)
    restarted = reminders(paths, clock)
    clock.advance(minutes(60))
    assert restarted.check()[0] is None
    clock.advance(minutes(60 * 6))  # past midnight: Monday is settled
    record = restarted.plan.record()
    assert record.week[0].status is DayStatus.SKIPPED


def test_asleep_through_three_times_one_reminder_for_the_latest(paths, clock) -> None:
    service = reminders(paths, clock)
    service.plan.add_routine("gentle-start", "daily", "18:00")
    service.plan.add_routine("movement-snack", "daily", "19:00")
    service.plan.add_routine("balance-builder", "daily", "20:00")
    assert service.check()[0] is None
    clock.advance(minutes(2 * 60 + 30))  # the lid was closed from 17:59 to 20:29
    reminder, _ = service.check()
    assert reminder is not None
    assert reminder.routine_name == "Balance builder"
    assert service.check()[0] is None


def test_a_day_passed_in_its_sleep_reminds_of_nothing_from_yesterday(paths, clock) -> None:
    service = reminders(paths, clock)
    service.plan.add_routine("gentle-start", "mon", "18:00")
    assert service.check()[0] is None
    clock.advance(minutes(24 * 60))  # Tuesday: nothing planned
    reminder, wake = service.check()
    assert reminder is None
    assert wake == datetime(2026, 1, 7, 0, 0, tzinfo=BERLIN)


def test_a_routine_deleted_since_is_never_reminded_of(paths, clock) -> None:
    service = reminders(paths, clock)
    routines_folder = paths.routines
    routines_folder.mkdir(parents=True, exist_ok=True)
    service.plan.add_routine("gentle-start", "daily", "18:00")
    plan_file = paths.plan_file
    plan_file.write_text(plan_file.read_text().replace("gentle-start", "gone-now"))
    service.plan.reload_if_changed()
    clock.advance(minutes(1))
    assert service.check()[0] is None


def test_the_sample_is_the_next_planned_time(paths, clock) -> None:
    service = reminders(paths, clock)
    assert service.sample() is None
    service.plan.add_routine("movement-snack", "tue", "08:00")
    sample = service.sample()
    assert sample is not None
    assert sample.routine_name == "Movement snack"
    assert sample.length == "2 min"


@pytest.mark.parametrize(
    ("platform", "system", "how"),
    [("win32", "Windows", "Task Scheduler"), ("darwin", "macOS", "launchd")],
)
def test_at_login_is_not_supported_on_windows_and_macos_and_says_how_by_hand(
    paths, clock, platform, system, how
) -> None:
    service = reminders(paths, clock, platform)
    with pytest.raises(AppError) as said:
        service.turn_on()
    text = str(said.value)
    assert f"not supported on {system} yet" in text
    assert "remind`" in text
    assert how in text
    assert "docs/reminders.md" in text
    assert not service.is_on()
    assert not service.autostart_entry.exists()


def test_the_launcher_names_the_data_folder_only_when_it_is_not_the_usual(paths) -> None:
    assert launcher(paths)[-2:] == ["--data-dir", str(paths.data)]
    assert "--data-dir" not in launcher(AppPaths.platform_default())


def test_lengths_as_said() -> None:
    assert [spoken_length(ms) for ms in (45_000, 59_400, 95_000, 677_000)] == [
        "45 s",
        "59 s",
        "2 min",
        "11 min",
    ]


def test_files_stamp_changes_with_the_plan_file(paths, clock) -> None:
    service = reminders(paths, clock)
    before = service.files_stamp()
    service.plan.add_routine("gentle-start", "daily", "18:00")
    after = service.files_stamp()
    assert after != before
    assert after[0] > 0
    assert service.files_stamp() == after
