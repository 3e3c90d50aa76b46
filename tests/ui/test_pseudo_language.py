"""Under the pseudo-language every text the window shows is marked: no English outside ⟦ ⟧.

The real window runs in the pseudo-language (every translation is its English text inside ⟦ ⟧)
and is walked through every page and the states a person sees: the Workouts page with today's
plan, a due reminder and a workout to resume, the exercises, a preview, the player from get ready
through a set, a rest and a pause to its end, the summary with its rating, the history and a
session, every section of Settings, the editor with a mistake, About, the questions the window
asks and its notices. Everything shown is read at each step: labels, buttons, fields' hints,
drop-down items, list rows, tooltips, accessible names and descriptions, and the texts widgets
paint themselves. A word left bare is a text that does not go through the catalogue; only what
the person typed, ids, paths, numbers and proper names (the voices', the licences', the studies
cited) may be bare.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QLocale, QModelIndex, Qt
from PySide6.QtGui import QPainter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTextEdit,
    QWidget,
)

from calfplayer import i18n
from calfplayer.audio.problems import no_speech_engine
from calfplayer.audio.speech_process import speech_command
from calfplayer.domain.plan import build_plan
from calfplayer.domain.routines import parse_routine, single_exercise_routine
from calfplayer.domain.session import Session
from calfplayer.store.recorder import HistoryRecorder
from calfplayer.ui import dialogs, routine_dialogs
from calfplayer.ui.frame import Page
from calfplayer.ui.main_window import MainWindow
from calfplayer.ui.pages.about import LICENCES, REFERENCES
from calfplayer.ui.pages.settings import LANGUAGE_NAMES
from calfplayer.ui.report_dialog import ReportDialog
from calfplayer.ui.translation import install_translators
from calfplayer.ui.widgets import voice_settings
from tests.pseudo_language import OPEN, PSEUDO_LANGUAGE, Sentences, english_outside_marks
from tests.store.history_helpers import play
from tests.ui.helpers import run_until, step
from tests.ui.history_seed import seed

from .test_voice_settings import FAKE_ENGINE

pytestmark = pytest.mark.slow

# The real question, before the fixture that stands in for it replaces it.
REAL_CONFIRM = dialogs.confirm

ROUTINE_NAME = "Wobbly Wednesday"  # typed by the person
NOTE = "Stairs felt easier"
# Qt's own words: its standard button, translated by its catalogue (qtbase_de, qtbase_es), and
# the months' short names a date field shows, from its data for the language.
QT_OWN = {
    "OK",
    *(
        QLocale(PSEUDO_LANGUAGE).monthName(month, QLocale.FormatType.ShortFormat)
        for month in range(1, 13)
    ),
}
# A routine file's keys, named with a problem in it so that the person can find the place.
ROUTINE_FILE_KEYS = {"name", "items"}
# The voices the stand-in engine lists, with their languages.
VOICE_NAMES = {"Fake One", "Fake Two", "en", "en-gb"}
# Proper names: the studies are cited as published, the parts and licences by their own names.
PROPER_NAMES = {
    *REFERENCES,
    *(part for part, _licence, _role in LICENCES),
    *(licence for _part, licence, _role in LICENCES),
    *LANGUAGE_NAMES.values(),
}
# Below these, a state's sweep would be too thin to mean anything: a page shows many texts, a
# question at least its title, its sentence and two answers.
LEAST_ON_A_PAGE = 8
LEAST_IN_A_QUESTION = 4


@dataclass(frozen=True)
class Shown:
    where: str  # the widget's class and the kind of text
    text: str


def plain(label: QLabel) -> str:
    text = label.text()
    if label.textFormat() is not Qt.TextFormat.PlainText and "<" in text:
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    found = []
    roles = (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.AccessibleDescriptionRole,
    )
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for row in range(model.rowCount(QModelIndex())):
        for column in range(columns):
            index = model.index(row, column)
            for role in roles:
                value = model.data(index, role)
                if isinstance(value, str):
                    found.append(value)
    return found


def painted_texts(widget: QWidget, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the widget's own paintEvent draws as text (the ring's count, the charts' labels)."""
    drawn: list[str] = []
    original = QPainter.drawText

    def recording(painter: QPainter, *args: object) -> object:
        drawn.extend(arg for arg in args if isinstance(arg, str))
        return original(painter, *args)

    with monkeypatch.context() as patch:
        patch.setattr(QPainter, "drawText", recording)
        widget.grab()
    return drawn


def widget_texts(widget: QWidget) -> list[tuple[str, str]]:
    kind = type(widget).__name__
    found = [
        ("tooltip", widget.toolTip()),
        ("accessible name", widget.accessibleName()),
        ("accessible description", widget.accessibleDescription()),
    ]
    if widget.isWindow():
        found.append(("window title", widget.windowTitle()))
    if isinstance(widget, QLabel):
        found.append(("text", plain(widget)))
    if isinstance(widget, QAbstractButton):
        found.append(("text", widget.text()))
    if isinstance(widget, QLineEdit):
        found += [("placeholder", widget.placeholderText()), ("text", widget.text())]
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        found += [("placeholder", widget.placeholderText()), ("text", widget.toPlainText())]
    if isinstance(widget, QComboBox):
        found += [("item", widget.itemText(index)) for index in range(widget.count())]
    if isinstance(widget, QSpinBox):
        found += [("prefix", widget.prefix()), ("suffix", widget.suffix())]
    if isinstance(widget, QAbstractSpinBox):
        found.append(("special value", widget.specialValueText()))
    if isinstance(widget, QDateTimeEdit):
        found.append(("shown", widget.text()))
    if isinstance(widget, QTabBar):
        for index in range(widget.count()):
            found += [("tab", widget.tabText(index)), ("tab tooltip", widget.tabToolTip(index))]
    if isinstance(widget, QGroupBox):
        found.append(("title", widget.title()))
    if isinstance(widget, QAbstractItemView):
        found += [("row", text) for text in model_texts(widget)]
    return [(f"{kind} {what}", text) for what, text in found if text.strip()]


def shown_texts(root: QWidget, monkeypatch: pytest.MonkeyPatch) -> list[Shown]:
    found: list[Shown] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        found += [Shown(where, text) for where, text in widget_texts(widget)]
    found += [Shown("painted", text) for text in painted_texts(root, monkeypatch) if text.strip()]
    return found


class Sweep:
    """Reads every state it is shown; ``bare`` holds what went around the catalogue."""

    def __init__(
        self, monkeypatch: pytest.MonkeyPatch, allowed: set[str], sentences: Sentences
    ) -> None:
        self.monkeypatch = monkeypatch
        self.sentences = sentences
        self.allowed = allowed
        self.bare: list[str] = []
        self.counts: dict[str, tuple[int, int]] = {}
        self.least: dict[str, int] = {}

    def look(
        self,
        state: str,
        root: QWidget,
        least: int = LEAST_ON_A_PAGE,
        also: Iterable[Shown] = (),
        allowed: Iterable[str] = (),
    ) -> None:
        """Reads ``root`` and ``also``; ``allowed`` adds names that may stay bare here."""
        self.least[state] = least
        for _ in range(3):
            QApplication.processEvents()
        texts = [*shown_texts(root, self.monkeypatch), *also]
        allowed_here = self.allowed | set(allowed)
        marked = sum(OPEN in shown.text for shown in texts)
        before = self.counts.get(state, (0, 0))
        self.counts[state] = (before[0] + len(texts), before[1] + marked)
        for shown in texts:
            words = english_outside_marks(shown.text, allowed_here)
            words += self.sentences.english_in_values(shown.text, allowed_here)
            if words:
                self.bare.append(f"{state}: {shown.where} {shown.text!r}: {words}")

    def look_at_window(self, state: str, window: MainWindow) -> None:
        # Notices waiting their turn in the banner are shown next.
        waiting = [Shown("NoticeBanner waiting", text) for text, _kind in window.banner.waiting]
        self.look(state, window, also=waiting)
        for top in QApplication.topLevelWidgets():
            if top is not window and top.isVisible() and isinstance(top, QDialog):
                self.look(state, top)


@pytest.fixture
def pseudo(pseudo_catalogue_dir, monkeypatch, qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(i18n.TRANSLATIONS_DIR_ENV, str(pseudo_catalogue_dir))
    assert install_translators(qapp, PSEUDO_LANGUAGE) == PSEUDO_LANGUAGE
    yield
    install_translators(qapp, i18n.ENGLISH)  # the next test reads English


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> list[QDialog]:
    """The real questions, each read while it is open and then closed unanswered (No)."""
    opened: list[QDialog] = []
    monkeypatch.setattr("calfplayer.ui.dialogs.confirm", REAL_CONFIRM)

    def look(box: QDialog) -> int:
        box.show()
        opened.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", look)
    return opened


def person_routine(catalogue):  # type: ignore[no-untyped-def]
    data = {
        "format": 1,
        "id": "wobbly-wednesday",
        "name": ROUTINE_NAME,
        "description": "",
        "items": [
            {"exercise": "calf-stretch", "sets": 2, "hold": 2, "rest": 3, "per_side": True},
            {"exercise": "calf-raise", "sets": 2, "reps": 2, "rest": 3},
            {"exercise": "seated-calf-raise", "sets": 1, "reps": 1, "self_paced": True},
        ],
    }
    return parse_routine(data, "wobbly-wednesday.json", catalogue)


def cut_off_workout(context, plan, clock) -> None:  # type: ignore[no-untyped-def]
    """A workout recorded for two sets and never finished: the app was killed."""
    recorder = HistoryRecorder(context.paths.history_db, clock=clock)
    session = Session(plan, clock)
    recorder.begin(plan, clock.wall_now())
    play(session, clock, recorder, sets=2)
    recorder.close()


@pytest.fixture
def sweep_window(pseudo, qtbot, context, keeper, clock, catalogue, monkeypatch):  # type: ignore[no-untyped-def]
    routine = context.app.routines.save(person_routine(catalogue))
    plan = build_plan(routine)
    start = clock.wall_now() - timedelta(days=20)
    for day in range(0, 20, 2):
        seed(
            Path(context.paths.history_db),
            plan,
            start + timedelta(days=day),
            share=0.5 if day == 4 else 1.0,
            pain=day % 5,
            effort=3,
            note=NOTE if day == 6 else "",
            hurt_sets=(1,) if day == 8 else (),
        )
    # Built-in routines' sessions and an exercise tried on its own: names in the language.
    for number, shown in enumerate(
        (context.library.get("gentle-start"), single_exercise_routine("calf-raise", catalogue))
    ):
        seed(Path(context.paths.history_db), build_plan(shown), start + timedelta(days=number))
    cut_off_workout(context, build_plan(context.library.get("balance-builder")), clock)
    now = clock.wall_now()
    plan_book = context.app.plan
    plan_book.zone = now.tzinfo
    later = now + timedelta(hours=3)
    plan_book.add_routine("gentle-start", "daily", f"{later:%H:%M}")
    plan_book.add_routine("balance-builder", "daily", f"{now:%H:%M}")
    plan_book.add_snack("movement-snack", "2h", "09:00", "17:00", "mon,tue,wed,thu,fri")
    # The voices listed by a stand-in engine, as the real one lists them.
    monkeypatch.setattr(
        voice_settings, "speech_command", lambda kind, _engine: speech_command(kind, FAKE_ENGINE)
    )
    context.open_history()
    built = MainWindow(context, keeper)
    qtbot.addWidget(built, before_close_func=lambda w: w.controller.shutdown())
    built.add_voice_settings()
    built.show()
    voice = built.voice_settings
    assert voice is not None
    qtbot.waitUntil(lambda: voice.voice_list.count() == 3, timeout=10_000)
    return built


def test_every_text_the_window_shows_is_marked(
    sweep_window,
    questions,
    clock,
    context,
    sink,
    tmp_path,
    data_dir,
    monkeypatch,
    qtbot,
    pseudo_catalogue_dir,
) -> None:  # type: ignore[no-untyped-def]
    window = sweep_window
    allowed = {
        "calfplayer",
        ROUTINE_NAME,
        NOTE,
        *context.library.ids(),
        str(tmp_path),
        str(data_dir),
        *VOICE_NAMES,
        *PROPER_NAMES,
        *QT_OWN,
    }
    sweep = Sweep(monkeypatch, allowed, Sentences(pseudo_catalogue_dir))
    look = lambda state: sweep.look_at_window(state, window)  # noqa: E731

    def answered(state: str, ask: Callable[[], object], allowed: Iterable[str] = ()) -> None:
        """A question the window asks: read while open, then closed."""
        before = len(questions)
        ask()
        assert len(questions) > before, f"{state}: no question was asked"
        for box in questions[before:]:
            sweep.look(state, box, LEAST_IN_A_QUESTION, allowed=allowed)
            box.close()

    # Workouts: today's plan, a due reminder, the workout cut off, the routines.
    assert window.resume_flow.card is not None
    window.plan_reminder.timer.timeout.emit()
    assert window.plan_reminder.banner.isVisibleTo(window)
    look("workouts")
    # A mistake in the plan's form and a confirmation: the notices above every page.
    settings = window.plan_settings
    for box in settings.days.boxes:
        box.setChecked(False)
    settings.add_button.click()
    export = tmp_path / "sessions.csv"
    monkeypatch.setattr("calfplayer.ui.pages.history.ask_export_file", lambda parent: export)
    window.history.export_button.click()
    look("notices")

    window.show_page(Page.LIBRARY)
    look("exercises")
    card = window.library.cards["calf-raise"]
    window.library.scroll_area.ensureWidgetVisible(card)
    card.try_button.click()
    assert window.current_page is Page.PREVIEW
    look("an exercise's preview")
    window.open_routine(context.library.get("full-programme"))
    look("preview")

    # The player, from get ready to the end.
    window.open_routine(context.library.get("wobbly-wednesday"))
    window.preview.start_button.click()
    assert window.current_page is Page.PLAYER
    for stage in ("setup", "hold", "switch", "rest", "reps", "self-paced"):
        run_until(window, clock, lambda v, stage=stage: v.stage.value == stage)
        window.player.refresh()
        if stage == "reps":
            window.player.mark_hurt()
        look(f"player: {stage}")
        if stage == "rest":
            window.controller.pause()
            look("player: paused")
            answered("stop the workout?", window.request_stop)
            window.controller.resume()
    sink.fail(str(no_speech_engine()))
    look("player: the voice lost")
    while window.controller.active:
        if not step(window, clock):
            window.controller.rep_done()
    assert window.current_page is Page.SUMMARY
    assert window.advice is not None and window.advice.isVisible()
    look("summary")
    rating = window.summary.rating
    assert rating is not None
    rating.effort.slider.setValue(4)
    rating.pain.slider.setValue(2)
    look("summary rated")
    window.summary.done.emit()

    window.show_page(Page.HISTORY)
    qtbot.waitUntil(lambda: not window.history.loading, timeout=10_000)
    assert len(window.history.sessions) == 14  # 12 seeded, 1 cut off, 1 played
    look("history")
    for number in range(3):
        window.history.show_chart(number)
        look(f"history chart {number + 1}")
    window.history.open_session(window.history.sessions[0].id)
    look("a session")
    for shown in window.history.sessions[1:]:
        window.history.open_session(shown.id)
        look("the other sessions")
    answered("delete a session?", lambda: window.history.delete_session(shown.id))
    window.history.show_list()

    monkeypatch.setattr(ReportDialog, "exec", lambda dialog: dialog.show() or 0)
    window.history.open_report()
    look("the report")
    for top in QApplication.topLevelWidgets():
        if isinstance(top, ReportDialog):
            top.close()

    window.show_page(Page.SETTINGS)
    shown = (window.voice_settings, window.plan_settings, window.weekly_goal, window.your_data)
    assert all(section is not None and section.isVisible() for section in shown)
    assert all(choice.isVisible() for choice in window.settings.language_buttons.values())
    look("settings")
    answered("delete all data?", window.your_data.delete_button.click)

    window.routine_actions.new_routine()
    look("editor: a new routine")
    window.editor.save_button.click()
    look("editor: a new routine with mistakes")
    window.routine_actions.edit(context.library.get("wobbly-wednesday"))
    band = window.editor.item_list.editors[1]
    band.set_value("sets", 0)
    band.set_value("tempo.down", 2.3)
    look("editor: a field's mistake")
    answered("discard the changes?", window.editor.cancel)
    answered("delete the routine?", window.editor.delete)
    window.show_page(Page.WORKOUTS)

    answered(
        "a routine of the same name",
        lambda: routine_dialogs.ask_clash(window, ROUTINE_NAME, "wobbly-wednesday", built_in=True),
    )
    bad = tmp_path / "broken.json"
    bad.write_text(json.dumps({"format": 1, "id": "broken", "name": "", "items": []}))
    monkeypatch.setattr("calfplayer.ui.routine_dialogs.open_routine_file", lambda parent: bad)
    answered(
        "a routine that cannot be imported",
        window.routine_actions.import_with_dialog,
        allowed={bad.name, *ROUTINE_FILE_KEYS},
    )
    answered(
        "sets not saved",
        lambda: dialogs.unsaved_sets(
            window,
            i18n.translate("MainWindow", "%n set(s) not saved yet", None, 2),
            i18n.translate("MainWindow", "Your history cannot be saved right now."),
        ),
    )

    window.show_page(Page.ABOUT)
    look("about")

    assert len(sweep.counts) >= 30, sorted(sweep.counts)
    for state, (texts, marked) in sweep.counts.items():
        least = sweep.least[state]
        assert texts >= least, f"{state}: only {texts} texts read"
        assert marked >= least // 2, f"{state}: only {marked} of {texts} texts marked"
    assert not sweep.bare, "English outside the marks:\n" + "\n".join(sweep.bare)
