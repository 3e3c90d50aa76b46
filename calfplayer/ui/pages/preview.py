"""Preview: what a routine holds, how long it takes, what to get ready, and Start.

The first time, a safety card sits above the list. It is dismissed with a button on the card and is
never a modal dialog, so nothing stands between a person and Start.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from calfplayer.domain.exercises import Kind, equipment_label
from calfplayer.domain.plan import Plan, build_plan
from calfplayer.domain.routines import Routine, RoutineItem, Source
from calfplayer.i18n import translatable
from calfplayer.i18n.formats import decimal
from calfplayer.ui.context import AppContext
from calfplayer.ui.pages.workouts import routine_facts
from calfplayer.ui.widgets.common import (
    MARGIN,
    button,
    card,
    clear_layout,
    label,
    page_layout,
    scrolling_column,
)
from calfplayer.ui.widgets.flow import FlowLayout
from calfplayer.ui.widgets.illustration import ExerciseIllustration

translate = QCoreApplication.translate

SAFETY_TEXT = translatable(
    "PreviewPage",
    "calfplayer is for education and general fitness, not medical advice. Warm up gently, keep "
    "something steady within reach, and stop at once if you feel a sharp pain, dizziness or "
    "swelling. If you have an injury or a health condition, ask a professional first.",
)


def _seconds(ms: int) -> str:
    """ "2.5 s", with the language's decimal mark, and no decimals for whole seconds."""
    number = f"{ms / 1000:g}"
    if "." in number:
        number = decimal(ms / 1000, len(number.split(".", 1)[1]))
    return translate("PreviewPage", "{seconds} s").format(seconds=number)


def dosage_text(item: RoutineItem) -> str:
    """ "3 × 12 reps, each leg" / "2 × 30 s hold" — the dose as a coach would say it."""
    each = item.per_side
    reps = item.reps  # a plain name: pyside6-lupdate skips a call whose count is dotted
    if item.exercise.kind is Kind.HOLD:
        hold = _seconds(item.hold_ms or 0)
        if reps > 1 and each:
            text = translate("PreviewPage", "{sets} × %n holds of {hold}, each leg", None, reps)
        elif reps > 1:
            text = translate("PreviewPage", "{sets} × %n holds of {hold}", None, reps)
        elif each:
            text = translate("PreviewPage", "{sets} × {hold} hold, each leg")
        else:
            text = translate("PreviewPage", "{sets} × {hold} hold")
        return text.format(sets=item.sets, hold=hold)
    if each:
        text = translate("PreviewPage", "{sets} × %n reps, each leg", None, reps)
    else:
        text = translate("PreviewPage", "{sets} × %n reps", None, reps)
    return text.format(sets=item.sets)


def tempo_text(item: RoutineItem) -> str:
    tempo = item.tempo
    if item.exercise.kind is Kind.HOLD or tempo is None:
        if item.sets <= 1:
            return ""
        return translate("PreviewPage", "{rest} rest between sets").format(
            rest=_seconds(item.rest_ms)
        )
    if item.self_paced:
        return translate("PreviewPage", "at your own pace")
    words = item.exercise.phase_words
    return translate(
        "PreviewPage", "{up_time} {up} · {top_time} {top} · {down_time} {down}"
    ).format(
        up_time=_seconds(tempo.up_ms),
        up=translate("Exercises", words.up).lower(),
        top_time=_seconds(tempo.top_ms),
        top=translate("Exercises", words.top).lower(),
        down_time=_seconds(tempo.down_ms),
        down=translate("Exercises", words.down).lower(),
    )


class ExerciseRow(QWidget):
    def __init__(self, number: int, item: RoutineItem) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(8)  # a long word of a name keeps its room on a narrow window
        picture = ExerciseIllustration(compact=True)
        picture.setFixedSize(64, 64)
        name = translate("Exercises", item.exercise.name)
        picture.set_exercise(item.exercise, name)
        picture.set_pose(1.0)
        layout.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(
            label(
                translate("PreviewPage", "{number}. {exercise}").format(
                    number=number, exercise=name
                ),
                "subheading",
            )
        )
        self.dosage = label(dosage_text(item), "body")
        text.addWidget(self.dosage)
        extra = tempo_text(item)
        if extra:
            text.addWidget(label(extra, "small"))
        layout.addLayout(text, 1)
        self.setAccessibleName(
            translate("PreviewPage", "{exercise}: {dose}").format(
                exercise=name, dose=dosage_text(item)
            )
        )


class PreviewPage(QWidget):
    start_requested = Signal(object)  # Plan
    back_requested = Signal()
    edit_requested = Signal(object)  # Routine
    duplicate_requested = Signal(object)  # Routine
    export_requested = Signal(object)  # Routine

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.routine: Routine | None = None
        self.plan: Plan | None = None
        outer = page_layout(self)
        # Wraps onto a second line when a narrow window has no room for every button.
        top = FlowLayout(spacing=4)
        top.setContentsMargins(8, 8, MARGIN, 0)
        self.back_button = button(
            translate("PreviewPage", "‹  Workouts"),
            "flat",
            translate("PreviewPage", "Back to workouts"),
        )
        self.back_button.clicked.connect(self.back_requested.emit)
        top.addWidget(self.back_button)
        self._own_routine_buttons(top)
        outer.addLayout(top)
        area, self.column = scrolling_column()
        self.column.setContentsMargins(MARGIN, 4, MARGIN, MARGIN)
        outer.addWidget(area, 1)
        bottom = QVBoxLayout()
        bottom.setContentsMargins(MARGIN, 10, MARGIN, MARGIN)
        self.start_button = button(
            translate("PreviewPage", "Start workout"),
            "primary",
            translate("PreviewPage", "Start the workout"),
        )
        self.start_button.clicked.connect(self._start)
        bottom.addWidget(self.start_button)
        outer.addLayout(bottom)
        self.safety_card: QWidget | None = None

    def _own_routine_buttons(self, top: FlowLayout) -> None:
        self.edit_button = button(
            translate("PreviewPage", "Edit"), "flat", translate("PreviewPage", "Edit this routine")
        )
        self.duplicate_button = button(
            translate("PreviewPage", "Duplicate"),
            "flat",
            translate("PreviewPage", "Duplicate this routine"),
        )
        self.export_button = button(
            translate("PreviewPage", "Export"),
            "flat",
            translate("PreviewPage", "Export this routine to a file"),
        )
        for signal, control in (
            (self.edit_requested, self.edit_button),
            (self.duplicate_requested, self.duplicate_button),
            (self.export_requested, self.export_button),
        ):
            control.clicked.connect(lambda _=False, chosen=signal: chosen.emit(self.routine))
            top.addWidget(control)

    def show_routine(self, routine: Routine) -> Plan:
        """Shows the routine; returns its plan, which Start will play."""
        self.routine = routine
        own = routine.source is Source.USER
        self.edit_button.setVisible(own)
        # Built-in routines are read-only: a copy is what gets edited.
        self.duplicate_button.setText(
            translate("PreviewPage", "Duplicate")
            if own
            else translate("PreviewPage", "Duplicate to edit")
        )
        plan = self.plan = build_plan(routine)
        clear_layout(self.column)
        self.safety_card = None
        self.title = label(routine.shown_name, "title")
        self.column.addWidget(self.title)
        if routine.description:
            self.column.addWidget(label(routine.shown_description, "muted"))
        self.facts = label(
            routine_facts(routine),
            "chip",
            wrap=False,
        )
        self.column.addWidget(self.facts, 0, Qt.AlignmentFlag.AlignLeft)
        needed = [equipment_label(name) for name in routine.equipment]
        self.equipment = label(
            translate("PreviewPage", "Get ready: {equipment}").format(equipment=", ".join(needed))
            if needed
            else translate("PreviewPage", "No equipment needed"),
            "body",
        )
        self.column.addWidget(self.equipment)
        if not self.context.settings.safety_acknowledged:
            self.safety_card = self._safety_card()
            self.column.addWidget(self.safety_card)
        list_card, list_layout = card()
        list_layout.setSpacing(4)
        self.rows = [ExerciseRow(number, item) for number, item in enumerate(routine.items, 1)]
        for row in self.rows:
            list_layout.addWidget(row)
        self.column.addWidget(list_card)
        self.column.addStretch(1)
        self.start_button.setFocus()
        return plan

    def _safety_card(self) -> QWidget:
        frame, layout = card("safety")
        layout.addWidget(label(translate("PreviewPage", "Before you start"), "subheading"))
        layout.addWidget(label(translate("PreviewPage", SAFETY_TEXT), "body"))
        dismiss = button(
            translate("PreviewPage", "I understand"),
            "",
            translate("PreviewPage", "I understand the safety note"),
        )
        dismiss.clicked.connect(self.acknowledge_safety)
        layout.addWidget(dismiss, 0, Qt.AlignmentFlag.AlignRight)
        return frame

    def acknowledge_safety(self) -> None:
        self.context.change_settings(safety_acknowledged=True)
        if self.safety_card is not None:
            self.safety_card.hide()
            self.safety_card.deleteLater()
            self.safety_card = None

    def _start(self) -> None:
        if self.plan is not None:
            self.start_requested.emit(self.plan)
