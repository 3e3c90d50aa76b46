"""The main window: its pages, a bottom navigation bar and the keyboard shortcuts.

At start-up the window is built in two stages so that it is on screen quickly: the frame and the
Workouts page first, painted at once, then the rest (the history, the player and the other pages)
one part per turn of the event loop. Anything that needs a part not built yet builds it on the spot.
Each page module is imported when its part is built, so none of them delays the first paint.

The window is the one place that connects its parts; the helpers it builds (routine actions, the
resume card) get a ``Navigator`` (this window) and the parts they need, never the window.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
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

from calfplayer import i18n
from calfplayer.app.errors import AppError
from calfplayer.domain.plan import Plan
from calfplayer.domain.record import SessionStatus
from calfplayer.domain.routines import Routine
from calfplayer.i18n.language import choose_language
from calfplayer.ui.accessibility import name_fields_after_their_labels
from calfplayer.ui.context import AppContext
from calfplayer.ui.frame import (
    DEFAULT_SIZE,
    MINIMUM_SIZE,
    FirstPaintRoot,
    NavBar,
    Page,
    nav_tab,
)
from calfplayer.ui.pages.workouts import WorkoutsPage
from calfplayer.ui.screensaver import ScreenKeeper
from calfplayer.ui.theme import apply_theme, current_palette
from calfplayer.ui.translation import install_translators
from calfplayer.ui.widgets.common import (
    begin_flick_scrolling,
    tab_in_reading_order,
)
from calfplayer.ui.widgets.icons import two_state_icon
from calfplayer.ui.widgets.notice_banner import NoticeBanner, NoticeKind
from calfplayer.ui.window_fit import place, state_of
from calfplayer.ui.window_keys import enable_for_page, toggle_full_screen, window_shortcuts

if TYPE_CHECKING:
    from PySide6.QtGui import QShortcut

    from calfplayer.app.settings import VoiceSettings
    from calfplayer.app.workouts import ResumedWorkout
    from calfplayer.domain.recording import Rating
    from calfplayer.ui.pages.about import AboutPage
    from calfplayer.ui.pages.editor import EditorPage
    from calfplayer.ui.pages.history import HistoryPage
    from calfplayer.ui.pages.library import LibraryPage
    from calfplayer.ui.pages.player import PlayerPage
    from calfplayer.ui.pages.preview import PreviewPage
    from calfplayer.ui.pages.settings import SettingsPage
    from calfplayer.ui.pages.settings_history import WeeklyGoal, YourData
    from calfplayer.ui.pages.settings_plan import PlanSettings
    from calfplayer.ui.pages.summary import SummaryPage
    from calfplayer.ui.plan_reminder import PlanReminder
    from calfplayer.ui.player_controller import PlayerController
    from calfplayer.ui.resume_flow import ResumeFlow
    from calfplayer.ui.routine_actions import RoutineActions
    from calfplayer.ui.widgets.advice_card import AdviceCard
    from calfplayer.ui.widgets.voice_settings import VoiceSettingsWidget

translate = QCoreApplication.translate


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
    plan_settings: PlanSettings
    plan_reminder: PlanReminder
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
        name_fields_after_their_labels()
        self.context = context
        self.setWindowTitle("calfplayer")
        self.setMinimumSize(MINIMUM_SIZE)
        self.resize(DEFAULT_SIZE)
        self._saved_state = context.app.window.load()
        place(self, self._saved_state)
        self._quitting = False
        self._by_signal = False  # quitting because the system asked (SIGTERM), not the person
        self.screen_keeper = screen_keeper

        root = FirstPaintRoot()
        root.painted.connect(self.first_painted.emit)
        root.painted.connect(begin_flick_scrolling)
        layout = QVBoxLayout(root)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.setCentralWidget(root)

        self.banner = NoticeBanner(context.clock)
        self.notice = self.banner.text
        layout.addWidget(self.banner)

        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self.page_widgets: dict[Page, QWidget] = {}
        self._language_shown = context.settings.language
        # A workout's pages left in the language they were made in, to be made again once the
        # workout is over (see ``rebuild_pages``).
        self._workout_pages_stale = False
        self._build_workouts()
        layout.addWidget(self.pages, 1)
        self.nav = self._navigation()
        layout.addWidget(self.nav)
        self._preview_from = Page.WORKOUTS  # where the preview's Back goes
        self.voice_settings: VoiceSettingsWidget | None = None
        self.advice: AdviceCard | None = None
        self.shortcuts: dict[str, QShortcut] = {}
        self._offered_once = False  # the resume offer and the sets not saved: at start only
        context.signals.settings_changed.connect(self._settings_changed)
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._system_scheme_changed)

        for text in context.notices:
            self.add_notice(text)
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

    def _build_workouts(self) -> None:
        self.workouts = WorkoutsPage(self.context)
        self._add_page(Page.WORKOUTS, self.workouts)
        self.workouts.routine_chosen.connect(self.open_routine)
        self.workouts.new_requested.connect(self._new_routine)
        self.workouts.import_requested.connect(self._import_routine)

    def _build_player(self) -> None:
        from calfplayer.ui.player_controller import PlayerController

        # The controller is made once: it outlives its pages when they are made again.
        self.controller = PlayerController(self.context, self.screen_keeper, self)
        self.controller.finished.connect(self.workout_finished)
        self.controller.changed.connect(
            lambda: self.summary.show_problem(self.controller.history_problem())
        )
        self.controller.finished.connect(lambda _status: self.plan_reminder.refresh())
        self._build_preview()
        self._build_workout_pages()

    def _build_preview(self) -> None:
        from calfplayer.ui.pages.preview import PreviewPage

        self.preview = PreviewPage(self.context)
        self._add_page(Page.PREVIEW, self.preview)
        self.preview.back_requested.connect(self.leave_preview)
        self.preview.start_requested.connect(self.start_plan)

    def _build_workout_pages(self) -> None:
        from calfplayer.ui.pages.player import PlayerPage
        from calfplayer.ui.pages.summary import SummaryPage

        self.player = PlayerPage(self.controller)
        self.summary = SummaryPage()
        self._add_page(Page.PLAYER, self.player)
        self._add_page(Page.SUMMARY, self.summary)
        self.player.stop_requested.connect(self.request_stop)
        self.summary.done.connect(self._summary_done)  # the rating is kept
        self.player.retheme()

    def _summary_done(self) -> None:
        self.show_page(Page.WORKOUTS)

    def _build_history(self) -> None:
        from calfplayer.ui.pages.history import HistoryPage

        self.history = HistoryPage(self.context)
        self._add_page(Page.HISTORY, self.history)
        self.history.notice.connect(self.add_notice)
        self.history.done.connect(lambda text: self.add_notice(text, NoticeKind.CONFIRMATION))

    def _build_settings(self) -> None:
        from calfplayer.ui.pages.settings import SettingsPage
        from calfplayer.ui.pages.settings_history import WeeklyGoal, YourData
        from calfplayer.ui.widgets.common import button

        self.settings = SettingsPage(self.context)
        self._add_page(Page.SETTINGS, self.settings)
        self.settings.problem.connect(self.add_notice)
        self.weekly_goal = WeeklyGoal(self.context)
        self.your_data = YourData()
        self.settings.add_section(translate("MainWindow", "Weekly goal"), self.weekly_goal)
        self.settings.add_section(translate("MainWindow", "Your data"), self.your_data)
        self.weekly_goal.problem.connect(self.add_notice)
        self._add_plan_settings()
        self.your_data.delete_all.connect(self.delete_all_data)
        about_text = translate("MainWindow", "About calfplayer")
        about = button(about_text, "", about_text)
        about.clicked.connect(lambda: self.show_page(Page.ABOUT))
        # Below the stretch: at the foot of the page, under any section added later.
        self.settings.column.addWidget(about)

    def _add_plan_settings(self) -> None:
        from calfplayer.ui.pages.settings_plan import PlanSettings

        self.plan_settings = PlanSettings(self.context)
        self.settings.add_section(translate("MainWindow", "Plan"), self.plan_settings)
        self.plan_settings.problem.connect(self.add_notice)

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
        self._make_shortcuts()
        self.resume_flow = ResumeFlow(self.context, self, self.workouts, self.play_resumed, running)
        self._add_plan_reminder(running)
        if not self._offered_once:
            self._offered_once = True
            if self.context.resume_offer is not None:
                self.resume_flow.offer(self.context.resume_offer)
            QTimer.singleShot(0, self.offer_unsaved)
            self.context.watch_files()

    def _make_shortcuts(self) -> None:
        for shortcut in self.shortcuts.values():
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self.shortcuts = window_shortcuts(self, self.controller, self.player, self.escape)
        enable_for_page(self.shortcuts, self.current_page)

    def _add_plan_reminder(self, running: Callable[[], bool]) -> None:
        """Today's plan first on the Workouts page; a due time as a banner above every page."""
        from calfplayer.ui.plan_reminder import PlanReminder

        before = len(self.context.notices)
        reminder = self.plan_reminder = PlanReminder(self.context, running, self)
        for text in self.context.notices[before:]:  # a plan file that could not be used
            self.add_notice(text)
        self.workouts.add_top_card(reminder.card)
        central = self.centralWidget()
        root = central.layout() if central is not None else None
        if isinstance(root, QVBoxLayout):
            root.insertWidget(root.indexOf(self.banner) + 1, reminder.banner)
        reminder.start_requested.connect(lambda routine: self.open_routine(routine, start=True))
        reminder.problem.connect(self.add_notice)
        self.controller.changed.connect(reminder.refresh_banner)

    def _new_routine(self) -> None:
        self.complete()
        self.routine_actions.new_routine()

    def _import_routine(self) -> None:
        self.complete()
        self.routine_actions.import_with_dialog()

    # --- navigation --------------------------------------------------------------------------

    def _navigation(self) -> NavBar:
        nav = NavBar()
        row = QHBoxLayout(nav)
        row.setContentsMargins(8, 2, 8, 2)
        self.nav_group = QButtonGroup(self)
        self.nav_buttons: dict[Page, QToolButton] = {}
        for page, name in (
            (Page.WORKOUTS, "workouts"),
            (Page.LIBRARY, "exercises"),
            (Page.HISTORY, "history"),
            (Page.SETTINGS, "settings"),
        ):
            tab = nav_tab(self._tab_name(page), name)
            tab.clicked.connect(lambda _=False, chosen=page: self.show_page(chosen))
            self.nav_group.addButton(tab)
            self.nav_buttons[page] = tab
            row.addWidget(tab, 1)
        return nav

    @staticmethod
    def _tab_name(page: Page) -> str:
        names = {
            Page.WORKOUTS: translate("MainWindow", "Workouts"),
            Page.LIBRARY: translate("MainWindow", "Exercises"),
            Page.HISTORY: translate("MainWindow", "History"),
        }
        return names.get(page, translate("MainWindow", "Settings"))

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
        if self._workout_pages_stale and page not in (Page.PLAYER, Page.SUMMARY):
            self._renew_workout_pages()
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
            self.history.show_afresh()
        tab_in_reading_order(self)

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
            # A running workout is never replaced without asking; a request from outside (a
            # reminder's Start now, a second launch) is told why nothing happened.
            self.add_notice(
                translate(
                    "MainWindow",
                    "{name} was not opened: a workout is running. Finish or stop it first.",
                ).format(name=routine.shown_name)
            )
            return
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
        self.player.show_notice_once(self.controller.voice_notice())
        self.show_page(Page.PLAYER)
        self.controller.start(plan)

    def play_resumed(self, workout: ResumedWorkout) -> None:
        """The rest of a cut-off workout, recorded into the same session."""
        self.complete()
        self.preview.show_routine(workout.routine)
        self.player.show_notice_once(self.controller.voice_notice())
        self.show_page(Page.PLAYER)
        self.controller.start(workout.plan, resume=workout.resumption)

    def show_placed(self) -> None:
        """Shows the window as it was last closed: full screen, or at its remembered place."""
        if self._saved_state is not None and self._saved_state.full_screen:
            self.showFullScreen()
        else:
            self.show()

    def _remember_placement(self) -> None:
        try:
            self.context.app.window.save(state_of(self))
        except AppError as error:  # closing: nowhere left to show it but the terminal
            print(f"calfplayer: {error}", file=sys.stderr)

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
            self.add_notice(
                translate("MainWindow", "Could not open {routine}: {problem}").format(
                    routine=wanted, problem=error
                )
            )
            return
        self.open_routine(routine, start=bool(request.get("start")))

    # --- workout -----------------------------------------------------------------------------

    def request_stop(self) -> None:
        from calfplayer.ui import dialogs

        if not self.controller.active:
            return
        if self.controller.ask_paused(
            lambda: dialogs.confirm(
                self,
                translate("MainWindow", "Stop the workout?"),
                translate("MainWindow", "What you have done so far is kept."),
                translate("MainWindow", "Stop"),
                translate("MainWindow", "Keep going"),
            )
        ):
            self.controller.stop()

    def workout_finished(self, status: SessionStatus) -> None:
        """The one handler of a workout's end: the summary, then the rating, then the advice."""
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
        names = {exercise.id: exercise.name for exercise in self.context.catalogue.values()}
        rating = self.summary.show_rating(self.controller.hurts, names)
        rating.changed.connect(self._rate)
        if status is SessionStatus.COMPLETED:
            from calfplayer.ui.widgets.advice_card import AdviceCard

            self.advice = AdviceCard(self.context, session.plan.routine)
            self.advice.open_requested.connect(self.open_routine)
            self.summary.add_card(self.advice)
        self.show_page(Page.SUMMARY)

    def _rate(self, rating: Rating) -> None:
        """Kept the moment it is set; the advice is worked out again with it."""
        problem = self.context.app.workouts.rate(rating)
        self.controller.keep_trying()
        self.summary.show_problem(problem)
        if self.summary.rating is not None:
            self.summary.rating.show_saved(problem)
        if self.advice is not None:
            self.advice.refresh()

    def delete_all_data(self) -> None:
        if self.controller.active:
            self.add_notice(translate("MainWindow", "Stop the workout before deleting your data."))
            return
        self.resume_flow.drop()
        try:
            self.context.app.delete_all_data()
        except AppError as error:
            self.add_notice(str(error))
        else:
            self.add_notice(
                translate("MainWindow", "All your data was deleted. calfplayer starts afresh."),
                NoticeKind.CONFIRMATION,
            )

    def quit_now(self) -> None:
        """SIGTERM, SIGINT (the computer shutting down): keep what was done and quit without
        asking; a workout under way is kept as interrupted, to be resumed."""
        self._quitting = True
        self._by_signal = True
        self.shutdown_player()
        self.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def keep_ratings(self) -> None:
        """A note still being typed on the summary or a session's page is kept, not dropped."""
        if self._built(Page.SUMMARY) and self.summary.rating is not None:
            self.summary.rating.flush()
        if self._built(Page.HISTORY):
            self.history.detail.keep_rating()

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
            and not self.controller.ask_paused(
                lambda: dialogs.confirm(
                    self,
                    translate("MainWindow", "Stop the workout and close?"),
                    translate("MainWindow", "What you have done so far is kept."),
                    translate("MainWindow", "Stop and close"),
                    translate("MainWindow", "Keep going"),
                )
            )
        ):
            event.ignore()
            return
        if self._built(Page.PLAYER) and self.controller.active and not self._quitting:
            self.controller.stop()  # the person chose to stop: ended early, not cut off
        self._quitting = True
        self._remember_placement()
        self.shutdown_player()
        self.keep_ratings()
        if not self._by_signal and not self._nothing_left_unsaved():
            self._quitting = False
            event.ignore()
            return
        self.keep_unsaved_on_exit()
        if self.voice_settings is not None:
            self.voice_settings.stop_speech()
        event.accept()

    # --- sets the history could not take ------------------------------------------------------

    def _nothing_left_unsaved(self) -> bool:
        """The person closing while sets wait: Retry, save them to a file, or stay open.
        True when nothing waits any more (written, or saved to a file)."""
        from calfplayer.ui import dialogs

        history = self.context.app.history
        history.recorder.retry()
        while count := history.sets_waiting():
            why = history.recorder.problem() or translate(
                "MainWindow", "Your history cannot be saved right now."
            )
            title = translate("MainWindow", "%n set(s) not saved yet", None, count)
            text = translate(
                "MainWindow",
                "{problem}\n\nClosing now would lose %n set(s). Retry once the problem is fixed,"
                " or save them to a file; calfplayer can bring that file into your history later"
                " (calfplayer bring-in FILE).",
                None,
                count,
            )
            choice = dialogs.unsaved_sets(
                self,
                title,
                text.format(problem=why),
            )
            if choice == dialogs.CANCEL:
                return False
            if choice == dialogs.RETRY:
                history.recorder.retry()
                continue
            suggested = self.context.paths.data.parent / "calfplayer-sets-not-saved.jsonl"
            target = dialogs.save_file(
                self, translate("MainWindow", "Save the sets not saved"), suggested
            )
            if target is None:
                continue
            try:
                history.keep_unsaved(target)
            except AppError as error:
                self.add_notice(str(error))
        return True

    def keep_unsaved_on_exit(self) -> None:
        """Quitting: writes what waits, and what still cannot be written goes to a file in
        another writable place, named on stderr, to be brought in at the next start."""
        history = self.context.app.history
        count = history.sets_waiting()
        why = history.recorder.problem()
        self.context.close_history()
        if not history.sets_waiting():
            return
        try:
            kept = history.keep_unsaved()
        except AppError as error:
            print(f"calfplayer: {error}", file=sys.stderr, flush=True)
            return
        said = translate(
            "MainWindow",
            "calfplayer: %n set(s) could not be saved to your history ({problem}); they were"
            " kept in {file} and the next start offers to bring them in.",
            None,
            count,
        )
        problem = why or translate("MainWindow", "it could not be written")
        print(
            said.format(problem=problem, file=kept),
            file=sys.stderr,
            flush=True,
        )

    def offer_unsaved(self) -> None:
        """Sets kept in a file when the history could not take them: offered once."""
        from calfplayer.ui import dialogs

        history = self.context.app.history
        files = history.unsaved_files()
        if not files:
            return
        where = ", ".join(str(path) for path in files)
        if not dialogs.confirm(
            self,
            translate("MainWindow", "Bring in the sets not saved?"),
            translate(
                "MainWindow",
                "Sets your history could not take before were kept in {files}. Bring them into"
                " your history now?",
            ).format(files=where),
            translate("MainWindow", "Bring them in"),
            translate("MainWindow", "Not now"),
        ):
            history.put_unsaved_aside(files)
            self.add_notice(
                translate(
                    "MainWindow",
                    "The sets not saved stay in {files}; bring them in with:"
                    " calfplayer bring-in FILE",
                ).format(files=where)
            )
            return
        added = 0
        for path in files:
            try:
                added += history.bring_in(path)
            except AppError as error:
                self.add_notice(str(error))
        brought = translate("MainWindow", "%n set(s) brought into your history.", None, added)
        self.add_notice(brought)

    # --- theme and notices ---------------------------------------------------------------------

    def apply_theme(self) -> None:
        self._theme_shown = self.context.settings.theme
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.context.settings.theme)
        palette = current_palette()
        self.nav.fit_names()
        for tab in self.nav_buttons.values():
            name = str(tab.property("iconName"))
            tab.setIcon(two_state_icon(name, palette.muted, palette.accent_ink))
        if self._built(Page.PLAYER):
            self.player.retheme()

    def _settings_changed(self) -> None:
        if self.context.settings.theme != self._theme_shown:
            self.apply_theme()
        if self.context.settings.language != self._language_shown:
            # In a turn of its own: the change comes from a button of the Settings page, inside
            # its signal, and that page is about to be made again.
            QTimer.singleShot(0, self._follow_language)

    def _follow_language(self) -> None:
        if self.context.settings.language != self._language_shown:
            self.apply_language()

    # --- the language ----------------------------------------------------------------------------

    def apply_language(self) -> None:
        """The language Settings ask for (or the system's), in every page at once."""
        self._language_shown = self.context.settings.language
        chosen = choose_language(
            self._language_shown or None, os.environ, i18n.available_languages()
        )
        app = QCoreApplication.instance()
        if app is not None:
            install_translators(app, chosen)
        self.rebuild_pages()

    def rebuild_pages(self) -> None:
        """Makes every page again (in the language now in use) and shows what was shown: the
        same page, a routine being edited with its unsaved changes, the routine previewed; a note
        being typed is kept first. A workout under way, or its summary on screen, is left as it
        is: its pages are made again once the person leaves them (``show_page``)."""
        self.complete()
        self.keep_ratings()
        current = self.current_page
        keep_workout = self.controller.active or current in (Page.PLAYER, Page.SUMMARY)
        editing = self.editor.state()
        previewed = self.preview.routine
        resume_card = self.resume_flow.card
        offer = resume_card.offer if resume_card is not None else None
        had_voice = self.voice_settings is not None
        self._take_down_pages(keep_workout)
        self._build_workouts()
        self._build_preview()
        if not keep_workout:
            self._build_workout_pages()
            self.advice = None
        self._build_history()
        self._build_settings()
        self._build_editor()
        self._build_library()
        self._build_helpers()
        self._workout_pages_stale = keep_workout
        self.editor.restore(editing)
        if previewed is not None:
            plan = self.preview.show_routine(previewed)
            if not keep_workout:
                self.player.prepare(plan)
        if offer is not None:
            self.resume_flow.offer(offer)
        for page, tab in self.nav_buttons.items():
            tab.setText(self._tab_name(page))
            tab.setAccessibleName(self._tab_name(page))
        if had_voice:
            self.add_voice_settings()
        self.apply_theme()
        self.show_page(current)

    def _take_down_pages(self, keep_workout: bool) -> None:
        """Lets go of every page and of the helpers made with them; a workout's own pages stay
        when ``keep_workout``."""
        if self.voice_settings is not None:
            self.voice_settings.stop_speech()
            self.voice_settings = None
        self.removeEventFilter(self.routine_actions)
        self.routine_actions.deleteLater()
        reminder = self.plan_reminder
        reminder.timer.stop()
        reminder.banner.hide()
        reminder.banner.deleteLater()
        reminder.deleteLater()
        kept = (Page.PLAYER, Page.SUMMARY) if keep_workout else ()
        for page, widget in list(self.page_widgets.items()):
            if page in kept:
                continue
            del self.page_widgets[page]
            self.pages.removeWidget(widget)
            widget.hide()
            widget.deleteLater()

    def _renew_workout_pages(self) -> None:
        """The workout the language changed during is over: its pages in the language now."""
        if self.controller.active:
            return
        self._workout_pages_stale = False
        for page in (Page.PLAYER, Page.SUMMARY):
            widget = self.page_widgets.pop(page)
            self.pages.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self.advice = None
        self._build_workout_pages()
        self._make_shortcuts()

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

        def sound_problem() -> str | None:  # the sink in use when asked, not this one
            return self.context.cue_sink.unavailable_reason()

        self.voice_settings = VoiceSettingsWidget(
            self.context.settings.voice,
            off_for_run=self.context.no_voice,
            sound_problem=sound_problem,
        )

        def changed(voice: VoiceSettings) -> None:
            problem = self.context.change_settings(voice=voice)
            if problem:
                self.add_notice(problem)
            apply_voice_settings(self.context.cue_sink, voice)

        self.voice_settings.changed.connect(changed)
        self.settings.add_section(translate("MainWindow", "Voice"), self.voice_settings)

    def add_notice(self, text: str, kind: NoticeKind = NoticeKind.PROBLEM) -> None:
        self.banner.add(text, kind)
