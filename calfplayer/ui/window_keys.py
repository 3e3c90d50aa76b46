"""The window's keyboard: the player's shortcuts, Escape by page, F11 for full screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut

from calfplayer.ui.frame import Page

if TYPE_CHECKING:
    from calfplayer.ui.main_window import MainWindow

ALWAYS_ON = ("F11", "Esc")  # every other shortcut works on the player page only


def window_shortcuts(window: MainWindow) -> dict[str, QShortcut]:
    """One shortcut per key, by name; a second key for the same action gets a number."""
    c = window.controller
    actions: dict[str, tuple[list[Qt.Key], Callable[[], None]]] = {
        "Space": ([Qt.Key.Key_Space], c.toggle_pause),
        "Left": ([Qt.Key.Key_Left], c.back),
        "Right": ([Qt.Key.Key_Right], c.skip),
        "M": ([Qt.Key.Key_M], c.toggle_mute),
        "Esc": ([Qt.Key.Key_Escape], lambda: escape(window)),
        "Enter": ([Qt.Key.Key_Return, Qt.Key.Key_Enter], c.rep_done),
        "F11": ([Qt.Key.Key_F11], lambda: toggle_full_screen(window)),
    }
    shortcuts = {}
    for name, (keys, action) in actions.items():
        for number, key in enumerate(keys):
            shortcut = QShortcut(QKeySequence(key), window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(action)
            shortcuts[name if number == 0 else f"{name}{number}"] = shortcut
    return shortcuts


def enable_for_page(shortcuts: dict[str, QShortcut], page: Page) -> None:
    for name, shortcut in shortcuts.items():
        shortcut.setEnabled(name in ALWAYS_ON or page is Page.PLAYER)


def escape(window: MainWindow) -> None:
    """Escape steps back out of wherever the person is."""
    page = window.current_page
    if page is Page.PLAYER:
        window.request_stop()
    elif page is Page.PREVIEW:
        window.leave_preview()
    elif page is Page.EDITOR:
        window.editor.cancel()
    elif page is Page.ABOUT:
        window.show_page(Page.SETTINGS)
    elif window.isFullScreen():
        window.showNormal()


def toggle_full_screen(window: MainWindow) -> None:
    if window.isFullScreen():
        window.showNormal()
    else:
        window.showFullScreen()
