"""The main window: stacked pages, a bottom navigation bar and the keyboard shortcuts.

At start-up the window is built in two stages so that it is on screen quickly: the frame and the
Workouts page first, painted at once, then the rest (the history, the player and the other pages)
one part per turn of the event loop. Anything that needs a part not built yet builds it on the spot.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
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

from calfplayer.domain.plan import Plan
from calfplayer.domain.record import SessionStatus
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
from calfplayer.ui.window_keys import enable_for_page
from calfplayer.ui.window_parts import PARTS

if TYPE_CHECKING:
    from PySide6.QtGui import QShortcut

    from calfplayer.store.settings import VoiceSettings
    from calfplayer.ui.history_wiring import HistoryWiring
    from calfplayer.ui.pages.about import AboutPage
    from calfplayer.ui.pages.editor import EditorPage
    from calfplayer.ui.pages.history import HistoryPage
    from calfplayer.ui.pages.library import LibraryPage
    from calfplayer.ui.pages.player import PlayerPage
    from calfplayer.ui.pages.preview import PreviewPage
    from calfplayer.ui.pages.settings import SettingsPage
    from calfplayer.ui.pages.summary import SummaryPage
    from calfplayer.ui.player_controller import PlayerController
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
    editor: EditorPage
    library: LibraryPage
    about: AboutPage
    routine_actions: RoutineActions
    history_wiring: HistoryWiring

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

        self.pages = QStackedWidget()  # in the order of ``Page``, as they are built
        self.pages.setObjectName("pages")
        self.workouts = WorkoutsPage(context)
        self.pages.addWidget(self.workouts)
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
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._system_scheme_changed)

        self._notices = list(context.notices)
        self._next_notice()
        self._steps: list[Callable[[], None]] = [self._open_history] if staged else []
        self._steps += [partial(part, self) for part in PARTS]
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

    def _new_routine(self) -> None:
        self.complete()
        self.routine_actions.new_routine()

    def _import_routine(self) -> None:
        self.complete()
        self.routine_actions.import_with_dialog()

    def _built(self, page: Page) -> bool:
        return self.pages.count() > page

    def _open_history(self) -> None:
        before = len(self.context.notices)
        self.context.open_history()
        for text in self.context.notices[before:]:
            self.add_notice(text)

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

    def show_editor(self) -> None:
        self.show_page(Page.EDITOR)

    def editor_closed(self) -> None:
        routine = self.preview.routine
        ids = self.context.library.ids()
        self.show_page(Page.PREVIEW if routine and routine.id in ids else Page.WORKOUTS)

    @property
    def current_page(self) -> Page:
        return Page(self.pages.currentIndex())

    def show_page(self, page: Page) -> None:
        if page is not Page.WORKOUTS:
            self.complete()
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
        enable_for_page(self.shortcuts, page)

    def leave_preview(self) -> None:
        self.show_page(self._preview_from)

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

    def workout_finished(self, status: SessionStatus) -> None:
        session, progress = self.controller.session, self.controller.progress()
        if session is None or progress is None or self._quitting:
            return
        self.summary.show_result(
            session.plan,
            progress,
            status,
            self.controller.time_taken_ms(),
            self.controller.record_problem,
        )
        if status is SessionStatus.COMPLETED:
            from calfplayer.ui.widgets.advice_card import AdviceCard

            self.advice = AdviceCard(self.context, session.plan.routine)
            self.advice.applied.connect(lambda _routine: self.routine_actions.refresh())
            self.advice.open_requested.connect(self.open_routine)
            self.summary.add_card(self.advice)
        self.show_page(Page.SUMMARY)

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
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.context.settings.theme)
        palette = current_palette()
        for tab in self.nav_buttons.values():
            name = str(tab.property("iconName"))
            tab.setIcon(two_state_icon(name, palette.muted, palette.accent_ink))
        if self._built(Page.PLAYER):
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
        self.complete()
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
