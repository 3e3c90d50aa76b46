"""AppContext: the one object handed to every part of the window.

It holds the clock, the stores, the catalogue and the two seams other parts plug into: the cue sink
(sound) and the workout recorder (history). Tests build one from fakes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from calfplayer.audio.sink import CueSink, SilentCueSink
from calfplayer.domain.clock import Clock, SystemClock
from calfplayer.domain.cues import CueLevel
from calfplayer.domain.exercises import Catalogue
from calfplayer.domain.library import RoutineLibrary
from calfplayer.domain.recording import MemoryRecorder, WorkoutRecorder
from calfplayer.paths import AppPaths
from calfplayer.resources import asset
from calfplayer.store.settings import Settings, SettingsStore


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
    _sink_listeners: list[Callable[[CueSink], None]] = field(default_factory=list, repr=False)

    @classmethod
    def create(
        cls, paths: AppPaths, clock: Clock | None = None, *, no_voice: bool = False
    ) -> AppContext:
        catalogue = Catalogue.load(asset("exercises"))
        library = RoutineLibrary.load(catalogue, asset("routines"), paths.routines)
        store = SettingsStore(paths.settings_file)
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
            clock=clock or SystemClock(),
            no_voice=no_voice,
            notices=notices,
        )

    def reload_library(self) -> RoutineLibrary:
        """Reads the routines again after one was saved, imported or deleted."""
        self.library = RoutineLibrary.load(self.catalogue, asset("routines"), self.paths.routines)
        return self.library

    @property
    def cue_level(self) -> CueLevel:
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
