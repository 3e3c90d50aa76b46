"""Settings sections for the history: the weekly goal, and deleting all of the person's data."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QSpinBox, QVBoxLayout, QWidget

from calfplayer.ui import dialogs
from calfplayer.ui.context import AppContext
from calfplayer.ui.widgets.common import button, label

GOAL_RANGE = (1, 14)  # as the settings file allows

translate = QCoreApplication.translate


class WeeklyGoal(QWidget):
    problem = Signal(str)

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label(translate("SettingsHistory", "Sessions a week"), "body"), 1)
        self.spin = QSpinBox()
        self.spin.setRange(*GOAL_RANGE)
        self.spin.setAccessibleName(translate("SettingsHistory", "Weekly goal: sessions a week"))
        self.spin.setValue(context.settings.weekly_goal)
        self.spin.valueChanged.connect(self._changed)
        row.addWidget(self.spin)
        context.signals.settings_changed.connect(self.show_current)

    def show_current(self) -> None:
        self.spin.setValue(self.context.settings.weekly_goal)

    def _changed(self, goal: int) -> None:
        if goal == self.context.settings.weekly_goal:
            return
        problem = self.context.change_settings(weekly_goal=goal)
        if problem:
            self.problem.emit(problem)


class YourData(QWidget):
    delete_all = Signal()  # asked and confirmed

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            label(
                translate(
                    "SettingsHistory",
                    "Your history, settings and own routines stay on this computer. "
                    "Export or back them up from the History page or the command line.",
                ),
                "muted",
            )
        )
        delete = translate("SettingsHistory", "Delete all my data")
        self.delete_button = button(delete, "danger", delete)
        self.delete_button.clicked.connect(self._ask)
        layout.addWidget(self.delete_button)

    def _ask(self) -> None:
        if dialogs.confirm(
            self,
            translate("SettingsHistory", "Delete all your data?"),
            translate(
                "SettingsHistory",
                "Your whole workout history, your settings, your own routines and the voice cache "
                "are removed from this computer. This cannot be undone.",
            ),
            translate("SettingsHistory", "Delete everything"),
            translate("SettingsHistory", "Keep my data"),
        ):
            self.delete_all.emit()
