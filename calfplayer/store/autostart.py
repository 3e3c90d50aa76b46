"""The XDG autostart entry that starts a command at login ($XDG_CONFIG_HOME/autostart)."""

from __future__ import annotations

import os
from pathlib import Path

from calfplayer.store.files import write_atomically

# Characters that make an Exec argument need quotes (Desktop Entry Specification, "The Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`=")
_ESCAPED_IN_QUOTES = ("\\", '"', "`", "$")  # the backslash first


def autostart_folder() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or ""
    base = Path(config) if os.path.isabs(config) else Path.home() / ".config"
    return base / "autostart"


def exec_line(command: list[str]) -> str:
    """``command`` as an Exec value: reserved characters quoted, ``%`` doubled, and the string
    escapes of a desktop file (a backslash doubled) applied on top."""
    return " ".join(_exec_argument(argument) for argument in command)


def _exec_argument(argument: str) -> str:
    text = argument.replace("%", "%%")
    if text and not any(char in _RESERVED for char in text):
        return text
    for char in _ESCAPED_IN_QUOTES:
        text = text.replace(char, "\\" + char)
    return '"' + text.replace("\\", "\\\\") + '"'


def write_entry(path: Path, *, name: str, comment: str, command: list[str]) -> None:
    """Writes the entry (atomically, making the folder); raises OSError."""
    text = (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={_one_line(name)}\n"
        f"Comment={_one_line(comment)}\n"
        f"Exec={exec_line(command)}\n"
        "Terminal=false\n"
        "NoDisplay=true\n"
        "X-GNOME-Autostart-enabled=true\n"
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, text)


def remove_entry(path: Path) -> bool:
    """Removes the entry; False when there was none. Raises OSError."""
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    return True


def _one_line(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", " ")
