"""The progression advice after a completed workout, as a card on the summary page.

What to advise and how a step is applied is calfplayer/app/advice.py; this card shows it.
Easing back is only ever a message.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout

from calfplayer.app.errors import AppError
from calfplayer.domain.progression import Advice, AdviceKind
from calfplayer.domain.routines import Routine, Source
from calfplayer.ui.context import AppContext
from calfplayer.ui.widgets.common import button, label

translate = QCoreApplication.translate


class AdviceCard(QFrame):
    """Empty and hidden when there is nothing to advise; call ``refresh`` after a rating."""

    applied = Signal(object)  # the Routine saved with the step
    open_requested = Signal(object)  # the person's copy (Routine), already stepped up once

    def __init__(self, context: AppContext, routine: Routine) -> None:
        super().__init__()
        self.context = context
        self.routine = routine
        self.advice: Advice | None = None
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(8)
        self.heading = label("", "subheading")
        self.message = label("", "body")
        self.apply_button = button(
            translate("AdviceCard", "Apply the step"),
            "",
            translate("AdviceCard", "Apply the step up"),
        )
        self.apply_button.clicked.connect(self._pressed)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.refresh()

    def refresh(self) -> None:
        self.advice = self.context.app.advisor.advice_for(self.routine)
        advice = self.advice
        self.setVisible(advice is not None)
        if advice is None:
            return
        stepping = advice.kind is AdviceKind.STEP_UP
        self.setObjectName("card" if stepping else "safety")
        self.style().unpolish(self)
        self.style().polish(self)
        self.heading.setText(
            translate("AdviceCard", "Ready for more?")
            if stepping
            else translate("AdviceCard", "Time to ease back")
        )
        self.message.setText(advice.message)
        self.apply_button.setVisible(stepping and advice.step is not None)
        self.apply_button.setEnabled(True)
        copy = self.my_copy()
        if copy is not None and stepping:
            # Stepping the built-in again would make a second copy of the same name; the
            # person does their copy next, and it gets its own advice.
            self.message.setText(
                translate(
                    "AdviceCard",
                    '{advice} You already have your own copy, "{routine}": do that one next time.',
                ).format(advice=advice.message, routine=copy.name)
            )
            self.apply_button.setText(translate("AdviceCard", "Open my copy"))
            self.apply_button.setAccessibleName(translate("AdviceCard", "Open my copy"))
        elif self.routine.source is not Source.USER:
            self.apply_button.setText(translate("AdviceCard", "Apply to my copy"))
        else:
            self.apply_button.setText(translate("AdviceCard", "Apply the step"))

    def my_copy(self) -> Routine | None:
        return self.context.app.advisor.my_copy(self.routine)

    def _pressed(self) -> None:
        copy = self.my_copy()
        if copy is not None:
            self.open_requested.emit(copy)
        else:
            self.apply()

    def apply(self) -> Routine | None:
        advice = self.advice
        if advice is None or advice.step is None:
            return None
        try:
            applied = self.context.app.advisor.apply(self.routine, advice)
        except AppError as error:
            self.message.setText(str(error))
            return None
        saved = applied.routine
        self.apply_button.setEnabled(False)
        self.heading.setText(translate("AdviceCard", "Step applied"))
        if applied.unlogged:
            text = translate(
                "AdviceCard", 'Saved to "{routine}". It is ready for your next workout. {problem}'
            )
        else:
            text = translate(
                "AdviceCard", 'Saved to "{routine}". It is ready for your next workout.'
            )
        self.message.setText(text.format(routine=saved.name, problem=applied.unlogged))
        self.applied.emit(saved)
        return saved
