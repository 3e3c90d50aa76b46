"""Opens the window the way ``calfplayer [options]`` does, and once the voice has been brought in
prints what the player and Settings show about it as one JSON line, then quits (status 0).

Run as a script by the launch tests: ``python launch_probe.py --routine movement-snack --start``.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from calfplayer.cli import parse_args
from calfplayer.ui.app import run_app
from calfplayer.ui.main_window import MainWindow

LOOK_EVERY_MS = 20


def report_once_the_voice_is_in(window: MainWindow) -> None:
    section = window.voice_settings
    if section is None:  # the voice comes last, after every part of the window
        QTimer.singleShot(LOOK_EVERY_MS, lambda: report_once_the_voice_is_in(window))
        return
    player = window.player
    shown = {
        "page": window.current_page.name.lower(),
        "notice_visible": player.notice.isVisible(),
        "notice": player.notice.text(),
        "sound_control": player.mute_button.text(),
        "settings_note": section.run_note.text() if not section.run_note.isHidden() else "",
    }
    print(json.dumps(shown), flush=True)
    app = QApplication.instance()
    assert app is not None
    # exit(), not quit(): a running workout would ask whether to stop on close.
    app.exit(0)


def main(argv: list[str]) -> int:
    return run_app(parse_args(argv), on_first_paint=report_once_the_voice_is_in)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
