"""The window's keyboard: the player's shortcuts, Escape by page, F11 for full screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from calfplayer.ui.frame import Page

if TYPE_CHECKING:  # built after the first paint; importing them here would delay it
    from calfplayer.ui.pages.player import PlayerPage
    from calfplayer.ui.player_controller import PlayerController

ALWAYS_ON = ("F11", "Esc")  # every other shortcut works on the player page only


def window_shortcuts(
    window: QWidget,
    controller: PlayerController,
    player: PlayerPage,
    escape: Callable[[], None],
) -> dict[str, QShortcut]:
    """One shortcut per key, by name; a second key for the same action gets a number."""
    c = controller
    actions: dict[str, tuple[list[Qt.Key], Callable[[], None]]] = {
        "Space": ([Qt.Key.Key_Space], c.toggle_pause),
        "Left": ([Qt.Key.Key_Left], c.back),
        "Right": ([Qt.Key.Key_Right], c.skip),
        "M": ([Qt.Key.Key_M], c.toggle_mute),
        "H": ([Qt.Key.Key_H], player.mark_hurt),
        "Esc": ([Qt.Key.Key_Escape], escape),
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


def toggle_full_screen(window: QWidget) -> None:
    if window.isFullScreen():
        window.showNormal()
    else:
        window.showFullScreen()
