"""What a screen reader is told about the window's fields, beyond what Qt says by itself.

On Linux, Qt names a combo box after the entry it shows ("Default voice"), expecting the screen
reader to find its label through a relation. Screen readers walking the tree then read the value
where the field's name belongs. Here a combo box that has an accessible name ("Voice") is named
after it; the entry shown is its value and its description.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QComboBox


class LabelledComboBox(QAccessibleWidget):
    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo, QAccessible.Role.ComboBox)
        self._combo = combo

    def text(self, kind: QAccessible.Text) -> str:
        shown = self._combo.currentText()
        if kind == QAccessible.Text.Name:
            return self._combo.accessibleName() or shown
        if kind in (QAccessible.Text.Value, QAccessible.Text.Description):
            return shown
        return str(super().text(kind))


def _interface_for(key: str, watched: QObject) -> QAccessibleInterface | None:
    del key
    if isinstance(watched, QComboBox) and not watched.isEditable():
        return LabelledComboBox(watched)
    return None


_installed: list[bool] = []


def name_fields_after_their_labels() -> None:
    """Installs the interfaces above for every widget made from now on (once per run)."""
    if not _installed:
        QAccessible.installFactory(_interface_for)
        _installed.append(True)
