"""Importing routine files in the window (button, drop) and exporting them; user text is text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from calfplayer.domain.routines import Source
from calfplayer.store.routines import OnClash
from calfplayer.ui.main_window import Page


class Dialogs:
    """Stands in for the file pickers and questions of routine_dialogs."""

    def __init__(self) -> None:
        self.clash_answer: OnClash | None = None
        self.clashes: list[tuple[str, bool]] = []
        self.problems: list[tuple[str, str]] = []
        self.open_path: Path | None = None
        self.save_path: Path | None = None

    def ask_clash(self, parent: object, name: str, routine_id: str, built_in: bool):  # type: ignore[no-untyped-def]
        self.clashes.append((routine_id, built_in))
        if built_in and self.clash_answer is OnClash.REPLACE:
            raise AssertionError("a built-in routine was offered for replacing")
        return self.clash_answer

    def show_problems(self, parent: object, title: str, text: str) -> None:
        self.problems.append((title, text))


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    fake = Dialogs()
    monkeypatch.setattr("calfplayer.ui.routine_dialogs.ask_clash", fake.ask_clash)
    monkeypatch.setattr("calfplayer.ui.routine_dialogs.show_problems", fake.show_problems)
    monkeypatch.setattr(
        "calfplayer.ui.routine_dialogs.open_routine_file", lambda parent: fake.open_path
    )
    monkeypatch.setattr(
        "calfplayer.ui.routine_dialogs.save_routine_file", lambda parent, name: fake.save_path
    )
    return fake


def _routine_file(folder: Path, routine_id: str, name: str, reps: int = 8) -> Path:
    path = folder / f"{routine_id}-{reps}.json"
    data = {
        "format": 1,
        "id": routine_id,
        "name": name,
        "items": [{"exercise": "calf-raise", "sets": 1, "reps": reps}],
    }
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _own_files(context) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(path.name for path in context.paths.routines.glob("*.json"))


def test_import_button_adds_a_valid_file_and_shows_it(window, context, dialogs, tmp_path) -> None:
    dialogs.open_path = _routine_file(tmp_path, "ankle-rehab", "Ankle rehab")
    window.workouts.import_button.click()
    assert _own_files(context) == ["ankle-rehab.json"]
    assert context.library.get("ankle-rehab").source is Source.USER
    assert "Ankle rehab" in [card.routine.name for card in window.workouts.cards]
    assert window.current_page is Page.PREVIEW
    assert window.preview.title.text() == "Ankle rehab"
    assert window.notice.text() == 'Imported "Ankle rehab" into your routines.'


def test_cancelled_file_dialog_adds_nothing(window, context, dialogs) -> None:
    window.workouts.import_button.click()
    assert _own_files(context) == []
    assert window.current_page is Page.WORKOUTS


def test_invalid_file_shows_every_problem_and_adds_nothing(
    window, context, dialogs, tmp_path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps({"id": "bad", "name": "", "items": [{"exercise": "calf-rise", "sets": 0}]}),
        encoding="utf-8",
    )
    assert window.routine_actions.import_file(bad) is None
    assert _own_files(context) == []
    [(title, text)] = dialogs.problems
    assert title == "bad.json could not be imported"
    assert "name: must not be empty" in text
    assert 'items[0].exercise: "calf-rise" is not a known exercise (did you mean' in text
    not_json = tmp_path / "notes.json"
    not_json.write_text("{nope", encoding="utf-8")
    window.routine_actions.import_file(not_json)
    assert "is not valid JSON" in dialogs.problems[-1][1]
    assert _own_files(context) == []


def test_an_id_already_used_asks_replace_keep_both_or_cancel(
    window, context, dialogs, tmp_path
) -> None:
    window.routine_actions.import_file(_routine_file(tmp_path, "ankle-rehab", "Ankle rehab"))
    newer = _routine_file(tmp_path, "ankle-rehab", "Ankle rehab v2", reps=12)

    dialogs.clash_answer = None  # Cancel
    assert window.routine_actions.import_file(newer) is None
    assert _own_files(context) == ["ankle-rehab.json"]
    assert context.library.get("ankle-rehab").items[0].reps == 8

    dialogs.clash_answer = OnClash.REPLACE
    window.routine_actions.import_file(newer)
    assert _own_files(context) == ["ankle-rehab.json"]
    assert context.library.get("ankle-rehab").items[0].reps == 12

    dialogs.clash_answer = OnClash.KEEP_BOTH
    window.routine_actions.import_file(newer)
    assert _own_files(context) == ["ankle-rehab-2.json", "ankle-rehab.json"]
    assert context.library.get("ankle-rehab-2").name == "Ankle rehab v2 (copy)"
    assert dialogs.clashes == [("ankle-rehab", False)] * 3


def test_a_built_in_id_can_only_be_kept_beside_it(window, context, dialogs, tmp_path) -> None:
    same_id = _routine_file(tmp_path, "gentle-start", "My gentle start")
    dialogs.clash_answer = None
    window.routine_actions.import_file(same_id)
    assert _own_files(context) == []
    dialogs.clash_answer = OnClash.KEEP_BOTH
    window.routine_actions.import_file(same_id)
    assert _own_files(context) == ["gentle-start-2.json"]
    assert context.library.get("gentle-start").source is Source.BUILT_IN
    assert dialogs.clashes == [("gentle-start", True), ("gentle-start", True)]


def _drag_events(path: Path, at: QPoint) -> tuple[QDragEnterEvent, QDropEvent, QMimeData]:
    """The events hold the mime data without owning it: the caller keeps it alive."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    action = Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at, action, data, buttons, keys)
    drop = QDropEvent(QPointF(at), action, data, buttons, keys)
    return enter, drop, data


def test_a_json_file_dropped_on_the_window_is_imported(window, context, dialogs, tmp_path) -> None:
    path = _routine_file(tmp_path, "dropped", "Dropped in")
    enter, drop, _data = _drag_events(path, QPoint(100, 100))
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, drop)
    assert _own_files(context) == ["dropped.json"]
    assert window.preview.title.text() == "Dropped in"

    other = tmp_path / "picture.png"
    other.write_bytes(b"\x89PNG")
    enter, drop, _data = _drag_events(other, QPoint(100, 100))
    enter.ignore()
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_a_file_dropped_during_a_workout_waits(window, context, dialogs, tmp_path) -> None:
    window.open_routine(context.library.get("movement-snack"), start=True)
    path = _routine_file(tmp_path, "later", "Later")
    enter, drop, _data = _drag_events(path, QPoint(100, 100))
    QApplication.sendEvent(window, enter)
    QApplication.sendEvent(window, drop)
    assert _own_files(context) == []
    assert window.current_page is Page.PLAYER
    assert window.notice.text() == "Finish or stop the workout, then drop the file again."


def test_export_writes_the_routine_file(window, context, dialogs, tmp_path) -> None:
    routine = context.library.get("gentle-start")
    window.open_routine(routine)
    dialogs.save_path = tmp_path / "out" / "gentle.json"
    dialogs.save_path.parent.mkdir()
    window.preview.export_button.click()
    data = json.loads(dialogs.save_path.read_text(encoding="utf-8"))
    assert data["id"] == "gentle-start"
    assert [item["exercise"] for item in data["items"]] == [i.exercise.id for i in routine.items]
    # What was exported imports again as the same routine (under a new id beside the built-in).
    dialogs.clash_answer = OnClash.KEEP_BOTH
    again = window.routine_actions.import_file(dialogs.save_path)
    assert again is not None
    assert again.items == routine.items


# --- user text is text ---------------------------------------------------------------------------

HTML_NAME = "<b>big</b><img src=x>"


def _labels_showing(widget: QWidget, text: str) -> list[QLabel]:
    return [label for label in widget.findChildren(QLabel) if text in label.text()]


def _shows_literally(label: QLabel, text: str) -> bool:
    # Qt would take this text for markup by itself (showing "big" in bold and a broken picture);
    # a label set to plain text shows every character as written.
    assert QtGui.Qt.mightBeRichText(text)
    return label.textFormat() is Qt.TextFormat.PlainText


def test_an_html_name_shows_literally_on_card_preview_and_player(
    window, context, dialogs, tmp_path
) -> None:
    path = tmp_path / "html.json"
    path.write_text(
        json.dumps(
            {
                "format": 1,
                "id": "html",
                "name": HTML_NAME,
                "description": "<i>not italic</i>",
                "items": [{"exercise": "calf-raise", "sets": 1, "reps": 2}],
            }
        ),
        encoding="utf-8",
    )
    window.routine_actions.import_file(path)
    QApplication.processEvents()
    for page in (window.workouts, window.preview):
        shown = _labels_showing(page, HTML_NAME)
        assert shown, f"{page} does not show the name"
        assert all(_shows_literally(label, HTML_NAME) for label in shown)
        described = _labels_showing(page, "<i>not italic</i>")
        assert described and all(_shows_literally(lb, "<i>not italic</i>") for lb in described)
    window.preview.start_button.click()
    assert window.current_page is Page.PLAYER
    QApplication.processEvents()
    assert window.player.routine_name.text() == HTML_NAME
    assert _shows_literally(window.player.routine_name, HTML_NAME)
    # The same holds for every label on the way, including the summary after the workout.
    for page in (window.workouts, window.preview, window.player, window.summary):
        for label in page.findChildren(QLabel):
            assert label.textFormat() is Qt.TextFormat.PlainText, label.text()
