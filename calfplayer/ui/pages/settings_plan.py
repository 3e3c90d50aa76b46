"""Settings › Plan: the plan's entries (each with Remove), a form to add a routine at a time or
movement snacks, and the quiet days. Every change goes through ``calfplayer.app.plan``, which reads
the plan file again before writing, so an entry added on the command line is never lost."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from calfplayer.app.errors import AppError
from calfplayer.domain.week_plan import DAY_NAMES, PlanEntry
from calfplayer.i18n import translatable
from calfplayer.i18n.formats import weekday_short_of
from calfplayer.ui.context import AppContext
from calfplayer.ui.widgets.common import button, clear_layout, flick_to_scroll, label
from calfplayer.ui.widgets.flow import FlowLayout
from calfplayer.ui.widgets.wrapping_combo import WrappingComboBox

translate = QCoreApplication.translate
EVERY_CHOICES = ("30m", "1h", "1h30m", "2h", "3h", "4h")
REMINDERS_TEXT = translatable(
    "PlanSettings",
    "When a planned time comes, a desktop notification with Start now, In 15 minutes and Skip "
    "today, even with the window closed; from every login on. (Also: calfplayer remind --on.)",
)
REMINDERS_ON = translatable("PlanSettings", "Reminders are on, now and from every login on.")
EVERY_LABELS = (
    translatable("PlanSettings", "30 min"),
    translatable("PlanSettings", "1 hour"),
    translatable("PlanSettings", "1½ hours"),
    translatable("PlanSettings", "2 hours"),
    translatable("PlanSettings", "3 hours"),
    translatable("PlanSettings", "4 hours"),
)


class DayChoice(QWidget):
    """Seven check boxes, Monday first, wrapping onto as many rows as the window's width needs."""

    changed = Signal()

    def __init__(self, what: str) -> None:
        super().__init__()
        row = FlowLayout(self, spacing=12)
        self.boxes: list[QCheckBox] = []
        for weekday in range(7):
            text = weekday_short_of(weekday)
            box = QCheckBox(text)
            box.setAccessibleName(
                translate("PlanSettings", "{what}: {day}").format(what=what, day=text)
            )
            box.toggled.connect(lambda _on: self.changed.emit())
            row.addWidget(box)
            self.boxes.append(box)

    def chosen(self) -> frozenset[int]:
        return frozenset(day for day, box in enumerate(self.boxes) if box.isChecked())

    def set_chosen(self, days: frozenset[int]) -> None:
        for day, box in enumerate(self.boxes):
            box.blockSignals(True)
            box.setChecked(day in days)
            box.blockSignals(False)

    def text(self) -> str:
        """As `calfplayer plan add --days` takes it."""
        return ",".join(DAY_NAMES[day] for day in sorted(self.chosen()))


def _time_edit(hour: int, what: str) -> QTimeEdit:
    edit = QTimeEdit(QTime(hour, 0))
    edit.setDisplayFormat("HH:mm")
    edit.setAccessibleName(what)
    return edit


class PlanSettings(QWidget):
    problem = Signal(str)  # a sentence for the window's notices

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.message = label("", "muted")
        layout.addWidget(self.message)
        self.entry_rows = QVBoxLayout()
        layout.addLayout(self.entry_rows)
        layout.addWidget(label(translate("PlanSettings", "ADD TO THE PLAN"), "section"))
        layout.addLayout(self._form())
        layout.addWidget(label(translate("PlanSettings", "QUIET DAYS"), "section"))
        layout.addWidget(
            label(translate("PlanSettings", "Nothing is planned on these days."), "small")
        )
        self.quiet = DayChoice(translate("PlanSettings", "Quiet day"))
        self.quiet.changed.connect(self._quiet_changed)
        layout.addWidget(self.quiet)
        layout.addWidget(label(translate("PlanSettings", "REMINDERS"), "section"))
        # Short: a check box does not wrap, and the page must fit a phone-width window.
        self.remind = QCheckBox(translate("PlanSettings", "Remind me"))
        self.remind.setAccessibleName(
            translate("PlanSettings", "Reminders, even with the window closed")
        )
        self.remind.toggled.connect(self._remind_toggled)
        layout.addWidget(self.remind)
        self.remind_note = label("", "small")
        layout.addWidget(self.remind_note)
        self._show_reminders()
        self.remove_buttons: list[QWidget] = []
        self._said = context.app.plan.problem  # said at start with the window's other notices
        context.signals.plan_changed.connect(self.show_current)
        context.signals.routines_changed.connect(self.show_current)
        self.show_current()

    def _form(self) -> QVBoxLayout:
        # Each label above its field, in a plain column: side by side the days would not fit a
        # phone-width window, and a wrapping form layout was squeezed when the plan grew.
        form = QVBoxLayout()
        form.setSpacing(4)
        self.routine_choice = WrappingComboBox()
        self.routine_choice.setAccessibleName(translate("PlanSettings", "Routine to plan"))
        kinds = QWidget()
        # Side by side when they fit, else one under the other (long words, large text).
        kinds_row = FlowLayout(kinds)
        self.at_time = QRadioButton(translate("PlanSettings", "At a time"))
        self.snacks = QRadioButton(translate("PlanSettings", "Snacks"))
        self.at_time.setAccessibleName(translate("PlanSettings", "Once, at a time of day"))
        self.snacks.setAccessibleName(translate("PlanSettings", "Movement snacks every few hours"))
        self.at_time.setChecked(True)
        self._kinds = QButtonGroup(self)
        for kind in (self.at_time, self.snacks):
            self._kinds.addButton(kind)
            kinds_row.addWidget(kind)
        self.at_time.toggled.connect(self._kind_changed)
        self.days = DayChoice(translate("PlanSettings", "Planned day"))
        self.days.set_chosen(frozenset({0, 2, 4}))
        self.at = _time_edit(18, translate("PlanSettings", "At"))
        self.every = QComboBox()
        self.every.setAccessibleName(translate("PlanSettings", "Every"))
        for text, value in zip(EVERY_LABELS, EVERY_CHOICES, strict=True):
            self.every.addItem(translate("PlanSettings", text), value)
        self.every.setCurrentIndex(EVERY_CHOICES.index("2h"))
        self.start = _time_edit(9, translate("PlanSettings", "From"))
        self.end = _time_edit(17, translate("PlanSettings", "To"))
        for choice in (self.routine_choice, self.every):
            flick_to_scroll(choice.view())  # their drop-down lists scroll like every list here
        self._captions: dict[QWidget, QWidget] = {}
        for caption, field in (
            (translate("PlanSettings", "Routine"), self.routine_choice),
            (translate("PlanSettings", "How"), kinds),
            (translate("PlanSettings", "Days"), self.days),
            (translate("PlanSettings", "At"), self.at),
            (translate("PlanSettings", "Every"), self.every),
            (translate("PlanSettings", "From"), self.start),
            (translate("PlanSettings", "To"), self.end),
        ):
            shown = label(caption, "small", wrap=False)
            self._captions[field] = shown
            form.addWidget(shown)
            form.addWidget(field)
        self.add_button = button(
            translate("PlanSettings", "Add to plan"),
            "",
            translate("PlanSettings", "Add this to the plan"),
        )
        self.add_button.clicked.connect(self.add)
        form.addSpacing(6)
        form.addWidget(self.add_button)
        self._kind_changed()
        return form

    def _kind_changed(self) -> None:
        snacks = self.snacks.isChecked()
        for field, visible in (
            (self.every, snacks),
            (self.start, snacks),
            (self.end, snacks),
            (self.at, not snacks),
        ):
            field.setVisible(visible)
            self._captions[field].setVisible(visible)

    def show_current(self) -> None:
        """The plan as it is now (changed here, on the command line or in the file)."""
        plan = self.context.app.plan
        clear_layout(self.entry_rows)
        self.remove_buttons = []
        entries = plan.entries()
        self.message.setText(
            plan.problem
            or ("" if entries else translate("PlanSettings", "No plan yet: add a routine below."))
        )
        self.message.setVisible(bool(self.message.text()))
        if plan.problem and plan.problem != self._said:  # the file was damaged while open
            self._said = plan.problem
            self.problem.emit(plan.problem)
        for view in entries:
            # The text on its own line, Remove under it: a wrapped label beside a button is
            # given the height of a narrower one and overlaps what follows.
            self.entry_rows.addWidget(label(f"{view.number}. {view.text}", "body"))
            remove = button(
                translate("PlanSettings", "Remove"),
                "flat",
                translate("PlanSettings", "Remove {number}: {entry}").format(
                    number=view.number, entry=view.text
                ),
            )
            remove.clicked.connect(lambda _=False, entry=view.entry: self.remove(entry))
            self.entry_rows.addWidget(remove, 0, Qt.AlignmentFlag.AlignRight)
            self.remove_buttons.append(remove)
        self.quiet.set_chosen(plan.current.quiet_days)
        chosen = self.routine_choice.currentData()
        self.routine_choice.clear()
        for routine in self.context.library.routines:
            self.routine_choice.addItem(routine.shown_name, routine.id)
        index = self.routine_choice.findData(chosen)
        self.routine_choice.setCurrentIndex(max(0, index))

    def add(self) -> None:
        plan = self.context.app.plan
        routine_id = self.routine_choice.currentData()
        days = self.days.text()
        try:
            if not isinstance(routine_id, str):
                raise AppError(translate("PlanSettings", "Choose a routine to plan."))
            if not days:
                raise AppError(translate("PlanSettings", "Choose at least one day."))
            if self.snacks.isChecked():
                plan.add_snack(
                    routine_id,
                    str(self.every.currentData()),
                    self.start.time().toString("HH:mm"),
                    self.end.time().toString("HH:mm"),
                    days,
                )
            else:
                plan.add_routine(routine_id, days, self.at.time().toString("HH:mm"))
        except AppError as error:
            self.problem.emit(str(error))

    def remove(self, entry: PlanEntry) -> None:
        try:
            self.context.app.plan.remove_entry(entry)
        except AppError as error:
            self.problem.emit(str(error))

    def _show_reminders(self) -> None:
        reminders = self.context.app.reminders
        self.remind.blockSignals(True)
        self.remind.setChecked(reminders.is_on())
        self.remind.blockSignals(False)
        if not reminders.starts_at_login_here:
            self.remind.setEnabled(False)
            self.remind_note.setText(reminders.not_supported())
        else:
            self.remind_note.setText(translate("PlanSettings", REMINDERS_TEXT))

    def _remind_toggled(self, on: bool) -> None:
        reminders = self.context.app.reminders
        try:
            said = reminders.turn_on() if on else reminders.turn_off()
        except AppError as error:
            self.problem.emit(str(error))
        else:
            # Without the path the command line shows: a long path does not wrap.
            on_text = translate("PlanSettings", REMINDERS_ON)
            self.remind_note.setText(on_text if reminders.is_on() else said)
        self.remind.blockSignals(True)
        self.remind.setChecked(reminders.is_on())
        self.remind.blockSignals(False)

    def _quiet_changed(self) -> None:
        try:
            self.context.app.plan.set_quiet_days(self.quiet.chosen())
        except AppError as error:
            self.problem.emit(str(error))
            self.show_current()
