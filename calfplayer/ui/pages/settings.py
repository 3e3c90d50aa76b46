"""Settings: the theme and motion; other parts add their own sections with ``add_section``."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QCheckBox, QRadioButton, QVBoxLayout, QWidget

from calfplayer.app.settings import THEMES
from calfplayer.ui.context import AppContext
from calfplayer.ui.widgets.common import card, label, page_layout, scrolling_column

THEME_LABELS = {"system": "Follow the system", "light": "Light", "dark": "Dark"}


class SettingsPage(QWidget):
    problem = Signal(str)  # a sentence for the person, e.g. the file could not be saved

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        outer = page_layout(self)
        area, self.column = scrolling_column()
        self.column.addWidget(label("Settings", "title"))
        outer.addWidget(area)
        themes = QWidget()
        theme_layout = QVBoxLayout(themes)
        theme_layout.setContentsMargins(0, 0, 0, 0)
        self.theme_buttons: dict[str, QRadioButton] = {}
        self._group = QButtonGroup(self)
        for name in THEMES:
            radio = QRadioButton(THEME_LABELS[name])
            radio.setAccessibleName(f"Theme: {THEME_LABELS[name]}")
            radio.setChecked(name == context.settings.theme)
            radio.toggled.connect(lambda on, chosen=name: self._theme_toggled(chosen, on))
            self._group.addButton(radio)
            self.theme_buttons[name] = radio
            theme_layout.addWidget(radio)
        self.reduce_motion = QCheckBox("Reduce motion")
        self.reduce_motion.setAccessibleName("Reduce motion")
        self.reduce_motion.setChecked(context.settings.reduce_motion)
        self.reduce_motion.toggled.connect(self._motion_toggled)
        theme_layout.addWidget(self.reduce_motion)
        theme_layout.addWidget(
            label("Exercise pictures show the start and end still, instead of moving.", "small")
        )
        self._sections_end = self.column.count()
        self.add_section("Appearance", themes)
        self.column.addStretch(1)
        context.signals.settings_changed.connect(self.show_current)

    def show_current(self) -> None:
        """The settings as they are now (changed here, in another window or in the file)."""
        theme = self.context.settings.theme
        for name, radio in self.theme_buttons.items():
            radio.setChecked(name == theme)
        self.reduce_motion.setChecked(self.context.settings.reduce_motion)

    def add_section(self, title: str, widget: QWidget) -> None:
        """Adds a titled card (e.g. the voice settings) below the sections already there."""
        frame, layout = card()
        layout.addWidget(label(title.upper(), "section"))
        layout.addWidget(widget)
        frame.setAccessibleName(title)
        self.column.insertWidget(self._sections_end, frame)
        self._sections_end += 1

    def _theme_toggled(self, name: str, on: bool) -> None:
        if not on or name == self.context.settings.theme:
            return
        problem = self.context.change_settings(theme=name)
        if problem:
            self.problem.emit(problem)

    def _motion_toggled(self, still: bool) -> None:
        if still == self.context.settings.reduce_motion:
            return
        problem = self.context.change_settings(reduce_motion=still)
        if problem:
            self.problem.emit(problem)
