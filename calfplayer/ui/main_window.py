"""The main window: stacked pages, a bottom navigation bar and the keyboard shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QMainWindow,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from calfplayer.domain.plan import Plan, build_plan
from calfplayer.domain.routines import Routine
from calfplayer.ui import dialogs
from calfplayer.ui.context import AppContext
from calfplayer.ui.frame import (
    DEFAULT_SIZE,
    MINIMUM_SIZE,
    FirstPaintRoot,
    Page,
    nav_tab,
    notice_banner,
)
from calfplayer.ui.history_wiring import HistoryWiring
from calfplayer.ui.pages.about import AboutPage
from calfplayer.ui.pages.editor import EditorPage
from calfplayer.ui.pages.history import HistoryPage
from calfplayer.ui.pages.library import LibraryPage
from calfplayer.ui.pages.player import PlayerPage
from calfplayer.ui.pages.preview import PreviewPage
from calfplayer.ui.pages.settings import SettingsPage
from calfplayer.ui.pages.summary import SummaryPage
from calfplayer.ui.pages.workouts import WorkoutsPage
from calfplayer.ui.player_controller import PlayerController
from calfplayer.ui.routine_actions import RoutineActions
from calfplayer.ui.screensaver import ScreenKeeper
from calfplayer.ui.theme import apply_theme, current_palette
from calfplayer.ui.widgets.advice_card import AdviceCard
from calfplayer.ui.widgets.common import button
from calfplayer.ui.widgets.icons import two_state_icon

if TYPE_CHECKING:
    from calfplayer.store.settings import VoiceSettings
    from calfplayer.ui.widgets.voice_settings import VoiceSettingsWidget


class MainWindow(QMainWindow):
    first_painted = Signal()

    def __init__(self, context: AppContext, screen_keeper: ScreenKeeper | None = None) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle("calfplayer")
        self.setMinimumSize(MINIMUM_SIZE)
        self.resize(DEFAULT_SIZE)
        self._quitting = False
        self.controller = PlayerController(context, screen_keeper, self)

        root = FirstPaintRoot()
        root.painted.connect(self.first_painted.emit)
        layout = QVBoxLayout(root)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.setCentralWidget(root)

        self.banner, self.notice = notice_banner(self._next_notice)
        layout.addWidget(self.banner)

        self.pages = self._build_pages(context)
        layout.addWidget(self.pages, 1)
        self.nav = self._navigation()
        layout.addWidget(self.nav)
        self._preview_from = Page.WORKOUTS  # where the preview's Back goes
        self.voice_settings: VoiceSettingsWidget | None = None
        self.advice: AdviceCard | None = None
        self._connect_pages()
        self.routine_actions = self._connect_routine_actions()
        self.shortcuts = self._shortcuts()
        self.history_wiring = HistoryWiring(self)
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._system_scheme_changed)

        self._notices = list(context.notices)
        self._next_notice()
        self.show_page(Page.WORKOUTS)
        self.apply_theme()

    def _build_pages(self, context: AppContext) -> QStackedWidget:
        """Every page, stacked in the order of ``Page``."""
        pages = QStackedWidget()
        pages.setObjectName("pages")
        self.workouts = WorkoutsPage(context)
        self.preview = PreviewPage(context)
        self.player = PlayerPage(self.controller)
        self.summary = SummaryPage()
        self.history = HistoryPage(context)
        self.settings = SettingsPage(context)
        self.editor = EditorPage(context)
        self.library = LibraryPage(context.catalogue)
        self.about = AboutPage()
        for page in (
            self.workouts,
            self.preview,
            self.player,
            self.summary,
            self.history,
            self.settings,
            self.editor,
            self.library,
            self.about,
        ):
            pages.addWidget(page)
        return pages

    def _connect_pages(self) -> None:
        self.workouts.routine_chosen.connect(self.open_routine)
        self.preview.back_requested.connect(lambda: self.show_page(self._preview_from))
        self.library.try_requested.connect(self.try_exercise)
        self.about.back_requested.connect(lambda: self.show_page(Page.SETTINGS))
        self._add_about_entry()
        self.preview.start_requested.connect(self.start_plan)
        self.player.stop_requested.connect(self.request_stop)
        self.summary.done.connect(lambda: self.show_page(Page.WORKOUTS))
        self.settings.theme_changed.connect(lambda _name: self.apply_theme())
        self.settings.problem.connect(self.add_notice)
        self.controller.finished.connect(self._workout_finished)

    # --- navigation --------------------------------------------------------------------------

    def _navigation(self) -> QWidget:
        nav = QWidget()
        nav.setObjectName("nav")
        nav.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        row = QHBoxLayout(nav)
        row.setContentsMargins(8, 2, 8, 2)
        self.nav_group = QButtonGroup(self)
        self.nav_buttons: dict[Page, QToolButton] = {}
        for page, text, name in (
            (Page.WORKOUTS, "Workouts", "workouts"),
            (Page.LIBRARY, "Exercises", "exercises"),
            (Page.HISTORY, "History", "history"),
            (Page.SETTINGS, "Settings", "settings"),
        ):
            tab = nav_tab(text, name)
            tab.clicked.connect(lambda _=False, chosen=page: self.show_page(chosen))
            self.nav_group.addButton(tab)
            self.nav_buttons[page] = tab
            row.addWidget(tab, 1)
        return nav

    def _connect_routine_actions(self) -> RoutineActions:
        actions = RoutineActions(self)
        self.workouts.new_requested.connect(actions.new_routine)
        self.workouts.import_requested.connect(actions.import_with_dialog)
        self.preview.edit_requested.connect(actions.edit)
        self.preview.duplicate_requested.connect(actions.duplicate)
        self.preview.export_requested.connect(actions.export)
        self.editor.closed.connect(self._editor_closed)
        self.editor.saved.connect(actions.saved)
        self.editor.deleted.connect(actions.deleted)
        return actions

    def show_editor(self) -> None:
        self.show_page(Page.EDITOR)

    def _editor_closed(self) -> None:
        routine = self.preview.routine
        ids = self.context.library.ids()
        self.show_page(Page.PREVIEW if routine and routine.id in ids else Page.WORKOUTS)

    @property
    def current_page(self) -> Page:
        return Page(self.pages.currentIndex())

    def show_page(self, page: Page) -> None:
        self.pages.setCurrentIndex(page)
        in_workout = page in (Page.PLAYER, Page.SUMMARY)
        self.nav.setVisible(not in_workout)
        tab = {
            Page.HISTORY: Page.HISTORY,
            Page.SETTINGS: Page.SETTINGS,
            Page.ABOUT: Page.SETTINGS,
            Page.LIBRARY: Page.LIBRARY,
            Page.PREVIEW: self._preview_from,
        }.get(page, Page.WORKOUTS)
        self.nav_buttons[tab].setChecked(True)
        for key, shortcut in self.shortcuts.items():
            shortcut.setEnabled(key in ("F11",) or page is Page.PLAYER or key == "Esc")

    def open_routine(self, routine: Routine, start: bool = False) -> None:
        """Shows a routine's preview; with ``start`` begins it at once (never behind a dialog)."""
        if self.controller.active:
            self.raise_to_front()
            return  # a running workout is never replaced without asking
        self._preview_from = Page.WORKOUTS
        self.preview.show_routine(routine)
        if start:
            self.start_plan(build_plan(routine))
        else:
            self.show_page(Page.PREVIEW)

    def try_exercise(self, routine: Routine) -> None:
        """The library's "Try it": that one exercise, previewed like any routine."""
        self.open_routine(routine)
        if self.current_page is Page.PREVIEW:
            self._preview_from = Page.LIBRARY
            self.show_page(Page.PREVIEW)

    def _add_about_entry(self) -> None:
        about = button("About calfplayer", "", "About calfplayer")
        about.clicked.connect(lambda: self.show_page(Page.ABOUT))
        # Below the stretch: at the foot of the page, under any section added later.
        self.settings.column.addWidget(about)

    def start_plan(self, plan: Plan) -> None:
        self.player.show_notice_once(self.context.cue_sink.unavailable_reason())
        self.show_page(Page.PLAYER)
        self.controller.start(plan)

    def raise_to_front(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    def handle_request(self, request: dict[str, Any]) -> None:
        """What a second launch handed over: its --routine and --start."""
        self.raise_to_front()
        wanted = request.get("routine")
        if not isinstance(wanted, str) or not wanted:
            return
        try:
            routine = self.context.library.resolve(wanted)
        except Exception as error:  # a bad file or id: say so, keep running
            self.add_notice(f"Could not open {wanted}: {error}")
            return
        self.open_routine(routine, start=bool(request.get("start")))

    # --- workout -----------------------------------------------------------------------------

    def request_stop(self) -> None:
        if not self.controller.active:
            return
        if dialogs.confirm(
            self,
            "Stop the workout?",
            "What you have done so far is kept.",
            "Stop",
            "Keep going",
        ):
            self.controller.stop()

    def _workout_finished(self, status: str) -> None:
        session = self.controller.session
        if session is None or self._quitting:
            return
        self.summary.show_result(
            session.plan,
            session.results,
            status,
            session.elapsed_ms(),
            self.controller.started_at,
            self.controller.ended_at,
            self.controller.record_problem,
        )
        if status == "completed":
            self.advice = AdviceCard(self.context, session.plan.routine)
            self.advice.applied.connect(lambda _routine: self.routine_actions.refresh())
            self.summary.add_card(self.advice)
        self.show_page(Page.SUMMARY)

    def quit_now(self) -> None:
        """SIGTERM, SIGINT: keep what was done and quit without asking."""
        self._quitting = True
        self.controller.shutdown()
        self.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if (
            self.controller.active
            and not self._quitting
            and not dialogs.confirm(
                self,
                "Stop the workout and close?",
                "What you have done so far is kept.",
                "Stop and close",
                "Keep going",
            )
        ):
            event.ignore()
            return
        self._quitting = True
        self.controller.shutdown()
        self.context.close_history()
        if self.voice_settings is not None:
            self.voice_settings.stop_speech()
        event.accept()

    # --- keys ----------------------------------------------------------------------------------

    def _shortcuts(self) -> dict[str, QShortcut]:
        c = self.controller
        actions: dict[str, tuple[list[Qt.Key], Callable[[], None]]] = {
            "Space": ([Qt.Key.Key_Space], c.toggle_pause),
            "Left": ([Qt.Key.Key_Left], c.back),
            "Right": ([Qt.Key.Key_Right], c.skip),
            "M": ([Qt.Key.Key_M], c.toggle_mute),
            "Esc": ([Qt.Key.Key_Escape], self._escape),
            "Enter": ([Qt.Key.Key_Return, Qt.Key.Key_Enter], c.rep_done),
            "F11": ([Qt.Key.Key_F11], self.toggle_full_screen),
        }
        shortcuts = {}
        for name, (keys, action) in actions.items():
            for number, key in enumerate(keys):
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(action)
                shortcuts[name if number == 0 else f"{name}{number}"] = shortcut
        return shortcuts

    def _escape(self) -> None:
        if self.current_page is Page.PLAYER:
            self.request_stop()
        elif self.current_page is Page.PREVIEW:
            self.show_page(self._preview_from)
        elif self.current_page is Page.EDITOR:
            self.editor.cancel()
        elif self.current_page is Page.ABOUT:
            self.show_page(Page.SETTINGS)
        elif self.isFullScreen():
            self.showNormal()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    # --- theme and notices ---------------------------------------------------------------------

    def apply_theme(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.context.settings.theme)
        palette = current_palette()
        for tab in self.nav_buttons.values():
            name = str(tab.property("iconName"))
            tab.setIcon(two_state_icon(name, palette.muted, palette.accent_ink))
        self.player.retheme()

    def _system_scheme_changed(self, _scheme: object) -> None:
        if self.context.settings.theme == "system":
            self.apply_theme()

    def add_voice_settings(self) -> None:
        """The Settings page's voice section: built after the first paint, since it asks the
        speech engine for its voices in a child process."""
        from calfplayer.audio.factory import apply_voice_settings
        from calfplayer.ui.widgets.voice_settings import VoiceSettingsWidget

        if self.voice_settings is not None:
            return
        self.voice_settings = VoiceSettingsWidget(self.context.settings.voice)

        def changed(voice: VoiceSettings) -> None:
            problem = self.context.update_settings(replace(self.context.settings, voice=voice))
            if problem:
                self.add_notice(problem)
            apply_voice_settings(self.context.cue_sink, voice)

        self.voice_settings.changed.connect(changed)
        self.settings.add_section("Voice", self.voice_settings)

    def add_notice(self, text: str) -> None:
        self._notices.append(text)
        if not self.banner.isVisible() or not self.notice.text():
            self._next_notice()

    def _next_notice(self) -> None:
        if self._notices:
            self.notice.setText(self._notices.pop(0))
            self.banner.show()
        else:
            self.notice.setText("")
            self.banner.hide()
