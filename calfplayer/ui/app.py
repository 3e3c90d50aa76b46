"""Opens the window: the context, one running copy, signals, the voice after the first paint."""

from __future__ import annotations

import argparse
import os
import signal
import socket
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

from calfplayer import i18n
from calfplayer.audio.sink import CueSink
from calfplayer.cli_context import problem_lines, say
from calfplayer.domain.jsonfile import FileProblems
from calfplayer.domain.library import UnknownRoutine
from calfplayer.domain.routines import Routine
from calfplayer.i18n.language import choose_language
from calfplayer.instance import instance_name
from calfplayer.paths import AppPaths
from calfplayer.ui.context import AppContext
from calfplayer.ui.desktop import integrate_with_desktop
from calfplayer.ui.main_window import MainWindow
from calfplayer.ui.screensaver import platform_screen_keeper
from calfplayer.ui.single_instance import FolderInUse, InstanceServer, claim_data_folder, hand_over
from calfplayer.ui.translation import install_translators

EXIT_INVALID = 1
EXIT_UNKNOWN_ROUTINE = 2
EXIT_FOLDER_IN_USE = 3


def load_voice(context: AppContext, cue_log: Path | None = None) -> CueSink:
    """The sink that makes cues heard; called once, after the window's first paint.

    Speech and multimedia modules are imported from here only, so they never delay the window.
    The built-in routines' cues are rendered in the background so that they play on the beat
    from the first workout on; a routine chosen later is rendered first.
    """
    from calfplayer.audio.factory import create_cue_sink
    from calfplayer.domain.plan import build_plan
    from calfplayer.domain.routines import Source

    sink = create_cue_sink(context.paths, context.settings.voice, cue_log, context.clock)
    for routine in context.library.routines:
        if routine.source is Source.BUILT_IN:
            sink.prepare(build_plan(routine))
    return sink


def use_chosen_language(context: AppContext) -> str:
    """The language Settings ask for, else the system's, in use from now on (the messages
    before the window too); the window's translators follow once there is an application."""
    chosen = choose_language(
        context.settings.language or None, os.environ, i18n.available_languages()
    )
    i18n.use_language(chosen)
    return chosen


def application(language: str) -> QApplication:
    """The one QApplication, speaking ``language`` before any page is made (each text is
    translated as it is made)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("calfplayer")
    install_translators(app, language)
    integrate_with_desktop(app)
    return app


def resolve_routine(context: AppContext, wanted: str | None) -> Routine | int | None:
    """The routine asked for on the command line, or an exit code after a message on stderr."""
    if not wanted:
        return None
    try:
        return context.library.resolve(wanted)
    except UnknownRoutine as unknown:
        say(sys.stderr, f"calfplayer: {unknown}")
        return EXIT_UNKNOWN_ROUTINE
    except FileProblems as problems:
        say(sys.stderr, *problem_lines(problems))
        return EXIT_INVALID
    except OSError as error:
        say(sys.stderr, f"calfplayer: {error.strerror or error}: {wanted}")
        return EXIT_INVALID


class QuitOnSignals(QObject):
    """SIGTERM and SIGINT reach Python only when it runs; a wake-up socket makes Qt notice them."""

    def __init__(self, on_signal: Callable[[], None]) -> None:
        super().__init__()
        self._on_signal = on_signal
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous = {
            number: signal.signal(number, self._noted) for number in (signal.SIGTERM, signal.SIGINT)
        }
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._wake)

    def _noted(self, number: int, frame: FrameType | None) -> None:
        del number, frame  # the work happens in _wake, inside the event loop

    def _wake(self) -> None:
        try:
            received = self._reader.recv(64)
        except BlockingIOError:
            return
        if received:
            self._on_signal()

    def restore(self) -> None:
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        self._reader.close()
        self._writer.close()


def _request(args: argparse.Namespace) -> dict[str, object]:
    wanted = args.routine
    if wanted and Path(wanted).expanduser().is_file():
        wanted = str(Path(wanted).expanduser().resolve())
    return {"routine": wanted, "start": bool(args.start)}


def run_app(
    args: argparse.Namespace, on_first_paint: Callable[[MainWindow], None] | None = None
) -> int:
    paths = AppPaths.resolve(getattr(args, "data_dir", None))
    no_voice = bool(getattr(args, "no_voice", False))
    context = AppContext.create(paths, no_voice=no_voice)
    chosen = use_chosen_language(context)
    routine = resolve_routine(context, getattr(args, "routine", None))
    if isinstance(routine, int):
        return routine
    app = application(chosen)
    name = instance_name(paths)
    try:
        lock = claim_data_folder(paths, _request(args))
    except FolderInUse as in_use:
        say(sys.stderr, f"calfplayer: {in_use}")
        return EXIT_FOLDER_IN_USE
    if lock is None:
        return 0  # the window already open there took the routine
    if not lock.held and hand_over(name, _request(args)):
        return 0
    server = InstanceServer()
    server.listen(name)
    lock.write_note(server.full_name())
    # Staged: the history is opened (only now: this is the one copy running) and the rest of
    # the window built just after the first paint, or sooner if a routine is asked for.
    window = MainWindow(context, platform_screen_keeper(), staged=True)
    server.request.connect(window.handle_request)
    quitter = QuitOnSignals(window.quit_now)

    cue_log = Path(args.cue_log) if getattr(args, "cue_log", None) else None

    def bring_in_voice() -> None:
        if not no_voice:
            context.set_cue_sink(load_voice(context, cue_log))
        window.add_voice_settings()

    def painted() -> None:
        if on_first_paint is not None:
            on_first_paint(window)
        # After the frame is on screen, not within it: the rest costs a few hundred ms. The
        # window's own parts come first, the voice last.
        QTimer.singleShot(0, lambda: window.complete_in_turns(then=bring_in_voice))

    window.first_painted.connect(painted)
    if isinstance(routine, Routine):
        window.open_routine(routine, start=bool(args.start))
    window.show_placed()
    try:
        status = app.exec()
    finally:
        quitter.restore()
        server.close()
        window.shutdown_player()
        # However the event loop ended (a quit without closing the window too): what was typed
        # is kept, what waits is written or kept in a file, and the history file let go.
        window.keep_ratings()
        window.keep_unsaved_on_exit()
        # Qt objects are destroyed here, in order, rather than by the garbage collector while
        # the interpreter shuts down.
        server.request.disconnect(window.handle_request)
        window.deleteLater()
        server.deleteLater()
        app.sendPostedEvents(None, 0)
        app.processEvents()
        lock.release()
    return status
