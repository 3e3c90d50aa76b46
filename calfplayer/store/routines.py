"""The person's own routines: format-v1 JSON files in ``<data dir>/routines``, one per routine."""

from __future__ import annotations

import json
from dataclasses import replace
from enum import StrEnum
from pathlib import Path

from calfplayer.domain.library import RoutineLibrary, free_id
from calfplayer.domain.routines import Routine, Source, routine_to_json
from calfplayer.store.files import write_atomically


def routine_text(routine: Routine) -> str:
    """The routine as the text of its file (the format in docs/routine-format.md)."""
    return json.dumps(routine_to_json(routine), indent=2, ensure_ascii=False) + "\n"


class OnClash(StrEnum):
    REFUSE = "refuse"
    REPLACE = "replace"
    KEEP_BOTH = "keep-both"


class RoutineClash(Exception):
    def __init__(self, routine_id: str, built_in: bool) -> None:
        self.routine_id = routine_id
        self.built_in = built_in
        where = "a built-in routine" if built_in else "one of your routines"
        super().__init__(f'the id "{routine_id}" is already used by {where}')


class RoutineStore:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path_for(self, routine_id: str) -> Path:
        return self.folder / f"{routine_id}.json"

    def save(self, routine: Routine) -> Routine:
        """Writes the routine (replacing its own earlier file) and returns it as a user routine."""
        path = self.path_for(routine.id)
        write_atomically(path, routine_text(routine))
        if routine.path is not None and routine.source is Source.USER and routine.path != path:
            routine.path.unlink(missing_ok=True)  # renamed: the old file would be a duplicate
        return replace(routine, source=Source.USER, path=path)

    def delete(self, routine: Routine) -> None:
        if routine.source is not Source.USER or routine.path is None:
            raise ValueError("only your own routines can be deleted")
        routine.path.unlink(missing_ok=True)

    def add(self, routine: Routine, library: RoutineLibrary, on_clash: OnClash) -> Routine:
        """Adds an imported or copied routine, deciding what to do when its id is taken."""
        taken = {r.id: r for r in library.routines}
        clash = taken.get(routine.id)
        if clash is not None:
            built_in = clash.source is Source.BUILT_IN
            if on_clash is OnClash.REFUSE or (on_clash is OnClash.REPLACE and built_in):
                raise RoutineClash(routine.id, built_in)
            if on_clash is OnClash.KEEP_BOTH:
                new_id = free_id(routine.id, set(taken))
                routine = replace(routine, id=new_id, name=f"{routine.name} (copy)"[:80])
        return self.save(replace(routine, source=Source.USER, path=None))
