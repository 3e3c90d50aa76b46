"""The window's last place, size and full-screen state: a small JSON file in the config folder.

A missing or unreadable file is no loss (the window opens at its first placement), so loading
never raises; saving writes atomically and lets the caller report a failure.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from calfplayer.domain.window_geometry import WindowState
from calfplayer.store.files import write_atomically


def _number(data: dict[str, Any], key: str) -> int | None:
    value = data.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class WindowStateStore:
    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> WindowState | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError, UnicodeError):
            return None
        if not isinstance(data, dict):
            return None
        x, y = _number(data, "x"), _number(data, "y")
        width, height = _number(data, "width"), _number(data, "height")
        if x is None or y is None or width is None or height is None:
            return None
        if width <= 0 or height <= 0:
            return None
        return WindowState(x, y, width, height, data.get("full_screen") is True)

    def save(self, state: WindowState) -> None:
        data = {
            "x": state.x,
            "y": state.y,
            "width": state.width,
            "height": state.height,
            "full_screen": state.full_screen,
        }
        write_atomically(self.path, json.dumps(data, indent=2, sort_keys=True) + "\n")
