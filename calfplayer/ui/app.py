"""Opens the window."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication, QLabel

from calfplayer.ui.desktop import integrate_with_desktop


def run_app(args: argparse.Namespace) -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationName("calfplayer")
    integrate_with_desktop(app)
    label = QLabel("calfplayer")
    label.setWindowTitle("calfplayer")
    label.resize(420, 860)
    label.show()
    return app.exec()
