"""The exercise library: every exercise with its pictures, why it helps, how to do it, and Try it.

All text comes from the catalogue files and is shown as plain text. "Try it" hands the window a
routine of that one exercise at its usual dose, which opens in the preview like any routine.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from calfplayer.domain.exercises import Catalogue, Exercise, equipment_label
from calfplayer.domain.routines import Routine, single_exercise_routine
from calfplayer.i18n.formats import first_capital
from calfplayer.ui.pages.preview import dosage_text
from calfplayer.ui.widgets.common import button, card, label, page_layout, scrolling_column
from calfplayer.ui.widgets.illustration import ExerciseIllustration

PICTURE_SIDE = 150

translate = QCoreApplication.translate


def _numbered(lines: tuple[str, ...]) -> str:
    return "\n".join(f"{number}. {line}" for number, line in enumerate(lines, 1))


def _bulleted(lines: tuple[str, ...]) -> str:
    return "\n".join(f"•  {line}" for line in lines)


def equipment_text(exercise: Exercise) -> str:
    needed = [equipment_label(name) for name in exercise.equipment]
    return first_capital(", ".join(needed)) if needed else translate("LibraryPage", "Nothing")


class ExerciseCard(QWidget):
    """One exercise, everything a person needs to decide to try it."""

    def __init__(self, exercise: Exercise, routine: Routine) -> None:
        super().__init__()
        self.exercise = exercise
        self.routine = routine
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        frame, body = card()
        layout.addWidget(frame)
        name = translate("Exercises", exercise.name)
        frame.setAccessibleName(name)

        self.name = label(name, "subheading")
        body.addWidget(self.name)
        self.dosage = label(
            translate("LibraryPage", "Usual dose: {dosage}").format(
                dosage=dosage_text(routine.items[0])
            ),
            "muted",
        )
        body.addWidget(self.dosage)
        pictures = QHBoxLayout()
        pictures.setSpacing(8)
        self.pictures: list[ExerciseIllustration] = []
        for pose, caption, described in (
            (
                0.0,
                translate("LibraryPage", "Start"),
                translate("LibraryPage", "{name}: start position"),
            ),
            (
                1.0,
                translate("LibraryPage", "End"),
                translate("LibraryPage", "{name}: end position"),
            ),
        ):
            column = QVBoxLayout()
            column.setSpacing(0)
            picture = ExerciseIllustration()
            # Two side by side must fit a narrow window with large fonts: they shrink to fit.
            picture.setMinimumSize(PICTURE_SIDE * 2 // 3, PICTURE_SIDE * 2 // 3)
            picture.setMaximumSize(PICTURE_SIDE, PICTURE_SIDE)
            picture.set_exercise(exercise, described.format(name=name))
            picture.set_pose(pose)
            self.pictures.append(picture)
            column.addWidget(picture, 0, Qt.AlignmentFlag.AlignHCenter)
            small = label(caption, "small", wrap=False)
            small.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(small)
            pictures.addLayout(column, 1)
        body.addLayout(pictures)

        def shown(text: str) -> str:
            return translate("Exercises", text)

        muscles = first_capital(", ".join(shown(muscle) for muscle in exercise.muscles))
        steps = tuple(shown(step.text) for step in exercise.steps)
        self.why = self._section(
            body, translate("LibraryPage", "Why it helps"), shown(exercise.why)
        )
        self.muscles = self._section(body, translate("LibraryPage", "Muscles"), muscles)
        self.equipment = self._section(
            body, translate("LibraryPage", "You need"), equipment_text(exercise)
        )
        self.steps = self._section(body, translate("LibraryPage", "How to do it"), _numbered(steps))
        self.cautions = self._section(
            body,
            translate("LibraryPage", "Take care"),
            _bulleted(tuple(shown(caution) for caution in exercise.cautions)),
        )
        self.try_button: QPushButton = button(
            translate("LibraryPage", "Try it"),
            "primary",
            translate("LibraryPage", "Try {name}").format(name=name),
        )
        body.addWidget(self.try_button)

    def _section(self, body: QVBoxLayout, title: str, text: str) -> QWidget:
        body.addWidget(label(title.upper(), "section"))
        shown = label(text or "—", "body")
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body.addWidget(shown)
        return shown


class LibraryPage(QWidget):
    try_requested = Signal(object)  # Routine: one exercise at its usual dose

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__()
        outer = page_layout(self)
        area, column = scrolling_column()
        outer.addWidget(area)
        self.scroll_area = area
        column.addWidget(label(translate("LibraryPage", "Exercises"), "title"))
        column.addWidget(
            label(
                translate(
                    "LibraryPage",
                    "Every exercise in the programme: what it does for you and how to do it. "
                    "Try one on its own before it turns up in a workout.",
                ),
                "muted",
            )
        )
        self._catalogue = catalogue
        self._column = column
        self._cards: dict[str, ExerciseCard] = {}

    @property
    def cards(self) -> dict[str, ExerciseCard]:
        self.build()
        return self._cards

    def build(self) -> None:
        """Makes the cards the first time they are needed: they cost nothing at start-up."""
        if not self._cards:
            for exercise in self._catalogue.values():
                shown = ExerciseCard(
                    exercise, single_exercise_routine(exercise.id, self._catalogue)
                )
                shown.try_button.clicked.connect(
                    lambda _=False, routine=shown.routine: self.try_requested.emit(routine)
                )
                self._cards[exercise.id] = shown
                self._column.addWidget(shown)
            self._column.addStretch(1)
            # Settle the new layout now, so the first paint shows full cards, not squashed ones.
            self._column.activate()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.build()
        # The text takes the keys (arrows, Page Down scroll it), not the first button on the page.
        self.scroll_area.setFocus()
