"""A window built from fakes: a clock that moves only when told, a sink and a keeper that listen."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from calfplayer.audio.sink import SilentCueSink
from calfplayer.domain.clock import FakeClock
from calfplayer.domain.cues import Cue, CueLevel
from calfplayer.domain.plan import Plan
from calfplayer.i18n import ENGLISH
from calfplayer.paths import AppPaths
from calfplayer.ui.translation import install_translators


@pytest.fixture(autouse=True)
def english_window(qapp: QApplication) -> Iterator[None]:
    """The window reads English, with English plural forms, as ``run_app`` sets it up; a test
    that chooses another language gets English back after it."""
    install_translators(qapp, ENGLISH)
    yield
    install_translators(qapp, ENGLISH)


class ListeningSink(SilentCueSink):
    def __init__(self, reason: str | None = None) -> None:
        super().__init__(reason)
        self.calls: list[str] = []
        self.muted = False
        self.prepared: list[Plan] = []
        self.listeners: list[Callable[[str], None]] = []

    def prepare(self, plan: Plan) -> None:
        self.prepared.append(plan)

    def play(self, cues: Sequence[Cue]) -> None:
        super().play(cues)
        if cues:
            self.calls.append("play")

    def cancel(self) -> None:
        self.calls.append("cancel")

    def set_muted(self, muted: bool) -> None:
        self.muted = muted

    def set_level(self, level: CueLevel) -> None:
        self.level = level

    def shutdown(self) -> None:
        self.calls.append("shutdown")

    def on_unavailable(self, listener: Callable[[str], None]) -> None:
        self.listeners.append(listener)

    def fail(self, reason: str) -> None:
        """As the real voice does when it finds out late (no speech engine, say)."""
        self._reason = reason
        for listener in self.listeners:
            listener(reason)


class ListeningKeeper:
    def __init__(self) -> None:
        self.inhibited = False
        self.calls: list[str] = []

    def inhibit(self) -> None:
        self.inhibited = True
        self.calls.append("inhibit")

    def release(self) -> None:
        self.inhibited = False
        self.calls.append("release")


@pytest.fixture(autouse=True)
def no_real_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A real modal dialog would wait for a person forever: any unexpected question fails."""

    def unexpected(*args: object) -> bool:
        raise AssertionError(f"unexpected question: {args[1]}")

    monkeypatch.setattr("calfplayer.ui.dialogs.confirm", unexpected)


@pytest.fixture(autouse=True)
def windows_of_earlier_tests_are_gone(qapp) -> None:  # type: ignore[no-untyped-def]
    """Windows closed after a test are only marked for deletion; delete them before the next
    test, or every later style change re-polishes all their widgets and tests slow down."""
    from PySide6.QtCore import QEvent

    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def sink() -> ListeningSink:
    return ListeningSink()


@pytest.fixture
def keeper() -> ListeningKeeper:
    return ListeningKeeper()


@pytest.fixture
def context(data_dir: Path, clock: FakeClock, sink: ListeningSink):  # type: ignore[no-untyped-def]
    from calfplayer.ui.context import AppContext

    built = AppContext.create(AppPaths.under(data_dir), clock)
    built.cue_sink = sink
    return built


@pytest.fixture
def window(qtbot, context, keeper):  # type: ignore[no-untyped-def]
    from calfplayer.ui.main_window import MainWindow

    built = MainWindow(context, keeper)
    # Closing at the end of a test is not the person closing mid-workout: no question.
    qtbot.addWidget(built, before_close_func=lambda w: w.controller.shutdown())
    built.show()
    return built


class Answers:
    """Stands in for the confirmation dialog: pops the next reply, remembers each question.

    A real question stays on screen while the person reads it, and the event loop runs on: with
    ``open_ms`` the fake clock moves that far while each question is open, and ``while_open``
    (say the player's timer firing) runs then, before the reply is given."""

    def __init__(self, clock: FakeClock) -> None:
        self.replies: list[bool] = []
        self.asked: list[str] = []
        self.clock = clock
        self.open_ms = 0
        self.while_open: Callable[[], None] | None = None

    def confirm(self, parent: object, title: str, text: str, yes: str, no: str) -> bool:
        del parent, text, yes, no
        self.asked.append(title)
        self.clock.advance(self.open_ms)
        if self.while_open is not None:
            self.while_open()
        return self.replies.pop(0)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch, clock: FakeClock) -> Iterator[Answers]:
    replies = Answers(clock)
    monkeypatch.setattr("calfplayer.ui.dialogs.confirm", replies.confirm)
    yield replies


# --- the window with its history file (a temp data dir) --------------------------------------


@pytest.fixture
def history_context(context):  # type: ignore[no-untyped-def]
    """The context as the app opens it: prepare_history, then a HistoryRecorder."""
    context.open_history()
    yield context
    context.close_history()


@pytest.fixture
def history_window(qtbot, history_context, keeper):  # type: ignore[no-untyped-def]
    from calfplayer.ui.main_window import MainWindow

    built = MainWindow(history_context, keeper)
    qtbot.addWidget(built, before_close_func=lambda w: w.controller.shutdown())
    built.show()
    return built
