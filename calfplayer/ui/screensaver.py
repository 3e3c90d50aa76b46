"""Keeps the screen awake while a workout runs.

Linux: the freedesktop ScreenSaver ``Inhibit`` call over the D-Bus session bus; Windows:
``SetThreadExecutionState``. Elsewhere, or without a session bus, it does nothing: a blanking
screen is a nuisance, never a reason to stop a workout.
"""

from __future__ import annotations

import sys
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication


class ScreenKeeper(Protocol):
    def inhibit(self) -> None: ...

    def release(self) -> None: ...


class NoScreenKeeper:
    def inhibit(self) -> None:
        pass

    def release(self) -> None:
        pass


class DBusScreenKeeper:
    SERVICE = "org.freedesktop.ScreenSaver"
    PATH = "/org/freedesktop/ScreenSaver"

    def __init__(self) -> None:
        self._cookie: int | None = None

    def _interface(self) -> Any:
        from PySide6.QtDBus import QDBusConnection, QDBusInterface

        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return None
        interface = QDBusInterface(self.SERVICE, self.PATH, self.SERVICE, bus)
        interface.setTimeout(500)  # a missing service must not hold the window up
        return interface if interface.isValid() else None

    def inhibit(self) -> None:
        if self._cookie is not None:
            return
        interface = self._interface()
        if interface is None:
            return
        # The reason a desktop shows in its list of what keeps the screen on.
        reason = QCoreApplication.translate("ScreenKeeper", "A workout is running")
        reply = interface.call("Inhibit", "calfplayer", reason)
        arguments = reply.arguments()
        if arguments and isinstance(arguments[0], int):
            self._cookie = arguments[0]

    def release(self) -> None:
        cookie, self._cookie = self._cookie, None
        if cookie is None:
            return
        interface = self._interface()
        if interface is not None:
            interface.call("UnInhibit", cookie)


class WindowsScreenKeeper:
    _CONTINUOUS = 0x80000000
    _SYSTEM_REQUIRED = 0x00000001
    _DISPLAY_REQUIRED = 0x00000002

    def inhibit(self) -> None:
        self._set(self._CONTINUOUS | self._SYSTEM_REQUIRED | self._DISPLAY_REQUIRED)

    def release(self) -> None:
        self._set(self._CONTINUOUS)

    def _set(self, flags: int) -> None:
        _set_execution_state(flags)


if sys.platform == "win32":

    def _set_execution_state(flags: int) -> None:
        import ctypes

        ctypes.windll.kernel32.SetThreadExecutionState(flags)

else:

    def _set_execution_state(flags: int) -> None:
        del flags


def platform_screen_keeper() -> ScreenKeeper:
    keepers: dict[str, type[ScreenKeeper]] = {
        "win32": WindowsScreenKeeper,
        "linux": DBusScreenKeeper,
    }
    return keepers.get(sys.platform, NoScreenKeeper)()
