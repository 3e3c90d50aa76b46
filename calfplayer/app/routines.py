"""Routines: the library a person chooses from, and saving, importing, exporting and deleting.

The command line's ``import`` and ``export-routine`` and the window's Import, Export, editor and
"apply the step" all come here, so a routine file is written in one way only.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from calfplayer.app.changes import Change, ChangeBus
from calfplayer.app.errors import AppError, file_faults
from calfplayer.domain.exercises import Catalogue
from calfplayer.domain.library import RoutineLibrary, new_id
from calfplayer.domain.routines import Routine, Source, load_routine
from calfplayer.i18n import translate
from calfplayer.paths import AppPaths
from calfplayer.resources import asset
from calfplayer.store.files import write_atomically
from calfplayer.store.routines import OnClash, RoutineClash, RoutineStore, routine_text

__all__ = ["OnClash", "RoutineClash", "Routines"]


class Routines:
    def __init__(self, paths: AppPaths, catalogue: Catalogue, changes: ChangeBus) -> None:
        self.paths = paths
        self.catalogue = catalogue
        self.changes = changes
        self.store = RoutineStore(paths.routines)
        self.library = self._read()

    def _read(self) -> RoutineLibrary:
        return RoutineLibrary.load(self.catalogue, asset("routines"), self.paths.routines)

    def reload(self) -> RoutineLibrary:
        """Reads the routines again (after a change here or in the folder) and says so."""
        self.library = self._read()
        self.changes.emit(Change.ROUTINES)
        return self.library

    def reload_if_changed(self) -> bool:
        """Reads the folder again; announces a change only when what it holds differs."""
        fresh = self._read()
        if fresh == self.library:
            return False
        self.library = fresh
        self.changes.emit(Change.ROUTINES)
        return True

    # --- files from elsewhere ------------------------------------------------------------------

    def load_file(self, path: Path) -> Routine:
        """The routine in a file to import; raises FileProblems naming each problem."""
        return load_routine(path, self.catalogue, Source.FILE)

    def clash_with(self, routine: Routine) -> Routine | None:
        """The routine that already has this one's id, if any."""
        return next((r for r in self.library.routines if r.id == routine.id), None)

    def import_routine(self, routine: Routine, on_clash: OnClash = OnClash.REFUSE) -> Routine:
        """Adds a routine read from a file; raises RoutineClash when its id is taken and
        ``on_clash`` does not say what to do, AppError when it cannot be written."""
        with file_faults(
            translate("AppRoutines", '"{name}" could not be saved').format(name=routine.name)
        ):
            saved = self.store.add(routine, self.library, on_clash)
        self.reload()
        return self.library.get(saved.id)

    def export_to(self, routine: Routine, path: Path) -> None:
        """Writes the routine as a file a person can share (whole, or not at all)."""
        with file_faults(translate("AppRoutines", "{path} could not be written").format(path=path)):
            write_atomically(path, routine_text(routine))

    # --- the person's own routines ---------------------------------------------------------------

    def save(self, routine: Routine) -> Routine:
        """Saves a routine of the person's (new or edited) and returns it as the library has it."""
        with file_faults(translate("AppRoutines", "The routine could not be saved")):
            saved = self.store.save(routine)
        self.reload()
        return self.library.get(saved.id)

    def save_copy(self, routine: Routine, name: str) -> Routine:
        """Saves ``routine`` as a new routine of the person's called ``name``."""
        copy = replace(routine, id=self.new_id(name), name=name)
        with file_faults(translate("AppRoutines", "The step could not be saved")):
            saved = self.store.add(copy, self.library, OnClash.KEEP_BOTH)
        self.reload()
        return self.library.get(saved.id)

    def delete(self, routine: Routine) -> None:
        if routine.source is not Source.USER:
            raise AppError(
                translate("AppRoutines", '"{name}" is built in and cannot be deleted.').format(
                    name=routine.shown_name
                )
            )
        with file_faults(translate("AppRoutines", "The routine could not be deleted")):
            self.store.delete(routine)
        self.reload()

    def new_id(self, name: str) -> str:
        """An id for a new routine called ``name`` that no routine has yet."""
        return new_id(name, set(self.library.ids()))
