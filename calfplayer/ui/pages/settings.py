"""Settings: the language, the theme and motion; other parts add sections with ``add_section``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QButtonGroup, QCheckBox, QRadioButton, QVBoxLayout, QWidget

from calfplayer.app.settings import THEMES
from calfplayer.i18n import translatable
from calfplayer.ui.context import AppContext
from calfplayer.ui.widgets.common import card, label, page_layout, scrolling_column

translate = QCoreApplication.translate

THEME_LABELS = {
    "system": translatable("SettingsPage", "Follow the system"),
    "light": translatable("SettingsPage", "Light"),
    "dark": translatable("SettingsPage", "Dark"),
}
# Each language is named in itself, so a person who cannot read the language in use finds theirs.
# "" follows the system's language.
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "es": "Español"}
FOLLOW_THE_SYSTEM = ""


class SettingsPage(QWidget):
    problem = Signal(str)  # a sentence for the person, e.g. the file could not be saved

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        outer = page_layout(self)
        area, self.column = scrolling_column()
        self.column.addWidget(label(translate("SettingsPage", "Settings"), "title"))
        outer.addWidget(area)
        self._sections_end = self.column.count()
        self.add_section(translate("SettingsPage", "Language"), self._languages())
        self.add_section(translate("SettingsPage", "Appearance"), self._appearance())
        self.column.addStretch(1)
        context.signals.settings_changed.connect(self.show_current)

    def _languages(self) -> QWidget:
        languages = QWidget()
        layout = QVBoxLayout(languages)
        layout.setContentsMargins(0, 0, 0, 0)
        self.language_buttons: dict[str, QRadioButton] = {}
        self._language_group = QButtonGroup(self)
        shown = {FOLLOW_THE_SYSTEM: translate("SettingsPage", "As the system"), **LANGUAGE_NAMES}
        for code, name in shown.items():
            radio = QRadioButton(name)
            radio.setAccessibleName(
                translate("SettingsPage", "Language: {language}").format(language=name)
            )
            radio.setChecked(code == self.context.settings.language)
            radio.toggled.connect(lambda on, chosen=code: self._language_toggled(chosen, on))
            self._language_group.addButton(radio)
            self.language_buttons[code] = radio
            layout.addWidget(radio)
        return languages

    def _appearance(self) -> QWidget:
        themes = QWidget()
        theme_layout = QVBoxLayout(themes)
        theme_layout.setContentsMargins(0, 0, 0, 0)
        self.theme_buttons: dict[str, QRadioButton] = {}
        self._group = QButtonGroup(self)
        for name in THEMES:
            shown = translate("SettingsPage", THEME_LABELS[name])
            radio = QRadioButton(shown)
            radio.setAccessibleName(translate("SettingsPage", "Theme: {theme}").format(theme=shown))
            radio.setChecked(name == self.context.settings.theme)
            radio.toggled.connect(lambda on, chosen=name: self._theme_toggled(chosen, on))
            self._group.addButton(radio)
            self.theme_buttons[name] = radio
            theme_layout.addWidget(radio)
        motion = translate("SettingsPage", "Reduce motion")
        self.reduce_motion = QCheckBox(motion)
        self.reduce_motion.setAccessibleName(motion)
        self.reduce_motion.setChecked(self.context.settings.reduce_motion)
        self.reduce_motion.toggled.connect(self._motion_toggled)
        theme_layout.addWidget(self.reduce_motion)
        theme_layout.addWidget(
            label(
                translate(
                    "SettingsPage",
                    "Exercise pictures show the start and end still, instead of moving.",
                ),
                "small",
            )
        )
        return themes

    def show_current(self) -> None:
        """The settings as they are now (changed here, in another window or in the file)."""
        language = self.context.settings.language
        for code, radio in self.language_buttons.items():
            radio.setChecked(code == language)
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

    def _language_toggled(self, code: str, on: bool) -> None:
        """Saved here; the window follows the setting and shows every page in the language."""
        if not on or code == self.context.settings.language:
            return
        problem = self.context.change_settings(language=code)
        if problem:
            self.problem.emit(problem)

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
