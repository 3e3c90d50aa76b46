"""The questions and file pickers of importing and exporting routines.

Tests replace these functions, so nothing waits on a person. Every text is plain: a routine's name
comes from a file and must never be read as markup.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from calfplayer.app.routines import OnClash
from calfplayer.i18n import translatable
from calfplayer.ui.dialogs import fit_to_window, warning

translate = QCoreApplication.translate

# The words are shown; the patterns in brackets are what the file picker matches.
FILTER = translatable("RoutineDialogs", "Routine files (*.json);;All files (*)")


def open_routine_file(parent: QWidget) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        translate("RoutineDialogs", "Import a routine"),
        str(Path.home()),
        translate("RoutineDialogs", FILTER),
    )
    return Path(chosen) if chosen else None


def save_routine_file(parent: QWidget, suggested: str) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        translate("RoutineDialogs", "Export the routine"),
        str(Path.home() / suggested),
        translate("RoutineDialogs", FILTER),
    )
    return Path(chosen) if chosen else None


def ask_clash(parent: QWidget, name: str, routine_id: str, built_in: bool) -> OnClash | None:
    """Replace, keep both, or None for cancel; a built-in routine cannot be replaced."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(translate("RoutineDialogs", "This routine is already here"))
    if built_in:
        text = translate(
            "RoutineDialogs", '"{name}" has the id "{id}", which a built-in routine already uses.'
        )
        advice = translate("RoutineDialogs", "Keep both to add it under a new id.")
    else:
        text = translate(
            "RoutineDialogs", '"{name}" has the id "{id}", which one of your routines already uses.'
        )
        advice = translate(
            "RoutineDialogs", "Replace yours with it, or keep both under different ids."
        )
    box.setText(text.format(name=name, id=routine_id))
    box.setInformativeText(advice)
    replace_button = None
    if not built_in:
        replace_button = box.addButton(
            translate("RoutineDialogs", "Replace"), QMessageBox.ButtonRole.DestructiveRole
        )
    keep_button = box.addButton(
        translate("RoutineDialogs", "Keep both"), QMessageBox.ButtonRole.AcceptRole
    )
    cancel_button = box.addButton(
        translate("RoutineDialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
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
