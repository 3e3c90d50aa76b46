"""The window's routine actions: new, edit, duplicate, import (a picked or a dropped file), export.

What each action does to the files is calfplayer/app/routines.py (the command line's import and
export go there too); here are the dialogs around it. The pages showing routines follow the
context's ``routines_changed`` signal, so nothing here has to refresh them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from calfplayer.app.errors import AppError
from calfplayer.app.routines import OnClash, RoutineClash
from calfplayer.domain.jsonfile import FileProblems
from calfplayer.domain.routines import Routine, Source
from calfplayer.ui import routine_dialogs
from calfplayer.ui.context import AppContext
from calfplayer.ui.frame import Page
from calfplayer.ui.navigation import Navigator
from calfplayer.ui.pages.editor import EditorPage
from calfplayer.ui.widgets.notice_banner import NoticeKind

translate = QCoreApplication.translate


def dropped_routine_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The one local .json file being dragged, if that is what it is."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() == ".json" else None


class RoutineActions(QObject):
    def __init__(
        self,
        context: AppContext,
        navigator: Navigator,
        editor: EditorPage,
        host: QWidget,
        workout_running: Callable[[], bool],
    ) -> None:
        super().__init__(host)
        self.routines = context.app.routines
        self.navigator = navigator
        self.editor = editor
        self.host = host  # the window: dialogs sit on it, files are dropped on it
        self.workout_running = workout_running
        host.setAcceptDrops(True)
        host.installEventFilter(self)

    # --- editing -------------------------------------------------------------------------------

    def new_routine(self) -> None:
        self.editor.new_routine()
        self.navigator.show_page(Page.EDITOR)

    def edit(self, routine: Routine) -> None:
        self.editor.edit(routine)
        self.navigator.show_page(Page.EDITOR)

    def duplicate(self, routine: Routine) -> None:
        self.editor.duplicate(routine)
        self.navigator.show_page(Page.EDITOR)

    def saved(self, routine: Routine) -> None:
        self.navigator.open_routine(self.routines.library.get(routine.id))

    def deleted(self) -> None:
        self.navigator.show_page(Page.WORKOUTS)

    # --- import and export ---------------------------------------------------------------------

    def import_with_dialog(self) -> Routine | None:
        path = routine_dialogs.open_routine_file(self.host)
        return None if path is None else self.import_file(path)

    def import_file(self, path: Path) -> Routine | None:
        """Adds the routine in ``path``; says what is wrong with a bad file and adds nothing."""
        try:
            routine = self.routines.load_file(path)
        except FileProblems as problems:
            lines = "\n".join(str(problem) for problem in problems.problems)
            routine_dialogs.show_problems(self.host, self._not_imported(path), lines)
            return None
        on_clash = OnClash.REFUSE
        clash = self.routines.clash_with(routine)
        if clash is not None:
            built_in = clash.source is Source.BUILT_IN
            chosen = routine_dialogs.ask_clash(self.host, routine.name, routine.id, built_in)
            if chosen is None:
                return None
            on_clash = chosen
        try:
            saved = self.routines.import_routine(routine, on_clash)
        except (RoutineClash, AppError) as error:
            routine_dialogs.show_problems(self.host, self._not_imported(path), str(error))
            return None
        self.navigator.add_notice(
            translate("RoutineActions", 'Imported "{name}" into your routines.').format(
                name=saved.shown_name
            ),
            NoticeKind.CONFIRMATION,
        )
        self.navigator.open_routine(saved)
        return saved

    @staticmethod
    def _not_imported(path: Path) -> str:
        return translate("RoutineActions", "{file} could not be imported").format(file=path.name)

    def export(self, routine: Routine) -> Path | None:
        path = routine_dialogs.save_routine_file(self.host, f"{routine.id}.json")
        if path is None:
            return None
        try:
            self.routines.export_to(routine, path)
        except AppError as error:
            routine_dialogs.show_problems(
                self.host,
                translate("RoutineActions", "The routine could not be exported"),
                str(error),
            )
            return None
        self.navigator.add_notice(
            translate("RoutineActions", 'Exported "{name}" to {file}.').format(
                name=routine.shown_name, file=path
            ),
            NoticeKind.CONFIRMATION,
        )
        return path

    # --- a file dropped on the window ----------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if isinstance(event, QDragEnterEvent | QDropEvent) and dropped_routine_file(event):
            if isinstance(event, QDropEvent) and event.type() == QEvent.Type.Drop:
                event.acceptProposedAction()
                path = dropped_routine_file(event)
                if self.workout_running():
                    self.navigator.add_notice(
                        translate(
                            "RoutineActions",
                            "Finish or stop the workout, then drop the file again.",
                        )
                    )
                elif path is not None:
                    self.import_file(path)
                return True
            event.acceptProposedAction()
            return True
        return super().eventFilter(watched, event)
