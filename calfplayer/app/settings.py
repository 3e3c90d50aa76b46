"""The person's settings: read at start, changed from the window, and read again when the file
is changed by another program (or another calfplayer), so the window never writes back an older
copy over it."""

from __future__ import annotations

from collections.abc import Callable

from calfplayer.app.changes import Change, ChangeBus
from calfplayer.app.errors import file_faults
from calfplayer.domain.clock import Clock
from calfplayer.i18n import translate
from calfplayer.paths import AppPaths
from calfplayer.store.settings import CUE_LEVELS, THEMES, Settings, SettingsStore, VoiceSettings

__all__ = ["CUE_LEVELS", "THEMES", "Settings", "SettingsService", "VoiceSettings"]


class SettingsService:
    def __init__(self, paths: AppPaths, changes: ChangeBus, clock: Clock) -> None:
        self.store = SettingsStore(paths.settings_file, clock)
        self.changes = changes
        loaded = self.store.load()
        self.current = loaded.settings
        self.problem = loaded.problem  # a sentence for the person when the file was unusable

    def change(self, how: Callable[[Settings], Settings]) -> Settings:
        """Applies ``how`` to the settings as the file now holds them, and writes the result.

        Reading first keeps a change made outside the window (another calfplayer, a text editor)
        that the window has not seen yet. Raises AppError when the file cannot be written; the
        change is kept for this run all the same."""
        self.reload_if_changed()
        changed = how(self.current)
        self.current = changed
        self.changes.emit(Change.SETTINGS)
        with file_faults(translate("AppSettings", "Your settings could not be saved")):
            self.store.save(changed)
        return changed

    def reload_if_changed(self) -> bool:
        """Reads the file again; announces a change only when the settings differ."""
        if not self.store.path.is_file():
            return False
        loaded = self.store.load()
        if loaded.problem is not None or loaded.settings == self.current:
            return False
        self.current = loaded.settings
        self.changes.emit(Change.SETTINGS)
        return True

    def reset(self) -> None:
        """Back to the defaults (all data was deleted)."""
        self.current = Settings()
        self.changes.emit(Change.SETTINGS)
