"""Workouts: a card per routine with its name, time, number of exercises and equipment."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QVBoxLayout, QWidget

from calfplayer.domain.exercises import equipment_label
from calfplayer.domain.plan import format_duration
from calfplayer.domain.routines import Routine
from calfplayer.ui.context import AppContext
from calfplayer.ui.widgets.common import (
    button,
    clear_layout,
    label,
    page_layout,
    scrolling_column,
    tab_in_reading_order,
)
from calfplayer.ui.widgets.flow import left_aligned

translate = QCoreApplication.translate


def equipment_text(routine: Routine) -> str:
    needed = [equipment_label(name) for name in routine.equipment]
    if not needed:
        return translate("WorkoutsPage", "No equipment needed")
    return translate("WorkoutsPage", "You need: {equipment}").format(equipment=", ".join(needed))


def routine_facts(routine: Routine) -> str:
    minutes = format_duration(routine.planned_ms)
    count = len(routine.items)
    facts = translate("WorkoutsPage", "{minutes} min · %n exercise(s)", None, count)
    return facts.format(minutes=minutes)


class RoutineCard(QPushButton):
    """The whole card is one button: easy to hit with a thumb, one stop for the keyboard."""

    def __init__(self, routine: Routine) -> None:
        super().__init__()
        self.routine = routine
        self.setObjectName("card")
        # A push button insists on its size hint as its minimum width; a card must narrow instead.
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        facts = routine_facts(routine)
        equipment = equipment_text(routine)
        name, description = routine.shown_name, routine.shown_description
        self.setAccessibleName(name)
        self.setAccessibleDescription(
            translate("WorkoutsPage", "{facts}. {equipment}. {description}").format(
                facts=facts, equipment=equipment, description=description
            )
        )
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(6)
        # Wraps at huge font sizes rather than widen the card past the window or be cut.
        self.facts = label(facts, "chip")
        self.facts.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        parts = [
            label(name, "subheading"),
            label(description, "muted") if description else None,
            left_aligned(self.facts),
            label(equipment, "small"),
        ]
        for part in parts:
            if part is None:
                continue
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(part)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # Enter opens the card as Space does: a push button outside a dialog ignores Enter.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.click()
            return
        super().keyPressEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self._layout.sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self._layout.minimumSize()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._layout.totalHeightForWidth(width)


class WorkoutsPage(QWidget):
    routine_chosen = Signal(object)  # Routine
    new_requested = Signal()
    import_requested = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        outer = page_layout(self)
        area, column = scrolling_column()
        self.column = column
        column.addWidget(label(translate("WorkoutsPage", "Workouts"), "title"))
        column.addWidget(
            label(
                translate("WorkoutsPage", "Pick a routine. Each one shows the time it takes."),
                "muted",
            )
        )
        self.cards: list[RoutineCard] = []
        self.card_column = QVBoxLayout()
        self.card_column.setSpacing(column.spacing())
        column.addLayout(self.card_column)
        self.show_routines(context.library.routines)
        own = QVBoxLayout()  # stacked: side by side they would widen the page at large fonts
        self.new_button = button(
            translate("WorkoutsPage", "New routine"),
            "",
            translate("WorkoutsPage", "Make a new routine"),
        )
        self.import_button = button(
            translate("WorkoutsPage", "Import routine…"),
            "",
            translate("WorkoutsPage", "Import a routine file"),
        )
        self.new_button.clicked.connect(self.new_requested.emit)
        self.import_button.clicked.connect(self.import_requested.emit)
        own.addWidget(self.new_button)
        own.addWidget(self.import_button)
        column.addLayout(own)
        column.addStretch(1)
        outer.addWidget(area)
        self._context = context
        # A bound method, not a lambda: the connection ends with the page when it is rebuilt.
        context.signals.routines_changed.connect(self._routines_changed)

    def _routines_changed(self) -> None:
        self.show_routines(self._context.library.routines)

    def show_routines(self, routines: tuple[Routine, ...]) -> None:
        clear_layout(self.card_column)
        self.cards = []
        for routine in routines:
            card = RoutineCard(routine)
            card.clicked.connect(lambda _=False, chosen=routine: self.routine_chosen.emit(chosen))
            self.cards.append(card)
            self.card_column.addWidget(card)
        tab_in_reading_order(self.window())

    def add_top_card(self, card: QWidget) -> None:
        """A card above the routines, e.g. "Resume where you left off"."""
        self.column.insertWidget(2, card)
