"""The History page: week groups, streak, week totals, charts, a session, delete, export."""

from __future__ import annotations

import csv
import json
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from calfplayer.domain.plan import build_plan
from calfplayer.domain.record import SessionStatus
from calfplayer.store.history import HistoryStore
from calfplayer.ui.main_window import Page
from calfplayer.ui.widgets.session_list import SessionRow, WeekRow
from tests.store.history_helpers import QUICK_ITEMS
from tests.ui.history_seed import noon, seed

# The fake clock's wall time starts on Monday 5 January 2026.


@pytest.fixture
def quick_plan(make_routine):  # type: ignore[no-untyped-def]
    return build_plan(make_routine(*QUICK_ITEMS, routine_id="quick"))


@pytest.fixture
def seeded(history_context, quick_plan):  # type: ignore[no-untyped-def]
    path = history_context.paths.history_db
    return {
        "dec29": seed(path, quick_plan, noon(2025, 12, 29), pain=6, effort=5),
        "jan3": seed(path, quick_plan, noon(2026, 1, 3), pain=4, share=0.4),
        "jan4": seed(path, quick_plan, noon(2026, 1, 4), pain=3, hurt_sets=(2,)),
        "jan5": seed(path, quick_plan, noon(2026, 1, 5), pain=2, note="Easier today"),
    }


def open_history(window):  # type: ignore[no-untyped-def]
    window.nav_buttons[Page.HISTORY].click()
    return window.history


def test_sessions_are_grouped_by_week_newest_first(history_window, seeded):
    page = open_history(history_window)
    rows = page.model.rows
    assert [type(row) for row in rows] == [WeekRow, SessionRow, WeekRow] + [SessionRow] * 3
    assert rows[0].text == "This week · 1 session"
    assert rows[2].text == "Last week · 3 sessions"
    ids = [row.session.id for row in rows if isinstance(row, SessionRow)]
    assert ids == [seeded["jan5"], seeded["jan4"], seeded["jan3"], seeded["dec29"]]
    assert page.list.model().rowCount() == 6


def test_list_lines_show_duration_completion_and_pain(history_window, seeded):
    page = open_history(history_window)
    lines = {row.session.id: row for row in page.model.rows if isinstance(row, SessionRow)}
    whole, half = lines[seeded["jan5"]], lines[seeded["jan3"]]
    assert whole.facts.endswith("100 % · pain 2")
    assert half.facts.endswith("17 % · pain 4")  # one set done in full, of six
    assert whole.when == "Mon 5 Jan · " + whole.session.started_at.strftime("%H:%M")
    assert half.session.status == "ended early" and "ended early" in half.text


def test_strip_shows_streak_this_week_against_the_goal_and_total_minutes(history_window, seeded):
    page = open_history(history_window)
    figures = page.figures
    assert figures is not None
    assert figures.streak == 3  # 3, 4 and 5 January; 29 December stands alone
    assert (figures.week.done, figures.week.goal) == (1, 3)
    assert page.streak_text.text() == "3 days"
    assert page.week_text.text() == "1 of 3"
    active_minutes = sum(s.active_ms for s in page.sessions) / 60_000
    assert figures.minutes == pytest.approx(active_minutes)
    assert page.total_text.text() == f"{active_minutes:.0f} min"


def test_charts_hold_twelve_weeks_of_sessions_and_minutes_and_every_pain_rating(
    history_window, seeded
):
    page = open_history(history_window)
    assert len(page.sessions_chart.values) == 12
    assert page.sessions_chart.values[-2:] == [3, 1]
    assert sum(page.sessions_chart.values) == 4
    assert page.sessions_chart.goal == 3
    assert page.sessions_chart.labels[-1] == "5 Jan"
    minutes = page.minutes_chart.values
    assert minutes[-1] > 0 and minutes[-2] > minutes[-1]  # three sessions against one
    assert page.pain_chart.values == [6, 4, 3, 2]  # oldest first
    page.show_chart(2)
    assert "easing" in page.chart_caption.text() or "not enough" in page.chart_caption.text()
    for chart in (page.sessions_chart, page.minutes_chart, page.pain_chart):
        assert not chart.grab().isNull()


def test_weekly_goal_from_settings_changes_the_strip_and_the_goal_line(history_window, seeded):
    goal = history_window.weekly_goal
    goal.spin.setValue(5)
    assert history_window.context.settings.weekly_goal == 5
    page = open_history(history_window)
    assert page.week_text.text() == "1 of 5"
    assert page.sessions_chart.goal == 5
    saved = json.loads(history_window.context.paths.settings_file.read_text())
    assert saved["weekly_goal"] == 5


def test_an_empty_history_says_so(history_window):
    page = open_history(history_window)
    assert page.model.rows == []
    assert "No workouts yet" in page.message.text()
    assert page.streak_text.text() == "0 days"


def test_a_sessions_detail_shows_planned_against_done_partial_sets_and_marks(
    history_window, seeded
):
    page = open_history(history_window)
    page.open_session(seeded["jan3"])
    detail = page.detail
    assert page.stack.currentWidget() is detail
    titles = [line.title for line in detail.lines]
    assert titles == [
        "Standing calf raise",
        "Single-leg calf raise · right",
        "Single-leg calf raise · left",
    ]
    first, right, left = detail.lines
    assert first.planned == "2 sets · 4 reps"
    # Half the session: set 1 whole, the last set kept as a partial one.
    assert first.done == "1 set · 3 reps" and first.partial == ("set 2: 1 of 2 reps",)
    assert right.done == left.done == "Not done"
    page.open_session(seeded["jan4"])
    marked = [line for line in page.detail.lines if line.hurts]
    assert len(marked) == 1 and "set 1" in marked[0].hurts[0]
    page.detail.back_button.click()
    assert page.stack.currentWidget() is page.overview


def test_clicking_a_line_opens_its_session(history_window, seeded, qtbot):
    page = open_history(history_window)
    row = next(n for n, r in enumerate(page.model.rows) if isinstance(r, SessionRow))
    rect = page.list.visualRect(page.model.index(row))
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.stack.currentWidget() is page.detail
    assert page.detail.session_id == seeded["jan5"]


def test_delete_asks_first_and_removes_only_that_session(history_window, seeded, answers):
    page = open_history(history_window)
    page.open_session(seeded["jan4"])
    answers.replies = [False]
    page.detail.delete_button.click()
    assert answers.asked == ["Delete this session?"]
    assert len(page.sessions) == 4
    answers.replies = [True]
    page.detail.delete_button.click()
    assert page.stack.currentWidget() is page.overview
    assert seeded["jan4"] not in [s.id for s in page.sessions]
    store, _ = HistoryStore.open(
        history_window.context.paths.history_db, history_window.context.clock
    )
    try:
        assert store.session(seeded["jan4"]) is None
        assert store.sets(seeded["jan4"]) == [] and store.hurt_marks(seeded["jan4"]) == []
        assert len(store.sessions()) == 3
    finally:
        store.close()
    assert page.figures is not None and page.figures.streak == 1


@pytest.mark.parametrize("ending", ["csv", "json"])
def test_export_writes_the_chosen_file(history_window, seeded, tmp_path, monkeypatch, ending):
    target = tmp_path / f"mine.{ending}"
    monkeypatch.setattr("calfplayer.ui.pages.history.ask_export_file", lambda parent: target)
    page = open_history(history_window)
    page.export_button.click()
    text = target.read_text(encoding="utf-8")
    if ending == "csv":
        rows = list(csv.DictReader(text.splitlines()))
        assert {row["session"] for row in rows} == {str(i) for i in seeded.values()}
        assert {row["exercise"] for row in rows} >= {"Standing calf raise", "Single-leg calf raise"}
    else:
        sessions = json.loads(text)["sessions"]
        assert sorted(s["id"] for s in sessions) == sorted(seeded.values())
    assert history_window.notice.text() == f"4 sessions exported to {target}."


def test_export_to_a_folder_that_cannot_be_written_is_a_sentence(
    history_window, seeded, tmp_path, monkeypatch
):
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("in the way\n")
    target = not_a_folder / "mine.csv"
    monkeypatch.setattr("calfplayer.ui.pages.history.ask_export_file", lambda parent: target)
    open_history(history_window).export_button.click()
    assert history_window.notice.text().startswith("The history could not be exported")
    assert not_a_folder.read_text() == "in the way\n"


def test_export_from_the_window_is_whole_or_nothing(history_window, seeded, tmp_path, monkeypatch):
    """The page's export is written like the command line's: a file that was there is replaced
    whole, never left half-written, and it holds what the CLI's export holds."""
    target = tmp_path / "mine.json"
    target.write_text("an older export\n")
    monkeypatch.setattr("calfplayer.ui.pages.history.ask_export_file", lambda parent: target)
    open_history(history_window).export_button.click()
    exported = json.loads(target.read_text())
    assert len(exported["sessions"]) == 4
    text, count = history_window.context.app.history.export_text("json")
    assert count == 4 and json.loads(text) == exported
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_week_headings_name_older_weeks_by_their_monday(history_window, quick_plan):
    start = noon(2025, 11, 12)  # a Wednesday
    seed(history_window.context.paths.history_db, quick_plan, start)
    page = open_history(history_window)
    heading = page.model.rows[0]
    assert isinstance(heading, WeekRow)
    assert heading.week_start == date(2025, 11, 10)
    assert heading.week_start + timedelta(days=2) == start.date()
    assert heading.text == "Week of 10 Nov 2025 · 1 session"


def test_older_sessions_load_a_page_at_a_time_after_the_first_paint(
    history_window, quick_plan, qtbot, monkeypatch
):
    monkeypatch.setattr("calfplayer.ui.pages.history.PAGE", 2)
    path = history_window.context.paths.history_db
    recent = seed(path, quick_plan, noon(2026, 1, 5))
    # Five sessions long before the charts' twelve weeks, two of them in one week.
    old_days = [noon(2025, 6, 4), noon(2025, 6, 2), noon(2025, 5, 1), noon(2025, 3, 3)]
    old_days.append(noon(2024, 12, 2))
    older = [seed(path, quick_plan, day, pain=5) for day in old_days]
    page = open_history(history_window)
    assert [s.id for s in page.sessions] == [recent]  # painted with the recent weeks only
    assert page.loading
    first_minutes = page.figures.minutes
    qtbot.waitUntil(lambda: not page.loading, timeout=5000)
    assert [s.id for s in page.sessions] == [recent, *older]
    headings = [row.text for row in page.model.rows if isinstance(row, WeekRow)]
    assert headings == [
        "This week · 1 session",
        "Week of 2 Jun 2025 · 2 sessions",  # one week split over two pages, joined again
        "Week of 28 Apr 2025 · 1 session",
        "Week of 3 Mar 2025 · 1 session",
        "Week of 2 Dec 2024 · 1 session",
    ]
    assert page.model.rowCount() == 11
    assert page.figures.minutes == pytest.approx(first_minutes * 6)  # six equal sessions
    assert page.total_text.text() == f"{first_minutes * 6:.0f} min"
    assert page.pain_chart.values == []  # pain is charted over the last 12 weeks


def test_a_streak_longer_than_the_charts_is_counted_in_full(history_window, quick_plan, qtbot):
    path = history_window.context.paths.history_db
    start = noon(2026, 1, 5)
    for back in range(100):
        seed(path, quick_plan, start - timedelta(days=back))
    page = open_history(history_window)
    qtbot.waitUntil(lambda: not page.loading, timeout=10000)
    assert page.figures.streak == 100
    assert page.streak_text.text() == "100 days"


def test_totals_gathered_over_many_pages_match_the_whole_history(
    history_window, quick_plan, qtbot, monkeypatch
):
    monkeypatch.setattr("calfplayer.ui.pages.history.PAGE", 7)
    path = history_window.context.paths.history_db
    start = noon(2026, 1, 5)
    streak_days = [start - timedelta(days=back) for back in range(100)]  # over fifteen pages
    # The day before it only a session with nothing done (it must not bridge the streak), then
    # older sessions every day, one of them stopped part-way.
    gap = start - timedelta(days=100)
    older = [gap - timedelta(days=back) for back in range(1, 20)]
    for day in streak_days + older[:-1]:
        seed(path, quick_plan, day)
    seed(path, quick_plan, older[-1], share=0.4)
    store, _ = HistoryStore.open(path, history_window.context.clock)
    try:
        store.finish_session(store.start_session(quick_plan, gap), SessionStatus.ENDED_EARLY, gap)
    finally:
        store.close()
    store, _ = HistoryStore.open(path, history_window.context.clock)
    try:
        expected_minutes = sum(
            sum(s.ended_ms - s.started_ms for s in store.sets(record.id)) / 60_000
            for record in store.sessions()
        )
    finally:
        store.close()
    page = open_history(history_window)
    assert page.loading
    qtbot.waitUntil(lambda: not page.loading, timeout=10000)
    assert len(page.sessions) == 120
    assert page.figures.streak == 100
    assert page.streak_text.text() == "100 days"
    assert page.figures.minutes == pytest.approx(expected_minutes)
    assert page.total_text.text() == f"{expected_minutes:.0f} min"


def test_tab_walks_a_sessions_page_in_reading_order(history_window, seeded, qtbot) -> None:
    from .test_keyboard import check_reading_order

    page = open_history(history_window)
    page.open_session(seeded["jan5"])
    names = check_reading_order(history_window, qtbot, "SESSION")
    assert names.index("Effort") < names.index("Pain") < names.index("Note")
