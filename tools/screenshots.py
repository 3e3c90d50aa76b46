#!/usr/bin/env python3
"""Render every page of the window, light and dark, at phone size: ``tools/screenshots.py DIR``.

The workout pages are shown at chosen moments of real routines, reached with a fake clock, so the
pictures are the same on every run. Files: DIR/<page>-<theme>.png.

``tools/screenshots.py DIR --language de`` shows the window in that language (its built
catalogue, ``make translations``), light only: the Workouts page, the player during a set and in
a rest with what comes next, and the summary. Files: DIR/<page>-<language>.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMessageBox, QScrollArea

from calfplayer import i18n
from calfplayer.domain.clock import FakeClock
from calfplayer.domain.plan import Plan, Segment, SegmentKind, build_plan
from calfplayer.domain.record import SessionStatus
from calfplayer.domain.week_plan import RoutineEntry, SnackEntry, WeekPlan
from calfplayer.paths import AppPaths
from calfplayer.store.history import HistoryStore
from calfplayer.ui.context import AppContext
from calfplayer.ui.main_window import MainWindow, Page
from calfplayer.ui.translation import install_translators
from tools.sample_history import fill_history

# The generated 12-week history ends on this evening; the fake clock starts just after it.
HISTORY_END = datetime(2026, 11, 23, 20, 0, tzinfo=timezone(timedelta(hours=1)))


def _moment(
    window: MainWindow, clock: FakeClock, plan: Plan, find: Callable[[Segment], bool], into: float
) -> None:
    """Starts ``plan`` and moves the clock ``into`` (0..1) the first segment matching ``find``."""
    start = clock.monotonic_ms()
    window.start_plan(plan)
    segment = next(s for s in plan.segments if find(s))
    clock.set(start + segment.start_ms + round(segment.planned_ms * into))
    window.controller.tick()
    window.player.refresh()


def _stop_quietly(window: MainWindow) -> None:
    window.controller.stop()


def _with_question(window: MainWindow) -> QPixmap:
    """The Stop question as it opens over the player (the real dialog, answered "Keep going"):
    the window dimmed, as a window manager shows a modal parent, with the question over it."""
    picture = QPixmap()

    def shoot_then_answer() -> None:
        nonlocal picture
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):  # not open yet: look again on the next turn
            QTimer.singleShot(10, shoot_then_answer)
            return
        QApplication.processEvents()
        picture = window.grab()
        painter = QPainter(picture)
        painter.fillRect(picture.rect(), QColor(0, 0, 0, 90))
        question = box.grab()
        corner = QPoint(
            (picture.width() - question.width()) // 2, (picture.height() - question.height()) // 2
        )
        painter.drawPixmap(corner, question)
        painter.setPen(QColor(128, 128, 128))  # the frame a window manager would draw
        painter.drawRect(
            corner.x() - 1, corner.y() - 1, question.width() + 1, question.height() + 1
        )
        painter.end()
        box.reject()  # its Escape button: "Keep going"

    QTimer.singleShot(0, shoot_then_answer)
    window.request_stop()
    return picture


def _editor_shots(window: MainWindow, grab: Callable[[str], None]) -> None:
    """The editor with a duplicated built-in, then with two values it marks as wrong."""
    window.routine_actions.duplicate(window.context.library.get("gentle-start"))
    grab("editor")
    band = window.editor.item_list.editors[1]
    band.set_value("sets", 0)
    band.set_value("tempo.down", 2.3)
    areas = window.editor.findChildren(QScrollArea)
    areas[0].ensureWidgetVisible(band, 0, 0)
    grab("editor-problems")


def _advice_shot(window: MainWindow, clock: FakeClock, grab: Callable[[str], None]) -> None:
    """The summary of a completed workout after three easy ones: a step up is offered."""
    routine = window.context.library.get("movement-snack")
    store, _notice = HistoryStore.open(window.context.paths.history_db, window.context.clock)
    for day in range(1, 4):
        began = datetime(2026, 11, day, 8, 0).astimezone()
        session = store.start_session(build_plan(routine), began)
        store.finish_session(session, SessionStatus.COMPLETED, began + timedelta(minutes=2))
        store.rate_session(session, 3, 1, "")
    store.close()
    window.start_plan(build_plan(routine))
    while window.controller.session is not None and window.controller.active:
        due = window.controller.session.next_event_at()
        if due is None:
            break
        clock.set(max(due, clock.monotonic_ms()))
        window.controller.tick()
    grab("summary-advice")


def _history_shots(window: MainWindow, grab: Callable[[str], None]) -> None:
    """The pain chart, and a session with a "that hurt" mark (the list is grabbed before)."""
    window.history.show_chart(2)
    grab("history-pain")
    window.history.show_chart(0)
    marked = next(s for s in window.history.sessions if s.hurts)
    window.history.open_session(marked.id)
    grab("history-session")
    window.history.show_list()


def _context_with_history(folder: Path, clock: FakeClock) -> AppContext:
    """A context whose data dir holds a generated 12-week history ending at HISTORY_END."""
    paths = AppPaths.under(folder)
    fill_history(paths.history_db, today=HISTORY_END)
    return AppContext.create(paths, clock)


def _settings_shots(window: MainWindow, grab: Callable[[str], None]) -> None:
    window.add_voice_settings()  # the app adds it just after its first paint
    window.show_page(Page.SETTINGS)
    grab("settings")
    scroller = window.settings.findChild(QScrollArea)
    if scroller is not None and window.voice_settings is not None:
        scroller.ensureWidgetVisible(window.voice_settings)
        grab("settings-voice")


def _plan_shots(window: MainWindow, grab: Callable[[str], None]) -> None:
    """A plan made four weeks before the history ends: Settings › Plan, today's plan with a due
    movement snack on the Workouts page, and the plan against the history on History."""
    plan = window.context.app.plan
    plan.zone = ZoneInfo("Europe/Berlin")
    made = HISTORY_END.date() - timedelta(weeks=4)
    entries = (
        RoutineEntry("gentle-start", frozenset({0, 2, 4}), time(18), made),
        RoutineEntry("balance-builder", frozenset({1, 3}), time(7, 30), made),
        SnackEntry("movement-snack", frozenset(range(5)), 180, time(10), time(19), made),
    )
    plan.change(lambda _old: WeekPlan(entries, frozenset({6})))
    window.plan_reminder.refresh()
    window.show_page(Page.SETTINGS)
    for _turn in range(3):  # the scrolling page takes a few turns to make room for the rows
        QApplication.processEvents()
    scroller = window.settings.findChild(QScrollArea)
    if scroller is not None:
        scroller.verticalScrollBar().setValue(window.plan_settings.parentWidget().y() - 12)
    grab("settings-plan")
    window.show_page(Page.WORKOUTS)
    grab("workouts-plan")
    window.show_page(Page.HISTORY)
    grab("history-plan")


def _library_shots(window: MainWindow, grab: Callable[[str], None]) -> None:
    window.show_page(Page.LIBRARY)
    grab("library")
    soleus = window.library.cards["soleus-raise"]
    window.library.scroll_area.verticalScrollBar().setValue(soleus.y())
    grab("library-soleus")
    window.show_page(Page.ABOUT)
    grab("about")


def shoot(folder: Path) -> list[Path]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    # English as the app shows it: its catalogue holds the plural forms ("1 session", not "(s)").
    install_translators(app, i18n.ENGLISH)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as temp:
        for theme in ("light", "dark"):
            clock = FakeClock(wall_start=HISTORY_END + timedelta(minutes=30))
            context = _context_with_history(Path(temp) / theme, clock)
            context.app.settings.current = replace(context.settings, theme=theme)
            window = MainWindow(context)
            window.resize(420, 860)
            window.show()
            library = context.library
            full = build_plan(library.get("full-programme"))
            balance = build_plan(library.get("balance-builder"))
            gentle = build_plan(library.get("gentle-start"))

            def grab(
                name: str,
                theme: str = theme,
                window: MainWindow = window,
                picture: QPixmap | None = None,
            ) -> None:
                app.processEvents()
                path = folder / f"{name}-{theme}.png"
                (picture or window.grab()).save(str(path))
                saved.append(path)

            grab("workouts")
            window.open_routine(library.get("gentle-start"))
            grab("preview")

            def is_rep(s: Segment) -> bool:
                return s.exercise_id == "calf-raise" and s.kind is SegmentKind.TOP and s.rep == 7

            def is_hold(s: Segment) -> bool:
                return s.kind is SegmentKind.HOLD and s.side is not None

            shots: list[tuple[str, Plan, Callable[[Segment], bool], float]] = [
                ("player-reps", full, is_rep, 0.4),
                ("player-hold", gentle, is_hold, 0.25),
                ("player-setup", balance, lambda s: s.kind is SegmentKind.SETUP, 0.3),
                ("player-rest", full, lambda s: s.kind is SegmentKind.REST, 0.4),
            ]
            for name, plan, find, into in shots:
                _moment(window, clock, plan, find, into)
                grab(name)
                _stop_quietly(window)
            _moment(window, clock, full, is_rep, 0.4)
            window.controller.pause()
            grab("player-paused")
            window.controller.resume()
            grab("player-stop-question", picture=_with_question(window))
            clock.advance(3 * 60_000)
            window.controller.tick()
            window.controller.stop()
            grab("summary")
            window.show_page(Page.HISTORY)
            grab("history")
            _history_shots(window, grab)
            _settings_shots(window, grab)
            _editor_shots(window, grab)
            _advice_shot(window, clock, grab)
            _library_shots(window, grab)
            _plan_shots(window, grab)
            window.close()
    return saved


def shoot_language(folder: Path, language: str) -> list[Path]:
    """The Workouts page, a set, a rest and the summary in ``language``, light theme."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if not i18n.catalogue_path(language).is_file():
        raise SystemExit(f"{i18n.catalogue_path(language)} is missing: run `make translations`")
    if install_translators(app, language) != language:
        raise SystemExit(f"the {language} catalogue could not be read")
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as temp:
        clock = FakeClock(wall_start=HISTORY_END + timedelta(minutes=30))
        context = _context_with_history(Path(temp), clock)
        context.app.settings.current = replace(context.settings, theme="light")
        window = MainWindow(context)
        window.resize(420, 860)
        window.show()

        def grab(name: str) -> None:
            app.processEvents()
            path = folder / f"{name}-{language}.png"
            window.grab().save(str(path))
            saved.append(path)

        grab("workouts")
        full = build_plan(context.library.get("full-programme"))

        def is_rep(s: Segment) -> bool:
            return s.exercise_id == "calf-raise" and s.kind is SegmentKind.TOP and s.rep == 7

        _moment(window, clock, full, is_rep, 0.4)
        grab("player-set")
        _stop_quietly(window)
        _moment(window, clock, full, lambda s: s.kind is SegmentKind.REST, 0.4)
        grab("player-rest")
        clock.advance(3 * 60_000)
        window.controller.tick()
        window.controller.stop()
        grab("summary")
        window.close()
    return saved


def main(argv: list[str]) -> int:
    args = argv[1:]
    language = None
    if "--language" in args:
        at = args.index("--language")
        if at + 1 >= len(args):
            print("--language needs a language code, such as de or es", file=sys.stderr)
            return 2
        language = args[at + 1]
        del args[at : at + 2]
    folder = Path(args[0]) if args else Path("docs/screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    for path in shoot_language(folder, language) if language else shoot(folder):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
