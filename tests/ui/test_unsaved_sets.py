"""The window with sets its history could not take: closing asks (Retry, "Save them to a
file…"), a real timer writes them within 5 s once the disk takes them again, and the next start
offers, once, to bring a file of them in."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from calfplayer.domain.plan import build_plan
from calfplayer.paths import AppPaths
from calfplayer.ui import dialogs
from tests.store.history_helpers import tmpfs

from .helpers import step

FOUR_SETS = {"exercise": "calf-raise", "sets": 4, "reps": 2, "rest": 5}


def _play_to_the_end(window, clock) -> None:  # type: ignore[no-untyped-def]
    while step(window, clock):
        pass


def _set_rows(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM sets").fetchone()[0])
    finally:
        connection.close()


class Choices:
    def __init__(self, monkeypatch: pytest.MonkeyPatch, *choices: str, save_to: Path) -> None:
        self.choices = list(choices)
        self.asked: list[str] = []
        self.save_to = save_to
        monkeypatch.setattr(dialogs, "unsaved_sets", self.unsaved_sets)
        monkeypatch.setattr(dialogs, "save_file", lambda *_args: self.save_to)

    def unsaved_sets(self, parent: object, title: str, text: str) -> str:
        del parent
        self.asked.append(f"{title}: {text}")
        return self.choices.pop(0)


@pytest.fixture
def unusable_history(data_dir: Path) -> Path:
    """A folder where the history file belongs: nothing can be written until it goes."""
    history = AppPaths.under(data_dir).history_db
    history.mkdir(parents=True)
    return history


def test_closing_with_sets_not_saved_asks_and_saves_them_to_a_file(
    unusable_history, history_window, clock, make_routine, monkeypatch, tmp_path
) -> None:
    window = history_window
    window.start_plan(build_plan(make_routine(FOUR_SETS)))
    _play_to_the_end(window, clock)
    assert "4 sets are kept" in (window.controller.history_problem() or "")
    target = tmp_path / "my-sets.jsonl"
    choices = Choices(monkeypatch, dialogs.RETRY, dialogs.SAVE, save_to=target)
    window.close()
    assert len(choices.asked) == 2, "asked again after a Retry that could not write"
    assert choices.asked[0].startswith("4 sets not saved yet") and "is a folder" in choices.asked[0]
    assert not window.isVisible()
    lines = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [line["kind"] for line in lines].count("set") == 4
    assert unusable_history.is_dir() and not any(unusable_history.iterdir())


def test_keeping_the_window_open_keeps_the_sets_and_retries(
    unusable_history, history_window, clock, make_routine, monkeypatch, tmp_path
) -> None:
    window = history_window
    window.start_plan(build_plan(make_routine(FOUR_SETS)))
    _play_to_the_end(window, clock)
    choices = Choices(monkeypatch, dialogs.CANCEL, save_to=tmp_path / "unused.jsonl")
    window.close()
    assert window.isVisible() and len(choices.asked) == 1
    assert window.controller.retrying
    assert window.context.app.history.sets_waiting() == 4
    assert window.context.app.history.keep_unsaved(tmp_path / "kept.jsonl") is not None
    assert window.context.app.history.sets_waiting() == 0


def test_every_kept_set_is_written_within_5_s_once_the_disk_takes_them(
    tmp_path, clock, sink, keeper, qtbot, make_routine
) -> None:
    from calfplayer.ui.context import AppContext
    from calfplayer.ui.main_window import MainWindow

    with tmpfs(tmp_path / "disk") as disk:
        paths = AppPaths.under(tmp_path / "disk" / "data")
        context = AppContext.create(paths, clock)
        context.cue_sink = sink
        context.open_history()
        disk.read_only()  # before anything holds a file open for writing there
        window = MainWindow(context, keeper)
        qtbot.addWidget(window, before_close_func=lambda w: w.controller.shutdown())
        window.show()
        window.start_plan(build_plan(make_routine(FOUR_SETS)))
        _play_to_the_end(window, clock)
        assert context.app.history.sets_waiting() == 4
        assert window.controller.retrying
        disk.read_only(False)
        qtbot.waitUntil(lambda: not context.app.history.sets_waiting(), timeout=5000)
        assert _set_rows(paths.history_db) == 4
        assert window.controller.history_problem() is None
        qtbot.waitUntil(lambda: not window.controller.retrying, timeout=3000)
        context.close_history()


def test_the_next_start_offers_once_to_bring_the_sets_in(
    data_dir, clock, sink, keeper, qtbot, make_routine, answers
) -> None:
    from calfplayer.app.application import Application
    from calfplayer.ui.context import AppContext
    from calfplayer.ui.main_window import MainWindow

    paths = AppPaths.under(data_dir)
    paths.history_db.mkdir(parents=True)
    earlier = Application.create(paths, clock)
    earlier.history.open_for_recording()
    recorder = earlier.history.recorder
    plan = build_plan(make_routine(FOUR_SETS))
    from calfplayer.domain.session import Session

    session = Session(plan, clock)
    recorder.begin(plan, clock.wall_now())
    recorder.record(session.start())
    while session.next_event_at() is not None:
        clock.set(session.next_event_at())  # type: ignore[arg-type]
        recorder.record(session.advance())
    kept = earlier.history.keep_unsaved()
    assert kept is not None and kept.exists()
    paths.history_db.rmdir()  # the person fixed it

    def open_window(replies: list[bool]) -> MainWindow:
        answers.replies = replies
        context = AppContext.create(paths, clock)
        context.cue_sink = sink
        context.open_history()
        window = MainWindow(context, keeper)
        qtbot.addWidget(window, before_close_func=lambda w: w.controller.shutdown())
        window.show()
        return window

    window = open_window([False])
    qtbot.waitUntil(lambda: answers.asked == ["Bring in the sets not saved?"], timeout=3000)
    assert not kept.exists() and kept.with_name(kept.name + ".not-now").exists()
    assert "bring-in" in window.notice.text() or any("bring-in" in text for text in window._notices)
    window.context.close_history()
    window.close()
    answers.asked.clear()
    second = open_window([])
    qtbot.wait(50)
    assert answers.asked == [], "offered once"
    second.context.close_history()
    second.close()

    kept.with_name(kept.name + ".not-now").rename(kept)
    third = open_window([True])
    qtbot.waitUntil(lambda: not kept.exists(), timeout=3000)
    third.context.close_history()
    assert _set_rows(paths.history_db) == 4
