"""Under the pseudo-language, every command's output is marked: no English outside ⟦ ⟧.

Each command runs as its own process, as a person runs it, with LANGUAGE=eo and the pseudo
catalogue; what is left bare is a text that does not go through the catalogue. Names that are not
words to translate stay bare: the program's, commands', routine ids, option values, paths.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from calfplayer.cli import build_parser
from calfplayer.domain.routines import Source
from tests.pseudo_language import PSEUDO_LANGUAGE, english_outside_marks

pytestmark = pytest.mark.slow

ROUTINE = "gentle-start"
# Values a person types after an option: `--days mon,wed`, `plan quiet none`.
VALUES_TO_TYPE = {"mon", "tue", "wed", "thu", "fri", "sat", "sun", "mon-fri", "none"}


def subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    found: dict[str, argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found.update(action.choices)
    return found


def every_command(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> list[tuple]:
    commands: list[tuple[str, ...]] = []
    for name, sub in subparsers(parser).items():
        commands.append((*prefix, name))
        commands += every_command(sub, (*prefix, name))
    return commands


def names_not_to_translate(parser: argparse.ArgumentParser) -> set[str]:
    """Command names, option values to type, and the program's own name."""
    names = {"calfplayer", *VALUES_TO_TYPE, *(source.value for source in Source)}
    stack = [parser]
    while stack:
        current = stack.pop()
        for action in current._actions:
            if isinstance(action, argparse._SubParsersAction):
                names.update(action.choices)
                stack += action.choices.values()
            elif action.choices:
                names.update(str(choice) for choice in action.choices)
    return names


COMMANDS = [(*command, "--help") for command in every_command(build_parser())]


@pytest.fixture
def run_pseudo(pseudo_catalogue_dir: Path, data_dir: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    env = {
        **os.environ,
        "LANGUAGE": PSEUDO_LANGUAGE,
        "CALFPLAYER_TRANSLATIONS_DIR": str(pseudo_catalogue_dir),
        "CALFPLAYER_DATA_DIR": str(data_dir),
        "QT_QPA_PLATFORM": "offscreen",
    }
    allowed = names_not_to_translate(build_parser()) | {str(data_dir), str(tmp_path)}
    allowed |= {"gentle-start", "full-programme", "balance-builder", "movement-snack"}

    def run(*argv: str, typed: set[str] | None = None, silent: bool = False) -> list[str]:
        done = subprocess.run(
            [sys.executable, "-m", "calfplayer", *argv],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        output = done.stdout + done.stderr
        assert silent or output.strip(), f"calfplayer {' '.join(argv)} said nothing"
        bare = english_outside_marks(output, allowed | (typed or set()))
        return [f"calfplayer {' '.join(argv)}: {bare} in:\n{output}"] if bare else []

    return run


def test_every_help_is_marked(run_pseudo) -> None:  # type: ignore[no-untyped-def]
    found = run_pseudo("--help")
    for command in COMMANDS:
        found += run_pseudo(*command)
    if found:
        pytest.fail("English outside the marks:\n" + "\n".join(found), pytrace=False)


def test_every_command_output_is_marked(run_pseudo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report = tmp_path / "report.pdf"
    found: list[str] = []
    for argv in [
        ("list",),
        ("show", ROUTINE),
        ("show", ROUTINE, "--cues"),
        ("plan",),
        ("plan", "add", ROUTINE, "--days", "mon,wed", "--at", "18:00"),
        ("plan",),
        ("doctor",),
        ("report", "-o", str(report)),
        ("backup", str(tmp_path / "backup.sqlite3")),
        ("remind", "--status"),
    ]:
        found += run_pseudo(*argv)
    # The export itself stays English (it is for programs); the command says nothing.
    found += run_pseudo("export", "-o", str(tmp_path / "history.csv"), silent=True)
    if found:
        pytest.fail("English outside the marks:\n" + "\n".join(found), pytrace=False)


def test_errors_are_marked(run_pseudo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    not_a_routine = tmp_path / "not-a-routine.json"
    not_a_routine.write_text("{", encoding="utf-8")
    found: list[str] = []
    for argv, typed in [
        (("show", "no-such-id"), {"no-such-id"}),
        (("show",), set()),
        (("no-such-command",), {"no-such-command"}),
        (("report", "-o", str(tmp_path / "r.pdf"), "--from", "someday"), {"someday"}),
        (("validate", str(not_a_routine)), set()),
        (("list", "--no-such-option"), {"--no-such-option"}),
    ]:
        found += run_pseudo(*argv, typed=typed)
    if found:
        pytest.fail("English outside the marks:\n" + "\n".join(found), pytrace=False)
