"""The exercises of a routine being edited, in order: reorder by dragging or with the buttons."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from calfplayer.domain.exercises import Catalogue
from calfplayer.domain.routines import RoutineItem
from calfplayer.ui.editor_form import default_item
from calfplayer.ui.widgets.item_editor import ITEM_MIME, ItemEditor


class ItemList(QWidget):
    changed = Signal()
    arranged = Signal()  # exercises were added, removed or moved

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptDrops(True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(10)
        self.editors: list[ItemEditor] = []
        self.touched = False  # exercises added, removed or moved by the person

    def set_items(self, items: tuple[RoutineItem, ...] | list[RoutineItem]) -> None:
        for editor in self.editors:
            self._layout.removeWidget(editor)
            editor.hide()
            editor.deleteLater()
        self.editors = []
        self.touched = False
        for item in items:
            self._append(item)
        self._renumber()

    def restore(self, states: list[dict[str, Any]], catalogue: Catalogue) -> None:
        """The exercises as ``ItemEditor.state`` kept them, each field as it was shown."""
        self.set_items([default_item(catalogue[state["exercise"]], catalogue) for state in states])
        for editor, state in zip(self.editors, states, strict=True):
            editor.restore(state)

    def add_item(self, item: RoutineItem) -> ItemEditor:
        editor = self._append(item)
        self._renumber()
        self.touched = True
        self.changed.emit()
        return editor

    def _append(self, item: RoutineItem) -> ItemEditor:
        editor = ItemEditor(item)
        editor.changed.connect(self.changed.emit)
        editor.move_requested.connect(self._move_by)
        editor.remove_requested.connect(self.remove)
        editor.handle.drag_started.connect(lambda chosen=editor: self._drag(chosen))
        self.editors.append(editor)
        self._layout.addWidget(editor)
        return editor

    def remove(self, editor: ItemEditor) -> None:
        index = self.editors.index(editor)
        self.editors.remove(editor)
        self._layout.removeWidget(editor)
        editor.hide()
        editor.deleteLater()
        self._renumber()
        if self.editors:  # keyboard focus stays in the list, not lost with the removed card
            self.editors[min(index, len(self.editors) - 1)].remove_button.setFocus()
        self.touched = True
        self.changed.emit()

    def move_item(self, source: int, target: int) -> None:
        """Moves the exercise at ``source`` so that it ends at ``target``."""
        target = max(0, min(target, len(self.editors) - 1))
        if source == target or not 0 <= source < len(self.editors):
            return
        editor = self.editors.pop(source)
        self.editors.insert(target, editor)
        self._layout.removeWidget(editor)
        self._layout.insertWidget(target, editor)
        self._renumber()
        self.changed.emit()

    def _move_by(self, editor: ItemEditor, delta: int) -> None:
        index = self.editors.index(editor)
        self.move_item(index, index + delta)
        # The same button keeps the focus, so pressing it again moves the exercise on.
        chosen = editor.up_button if delta < 0 else editor.down_button
        if not chosen.isEnabled():
            chosen = editor.down_button if delta < 0 else editor.up_button
        chosen.setFocus()

    def _renumber(self) -> None:
        for number, editor in enumerate(self.editors, 1):
            editor.set_number(number, len(self.editors))
        self.arranged.emit()

    # --- drag and drop -----------------------------------------------------------------------

    def _drag(self, editor: ItemEditor) -> None:
        if editor in self.editors:
            editor.start_drag(self.editors.index(editor))

    def index_at(self, point: QPoint) -> int:
        """Where a card dropped at ``point`` goes: before the first card whose middle is below."""
        for index, editor in enumerate(self.editors):
            if point.y() < editor.geometry().center().y():
                return index
        return len(self.editors)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasFormat(ITEM_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasFormat(ITEM_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        if not event.mimeData().hasFormat(ITEM_MIME):
            event.ignore()
            return
        try:
            source = int(bytes(event.mimeData().data(ITEM_MIME).data()).decode())
        except ValueError:
            event.ignore()
            return
        target = self.index_at(event.position().toPoint())
        # Dropping below itself: the gap it leaves shifts everything after it up by one.
        self.move_item(source, target - 1 if target > source else target)
        event.acceptProposedAction()
