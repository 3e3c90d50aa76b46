"""What every subcommand shares: exit codes, the error that carries one, and the context."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

from calfplayer.domain.clock import Clock
from calfplayer.domain.exercises import Catalogue
from calfplayer.domain.jsonfile import FileProblems, NotReadable, read_regular_file
from calfplayer.domain.library import RoutineLibrary
from calfplayer.i18n import translate, use_language_for
from calfplayer.paths import AppPaths
from calfplayer.resources import asset

if TYPE_CHECKING:  # the application's modules are imported by the commands that use them
    from calfplayer.app.history import History
    from calfplayer.app.routines import Routines

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2


# Every control character (C0, DEL, C1), lone surrogates and the bidirectional overrides: any of
# them in a name or a key from a file could move the cursor, retitle the terminal or hide text.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")
_NAMED_ESCAPES = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def printable(text: str) -> str:
    """Text as a terminal may show it: every control character written as its escape."""
    return _UNSAFE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    return _NAMED_ESCAPES.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def say(stream: TextIO, *lines: str) -> None:
    """The one way a message reaches the terminal: line by line, each made printable."""
    for line in lines:
        print(printable(line), file=stream)


def problem_lines(problems: FileProblems) -> list[str]:
    return [
        translate("CliMessages", "{file}: {problem}").format(file=problems.source, problem=problem)
        for problem in problems.problems
    ]


def with_program(message: str) -> str:
    """A message to the terminal, introduced by the program's name."""
    return translate("CliMessages", "calfplayer: {message}").format(message=message)


_SETTINGS_READ_LIMIT = 1_000_000


def settings_language(paths: AppPaths) -> str:
    """The language chosen in Settings ("" to follow the system), read without changing anything:
    a settings file that cannot be read means the system's language, and stays where it is."""
    try:
        data = json.loads(read_regular_file(paths.settings_file, _SETTINGS_READ_LIMIT))
    except (OSError, NotReadable, ValueError, RecursionError):
        return ""
    language = data.get("language") if isinstance(data, dict) else None
    return language if isinstance(language, str) else ""


def use_settings_language(paths: AppPaths) -> str:
    """Speaks the language chosen in Settings, if one was; else the environment's (as before)."""
    return use_language_for(settings_language(paths) or None)


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
