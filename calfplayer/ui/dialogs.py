"""The few questions the app asks. Tests replace ``confirm`` so nothing waits on a person."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

RETRY, SAVE, CANCEL = "retry", "save", "cancel"


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
    box.exec()
    return box.clickedButton() is yes_button


def unsaved_sets(parent: QWidget, title: str, text: str) -> str:
    """Closing with sets the history could not take: RETRY, SAVE (to a file) or CANCEL."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(title)
    box.setText(title)
    box.setInformativeText(text)
    retry = box.addButton("Retry", QMessageBox.ButtonRole.AcceptRole)
    save = box.addButton("Save them to a file…", QMessageBox.ButtonRole.ActionRole)
    cancel = box.addButton("Keep the window open", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return RETRY if clicked is retry else SAVE if clicked is save else CANCEL


def save_file(parent: QWidget, title: str, suggested: Path) -> Path | None:
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, str(suggested), "Sets not saved (*.jsonl)"
    )
    return Path(chosen) if chosen else None
