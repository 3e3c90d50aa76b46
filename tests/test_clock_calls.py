"""Time comes from the injected clock: no module reads the system clock itself, except where real
time is the point, each named below with why.

The search follows imports, so ``import time as t``, ``from time import monotonic`` and
``from datetime import datetime`` + ``datetime.now()`` are all found, called or only referred to.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import calfplayer

PACKAGE = Path(calfplayer.__file__).parent
CLOCK_MODULE = "calfplayer.domain.clock"

# What reads the system clock, by the name it has where it is defined.
READS_THE_CLOCK = {
    *(f"time.{name}" for name in ("time", "time_ns", "monotonic", "monotonic_ns")),
    *(f"time.{name}" for name in ("perf_counter", "perf_counter_ns", "localtime", "gmtime")),
    "time.ctime",
    *(f"datetime.datetime.{name}" for name in ("now", "utcnow", "today")),
    "datetime.date.today",
    "PySide6.QtCore.QDateTime.currentDateTime",
    "PySide6.QtCore.QDateTime.currentMSecsSinceEpoch",
    "PySide6.QtCore.QDate.currentDate",
    "PySide6.QtCore.QTime.currentTime",
}

# (module, function) -> why real time is the point there.
REAL_TIME_ALLOWED = {
    ("calfplayer.audio.worker", "SpeechWorker.reap"): (
        "waits a bounded time for a killed child process to be gone, at shutdown"
    ),
    ("calfplayer.audio.speech_process", "_appears"): (
        "the speech process waits a bounded time for the engine to write its file"
    ),
    ("calfplayer.audio.cue_log", "CueLog.record"): (
        "the cue log measures when a cue really played, to hold a recording against it"
    ),
    ("calfplayer.ui.desktop", "_FirstPaint._painted"): (
        "prints the unix time of the first paint, so the process that started the app can "
        "measure how long the window took to appear"
    ),
}

# Modules where the app starts, the only ones that make the system clock everything else is given.
SYSTEM_CLOCK_MADE_IN = {"calfplayer.app.application", "calfplayer.cli"}


@dataclass(frozen=True)
class ClockRead:
    module: str
    function: str  # qualified name of the enclosing function, "" at module level
    line: int
    name: str  # what is read, e.g. "time.monotonic"

    def __str__(self) -> str:
        return f"{self.module}:{self.line} {self.function or '<module>'} uses {self.name}"


class _Finder(ast.NodeVisitor):
    """Every reference to one of ``wanted``, with the function it is in."""

    def __init__(self, module: str, wanted: set[str]) -> None:
        self.module = module
        self.wanted = wanted
        self.aliases: dict[str, str] = {}  # local name -> what it was imported as
        self.scope: list[str] = []
        self.found: list[ClockRead] = []

    def scan(self, tree: ast.Module) -> list[ClockRead]:
        # Imports anywhere in the module count everywhere in it: many are made inside functions.
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.asname:
                        self.aliases[alias.asname] = alias.name
                    else:
                        top = alias.name.split(".")[0]
                        self.aliases[top] = top
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    self.aliases[alias.asname or alias.name] = f"{node.module}.{alias.name}"
            elif isinstance(node, ast.ImportFrom) and node.level > 0:
                raise AssertionError(f"{self.module}: relative import; the check needs full names")
        self.visit(tree)
        return self.found

    def _resolve(self, node: ast.expr) -> str | None:
        if isinstance(node, ast.Name):
            return self.aliases.get(node.id)
        if isinstance(node, ast.Attribute):
            base = self._resolve(node.value)
            return None if base is None else f"{base}.{node.attr}"
        return None

    def _enter(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) -> None:
        self.scope.append(node.name)
        self.generic_visit(node)
        self.scope.pop()

    visit_FunctionDef = visit_AsyncFunctionDef = visit_ClassDef = _enter  # noqa: N815

    def _note(self, node: ast.Name | ast.Attribute) -> None:
        name = self._resolve(node)
        if name in self.wanted:
            self.found.append(ClockRead(self.module, ".".join(self.scope), node.lineno, name))

    def visit_Name(self, node: ast.Name) -> None:
        self._note(node)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        self._note(node)
        if self._resolve(node) not in self.wanted:
            self.generic_visit(node)


def find_reads(source: str, module: str, wanted: set[str] = READS_THE_CLOCK) -> list[ClockRead]:
    return _Finder(module, wanted).scan(ast.parse(source))


def _modules() -> list[tuple[str, str]]:
    modules = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        modules.append((name, path.read_text(encoding="utf-8")))
    return modules


def _package_reads(wanted: set[str] = READS_THE_CLOCK) -> list[ClockRead]:
    return [
        read
        for module, source in _modules()
        if module != CLOCK_MODULE
        for read in find_reads(source, module, wanted)
    ]


def test_only_the_clock_module_reads_the_system_clock_except_where_real_time_is_the_point():
    reads = _package_reads()
    unexpected = [
        str(read) for read in reads if (read.module, read.function) not in REAL_TIME_ALLOWED
    ]
    assert unexpected == [], "read the time from the injected Clock instead:\n" + "\n".join(
        unexpected
    )
    # An allowance that no longer matches anything would let a new read slip in unnoticed.
    stale = set(REAL_TIME_ALLOWED) - {(read.module, read.function) for read in reads}
    assert stale == set()


def test_the_system_clock_is_made_only_where_the_app_starts():
    made = _package_reads({"calfplayer.domain.clock.SystemClock"})
    elsewhere = [str(read) for read in made if read.module not in SYSTEM_CLOCK_MADE_IN]
    assert elsewhere == [], "take the clock as a parameter instead:\n" + "\n".join(elsewhere)
    assert {read.module for read in made} == SYSTEM_CLOCK_MADE_IN


def test_the_search_sees_through_aliases_and_names_the_function():
    source = """
import time as t
import datetime
import datetime as dt
from time import monotonic, perf_counter as pc
from datetime import date, datetime as DT

def throttle():
    return t.monotonic()

class Store:
    def stamp(self):
        return DT.now().strftime("%Y")

    def later(self):
        return [monotonic(), pc(), date.today(), datetime.datetime.utcnow(), dt.date.today()]

DEFAULT_NOW = time_source = t.time  # referred to without a call: still a read
"""
    reads = [(read.function, read.name) for read in find_reads(source, "example")]
    assert reads == [
        ("throttle", "time.monotonic"),
        ("Store.stamp", "datetime.datetime.now"),
        ("Store.later", "time.monotonic"),
        ("Store.later", "time.perf_counter"),
        ("Store.later", "datetime.date.today"),
        ("Store.later", "datetime.datetime.utcnow"),
        ("Store.later", "datetime.date.today"),
        ("", "time.time"),
    ]


def test_the_search_leaves_other_uses_of_time_and_dates_alone():
    source = """
import time
from datetime import date, datetime, timedelta

def fine(text, moment):
    time.sleep(0.01)
    parsed = datetime.fromisoformat(text)
    return parsed.date(), date(2026, 1, 5) + timedelta(days=1), moment.now
"""
    assert find_reads(source, "example") == []
