"""The questions and file pickers of importing and exporting routines.

Tests replace these functions, so nothing waits on a person. Every text is plain: a routine's name
comes from a file and must never be read as markup.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from calfplayer.app.routines import OnClash
from calfplayer.ui.dialogs import fit_to_window, warning

FILTER = "Routine files (*.json);;All files (*)"


def open_routine_file(parent: QWidget) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, "Import a routine", str(Path.home()), FILTER)
    return Path(chosen) if chosen else None


def save_routine_file(parent: QWidget, suggested: str) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(
        parent, "Export the routine", str(Path.home() / suggested), FILTER
    )
    return Path(chosen) if chosen else None


def ask_clash(parent: QWidget, name: str, routine_id: str, built_in: bool) -> OnClash | None:
    """Replace, keep both, or None for cancel; a built-in routine cannot be replaced."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle("This routine is already here")
    where = "a built-in routine" if built_in else "one of your routines"
    box.setText(f'"{name}" has the id "{routine_id}", which {where} already uses.')
    box.setInformativeText(
        "Keep both to add it under a new id."
        if built_in
        else "Replace yours with it, or keep both under different ids."
    )
    replace_button = None
    if not built_in:
        replace_button = box.addButton("Replace", QMessageBox.ButtonRole.DestructiveRole)
    keep_button = box.addButton("Keep both", QMessageBox.ButtonRole.AcceptRole)
    cancel_button = box.addButton("Cancel", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel_button)
    box.setEscapeButton(cancel_button)
    fit_to_window(box, parent)
    box.exec()
    clicked = box.clickedButton()
    if replace_button is not None and clicked is replace_button:
        return OnClash.REPLACE
    if clicked is keep_button:
        return OnClash.KEEP_BOTH
    return None


def show_problems(parent: QWidget, title: str, text: str) -> None:
    box = warning(parent, title, text)
    fit_to_window(box, parent)
    box.exec()
