"""Nothing clipped, nothing outside: every page at the sizes people have.

The sweep visits every page at 360×640, at the default size, at 1366×768 in landscape and in the
portrait window a 1366×768 screen opens, each at the designed text size and at 150 %, in English
and in German (the longest of the languages, from its real catalogue), and fails on any visible
widget outside the window or outside the part of its parent that shows it, any
one-line label or button whose text is wider than its room, any wrapping label that needs more
height than it has, and any text shown shortened from the text set: a drop-down's choice must
fit its field on one line, or, in a drop-down that wraps its choice, on the lines the field has.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from calfplayer import i18n
from calfplayer.domain.plan import build_plan
from calfplayer.domain.window_geometry import Rect, first_placement
from calfplayer.ui.main_window import DEFAULT_SIZE, MainWindow, Page
from calfplayer.ui.theme import apply_theme
from calfplayer.ui.translation import install_translators
from calfplayer.ui.widgets.voice_settings import VoiceSettingsWidget
from calfplayer.ui.widgets.wrapping_combo import WrappingComboBox

from .helpers import run_until
from .history_seed import seed
from .test_voice_settings import FAKE_ENGINE

PORTRAIT_ON_1366 = first_placement(Rect(0, 0, 1366, 768))
SIZES = {
    "360x640": (360, 640),
    "default": (DEFAULT_SIZE.width(), DEFAULT_SIZE.height()),
    "1366x768 landscape": (1366, 768),
    "1366x768 portrait": (PORTRAIT_ON_1366.width, PORTRAIT_ON_1366.height),
}
# English, and German: the longest of the languages, so the one that finds what does not fit.
LANGUAGES = {"English": i18n.ENGLISH, "German": "de"}


def _parents(widget: QWidget) -> Iterator[QWidget]:
    parent = widget.parentWidget()
    while parent is not None:
        yield parent
        parent = parent.parentWidget()


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisible() and widget.window() is window and widget.width() > 0


def _in_scrolled_content(widget: QWidget) -> bool:
    return any(p.objectName() == "qt_scrollarea_viewport" for p in _parents(widget))


def _outside(widget: QWidget, window: QWidget) -> str | None:
    """Where a widget lies outside the window or the parent that shows it."""
    box = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    if not _in_scrolled_content(widget):
        if not QRect(QPoint(0, 0), window.size()).contains(box):
            return f"outside the window at {box}"
    else:
        # Scrolled content may lie above or below; it must never stick out at the sides.
        viewport = next(p for p in _parents(widget) if p.objectName() == "qt_scrollarea_viewport")
        area = QRect(viewport.mapTo(window, QPoint(0, 0)), viewport.size())
        if box.left() < area.left() or box.right() > area.right():
            return f"wider than its scrolling list: {box} in {area}"
    parent = widget.parentWidget()
    if parent is not None and parent.objectName() != "qt_scrollarea_viewport":
        inside = QRect(QPoint(0, 0), parent.size())
        if not inside.contains(widget.geometry()):
            return f"outside its {type(parent).__name__} at {widget.geometry()} in {inside}"
    return None


def _text_problem(widget: QWidget) -> str | None:
    if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
        room = widget.contentsRect().width() - 2 * max(0, widget.margin())
        if not widget.wordWrap():
            wide = max(
                widget.fontMetrics().horizontalAdvance(line) for line in widget.text().split("\n")
            )
            if wide > room + 1:
                return f"text {wide} px wide in {room} px"
        elif widget.heightForWidth(widget.width()) > widget.height() + 1:
            return f"needs {widget.heightForWidth(widget.width())} px, has {widget.height()}"
    if isinstance(widget, QAbstractButton) and widget.text():
        hint = widget.sizeHint().width()
        if hint > widget.width() + 1:
            return f"button needs {hint} px, has {widget.width()}"
    if isinstance(widget, WrappingComboBox) and widget.currentText():
        # It wraps its text onto more lines: like a wrapping label, every line must show whole.
        field = widget.field()
        text = widget.text_size(field.width())
        if text.width() > field.width() or text.height() > field.height():
            return f"drop-down text needs {text.toTuple()} px, has {field.size().toTuple()}"
    elif isinstance(widget, QComboBox) and widget.currentText():
        # A drop-down shortens its text to its field with "…": shown differs from set.
        option = QStyleOptionComboBox()
        widget.initStyleOption(option)
        field = widget.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            widget,
        )
        wide = widget.fontMetrics().horizontalAdvance(widget.currentText())
        if wide > field.width():
            return f"drop-down text {wide} px wide shown in {field.width()} px"
    return None


def problems_on(window: QWidget) -> list[str]:
    for _ in range(3):  # a layout may settle over a few turns, as it does on screen
        QApplication.processEvents()
    found = []
    for widget in window.findChildren(QWidget):
        if not _shown(widget, window):
            continue
        where = _outside(widget, window) or _text_problem(widget)
        if where:
            name = widget.accessibleName() or widget.objectName() or type(widget).__name__
            text = getattr(widget, "text", lambda: "")()
            found.append(f"{type(widget).__name__} {name!r} {str(text)[:30]!r}: {where}")
    return found


def visit_every_page(window: MainWindow, clock, context, make_routine) -> Iterator[str]:  # type: ignore[no-untyped-def]
    yield "workouts"
    window.open_routine(context.library.get("full-programme"))
    yield "preview"
    plan = build_plan(
        make_routine(
            {"exercise": "calf-stretch", "sets": 2, "hold": 20, "rest": 30, "per_side": True},
            {"exercise": "calf-raise", "sets": 1, "reps": 2, "self_paced": True},
        )
    )
    window.start_plan(plan)
    for stage in ("setup", "hold", "switch", "rest", "self-paced"):
        run_until(window, clock, lambda v, stage=stage: v.stage.value == stage)
        window.player.refresh()
        yield f"player {stage}"
    window.controller.stop()
    yield "summary"
    window.show_page(Page.HISTORY)
    QApplication.processEvents()
    yield "history"
    scroller = window.history.overview.verticalScrollBar()
    scroller.setValue(scroller.maximum())
    yield "history scrolled"
    window.history.open_session(window.history.sessions[0].id)
    yield "session"
    window.show_page(Page.SETTINGS)
    yield "settings"
    settings_area = window.settings.findChild(QScrollArea)
    if settings_area is not None:
        settings_area.verticalScrollBar().setValue(settings_area.verticalScrollBar().maximum())
        yield "settings scrolled"
    window.routine_actions.duplicate(context.library.get("full-programme"))
    yield "editor"
    window.show_page(Page.LIBRARY)
    yield "library"
    window.show_page(Page.ABOUT)
    yield "about"


@pytest.fixture
def language(request, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The window's language, English unless a test asks for another; a language is used from
    the built catalogue the program ships, so a missing one fails rather than shows English."""
    chosen = getattr(request, "param", i18n.ENGLISH)
    if chosen != i18n.ENGLISH:
        catalogue = i18n.catalogue_path(chosen)
        assert catalogue.is_file(), f"{catalogue} is missing: build it with `make translations`"
    assert install_translators(qapp, chosen) == chosen, f"the {chosen} catalogue did not load"
    yield chosen
    install_translators(qapp, i18n.ENGLISH)  # the next test reads English


@pytest.fixture
def seeded_window(qtbot, history_context, keeper, make_routine, language):  # type: ignore[no-untyped-def]
    plan = build_plan(make_routine({"exercise": "calf-raise", "sets": 2, "reps": 10}))
    start = datetime(2026, 11, 2, 12, tzinfo=UTC)
    for day in range(12):
        seed(
            Path(history_context.paths.history_db),
            plan,
            start + timedelta(days=day),
            pain=day % 4,
            effort=3,
            hurt_sets=(1,) if day == 3 else (),
        )
    built = MainWindow(history_context, keeper)
    qtbot.addWidget(built, before_close_func=lambda w: w.controller.shutdown())
    # The voice section as the app adds it, its voices listed by a stand-in engine.
    voice = VoiceSettingsWidget(history_context.settings.voice, engine=FAKE_ENGINE)
    built.settings.add_section(QCoreApplication.translate("MainWindow", "Voice"), voice)
    qtbot.waitUntil(lambda: voice.voice_list.count() == 3, timeout=10_000)
    built.show()
    return built


def _cases() -> Iterator[object]:
    for language_name, language in LANGUAGES.items():
        for size_name, size in SIZES.items():
            for scale in (1.0, 1.5):
                case_id = f"{language_name}-{size_name}-text {round(scale * 100)} %"
                yield pytest.param(language, size, scale, id=case_id)


@pytest.mark.parametrize(("language", "size", "text_scale"), list(_cases()), indirect=["language"])
def test_nothing_is_clipped_or_outside_on_any_page(
    seeded_window, clock, history_context, make_routine, size, text_scale
) -> None:
    window = seeded_window
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    base = font.pointSizeF()
    try:
        font.setPointSizeF(base * text_scale)
        app.setFont(font)
        apply_theme(app, "light", base * text_scale)
        window.resize(*size)
        QApplication.processEvents()
        assert (window.width(), window.height()) == size
        found = {}
        for page in visit_every_page(window, clock, history_context, make_routine):
            problems = problems_on(window)
            if problems:
                found[page] = problems
        report = [f"{page}: {problem}" for page, problems in found.items() for problem in problems]
        assert not report, "\n".join(report)
    finally:
        font.setPointSizeF(base)
        app.setFont(font)
        apply_theme(app, "light", base)


def test_on_a_short_window_the_history_header_scrolls_away_with_the_list(seeded_window) -> None:
    window = seeded_window
    window.resize(360, 640)
    window.show_page(Page.HISTORY)
    QApplication.processEvents()
    page = window.history.overview
    assert not page.header_pinned
    bar = page.verticalScrollBar()
    assert bar.value() == 0 and bar.maximum() > 0
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    rows = window.history.list
    top = rows.mapTo(page.viewport(), QPoint(0, 0)).y()
    assert top <= 0 < top + rows.height()
    assert rows.height() >= page.viewport().height() - 40, "the list fills the window"


def test_on_a_tall_window_the_history_header_stays_and_the_list_takes_the_rest(
    seeded_window,
) -> None:
    window = seeded_window
    window.resize(800, 1300)
    window.show_page(Page.HISTORY)
    QApplication.processEvents()
    page = window.history.overview
    assert page.header_pinned
    assert page.verticalScrollBar().maximum() == 0
    rows = window.history.list
    bottom = rows.mapTo(page.viewport(), QPoint(0, rows.height())).y()
    assert page.viewport().height() - 40 <= bottom <= page.viewport().height()


@pytest.mark.parametrize("text_scale", [1.0, 1.5], ids=["text 100 %", "text 150 %"])
def test_every_question_fits_inside_a_narrow_window(window, monkeypatch, text_scale) -> None:
    from PySide6.QtWidgets import QMessageBox

    from calfplayer.ui import dialogs, routine_dialogs

    monkeypatch.undo()  # the real questions, not the stand-in that fails on any question
    shown: list[tuple[str, QRect, int]] = []

    def look(box: QMessageBox) -> int:
        box.show()
        QApplication.processEvents()
        shown.append((box.text(), box.frameGeometry(), box.minimumSizeHint().width()))
        box.close()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", look)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    base = font.pointSizeF()
    try:
        font.setPointSizeF(base * text_scale)
        app.setFont(font)
        apply_theme(app, "light", base * text_scale)
        window.resize(360, 640)
        QApplication.processEvents()
        name = "My morning calves before the long walk to the station"
        routine_id = "my-morning-calves-before-the-long-walk-to-the-station"
        dialogs.confirm(window, "Stop the workout?", "What you have done is kept.", "Stop", "No")
        routine_dialogs.ask_clash(window, name, routine_id, built_in=False)
        routine_dialogs.ask_clash(window, name, routine_id, built_in=True)
        routine_dialogs.show_problems(
            window, f"{routine_id}.json could not be imported", "items[0].sets: " + "x" * 60
        )
    finally:
        font.setPointSizeF(base)
        app.setFont(font)
        apply_theme(app, "light", base)
    assert len(shown) == 4
    for text, frame, needed in shown:
        assert frame.width() <= window.width(), f"{text[:40]}: {frame.width()} px wide"
        assert needed <= window.width(), f"{text[:40]}: needs {needed} px"
