"""AppContext: the one object handed to every part of the window.

It holds the clock, the stores, the catalogue and the two seams other parts plug into: the cue sink
(sound) and the workout recorder (history). Tests build one from fakes.

The history is opened by ``open_history`` once this copy of the app knows it is the only one running
(start-up marks cut-off sessions interrupted, which a second launch must never do to the first).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from calfplayer.audio.sink import CueSink, SilentCueSink
from calfplayer.domain.clock import Clock, SystemClock
from calfplayer.domain.exercises import Catalogue
from calfplayer.domain.library import RoutineLibrary
from calfplayer.domain.recording import MemoryRecorder, WorkoutRecorder
from calfplayer.paths import AppPaths
from calfplayer.resources import asset
from calfplayer.store.settings import Settings, SettingsStore

if TYPE_CHECKING:  # the store's modules are imported when the history is opened, after paint
    from calfplayer.domain.cues import CueLevel
    from calfplayer.store.history import HistoryStore, ResumeOffer


@dataclass
class AppContext:
    paths: AppPaths
    catalogue: Catalogue
    library: RoutineLibrary
    settings_store: SettingsStore
    settings: Settings
    clock: Clock = field(default_factory=SystemClock)
    cue_sink: CueSink = field(default_factory=SilentCueSink)
    recorder: WorkoutRecorder = field(default_factory=MemoryRecorder)
    no_voice: bool = False
    # Sentences to show the person once (a damaged settings file, a broken routine file).
    notices: list[str] = field(default_factory=list)
    resume_offer: ResumeOffer | None = None  # a workout cut off last time, to resume or discard
    _history_store: HistoryStore | None = field(default=None, repr=False)
    _sink_listeners: list[Callable[[CueSink], None]] = field(default_factory=list, repr=False)

    @classmethod
    def create(
        cls, paths: AppPaths, clock: Clock | None = None, *, no_voice: bool = False
    ) -> AppContext:
        catalogue = Catalogue.load(asset("exercises"))
        library = RoutineLibrary.load(catalogue, asset("routines"), paths.routines)
        clock = clock or SystemClock()
        store = SettingsStore(paths.settings_file, clock)
        loaded = store.load()
        notices = [loaded.problem] if loaded.problem else []
        notices += [
            f"A routine file could not be used: {broken.describe()}" for broken in library.broken
        ]
        return cls(
            paths=paths,
            catalogue=catalogue,
            library=library,
            settings_store=store,
            settings=loaded.settings,
            clock=clock,
            no_voice=no_voice,
            notices=notices,
        )

    def reload_library(self) -> RoutineLibrary:
        """Reads the routines again after one was saved, imported or deleted."""
        self.library = RoutineLibrary.load(self.catalogue, asset("routines"), self.paths.routines)
        return self.library

    @property
    def cue_level(self) -> CueLevel:
        from calfplayer.domain.cues import CueLevel

        return CueLevel.from_name(self.settings.voice.level)

    def update_settings(self, settings: Settings) -> str | None:
        """Keeps the new settings and writes them; returns a sentence if they could not be saved."""
        self.settings = settings
        try:
            self.settings_store.save(settings)
        except OSError as error:
            return f"Your settings could not be saved ({error.strerror or error})."
        return None

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
        from calfplayer.store.commit_log import commit_logger_from_env
        from calfplayer.store.recorder import HistoryRecorder, prepare_history

        at_start = prepare_history(self.paths, self.clock)
        if at_start.notice:
            self.notices.append(at_start.notice)
        self.resume_offer = at_start.resume
        self.recorder = HistoryRecorder(
            self.paths.history_db, clock=self.clock, on_committed=commit_logger_from_env()
        )

    def history_store(self) -> HistoryStore:
        """The history for the pages to read (and delete from); raises HistoryUnavailable."""
        from calfplayer.store.history import HistoryStore

        if self._history_store is None:
            self._history_store = HistoryStore.open_for_reading(self.paths.history_db, self.clock)
        return self._history_store

    def close_history(self) -> None:
        """Writes what waits and lets the file go (the window is closing)."""
        self.recorder.close()
        if self._history_store is not None:
            self._history_store.close()
            self._history_store = None

    def delete_all_data(self) -> None:
        """Removes history, settings, own routines and cache, then starts afresh; raises
        StoreError with a sentence when something could not be removed."""
        from calfplayer.store.backup import delete_all_data

        self.close_history()
        try:
            delete_all_data(self.paths)
        finally:
            self.settings = Settings()
            routines = asset("routines")
            self.library = RoutineLibrary.load(self.catalogue, routines, self.paths.routines)
            self.open_history()
