"""The main window: its pages, a bottom navigation bar and the keyboard shortcuts.

At start-up the window is built in two stages so that it is on screen quickly: the frame and the
Workouts page first, painted at once, then the rest (the history, the player and the other pages)
one part per turn of the event loop. Anything that needs a part not built yet builds it on the spot.
Each page module is imported when its part is built, so none of them delays the first paint.

The window is the one place that connects its parts; the helpers it builds (routine actions, the
resume card) get a ``Navigator`` (this window) and the parts they need, never the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
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

from calfplayer.app.errors import AppError
from calfplayer.domain.plan import Plan
from calfplayer.domain.routines import Routine
from calfplayer.ui.context import AppContext
from calfplayer.ui.frame import (
    DEFAULT_SIZE,
    MINIMUM_SIZE,
    FirstPaintRoot,
    Page,
    nav_tab,
    notice_banner,
)
from calfplayer.ui.pages.workouts import WorkoutsPage
from calfplayer.ui.screensaver import ScreenKeeper
from calfplayer.ui.theme import apply_theme, current_palette
from calfplayer.ui.widgets.common import begin_flick_scrolling
from calfplayer.ui.widgets.icons import two_state_icon
from calfplayer.ui.window_keys import enable_for_page, toggle_full_screen, window_shortcuts

if TYPE_CHECKING:
    from PySide6.QtGui import QShortcut

    from calfplayer.app.settings import VoiceSettings
    from calfplayer.app.workouts import Resumption
    from calfplayer.domain.recording import Rating
    from calfplayer.ui.pages.about import AboutPage
    from calfplayer.ui.pages.editor import EditorPage
    from calfplayer.ui.pages.history import HistoryPage
    from calfplayer.ui.pages.library import LibraryPage
    from calfplayer.ui.pages.player import PlayerPage
    from calfplayer.ui.pages.preview import PreviewPage
    from calfplayer.ui.pages.settings import SettingsPage
    from calfplayer.ui.pages.settings_history import WeeklyGoal, YourData
    from calfplayer.ui.pages.summary import SummaryPage
    from calfplayer.ui.player_controller import PlayerController
    from calfplayer.ui.resume_flow import ResumeFlow
    from calfplayer.ui.routine_actions import RoutineActions
    from calfplayer.ui.widgets.advice_card import AdviceCard
    from calfplayer.ui.widgets.voice_settings import VoiceSettingsWidget


class MainWindow(QMainWindow):
    first_painted = Signal()

    # The parts built after the Workouts page (see ``complete``).
    controller: PlayerController
    preview: PreviewPage
    player: PlayerPage
    summary: SummaryPage
    history: HistoryPage
    settings: SettingsPage
    weekly_goal: WeeklyGoal
    your_data: YourData
    editor: EditorPage
    library: LibraryPage
    about: AboutPage
    routine_actions: RoutineActions
    resume_flow: ResumeFlow

    def __init__(
        self,
        context: AppContext,
        screen_keeper: ScreenKeeper | None = None,
        *,
        staged: bool = False,
    ) -> None:
        """With ``staged`` (the app's start-up) only the frame and the Workouts page are built
        here and the history is opened later, by ``complete``; otherwise everything is now."""
        super().__init__()
        self.context = context
        self.setWindowTitle("calfplayer")
        self.setMinimumSize(MINIMUM_SIZE)
        self.resize(DEFAULT_SIZE)
        self._quitting = False
        self.screen_keeper = screen_keeper

        root = FirstPaintRoot()
        root.painted.connect(self.first_painted.emit)
        root.painted.connect(begin_flick_scrolling)
        layout = QVBoxLayout(root)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.setCentralWidget(root)

        self.banner, self.notice = notice_banner(self._next_notice)
        layout.addWidget(self.banner)

        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self.page_widgets: dict[Page, QWidget] = {}
        self.workouts = WorkoutsPage(context)
        self._add_page(Page.WORKOUTS, self.workouts)
        layout.addWidget(self.pages, 1)
        self.nav = self._navigation()
        layout.addWidget(self.nav)
        self._preview_from = Page.WORKOUTS  # where the preview's Back goes
        self.voice_settings: VoiceSettingsWidget | None = None
        self.advice: AdviceCard | None = None
        self.shortcuts: dict[str, QShortcut] = {}
        self.workouts.routine_chosen.connect(self.open_routine)
        self.workouts.new_requested.connect(self._new_routine)
        self.workouts.import_requested.connect(self._import_routine)
        context.signals.settings_changed.connect(self._settings_changed)
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._system_scheme_changed)

        self._notices = list(context.notices)
        self._next_notice()
        self._steps: list[Callable[[], None]] = [self._open_history] if staged else []
        self._steps += [
            self._build_player,
            self._build_history,
            self._build_settings,
            self._build_editor,
            self._build_library,
            self._build_helpers,
        ]
        self.show_page(Page.WORKOUTS)
        self.apply_theme()
        if not staged:
            self.complete()
            begin_flick_scrolling()

    # --- building the rest --------------------------------------------------------------------

    @property
    def is_complete(self) -> bool:
        return not self._steps

    def complete(self) -> None:
        """Builds, now, every part of the window not built yet."""
        while self._steps:
            self._steps.pop(0)()

    def complete_in_turns(self, then: Callable[[], None] | None = None) -> None:
        """Builds the next part, then lets the event loop run before the one after; calls
        ``then`` once every part is built."""
        if self._steps:
            self._steps.pop(0)()
        if self._steps:
            QTimer.singleShot(0, lambda: self.complete_in_turns(then))
        elif then is not None:
            then()

    def _add_page(self, page: Page, widget: QWidget) -> None:
        self.page_widgets[page] = widget
        self.pages.addWidget(widget)

    def _built(self, page: Page) -> bool:
        return page in self.page_widgets

    def _open_history(self) -> None:
        before = len(self.context.notices)
        self.context.open_history()
        for text in self.context.notices[before:]:
            self.add_notice(text)

    def _build_player(self) -> None:
        from calfplayer.ui.pages.player import PlayerPage
        from calfplayer.ui.pages.preview import PreviewPage
        from calfplayer.ui.pages.summary import SummaryPage
        from calfplayer.ui.player_controller import PlayerController

        self.controller = PlayerController(self.context, self.screen_keeper, self)
        self.preview = PreviewPage(self.context)
        self.player = PlayerPage(self.controller)
        self.summary = SummaryPage()
        self._add_page(Page.PREVIEW, self.preview)
        self._add_page(Page.PLAYER, self.player)
        self._add_page(Page.SUMMARY, self.summary)
        self.preview.back_requested.connect(self.leave_preview)
        self.preview.start_requested.connect(self.start_plan)
        self.player.stop_requested.connect(self.request_stop)
        self.summary.done.connect(lambda: self.show_page(Page.WORKOUTS))
        self.controller.finished.connect(self.workout_finished)
        self.controller.changed.connect(
            lambda: self.summary.show_problem(self.controller.history_problem())
        )
        self.player.retheme()

    def _build_history(self) -> None:
        from calfplayer.ui.pages.history import HistoryPage

        self.history = HistoryPage(self.context)
        self._add_page(Page.HISTORY, self.history)
        self.history.notice.connect(self.add_notice)

    def _build_settings(self) -> None:
        from calfplayer.ui.pages.settings import SettingsPage
        from calfplayer.ui.pages.settings_history import WeeklyGoal, YourData
        from calfplayer.ui.widgets.common import button

        self.settings = SettingsPage(self.context)
        self._add_page(Page.SETTINGS, self.settings)
        self.settings.problem.connect(self.add_notice)
        self.weekly_goal = WeeklyGoal(self.context)
        self.your_data = YourData()
        self.settings.add_section("Weekly goal", self.weekly_goal)
        self.settings.add_section("Your data", self.your_data)
        self.weekly_goal.problem.connect(self.add_notice)
        self.your_data.delete_all.connect(self.delete_all_data)
        about = button("About calfplayer", "", "About calfplayer")
        about.clicked.connect(lambda: self.show_page(Page.ABOUT))
        # Below the stretch: at the foot of the page, under any section added later.
        self.settings.column.addWidget(about)

    def _build_editor(self) -> None:
        from calfplayer.ui.pages.editor import EditorPage

        self.editor = EditorPage(self.context)
        self._add_page(Page.EDITOR, self.editor)

    def _build_library(self) -> None:
        from calfplayer.ui.pages.about import ABOUT_FIGURE, AboutPage
        from calfplayer.ui.pages.library import LibraryPage

        self.library = LibraryPage(self.context.catalogue)
        self.about = AboutPage(self.context.catalogue.get(ABOUT_FIGURE))
        self._add_page(Page.LIBRARY, self.library)
        self._add_page(Page.ABOUT, self.about)
        self.library.try_requested.connect(self.try_exercise)
        self.about.back_requested.connect(lambda: self.show_page(Page.SETTINGS))

    def _build_helpers(self) -> None:
        from calfplayer.ui.resume_flow import ResumeFlow
        from calfplayer.ui.routine_actions import RoutineActions

        running = lambda: self.controller.active  # noqa: E731 - read when asked, not now
        actions = self.routine_actions = RoutineActions(
            self.context, self, self.editor, self, running
        )
        self.preview.edit_requested.connect(actions.edit)
        self.preview.duplicate_requested.connect(actions.duplicate)
        self.preview.export_requested.connect(actions.export)
        self.editor.closed.connect(self.editor_closed)
        self.editor.saved.connect(actions.saved)
        self.editor.deleted.connect(actions.deleted)
        self.shortcuts.update(window_shortcuts(self, self.controller, self.player, self.escape))
        enable_for_page(self.shortcuts, self.current_page)
        self.resume_flow = ResumeFlow(self.context, self, self.workouts, self.play_resumed, running)
        if self.context.resume_offer is not None:
            self.resume_flow.offer(self.context.resume_offer)
        self.context.watch_files()

    def _new_routine(self) -> None:
        self.complete()
        self.routine_actions.new_routine()

    def _import_routine(self) -> None:
        self.complete()
        self.routine_actions.import_with_dialog()

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

    def editor_closed(self) -> None:
        routine = self.preview.routine
        ids = self.context.library.ids()
        self.show_page(Page.PREVIEW if routine and routine.id in ids else Page.WORKOUTS)

    @property
    def current_page(self) -> Page:
        shown = self.pages.currentWidget()
        return next(page for page, widget in self.page_widgets.items() if widget is shown)

    def show_page(self, page: Page) -> None:
        if page is not Page.WORKOUTS:
            self.complete()
        self.pages.setCurrentWidget(self.page_widgets[page])
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
        enable_for_page(self.shortcuts, page)
        if page is Page.HISTORY:
            self.history.show_list()
            self.history.load()

    def leave_preview(self) -> None:
        self.show_page(self._preview_from)

    def escape(self) -> None:
        """Escape steps back out of wherever the person is."""
        page = self.current_page
        if page is Page.PLAYER:
            self.request_stop()
        elif page is Page.PREVIEW:
            self.leave_preview()
        elif page is Page.EDITOR:
            self.editor.cancel()
        elif page is Page.ABOUT:
            self.show_page(Page.SETTINGS)
        elif self.isFullScreen():
            toggle_full_screen(self)

    def open_routine(self, routine: Routine, start: bool = False) -> None:
        """Shows a routine's preview; with ``start`` begins it at once (never behind a dialog)."""
        self.complete()
        if self.controller.active:
            self.raise_to_front()
            return  # a running workout is never replaced without asking
        self._preview_from = Page.WORKOUTS
        plan = self.preview.show_routine(routine)
        self.player.prepare(plan)
        if start:
            self.start_plan(plan)
        else:
            self.show_page(Page.PREVIEW)

    def try_exercise(self, routine: Routine) -> None:
        """The library's "Try it": that one exercise, previewed like any routine."""
        self.open_routine(routine)
        if self.current_page is Page.PREVIEW:
            self._preview_from = Page.LIBRARY
            self.show_page(Page.PREVIEW)

    def start_plan(self, plan: Plan) -> None:
        self.complete()
        self.player.show_notice_once(self.context.cue_sink.unavailable_reason())
        self.show_page(Page.PLAYER)
        self.controller.start(plan)

    def play_resumed(self, resumption: Resumption) -> None:
        """The rest of a cut-off workout, recorded into the same session."""
        self.complete()
        self.preview.show_routine(resumption.routine)
        self.show_page(Page.PLAYER)
        self.controller.start(resumption.plan, resume=resumption.point)

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
        # A routine imported since the window opened may not have been noticed yet.
        self.context.app.routines.reload_if_changed()
        try:
            routine = self.context.library.resolve(wanted)
        except Exception as error:  # a bad file or id: say so, keep running
            self.add_notice(f"Could not open {wanted}: {error}")
            return
        self.open_routine(routine, start=bool(request.get("start")))

    # --- workout -----------------------------------------------------------------------------

    def request_stop(self) -> None:
        from calfplayer.ui import dialogs

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

    def workout_finished(self, status: str) -> None:
        """The one handler of a workout's end: the summary, then the rating, then the advice."""
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
        names = {exercise.id: exercise.name for exercise in self.context.catalogue.values()}
        rating = self.summary.show_rating(self.controller.hurts, names)
        rating.saved.connect(self._rate)
        if status == "completed":
            from calfplayer.ui.widgets.advice_card import AdviceCard

            self.advice = AdviceCard(self.context, session.plan.routine)
            self.advice.open_requested.connect(self.open_routine)
            self.summary.add_card(self.advice)
        self.show_page(Page.SUMMARY)

    def _rate(self, rating: Rating) -> None:
        self.summary.show_problem(self.context.app.workouts.rate(rating))

    def delete_all_data(self) -> None:
        if self.controller.active:
            self.add_notice("Stop the workout before deleting your data.")
            return
        self.resume_flow.drop()
        try:
            self.context.app.delete_all_data()
        except AppError as error:
            self.add_notice(str(error))
        else:
            self.add_notice("All your data was deleted. calfplayer starts afresh.")

    def quit_now(self) -> None:
        """SIGTERM, SIGINT: keep what was done and quit without asking."""
        self._quitting = True
        self.shutdown_player()
        self.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def shutdown_player(self) -> None:
        """Keeps what was done of a running workout and stops its timers and sound."""
        if self._built(Page.PLAYER):
            self.controller.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        from calfplayer.ui import dialogs

        if (
            self._built(Page.PLAYER)
            and self.controller.active
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
        self.shutdown_player()
        self.context.close_history()
        if self.voice_settings is not None:
            self.voice_settings.stop_speech()
        event.accept()

    # --- theme and notices ---------------------------------------------------------------------

    def apply_theme(self) -> None:
        self._theme_shown = self.context.settings.theme
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.context.settings.theme)
        palette = current_palette()
        for tab in self.nav_buttons.values():
            name = str(tab.property("iconName"))
            tab.setIcon(two_state_icon(name, palette.muted, palette.accent_ink))
        if self._built(Page.PLAYER):
            self.player.retheme()

    def _settings_changed(self) -> None:
        if self.context.settings.theme != self._theme_shown:
            self.apply_theme()

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
        self.complete()
        self.voice_settings = VoiceSettingsWidget(self.context.settings.voice)

        def changed(voice: VoiceSettings) -> None:
            problem = self.context.change_settings(voice=voice)
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
