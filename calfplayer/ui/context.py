"""AppContext: the one object handed to every part of the window.

It holds the application (calfplayer/app: every use case, no Qt), the cue sink (sound) and the
change signals: the application's plain-Python change notices as Qt signals, plus a watch on the
routines folder, the settings file and the plan file, so a routine imported or a plan changed from
the command line, or a setting changed by another program, shows up in the open window. Tests
build one from fakes.

The history is opened by ``open_history`` once this copy of the app knows it is the only one running
(start-up marks cut-off sessions interrupted, which a second launch must never do to the first).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from calfplayer.app.application import Application
from calfplayer.app.changes import Change
from calfplayer.audio.sink import CueSink, SilentCueSink
from calfplayer.domain.clock import Clock
from calfplayer.paths import AppPaths

if TYPE_CHECKING:
    from calfplayer.app.settings import Settings
    from calfplayer.domain.cues import CueLevel
    from calfplayer.domain.exercises import Catalogue
    from calfplayer.domain.library import RoutineLibrary
    from calfplayer.domain.record import ResumeOffer
    from calfplayer.domain.recording import WorkoutRecorder

WATCH_SETTLE_MS = 150  # one reading after a burst of file events (an editor saves in steps)


class ChangeSignals(QObject):
    """The application's change notices, delivered on the GUI thread as Qt signals."""

    routines_changed = Signal()
    settings_changed = Signal()
    history_changed = Signal()
    plan_changed = Signal()


class FolderWatch(QObject):
    """Reads the routines, the settings and the plan again when their files change on disk."""

    def __init__(self, app: Application, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.watcher = QFileSystemWatcher(self)
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(WATCH_SETTLE_MS)
        self.settle.timeout.connect(self.read_again)
        self.watcher.directoryChanged.connect(lambda _path: self.settle.start())
        self.watcher.fileChanged.connect(lambda _path: self.settle.start())
        self._watch_folders()

    def _watch_folders(self) -> None:
        paths = self.app.paths
        # Folders, not files: saving atomically replaces a file, which ends a watch on it. They
        # are made if missing (the app writes into both anyway), or there is nothing to watch.
        wanted = {paths.routines, paths.settings_file.parent, paths.plan_file.parent}
        for folder in wanted:
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError:
                continue  # an unwritable folder: its files are read at start, not watched
        existing = [str(folder) for folder in wanted if folder.is_dir()]
        watched = set(self.watcher.directories())
        missing = [folder for folder in existing if folder not in watched]
        if missing:
            self.watcher.addPaths(missing)

    def read_again(self) -> None:
        self._watch_folders()  # a watched folder removed (delete all) is watched again
        self.app.routines.reload_if_changed()
        self.app.settings.reload_if_changed()
        self.app.plan.reload_if_changed()


@dataclass
class AppContext:
    app: Application
    cue_sink: CueSink = field(default_factory=SilentCueSink)
    no_voice: bool = False
    signals: ChangeSignals = field(default_factory=ChangeSignals)
    watch: FolderWatch | None = field(default=None, repr=False)
    _sink_listeners: list[Callable[[CueSink], None]] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        changes = self.app.changes
        changes.listen(Change.ROUTINES, self.signals.routines_changed.emit)
        changes.listen(Change.SETTINGS, self.signals.settings_changed.emit)
        changes.listen(Change.HISTORY, self.signals.history_changed.emit)
        changes.listen(Change.PLAN, self.signals.plan_changed.emit)

    @classmethod
    def create(
        cls, paths: AppPaths, clock: Clock | None = None, *, no_voice: bool = False
    ) -> AppContext:
        return cls(Application.create(paths, clock), no_voice=no_voice)

    def watch_files(self) -> None:
        """From now on, routines and settings changed on disk are read again (after paint)."""
        if self.watch is None:
            self.watch = FolderWatch(self.app, self.signals)

    # --- what every page reads -------------------------------------------------------------------

    @property
    def paths(self) -> AppPaths:
        return self.app.paths

    @property
    def clock(self) -> Clock:
        return self.app.clock

    @property
    def catalogue(self) -> Catalogue:
        return self.app.catalogue

    @property
    def library(self) -> RoutineLibrary:
        return self.app.routines.library

    @property
    def settings(self) -> Settings:
        return self.app.settings.current

    @property
    def recorder(self) -> WorkoutRecorder:
        return self.app.history.recorder

    @property
    def notices(self) -> list[str]:
        return self.app.notices

    @property
    def resume_offer(self) -> ResumeOffer | None:
        return self.app.history.resume_offer

    @property
    def cue_level(self) -> CueLevel:
        from calfplayer.domain.cues import CueLevel

        return CueLevel.from_name(self.settings.voice.level)

    def change_settings(self, **changes: Any) -> str | None:
        """Changes these settings (on top of the file as it is now) and writes them; returns a
        sentence if they could not be saved."""
        from calfplayer.app.errors import AppError

        try:
            self.app.settings.change(lambda current: replace(current, **changes))
        except AppError as error:
            return str(error)
        return None

    # --- the voice -------------------------------------------------------------------------------

    def set_cue_sink(self, sink: CueSink) -> None:
        """Swaps in another sink (the real voice arrives after the first paint)."""
        old, self.cue_sink = self.cue_sink, sink
        if old is not sink:
            old.shutdown()
        for listener in self._sink_listeners:
            listener(sink)

    def on_cue_sink_changed(self, listener: Callable[[CueSink], None]) -> None:
        self._sink_listeners.append(listener)

    # --- history -----------------------------------------------------------------------------

    def open_history(self) -> None:
        """Prepares the history file and records workouts into it from now on."""
        notice = self.app.history.open_for_recording()
        if notice:
            self.notices.append(notice)

    def close_history(self) -> None:
        """Writes what waits and lets the file go (the window is closing)."""
        self.app.history.close()
