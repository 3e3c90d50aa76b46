"""The window's remembered place: read when the window opens, written when it closes."""

from __future__ import annotations

from calfplayer.app.errors import file_faults
from calfplayer.domain.window_geometry import WindowState
from calfplayer.i18n import translate
from calfplayer.paths import AppPaths
from calfplayer.store.window_state import WindowStateStore

__all__ = ["WindowPlacement", "WindowState"]


class WindowPlacement:
    def __init__(self, paths: AppPaths) -> None:
        self.store = WindowStateStore(paths.window_state_file)

    def load(self) -> WindowState | None:
        """The state last saved, or None (never saved, or the file is unusable)."""
        return self.store.load()

    def save(self, state: WindowState) -> None:
        """Raises AppError with a sentence when the file cannot be written."""
        with file_faults(
            translate("AppWindowState", "The window's size and place could not be saved")
        ):
            self.store.save(state)
