"""The History list's painting: lines laid out once and reused must still show what is true now."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QListView

from calfplayer.domain.record import SessionStatus
from calfplayer.store.summaries import SessionOverview
from calfplayer.ui.theme import apply_theme
from calfplayer.ui.widgets.session_list import (
    SessionDelegate,
    SessionListModel,
    group_by_week,
    session_list_view,
)

TODAY = date(2026, 1, 5)


def overview(number: int, **fields: object) -> SessionOverview:
    started = datetime(2026, 1, 5, 18, 0, tzinfo=UTC) - timedelta(hours=20 * number)
    values: dict[str, object] = {
        "id": number + 1,
        "routine_name": "Gentle start",
        "started_at": started,
        "ended_at": started + timedelta(minutes=12),
        "status": SessionStatus.COMPLETED,
        "effort": 5,
        "pain": 3,
        "active_ms": 600_000,
        "completion": 1.0,
        "hurts": 0,
    }
    values.update(fields)
    return SessionOverview(**values)  # type: ignore[arg-type]


def shown_list(qtbot, sessions: list[SessionOverview]) -> QListView:  # type: ignore[no-untyped-def]
    model = SessionListModel()
    model.set_rows(group_by_week(sessions, TODAY))
    view = session_list_view(model)
    view.model_keeper = model  # type: ignore[attr-defined]  # the view does not own its model
    qtbot.addWidget(view)
    view.resize(380, 400)
    view.show()
    return view


def picture(view: QListView) -> QImage:
    QApplication.processEvents()
    return view.grab().toImage()


def scroll_to_end(view: QListView) -> None:
    bar = view.verticalScrollBar()
    while True:  # a long list is laid out a batch at a time
        end = bar.maximum()
        QApplication.processEvents()
        if bar.maximum() == end:
            break
    bar.setValue(end)


def set_sessions(view: QListView, sessions: list[SessionOverview]) -> None:
    model = view.model()
    assert isinstance(model, SessionListModel)
    model.set_rows(group_by_week(sessions, TODAY))


def test_a_line_read_again_with_a_new_rating_is_painted_anew(qtbot) -> None:  # type: ignore[no-untyped-def]
    sessions = [overview(n) for n in range(4)]
    view = shown_list(qtbot, sessions)
    before = picture(view)
    rated = [
        overview(0, pain=7, status=SessionStatus.ENDED_EARLY, completion=0.5, hurts=2),
        *sessions[1:],
    ]
    set_sessions(view, rated)  # the same session ids, as after a rating and a reload
    after = picture(view)
    assert after != before
    assert after == picture(shown_list(qtbot, rated))


def test_a_selected_line_is_painted_as_selected_and_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = shown_list(qtbot, [overview(n) for n in range(4)])
    plain = picture(view)
    view.setCurrentIndex(view.model().index(1, 0))  # the first session, under its heading
    assert picture(view) != plain
    view.clearSelection()
    assert picture(view) == plain


def test_a_long_list_scrolled_far_and_back_paints_as_before(qtbot) -> None:  # type: ignore[no-untyped-def]
    sessions = [
        overview(n, pain=n % 11, hurts=n % 3) for n in range(3 * SessionDelegate.CACHED_ROWS)
    ]
    view = shown_list(qtbot, sessions)
    top = picture(view)
    bar = view.verticalScrollBar()
    for value in range(0, bar.maximum(), view.viewport().height()):
        bar.setValue(value)
        QApplication.processEvents()
    scroll_to_end(view)
    bottom = picture(view)
    bar.setValue(0)
    assert picture(view) == top
    fresh = shown_list(qtbot, sessions)
    scroll_to_end(fresh)
    assert picture(fresh) == bottom


@pytest.fixture
def restored_theme() -> Iterator[QApplication]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, sheet = app.palette(), app.styleSheet()
    name = app.property("calfplayerPalette")
    yield app
    app.setPalette(palette)
    app.setStyleSheet(sheet)
    app.setProperty("calfplayerPalette", name)


def test_a_theme_change_repaints_the_lines_in_its_colours(qtbot, restored_theme) -> None:  # type: ignore[no-untyped-def]
    sessions = [
        overview(n, status=SessionStatus.INTERRUPTED if n == 2 else SessionStatus.COMPLETED)
        for n in range(4)
    ]
    apply_theme(restored_theme, "light")
    view = shown_list(qtbot, sessions)
    view.setCurrentIndex(view.model().index(1, 0))
    light = picture(view)
    apply_theme(restored_theme, "dark")
    dark = picture(view)
    assert dark != light
    fresh = shown_list(qtbot, sessions)
    fresh.setCurrentIndex(fresh.model().index(1, 0))
    assert picture(fresh) == dark


@pytest.fixture
def german(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from calfplayer import i18n
    from calfplayer.ui.translation import install_translators

    catalogue = i18n.catalogue_path("de")
    assert catalogue.is_file(), f"{catalogue} is missing: build it with `make translations`"
    assert install_translators(qapp, "de") == "de"
    yield
    install_translators(qapp, i18n.ENGLISH)


def test_on_a_phone_wide_window_a_row_keeps_its_time_in_german(qtbot, german) -> None:  # type: ignore[no-untyped-def]
    from calfplayer.i18n.formats import time_of_day
    from calfplayer.ui.widgets.session_list import SessionRow, _session_lines

    view = shown_list(qtbot, [overview(0, effort=None, pain=None)])
    delegate = view.itemDelegate()
    assert isinstance(delegate, SessionDelegate)
    row = SessionRow(overview(0, effort=None, pain=None))
    inner = 360 - 2 * 20 - 2 * 14  # the window's margins, then the card's
    lines = _session_lines(row, delegate._look(view.font()), inner)
    when = lines.when.text()
    assert "…" not in when, when
    assert when.endswith(time_of_day(row.session.started_at)), when
