"""Plain-Python change notices: what changed, for whoever shows it (the window, a test)."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum


class Change(StrEnum):
    ROUTINES = "routines"  # a routine was added, saved, replaced or deleted
    SETTINGS = "settings"  # the settings were changed here or read again from the file
    HISTORY = "history"  # a session was added, rated, deleted, or the history was replaced
    PLAN = "plan"  # the plan or a choice about it (skip today, later) changed, here or in its file


class ChangeBus:
    """Listeners per kind of change, called in the order they were added."""

    def __init__(self) -> None:
        self._listeners: dict[Change, list[Callable[[], None]]] = {change: [] for change in Change}

    def listen(self, change: Change, listener: Callable[[], None]) -> None:
        self._listeners[change].append(listener)

    def emit(self, change: Change) -> None:
        for listener in list(self._listeners[change]):
            listener()
