"""Editor: make a routine of one's own, or change one, with the total time as you go.

Built-in routines are never edited: they are duplicated first. The form is turned into a format-v1
object and judged by the same loader that reads routine files, so what the editor accepts is
exactly what the app can load, and each problem is shown under the field it names.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from calfplayer.app.errors import AppError
from calfplayer.domain.jsonfile import FileProblems, Problem
from calfplayer.domain.plan import format_duration
from calfplayer.domain.routines import FORMAT_VERSION, Routine, Source, parse_routine
from calfplayer.ui import dialogs
from calfplayer.ui.context import AppContext
from calfplayer.ui.editor_form import default_item, split_place
from calfplayer.ui.widgets.common import (
    MARGIN,
    button,
    card,
    label,
    page_layout,
    scrolling_column,
    tab_in_reading_order,
)
from calfplayer.ui.widgets.item_list import ItemList
from calfplayer.ui.widgets.wrapping_combo import WrappingComboBox

translate = QCoreApplication.translate


@dataclass
class EditorState:
    """Everything the person has put in the form, to be put back into a new editor (the window
    rebuilds its pages when the language changes)."""

    original: Routine | None
    new: bool  # the heading: a new routine, or one being changed
    name: str
    description: str
    items: list[dict[str, Any]]  # each exercise's fields as shown (ItemEditor.state)
    snapshot: dict[str, Any]  # the form as last saved or opened: what counts as a change
    touched: set[str] = dataclasses.field(default_factory=set)
    items_touched: bool = False
    save_pressed: bool = False


class EditorPage(QWidget):
    closed = Signal()
    saved = Signal(object)  # Routine, as saved
    deleted = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.original: Routine | None = None  # the user routine being changed, if any
        self.routine: Routine | None = None  # the form as a valid routine, if it is one
        self.problems: list[Problem] = []
        # A problem shows once its field has been touched, or for every field once Save was
        # pressed: a form just opened is not already wrong.
        self.touched: set[str] = set()
        self.save_pressed = False
        self._loading = False
        self._snapshot: dict[str, Any] = {}
        outer = page_layout(self)
        top = QHBoxLayout()
        top.setContentsMargins(8, 8, MARGIN, 0)
        self.cancel_button = button(
            translate("EditorPage", "‹  Cancel"),
            "flat",
            translate("EditorPage", "Cancel and go back"),
        )
        self.cancel_button.clicked.connect(self.cancel)
        top.addWidget(self.cancel_button)
        top.addStretch(1)
        self.delete_button = button(
            translate("EditorPage", "Delete"),
            "flat",
            translate("EditorPage", "Delete this routine"),
        )
        self.delete_button.clicked.connect(self.delete)
        top.addWidget(self.delete_button)
        outer.addLayout(top)

        area, column = scrolling_column()
        column.setContentsMargins(MARGIN, 4, MARGIN, MARGIN)
        self._new = True
        self.heading = label(translate("EditorPage", "New routine"), "title")
        column.addWidget(self.heading)
        self.general_problem = label("", "error")
        self.general_problem.hide()
        column.addWidget(self.general_problem)
        column.addLayout(self._about())
        column.addWidget(label(translate("EditorPage", "EXERCISES"), "section"))
        self.items_problem = label("", "error")
        self.items_problem.hide()
        column.addWidget(self.items_problem)
        self.item_list = ItemList()
        self.item_list.changed.connect(self.revalidate)
        self.item_list.arranged.connect(lambda: tab_in_reading_order(self.window()))
        column.addWidget(self.item_list)
        column.addWidget(self._adder())
        column.addStretch(1)
        outer.addWidget(area, 1)

        bottom = QVBoxLayout()
        bottom.setContentsMargins(MARGIN, 10, MARGIN, MARGIN)
        bottom.setSpacing(8)
        self.total = label("", "chip", wrap=False)
        bottom.addWidget(self.total, 0, Qt.AlignmentFlag.AlignHCenter)
        self.save_button = button(
            translate("EditorPage", "Save routine"),
            "primary",
            translate("EditorPage", "Save the routine"),
        )
        self.save_button.clicked.connect(self.save)
        bottom.addWidget(self.save_button)
        outer.addLayout(bottom)

    def _about(self) -> QVBoxLayout:
        about = QVBoxLayout()
        about.setSpacing(4)
        self.name = QLineEdit()
        name_caption = translate("EditorPage", "Name")
        description_caption = translate("EditorPage", "Description")
        self.name.setAccessibleName(name_caption)
        self.name.setPlaceholderText(translate("EditorPage", "For example: Morning calves"))
        self.description = QPlainTextEdit()
        self.description.setAccessibleName(description_caption)
        self.description.setPlaceholderText(translate("EditorPage", "What it is for (optional)"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(84)
        self.name_problem = label("", "error")
        self.description_problem = label("", "error")
        for caption, field, problem in (
            (name_caption, self.name, self.name_problem),
            (description_caption, self.description, self.description_problem),
        ):
            caption_label = label(caption, "small")
            caption_label.setBuddy(field)
            about.addWidget(caption_label)
            about.addWidget(field)
            problem.hide()
            about.addWidget(problem)
        self.name.textChanged.connect(lambda: self._edited("name"))
        self.description.textChanged.connect(lambda: self._edited("description"))
        return about

    def _adder(self) -> QWidget:
        frame, layout = card()
        layout.addWidget(label(translate("EditorPage", "Add an exercise"), "subheading"))
        # One above the other: the longest exercise name needs the drop-down's whole width, and
        # on a narrow window with large text two lines of it.
        row = QVBoxLayout()
        self.exercise_choice = WrappingComboBox()
        self.exercise_choice.setAccessibleName(translate("EditorPage", "Exercise to add"))
        self.exercise_choice.setMinimumHeight(48)
        for exercise in self.context.catalogue.values():
            self.exercise_choice.addItem(translate("Exercises", exercise.name), exercise.id)
        self.add_button = button(
            translate("EditorPage", "Add"), "", translate("EditorPage", "Add the exercise")
        )
        self.add_button.clicked.connect(self.add_chosen)
        row.addWidget(self.exercise_choice)
        row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(row)
        return frame

    # --- what is edited ------------------------------------------------------------------------

    def new_routine(self) -> None:
        self._load(None, True, "", "", ())

    def edit(self, routine: Routine) -> None:
        """Changes a routine of one's own; a built-in one is duplicated instead."""
        if routine.source is not Source.USER:
            self.duplicate(routine)
            return
        self._load(routine, False, routine.name, routine.description, routine.items)

    def duplicate(self, routine: Routine) -> None:
        # The copy is the person's own: named and described in the language it was made in.
        name = translate("EditorPage", "{name} (copy)").format(name=routine.shown_name)[:80]
        self._load(None, True, name, routine.shown_description, routine.items)

    def _show_heading(self, new: bool) -> None:
        self._new = new
        self.heading.setText(
            translate("EditorPage", "New routine")
            if new
            else translate("EditorPage", "Edit routine")
        )

    def _load(
        self, original: Routine | None, new: bool, name: str, description: str, items: Any
    ) -> None:
        self.original = original
        self._show_heading(new)
        self.delete_button.setVisible(original is not None)
        self.touched = set()
        self.save_pressed = False
        self._loading = True
        try:
            self.name.setText(name)
            self.description.setPlainText(description)
            self.item_list.set_items(items)
        finally:
            self._loading = False
        self.revalidate()
        self._snapshot = self.routine_json()
        self.name.setFocus()

    def state(self) -> EditorState:
        return EditorState(
            original=self.original,
            new=self._new,
            name=self.name.text(),
            description=self.description.toPlainText(),
            items=[editor.state() for editor in self.item_list.editors],
            snapshot=self._snapshot,
            touched=set(self.touched),
            items_touched=self.item_list.touched,
            save_pressed=self.save_pressed,
        )

    def restore(self, state: EditorState) -> None:
        """Puts back what ``state`` holds, as the person left it: unsaved changes, problems shown
        and all."""
        self.original = state.original
        self._show_heading(state.new)
        self.delete_button.setVisible(state.original is not None)
        self._loading = True
        try:
            self.name.setText(state.name)
            self.description.setPlainText(state.description)
            self.item_list.restore(state.items, self.context.catalogue)
            self.item_list.touched = state.items_touched
        finally:
            self._loading = False
        self.touched = set(state.touched)
        self.save_pressed = state.save_pressed
        self._snapshot = state.snapshot
        self.revalidate()

    def add_chosen(self) -> None:
        exercise = self.context.catalogue[str(self.exercise_choice.currentData())]
        editor = self.item_list.add_item(default_item(exercise, self.context.catalogue))
        editor.fields["sets"].setFocus()

    # --- checking ------------------------------------------------------------------------------

    def _edited(self, field: str) -> None:
        if not self._loading:
            self.touched.add(field)
        self.revalidate()

    def routine_id(self) -> str:
        if self.original is not None:
            return self.original.id
        return self.context.app.routines.new_id(self.name.text())

    def routine_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT_VERSION,
            "id": self.routine_id(),
            "name": self.name.text(),
            "description": self.description.toPlainText(),
            "items": [editor.to_json() for editor in self.item_list.editors],
        }

    def revalidate(self) -> Routine | None:
        """Judges the form as the loader would, marks each problem where it is, updates the time."""
        try:
            routine = parse_routine(self.routine_json(), "this routine", self.context.catalogue)
        except FileProblems as problems:
            self.routine = None
            self.problems = list(problems.problems)
        else:
            self.routine = routine
            self.problems = []
        self._show_problems()
        if self.routine is not None:
            self.total.setText(
                translate("EditorPage", "Total {minutes} min").format(
                    minutes=format_duration(self.routine.planned_ms)
                )
            )
        else:
            count = len(self.problems)
            to_fix = translate("EditorPage", "%n value(s) to fix", None, count)
            self.total.setText(to_fix)
        return self.routine

    def _show_problems(self) -> None:
        for problem_label in (
            self.general_problem,
            self.name_problem,
            self.description_problem,
            self.items_problem,
        ):
            problem_label.setText("")
            problem_label.hide()
        for editor in self.item_list.editors:
            editor.clear_problems()
        plain = {
            "name": self.name_problem,
            "description": self.description_problem,
            "items": self.items_problem,
        }
        for problem in self.problems:
            if not self._shows(problem):
                continue
            index, field = split_place(problem.place)
            if index is not None and index < len(self.item_list.editors):
                self.item_list.editors[index].show_problem(field, problem.message)
                continue
            target = plain.get(field, self.general_problem)
            text = problem.message if target is not self.general_problem else str(problem)
            target.setText(f"{target.text()}\n{text}".strip())
            target.show()
        for field, widget in (("name", self.name), ("description", self.description)):
            message = plain[field].text()
            widget.setProperty("invalid", bool(message))
            widget.setAccessibleDescription(message)
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def _shows(self, problem: Problem) -> bool:
        if self.save_pressed:
            return True
        index, field = split_place(problem.place)
        if index is not None and index < len(self.item_list.editors):
            editor = self.item_list.editors[index]
            return field in editor.touched or (field not in editor.fields and bool(editor.touched))
        items_touched = self.item_list.touched or any(e.touched for e in self.item_list.editors)
        if field == "items":  # none at all, or too long in all
            return items_touched
        if field in ("name", "description"):
            return field in self.touched
        return bool(self.touched) or items_touched  # the id, made from the name

    def first_problem_widget(self) -> QWidget | None:
        for problem in self.problems:
            index, field = split_place(problem.place)
            if index is not None and index < len(self.item_list.editors):
                editor = self.item_list.editors[index]
                return editor.fields.get(field, editor.remove_button)
            if field == "name":
                return self.name
            if field == "description":
                return self.description
            return self.add_button
        return None

    # --- saving --------------------------------------------------------------------------------

    def save(self) -> Routine | None:
        self.save_pressed = True
        routine = self.revalidate()
        if routine is None:
            widget = self.first_problem_widget()
            if widget is not None:
                widget.setFocus()
            return None
        if self.original is not None:
            routine = replace(routine, source=Source.USER, path=self.original.path)
        try:
            saved = self.context.app.routines.save(routine)
        except AppError as error:
            self.general_problem.setText(str(error))
            self.general_problem.show()
            return None
        self.original = saved
        self._snapshot = self.routine_json()
        self.saved.emit(saved)
        return saved

    def delete(self) -> None:
        routine = self.original
        if routine is None or routine.source is not Source.USER:
            return
        if not dialogs.confirm(
            self,
            translate("EditorPage", "Delete {name}?").format(name=routine.name),
            translate(
                "EditorPage",
                "The routine is removed from your routines. Your history keeps its workouts.",
            ),
            translate("EditorPage", "Delete"),
            translate("EditorPage", "Keep it"),
        ):
            return
        try:
            self.context.app.routines.delete(routine)
        except AppError as error:
            self.general_problem.setText(str(error))
            self.general_problem.show()
            return
        self.original = None
        self.deleted.emit()

    @property
    def has_changes(self) -> bool:
        return self.routine_json() != self._snapshot

    def cancel(self) -> None:
        if self.has_changes and not dialogs.confirm(
            self,
            translate("EditorPage", "Leave without saving?"),
            translate("EditorPage", "Your changes to this routine are not kept."),
            translate("EditorPage", "Leave"),
            translate("EditorPage", "Keep editing"),
        ):
            return
        self.closed.emit()
