"""One exercise of a routine in the editor: its dosage fields, each with room for its problem.

Number fields accept more than a routine allows, so that the loader's own rules judge every value
and say why one is wrong, right under the field.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData, Qt, Signal
from PySide6.QtGui import QDrag, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from calfplayer.domain.exercises import Kind, Tempo
from calfplayer.domain.routines import RoutineItem, Side
from calfplayer.ui.editor_form import seconds_value
from calfplayer.ui.widgets.common import button, label
from calfplayer.ui.widgets.flow import FlowLayout

ITEM_MIME = "application/x-calfplayer-routine-item"
_LIMIT = 999  # wider than any rule, so the rules (not the box) say what is allowed

translate = QCoreApplication.translate


def _narrow(box: QAbstractSpinBox) -> None:
    # Three fields share a row on a phone-width window: each takes its share, not its text's width.
    box.setMinimumWidth(56)
    box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)


def _count(value: int) -> QSpinBox:
    box = QSpinBox()
    _narrow(box)
    box.setRange(0, _LIMIT)
    box.setValue(value)
    return box


def _seconds(ms: int) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    _narrow(box)
    box.setRange(0, _LIMIT)
    box.setDecimals(1)
    box.setSingleStep(0.5)
    box.setSuffix(translate("ItemEditor", " s"))
    box.setValue(ms / 1000)
    return box


class DragHandle(QLabel):
    """The grip a card is dragged by; the list does the moving."""

    drag_started = Signal()

    def __init__(self) -> None:
        super().__init__("⠿")
        self.setObjectName("handle")
        self.setToolTip(translate("ItemEditor", "Drag to reorder"))
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self._pressed_at: Any = None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        self._pressed_at = event.position().toPoint()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._pressed_at is None:
            return
        moved = (event.position().toPoint() - self._pressed_at).manhattanLength()
        if moved >= QApplication.startDragDistance():
            self._pressed_at = None
            self.drag_started.emit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        self._pressed_at = None


class ItemEditor(QFrame):
    changed = Signal()
    move_requested = Signal(object, int)  # self, -1 up / +1 down
    remove_requested = Signal(object)

    def __init__(self, item: RoutineItem) -> None:
        super().__init__()
        self.setObjectName("card")
        self.exercise = item.exercise
        self.name = translate("Exercises", item.exercise.name)
        self._switch_ms = item.switch_ms
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.touched: set[str] = set()  # the fields the person has changed
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 10, 12)
        layout.setSpacing(6)
        layout.addLayout(self._header())
        self.problem = label("", "error")  # for a problem that belongs to no one field
        self.problem.hide()
        layout.addWidget(self.problem)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        layout.addLayout(grid)
        self._build_fields(grid, item)
        self.set_number(1, 1)

    def _header(self) -> QVBoxLayout:
        """The name with the grip, and the tools under it (in one row they would not fit a phone
        width at large font sizes)."""
        header = QVBoxLayout()
        header.setSpacing(0)
        row = QHBoxLayout()
        row.setSpacing(4)
        self.handle = DragHandle()
        row.addWidget(self.handle)
        self.title = label("", "subheading")
        row.addWidget(self.title, 1)
        header.addLayout(row)
        tools = QHBoxLayout()
        tools.setSpacing(4)
        tools.addStretch(1)
        name = self.name
        self.up_button = button(
            "▲", "itemTool", translate("ItemEditor", "Move {name} up").format(name=name)
        )
        self.down_button = button(
            "▼", "itemTool", translate("ItemEditor", "Move {name} down").format(name=name)
        )
        self.remove_button = button(
            "✕", "itemTool", translate("ItemEditor", "Remove {name}").format(name=name)
        )
        for control, tip in (
            (self.up_button, translate("ItemEditor", "Move up")),
            (self.down_button, translate("ItemEditor", "Move down")),
            (self.remove_button, translate("ItemEditor", "Remove")),
        ):
            control.setToolTip(tip)
            tools.addWidget(control)
        self.up_button.clicked.connect(lambda: self.move_requested.emit(self, -1))
        self.down_button.clicked.connect(lambda: self.move_requested.emit(self, 1))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        header.addLayout(tools)
        return header

    def _build_fields(self, grid: QGridLayout, item: RoutineItem) -> None:
        hold = self.exercise.kind is Kind.HOLD
        cells: list[tuple[str, str, QWidget]] = [
            ("sets", translate("ItemEditor", "Sets"), _count(item.sets)),
            (
                "reps",
                translate("ItemEditor", "Holds per set")
                if hold
                else translate("ItemEditor", "Reps"),
                _count(item.reps),
            ),
            ("rest", translate("ItemEditor", "Rest between sets"), _seconds(item.rest_ms)),
        ]
        if hold:
            cells += [
                ("hold", translate("ItemEditor", "Hold"), _seconds(item.hold_ms or 0)),
                ("relax", translate("ItemEditor", "Relax between holds"), _seconds(item.relax_ms)),
            ]
        else:
            tempo = item.tempo or Tempo(1000, 0, 1000)
            words = self.exercise.phase_words
            cells += [
                ("tempo.up", translate("Exercises", words.up), _seconds(tempo.up_ms)),
                ("tempo.top", translate("Exercises", words.top), _seconds(tempo.top_ms)),
                ("tempo.down", translate("Exercises", words.down), _seconds(tempo.down_ms)),
            ]
        cells.append(("setup", translate("ItemEditor", "Get ready"), _seconds(item.setup_ms)))
        for number, (key, caption, widget) in enumerate(cells):
            self._add_cell(grid, number // 3, number % 3, key, caption, widget)
        row = (len(cells) + 2) // 3
        checks = FlowLayout()
        name = self.name
        self.per_side = QCheckBox(translate("ItemEditor", "Each leg"))
        self.per_side.setAccessibleName(
            translate("ItemEditor", "{name}: each leg").format(name=name)
        )
        self.per_side.setChecked(item.per_side)
        self.first_side = QComboBox()
        self.first_side.addItem(translate("ItemEditor", "Right first"), Side.RIGHT.value)
        self.first_side.addItem(translate("ItemEditor", "Left first"), Side.LEFT.value)
        self.first_side.setCurrentIndex(0 if item.first_side is Side.RIGHT else 1)
        self.first_side.setAccessibleName(
            translate("ItemEditor", "{name}: first side").format(name=name)
        )
        # As wide as its longest choice: the row wraps it onto a line of its own when narrow.
        self.first_side.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.first_side.setMinimumHeight(48)
        checks.addWidget(self.per_side)
        checks.addWidget(self.first_side)
        self.fields["per_side"] = self.per_side
        self.fields["first_side"] = self.first_side
        if not hold:
            self.self_paced = QCheckBox(translate("ItemEditor", "At my own pace"))
            self.self_paced.setToolTip(
                translate("ItemEditor", "Each rep waits for Rep done instead of the tempo")
            )
            self.self_paced.setChecked(item.self_paced)
            self.self_paced.setAccessibleName(
                translate("ItemEditor", "{name}: at my own pace").format(name=name)
            )
            self.fields["self_paced"] = self.self_paced
        grid.addLayout(checks, row * 3, 0, 1, 3)
        for key in ("per_side", "first_side"):
            self._add_error(key, grid, row * 3 + 1, 0, 3)
        if not hold:
            grid.addWidget(self.self_paced, row * 3 + 2, 0, 1, 3)
            self._add_error("self_paced", grid, row * 3 + 3, 0, 3)
        self.per_side.toggled.connect(self._update_enabled)
        self._update_enabled()
        for key, widget in self.fields.items():
            self._watch(key, widget)

    def _add_cell(
        self, grid: QGridLayout, row: int, column: int, key: str, caption: str, widget: QWidget
    ) -> None:
        name = label(caption, "small")
        name.setBuddy(widget)
        widget.setAccessibleName(
            translate("ItemEditor", "{name}: {field}").format(name=self.name, field=caption)
        )
        if isinstance(widget, QAbstractSpinBox):
            widget.setMinimumHeight(40)
        grid.addWidget(name, row * 3, column)
        grid.addWidget(widget, row * 3 + 1, column)
        self.fields[key] = widget
        self._add_error(key, grid, row * 3 + 2, column, 1)

    def _add_error(self, key: str, grid: QGridLayout, row: int, column: int, span: int) -> None:
        error = label("", "error")
        error.hide()
        self.errors[key] = error
        grid.addWidget(error, row, column, 1, span)

    def _watch(self, key: str, widget: QWidget) -> None:
        changed = lambda *_args: self._changed(key)  # noqa: E731 - one per field
        if isinstance(widget, QSpinBox | QDoubleSpinBox):
            widget.valueChanged.connect(changed)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(changed)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(changed)

    def _changed(self, key: str) -> None:
        self.touched.add(key)
        self._update_enabled()
        self.changed.emit()

    def _update_enabled(self) -> None:
        self.first_side.setEnabled(self.per_side.isChecked())
        relax = self.fields.get("relax")
        reps = self.fields["reps"]
        if relax is not None and isinstance(reps, QSpinBox):
            relax.setEnabled(reps.value() > 1)

    def set_number(self, number: int, count: int) -> None:
        self.title.setText(
            translate("ItemEditor", "{number}. {name}").format(number=number, name=self.name)
        )
        self.up_button.setEnabled(number > 1)
        self.down_button.setEnabled(number < count)

    # --- values and problems -----------------------------------------------------------------

    def value(self, key: str) -> int | float | bool | str:
        widget = self.fields[key]
        if isinstance(widget, QSpinBox):
            return widget.value()
        if isinstance(widget, QDoubleSpinBox):
            return seconds_value(widget.value())
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        assert isinstance(widget, QComboBox)
        return str(widget.currentData())

    def state(self) -> dict[str, Any]:
        """What the fields show, exactly (a value no routine allows included), and what the
        person has touched: ``restore`` puts it back into a new editor."""
        shown: dict[str, Any] = {}
        for key, widget in self.fields.items():
            if isinstance(widget, QSpinBox | QDoubleSpinBox):
                shown[key] = widget.value()
            elif isinstance(widget, QCheckBox):
                shown[key] = widget.isChecked()
            elif isinstance(widget, QComboBox):
                shown[key] = widget.currentData()
        return {
            "exercise": self.exercise.id,
            "switch_ms": self._switch_ms,
            "fields": shown,
            "touched": set(self.touched),
        }

    def restore(self, state: dict[str, Any]) -> None:
        for key, value in state["fields"].items():
            widget = self.fields.get(key)
            if isinstance(widget, QSpinBox | QDoubleSpinBox):
                widget.setValue(value)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
        self._switch_ms = int(state["switch_ms"])
        self.touched = set(state["touched"])
        self._update_enabled()

    def set_value(self, key: str, value: float) -> None:
        widget = self.fields[key]
        assert isinstance(widget, QSpinBox | QDoubleSpinBox)
        widget.setValue(value)  # type: ignore[arg-type]

    def to_json(self) -> dict[str, Any]:
        """The item as a format-v1 object, holding exactly what the fields show."""
        entry: dict[str, Any] = {
            "exercise": self.exercise.id,
            "sets": self.value("sets"),
            "reps": self.value("reps"),
        }
        if self.exercise.kind is Kind.HOLD:
            entry["hold"] = self.value("hold")
            entry["relax"] = self.value("relax")
        else:
            entry["tempo"] = {part: self.value(f"tempo.{part}") for part in ("up", "top", "down")}
            entry["self_paced"] = self.value("self_paced")
        entry["rest"] = self.value("rest")
        entry["setup"] = self.value("setup")
        entry["per_side"] = self.value("per_side")
        if entry["per_side"]:
            entry["first_side"] = self.value("first_side")
            entry["switch"] = seconds_value(self._switch_ms / 1000)
        return entry

    def clear_problems(self) -> None:
        for key, error in self.errors.items():
            error.hide()
            error.setText("")
            self._mark(self.fields[key], "")
        self.problem.hide()

    def show_problem(self, field: str, message: str) -> QWidget:
        """Shows the reason under its field (or under the title); returns where to focus."""
        error = self.errors.get(field)
        if error is None:
            text = f"{field}: {message}" if field else message
            self.problem.setText(f"{self.problem.text()}\n{text}".strip())
            self.problem.show()
            return self.remove_button
        error.setText(f"{error.text()}\n{message}".strip())
        error.show()
        self._mark(self.fields[field], message)
        return self.fields[field]

    @staticmethod
    def _mark(widget: QWidget, message: str) -> None:
        widget.setProperty("invalid", bool(message))
        widget.setAccessibleDescription(message)
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def start_drag(self, index: int) -> None:
        drag = QDrag(self)
        data = QMimeData()
        data.setData(ITEM_MIME, str(index).encode())
        drag.setMimeData(data)
        drag.setPixmap(self.grab().scaledToWidth(max(1, self.width() // 2)))
        drag.exec(Qt.DropAction.MoveAction)
