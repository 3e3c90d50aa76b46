"""The plan in the window: Settings › Plan, today's plan and the due banner on the Workouts page,
and the plan against the history on the History page. The clock is a fake one: 10:00 in Berlin
on Monday 2 January 2040, after any day a plan added by a command (on the real clock) was added."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from calfplayer.domain.clock import FakeClock
from calfplayer.domain.schedule import SlotState
from calfplayer.ui.frame import Page
from tests.app.plan_history import record_session

BERLIN = ZoneInfo("Europe/Berlin")
WAIT_MS = 5_000
MINUTE = 60_000


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(wall_start=datetime(2040, 1, 2, 9, 0, tzinfo=UTC))


@pytest.fixture
def plan_window(qtbot, context, keeper):  # type: ignore[no-untyped-def]
    from calfplayer.ui.main_window import MainWindow

    context.app.plan.zone = BERLIN
    built = MainWindow(context, keeper)
    qtbot.addWidget(built, before_close_func=lambda w: w.controller.shutdown())
    built.show()
    return built


def run_plan(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "calfplayer", "--data-dir", str(data_dir), "plan", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "TZ": "Europe/Berlin"},
        check=False,
    )


def entry_texts(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [view.text for view in window.context.app.plan.entries()]


def test_a_plan_added_on_the_command_line_shows_and_survives_a_theme_change(
    qtbot, plan_window, context
):
    data = context.paths.data
    added = run_plan(data, "add", "gentle-start", "--days", "mon,wed,fri", "--at", "18:00")
    assert added.returncode == 0, added.stderr
    qtbot.waitUntil(lambda: entry_texts(plan_window) != [], timeout=WAIT_MS)
    settings = plan_window.plan_settings
    assert len(settings.remove_buttons) == 1
    assert plan_window.plan_reminder.card.lines == ["Today: Gentle start at 18:00 — still to do"]
    plan_window.show_page(Page.SETTINGS)
    plan_window.settings.theme_buttons["dark"].click()
    assert json.loads(context.paths.settings_file.read_text())["theme"] == "dark"
    shown = run_plan(data)
    assert shown.returncode == 0, shown.stderr
    assert "  1. Gentle start: Mon, Wed, Fri at 18:00" in shown.stdout


def test_the_window_adds_on_top_of_a_change_it_has_not_seen_yet(plan_window, context):
    added = run_plan(context.paths.data, "add", "gentle-start", "--days", "mon", "--at", "18:00")
    assert added.returncode == 0, added.stderr
    settings = plan_window.plan_settings  # no event loop turn: the watch has not been heard
    settings.routine_choice.setCurrentIndex(settings.routine_choice.findData("balance-builder"))
    settings.add_button.click()
    saved = json.loads(context.paths.plan_file.read_text())
    assert [entry["routine"] for entry in saved["entries"]] == ["gentle-start", "balance-builder"]
    assert entry_texts(plan_window) == [
        "Gentle start: Mon at 18:00",
        "Balance builder: Mon, Wed, Fri at 18:00",
    ]


def test_settings_plan_adds_snacks_sets_quiet_days_and_removes(plan_window, context):
    settings = plan_window.plan_settings
    settings.routine_choice.setCurrentIndex(settings.routine_choice.findData("movement-snack"))
    settings.snacks.setChecked(True)
    assert settings.every.isVisibleTo(settings) and not settings.at.isVisibleTo(settings)
    for day, box in enumerate(settings.days.boxes):
        box.setChecked(day < 5)
    settings.add_button.click()
    settings.quiet.boxes[6].setChecked(True)
    assert entry_texts(plan_window) == ["Movement snack: every 2 h from 09:00 to 17:00, Mon–Fri"]
    assert context.app.plan.current.quiet_days == frozenset({6})
    assert json.loads(context.paths.plan_file.read_text())["quiet_days"] == ["sun"]
    settings.remove_buttons[0].click()
    assert entry_texts(plan_window) == []
    assert settings.message.text() == "No plan yet: add a routine below."


def test_a_mistake_in_the_form_is_said_and_changes_nothing(plan_window, context):
    settings = plan_window.plan_settings
    for box in settings.days.boxes:
        box.setChecked(False)
    settings.add_button.click()
    assert plan_window.notice.text() == "Choose at least one day."
    settings.days.boxes[0].setChecked(True)
    settings.snacks.setChecked(True)
    settings.start.setTime(settings.end.time())
    settings.add_button.click()
    said = [plan_window.notice.text(), *(text for text, _ in plan_window.banner.waiting)]
    assert said[-1].startswith("The snacks end at 17:00, which is not after they start (17:00)")
    assert not context.paths.plan_file.exists()


def test_today_first_on_the_workouts_page_done_or_still_to_do(plan_window, context):
    plan = context.app.plan
    plan.add_routine("gentle-start", "mon", "18:00")
    plan.add_routine("balance-builder", "mon", "19:00")
    reminder = plan_window.plan_reminder
    workouts = plan_window.workouts
    assert workouts.column.indexOf(reminder.card) < workouts.column.indexOf(workouts.card_column)
    assert reminder.card.isVisibleTo(plan_window)
    assert reminder.card.lines == [
        "Today: Gentle start at 18:00 — still to do",
        "Today: Balance builder at 19:00 — still to do",
    ]
    record_session(context.paths, "gentle-start", context.clock.wall_now(), status="ended early")
    reminder.refresh()
    assert reminder.card.lines[0] == "Today: Gentle start at 18:00 — done ✓"
    assert not reminder.banner.isVisibleTo(plan_window)


def test_no_plan_no_card(plan_window):
    assert not plan_window.plan_reminder.card.isVisibleTo(plan_window)
    assert not plan_window.plan_reminder.banner.isVisibleTo(plan_window)


def test_a_due_time_shows_a_banner_whose_start_starts_it(plan_window, context, clock):
    context.app.plan.add_routine("gentle-start", "mon", "10:02")
    reminder = plan_window.plan_reminder
    assert not reminder.banner.isVisibleTo(plan_window)
    # The timer sleeps until the planned time (2 minutes on the fake clock), not a fixed tick.
    assert 2 * MINUTE - 1_000 <= reminder.timer.remainingTime() <= 2 * MINUTE + 1_000
    clock.advance(2 * MINUTE)
    reminder.timer.timeout.emit()
    assert reminder.banner.isVisibleTo(plan_window)
    assert reminder.banner.text.text() == "Time for Gentle start (planned for 10:02)"
    plan_window.show_page(Page.HISTORY)
    assert reminder.banner.isVisibleTo(plan_window), "above every page"
    reminder.banner.start_button.click()
    assert plan_window.current_page is Page.PLAYER
    assert plan_window.controller.active
    assert plan_window.preview.routine is not None
    assert plan_window.preview.routine.id == "gentle-start"
    assert not reminder.banner.isVisibleTo(plan_window)


def test_later_and_skip_today(plan_window, context, clock):
    plan = context.app.plan
    plan.add_routine("gentle-start", "mon", "09:30")
    plan.add_routine("balance-builder", "mon", "09:45")
    reminder = plan_window.plan_reminder
    banner = reminder.banner
    assert banner.item is not None and banner.item.view.slot.routine_id == "gentle-start"
    banner.later_button.click()
    assert banner.item is not None and banner.item.view.slot.routine_id == "balance-builder"
    banner.skip_button.click()
    assert not banner.isVisibleTo(plan_window)
    assert reminder.card.lines == [
        "Today: Gentle start at 09:30 — later, at 10:30",
        "Today: Balance builder at 09:45 — skipped today",
    ]
    assert context.paths.plan_choices_file.is_file()
    clock.advance(30 * MINUTE)
    reminder.timer.timeout.emit()
    assert banner.isVisibleTo(plan_window)
    assert banner.item is not None and banner.item.view.state is SlotState.DUE
    assert banner.item.view.slot.routine_id == "gentle-start"


def test_history_shows_the_plan_against_what_was_done(plan_window, context):
    plan = context.app.plan
    plan.add_routine("gentle-start", "daily", "08:00")
    record_session(context.paths, "gentle-start", context.clock.wall_now())
    plan_window.show_page(Page.HISTORY)
    card = plan_window.history.adherence
    assert card.isVisibleTo(plan_window)
    assert card.marks == [
        ("Mon", "✓"),
        ("Tue", "○"),
        ("Wed", "○"),
        ("Thu", "○"),
        ("Fri", "○"),
        ("Sat", "○"),
        ("Sun", "○"),
    ]
    assert card.week_text.text() == "1 of 7 planned days done, 6 to come"
    assert card.weeks_text.text() == "Last 4 weeks: 100% of planned times done (1 of 1)"
    assert plan_window.history.streak_text.text() == "1 day"
    assert card.streak_line.text().startswith("Streak: 1 planned day kept in a row")


def test_history_without_a_plan_shows_no_adherence(plan_window):
    plan_window.show_page(Page.HISTORY)
    assert not plan_window.history.adherence.isVisibleTo(plan_window)
    assert plan_window.history.streak_text.text() == "0 days"


def test_a_plan_file_damaged_while_the_window_is_open_is_said_and_kept_aside(
    qtbot, plan_window, context
):
    context.app.plan.add_routine("gentle-start", "mon", "18:00")
    context.paths.plan_file.write_text('{"format": 1, "entries": [{"routine": "x"}]}')
    qtbot.waitUntil(lambda: context.app.plan.current.entries == (), timeout=WAIT_MS)
    said = [plan_window.notice.text(), *(text for text, _ in plan_window.banner.waiting)]
    assert any("is damaged" in text and "no plan is used" in text for text in said)
    [kept] = context.paths.data.glob("plan.json.damaged-*")
    assert '"routine": "x"' in kept.read_text()
    assert not plan_window.plan_reminder.card.isVisibleTo(plan_window)
    assert "is damaged" in plan_window.plan_settings.message.text()


def test_settings_plan_turns_reminders_on_and_off_at_login(plan_window, context):
    settings = plan_window.plan_settings
    reminders = context.app.reminders
    assert not settings.remind.isChecked()
    entry = reminders.autostart_entry
    assert str(entry).startswith(os.environ["XDG_CONFIG_HOME"])
    try:
        settings.remind.setChecked(True)  # writes the entry and starts the real process
        assert entry.exists()
        assert f"--data-dir {context.paths.data}" in entry.read_text()
        pid = reminders.running_pid()
        assert pid and Path(f"/proc/{pid}").exists() if sys.platform == "linux" else pid
        assert settings.remind_note.text() == "Reminders are on, now and from every login on."
    finally:
        settings.remind.setChecked(False)
    assert not entry.exists()
    assert reminders.running_pid() is None
    assert not settings.remind.isChecked()
    assert settings.remind_note.text() == "Reminders are off."


def test_settings_plan_says_where_reminders_cannot_start_at_login(context, qtbot):
    from calfplayer.ui.pages.settings_plan import PlanSettings

    context.app.reminders.platform = "darwin"
    page = PlanSettings(context)
    qtbot.addWidget(page)
    assert not page.remind.isEnabled()
    assert "not supported on macOS yet" in page.remind_note.text()
