"""The parts of the window built after its first paint, in the order of ``Page``.

Each part adds its pages to the window's stack and connects them; ``MainWindow.complete`` runs
them, all at once or one per turn of the event loop. Their modules are imported here, when the part
is built, so none of them delays the first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from calfplayer.ui.frame import Page
from calfplayer.ui.window_keys import enable_for_page, window_shortcuts

if TYPE_CHECKING:
    from calfplayer.ui.main_window import MainWindow


def build_player(window: MainWindow) -> None:
    from calfplayer.ui.pages.player import PlayerPage
    from calfplayer.ui.pages.preview import PreviewPage
    from calfplayer.ui.pages.summary import SummaryPage
    from calfplayer.ui.player_controller import PlayerController

    window.controller = PlayerController(window.context, window.screen_keeper, window)
    window.preview = PreviewPage(window.context)
    window.player = PlayerPage(window.controller)
    window.summary = SummaryPage()
    for page in (window.preview, window.player, window.summary):
        window.pages.addWidget(page)
    window.preview.back_requested.connect(window.leave_preview)
    window.preview.start_requested.connect(window.start_plan)
    window.player.stop_requested.connect(window.request_stop)
    window.summary.done.connect(lambda: window.show_page(Page.WORKOUTS))
    window.controller.finished.connect(window.workout_finished)
    window.player.retheme()


def build_history(window: MainWindow) -> None:
    from calfplayer.ui.pages.history import HistoryPage

    window.history = HistoryPage(window.context)
    window.pages.addWidget(window.history)


def build_settings(window: MainWindow) -> None:
    from calfplayer.ui.pages.settings import SettingsPage
    from calfplayer.ui.widgets.common import button

    window.settings = SettingsPage(window.context)
    window.pages.addWidget(window.settings)
    window.settings.theme_changed.connect(lambda _name: window.apply_theme())
    window.settings.problem.connect(window.add_notice)
    about = button("About calfplayer", "", "About calfplayer")
    about.clicked.connect(lambda: window.show_page(Page.ABOUT))
    # Below the stretch: at the foot of the page, under any section added later.
    window.settings.column.addWidget(about)


def build_editor(window: MainWindow) -> None:
    from calfplayer.ui.pages.editor import EditorPage

    window.editor = EditorPage(window.context)
    window.pages.addWidget(window.editor)


def build_library(window: MainWindow) -> None:
    from calfplayer.ui.pages.about import AboutPage
    from calfplayer.ui.pages.library import LibraryPage

    window.library = LibraryPage(window.context.catalogue)
    window.about = AboutPage()
    window.pages.addWidget(window.library)
    window.pages.addWidget(window.about)
    window.library.try_requested.connect(window.try_exercise)
    window.about.back_requested.connect(lambda: window.show_page(Page.SETTINGS))


def wire(window: MainWindow) -> None:
    from calfplayer.ui.history_wiring import HistoryWiring
    from calfplayer.ui.routine_actions import RoutineActions

    actions = window.routine_actions = RoutineActions(window)
    window.preview.edit_requested.connect(actions.edit)
    window.preview.duplicate_requested.connect(actions.duplicate)
    window.preview.export_requested.connect(actions.export)
    window.editor.closed.connect(window.editor_closed)
    window.editor.saved.connect(actions.saved)
    window.editor.deleted.connect(actions.deleted)
    window.shortcuts.update(window_shortcuts(window))
    window.history_wiring = HistoryWiring(window)
    enable_for_page(window.shortcuts, window.current_page)


PARTS = (build_player, build_history, build_settings, build_editor, build_library, wire)
