"""The few questions the app asks. Tests replace ``confirm`` so nothing waits on a person."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox, QWidget

RETRY, SAVE, CANCEL = "retry", "save", "cancel"

translate = QCoreApplication.translate

# Room kept between a question's box and the window's edges, and for its icon beside the text.
EDGE = 12
ICON_ROOM = 96


def fit_to_window(box: QMessageBox, parent: QWidget | None) -> None:
    """Keeps a question inside the window it belongs to: its text wraps at the window's width
    (a message box otherwise grows to half the screen)."""
    window = parent.window() if parent is not None else None
    if window is None:
        return
    room = max(160, window.width() - 2 * EDGE - ICON_ROOM)
    box.setStyleSheet(
        f"QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel {{ max-width: {room}px; }}"
    )
    whole = window.width() - 2 * EDGE
    answers = box.findChild(QDialogButtonBox)
    if answers is not None and answers.sizeHint().width() > whole - ICON_ROOM // 2:
        answers.setOrientation(Qt.Orientation.Vertical)  # one answer above the other
    # A message box is made at least as wide as its title bar's text; the same words are in
    # the box, so a long title gives way to the app's name.
    title_width = QFontMetrics(QApplication.font()).horizontalAdvance(box.windowTitle()) + 60
    if title_width > whole:
        box.setWindowTitle("calfplayer")


def confirm(parent: QWidget, title: str, text: str, yes: str, no: str) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setTextFormat(Qt.TextFormat.PlainText)  # titles may hold a routine's name
    box.setWindowTitle(title)
    box.setText(title)
    box.setInformativeText(text)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    fit_to_window(box, parent)
    box.exec()
    return box.clickedButton() is yes_button


def warning(parent: QWidget, title: str, text: str) -> QMessageBox:
    """A warning with ``title`` as its heading and ``text`` under it, as plain text."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(title)
    box.setText(title)
    box.setInformativeText(text)
    return box


def unsaved_sets(parent: QWidget, title: str, text: str) -> str:
    """Closing with sets the history could not take: RETRY, SAVE (to a file) or CANCEL."""
    box = warning(parent, title, text)
    retry = box.addButton(translate("Dialogs", "Retry"), QMessageBox.ButtonRole.AcceptRole)
    save = box.addButton(
        translate("Dialogs", "Save them to a file…"), QMessageBox.ButtonRole.ActionRole
    )
    cancel = box.addButton(
        translate("Dialogs", "Keep the window open"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(retry)
    box.setEscapeButton(cancel)
    fit_to_window(box, parent)
    box.exec()
    clicked = box.clickedButton()
    return RETRY if clicked is retry else SAVE if clicked is save else CANCEL


def save_file(parent: QWidget, title: str, suggested: Path) -> Path | None:
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, str(suggested), translate("Dialogs", "Sets not saved (*.jsonl)")
    )
    return Path(chosen) if chosen else None
