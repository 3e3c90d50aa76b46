"""The window's routine actions: new, edit, duplicate, import (a picked or a dropped file), export.

Kept out of the main window so it only wires them: each action reloads the library afterwards and
shows the routines again, so every page agrees with the files.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from calfplayer.domain.jsonfile import FileProblems
from calfplayer.domain.routines import Routine, Source, load_routine, routine_to_json
from calfplayer.store.files import write_atomically
from calfplayer.store.routines import OnClash, RoutineClash, RoutineStore
from calfplayer.ui import routine_dialogs

if TYPE_CHECKING:
    from calfplayer.ui.main_window import MainWindow


def dropped_routine_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The one local .json file being dragged, if that is what it is."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() == ".json" else None


class RoutineActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.context = window.context
        self.store = RoutineStore(self.context.paths.routines)
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    # --- editing -------------------------------------------------------------------------------

    def new_routine(self) -> None:
        self.window.editor.new_routine()
        self.window.show_editor()

    def edit(self, routine: Routine) -> None:
        self.window.editor.edit(routine)
        self.window.show_editor()

    def duplicate(self, routine: Routine) -> None:
        self.window.editor.duplicate(routine)
        self.window.show_editor()

    def refresh(self) -> None:
        """The library changed: the workouts list shows it again."""
        self.window.workouts.show_routines(self.context.library.routines)

    def saved(self, routine: Routine) -> None:
        self.refresh()
        self.window.open_routine(self.context.library.get(routine.id))

    def deleted(self) -> None:
        from calfplayer.ui.frame import Page

        self.refresh()
        self.window.show_page(Page.WORKOUTS)

    # --- import and export ---------------------------------------------------------------------

    def import_with_dialog(self) -> Routine | None:
        path = routine_dialogs.open_routine_file(self.window)
        return None if path is None else self.import_file(path)

    def import_file(self, path: Path) -> Routine | None:
        """Adds the routine in ``path``; says what is wrong with a bad file and adds nothing."""
        library = self.context.library
        try:
            routine = load_routine(path, library.catalogue, Source.FILE)
        except FileProblems as problems:
            lines = "\n".join(str(problem) for problem in problems.problems)
            routine_dialogs.show_problems(self.window, f"{path.name} could not be imported", lines)
            return None
        on_clash = OnClash.REFUSE
        clash = next((r for r in library.routines if r.id == routine.id), None)
        if clash is not None:
            built_in = clash.source is Source.BUILT_IN
            chosen = routine_dialogs.ask_clash(self.window, routine.name, routine.id, built_in)
            if chosen is None:
                return None
            on_clash = chosen
        try:
            saved = self.store.add(routine, library, on_clash)
        except (RoutineClash, OSError) as error:
            routine_dialogs.show_problems(
                self.window, f"{path.name} could not be imported", str(error)
            )
            return None
        self.context.reload_library()
        self.refresh()
        self.window.add_notice(f'Imported "{saved.name}" into your routines.')
        self.window.open_routine(self.context.library.get(saved.id))
        return saved

    def export(self, routine: Routine) -> Path | None:
        path = routine_dialogs.save_routine_file(self.window, f"{routine.id}.json")
        if path is None:
            return None
        text = json.dumps(routine_to_json(routine), indent=2, ensure_ascii=False) + "\n"
        try:
            write_atomically(path, text)
        except OSError as error:
            routine_dialogs.show_problems(
                self.window, "The routine could not be exported", error.strerror or str(error)
            )
            return None
        self.window.add_notice(f'Exported "{routine.name}" to {path}.')
        return path

    # --- a file dropped on the window ----------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if isinstance(event, QDragEnterEvent | QDropEvent) and dropped_routine_file(event):
            if isinstance(event, QDropEvent) and event.type() == QEvent.Type.Drop:
                event.acceptProposedAction()
                path = dropped_routine_file(event)
                if self.window.controller.active:
                    self.window.add_notice("Finish or stop the workout, then drop the file again.")
                elif path is not None:
                    self.import_file(path)
                return True
            event.acceptProposedAction()
            return True
        return super().eventFilter(watched, event)
