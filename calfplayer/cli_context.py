"""What every subcommand shares: exit codes, the error that carries one, and the context."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

from calfplayer.domain.clock import Clock
from calfplayer.domain.exercises import Catalogue
from calfplayer.domain.library import RoutineLibrary
from calfplayer.paths import AppPaths
from calfplayer.resources import asset

if TYPE_CHECKING:  # the application's modules are imported by the commands that use them
    from calfplayer.app.history import History
    from calfplayer.app.routines import Routines

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2


class CliError(Exception):
    def __init__(self, message: str, code: int = EXIT_INVALID) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class CliContext:
    paths: AppPaths
    out: TextIO
    err: TextIO
    clock: Clock

    def catalogue(self) -> Catalogue:
        return Catalogue.load(asset("exercises"))

    def library(self) -> RoutineLibrary:
        return RoutineLibrary.load(self.catalogue(), asset("routines"), self.paths.routines)

    def routines(self) -> Routines:
        from calfplayer.app.changes import ChangeBus
        from calfplayer.app.routines import Routines

        return Routines(self.paths, self.catalogue(), ChangeBus())

    def history(self) -> History:
        from calfplayer.app.changes import ChangeBus
        from calfplayer.app.history import History

        return History(self.paths, self.catalogue(), ChangeBus(), self.clock)
