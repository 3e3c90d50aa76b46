"""All the routines a person can choose from: the built-in ones and their own.

A broken file among the person's own routines never hides the others: it is listed with its
problems so the app can say what is wrong with it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from calfplayer.domain.exercises import Catalogue
from calfplayer.domain.jsonfile import FileProblems, Problem
from calfplayer.domain.routines import TRY_PREFIX, Routine, Source, built_in_name, load_routine
from calfplayer.i18n import translate

BUILT_IN_ORDER = ("full-programme", "gentle-start", "balance-builder", "movement-snack")


def shown_routine_name(routine_id: str, name: str) -> str:
    """A routine's name kept with a session, as shown: a built-in routine's (or an exercise
    tried on its own) in the language in use, the person's as typed. The history keeps the
    English name; a person's routine never takes a built-in routine's id."""
    if routine_id in BUILT_IN_ORDER or routine_id.startswith(TRY_PREFIX):
        return built_in_name(routine_id, name)
    return name


class UnknownRoutine(LookupError):
    def __init__(self, wanted: str, known: list[str]) -> None:
        self.wanted = wanted
        self.known = known
        if known:
            message = translate(
                "RoutineLibrary",
                'no routine with the id "{wanted}" (known: {known});'
                " give a routine id or the path of a routine file",
            )
        else:
            message = translate(
                "RoutineLibrary",
                'no routine with the id "{wanted}" (known: none);'
                " give a routine id or the path of a routine file",
            )
        super().__init__(message.format(wanted=wanted, known=", ".join(known)))


@dataclass(frozen=True)
class RoutineLibrary:
    catalogue: Catalogue
    routines: tuple[Routine, ...]
    broken: tuple[FileProblems, ...]

    @classmethod
    def load(
        cls, catalogue: Catalogue, built_in_dir: Path, user_dir: Path | None
    ) -> RoutineLibrary:
        order = {name: index for index, name in enumerate(BUILT_IN_ORDER)}
        built_in = [
            load_routine(path, catalogue, Source.BUILT_IN)
            for path in sorted(built_in_dir.glob("*.json"))
        ]
        built_in.sort(key=lambda routine: (order.get(routine.id, len(order)), routine.id))
        own: list[Routine] = []
        broken: list[FileProblems] = []
        taken = {routine.id for routine in built_in}
        if user_dir is not None and user_dir.is_dir():
            for path in sorted(user_dir.glob("*.json")):
                try:
                    routine = load_routine(path, catalogue, Source.USER)
                except FileProblems as problems:
                    broken.append(problems)
                    continue
                except (ValueError, ArithmeticError, RecursionError) as error:
                    # A case the checks do not foresee still costs only this one file.
                    broken.append(FileProblems(str(path), [_unreadable(error)]))
                    continue
                if routine.id in taken:
                    broken.append(FileProblems(str(path), [_clash(routine.id)]))
                    continue
                taken.add(routine.id)
                own.append(routine)
        own.sort(key=lambda routine: routine.name.casefold())
        return cls(catalogue, (*built_in, *own), tuple(broken))

    def ids(self) -> list[str]:
        return [routine.id for routine in self.routines]

    def get(self, routine_id: str) -> Routine:
        for routine in self.routines:
            if routine.id == routine_id:
                return routine
        raise UnknownRoutine(routine_id, self.ids())

    def resolve(self, id_or_path: str) -> Routine:
        """A routine by id, or loaded from a file when the argument names one.

        Raises UnknownRoutine for an id that matches nothing and FileProblems for a bad file.
        """
        path = Path(id_or_path).expanduser()
        looks_like_path = id_or_path.endswith(".json") or "/" in id_or_path or "\\" in id_or_path
        if looks_like_path or (path.is_file() and id_or_path not in self.ids()):
            return load_routine(path, self.catalogue, Source.FILE)
        return self.get(id_or_path)


def _unreadable(error: Exception) -> Problem:
    message = translate("FileChecks", "cannot be read ({reason})")
    return Problem("", message.format(reason=type(error).__name__))


def _clash(routine_id: str) -> Problem:
    message = translate(
        "RoutineLibrary", '"{id}" is already used by another routine; give this one another id'
    )
    return Problem("id", message.format(id=routine_id))


def slug(name: str) -> str:
    """A routine id made from its name: "Calf week 2!" -> "calf-week-2"."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
    return words[:56].strip("-") or "routine"


def free_id(wanted: str, taken: set[str]) -> str:
    """``wanted`` with the lowest "-2", "-3", … suffix that is not taken."""
    base = wanted[:60]
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


def new_id(name: str, taken: set[str]) -> str:
    """An id for a new routine called ``name`` that is not in ``taken``."""
    wanted = slug(name)
    return wanted if wanted not in taken else free_id(wanted, taken)
