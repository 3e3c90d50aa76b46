"""`calfplayer plan` as a script uses it: real subprocesses, the plan file, exit codes, messages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def plan(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "calfplayer", "--data-dir", str(data_dir), "plan", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "TZ": "Europe/Berlin"},
        check=False,
    )


def folder(data_dir: Path) -> dict[str, bytes]:
    """Every file under the data folder and what it holds."""
    return {
        str(path.relative_to(data_dir)): path.read_bytes()
        for path in sorted(data_dir.rglob("*"))
        if path.is_file()
    }


def test_the_plan_as_the_issue_shows_it(data_dir: Path) -> None:
    empty = plan(data_dir)
    assert empty.returncode == 0, empty.stderr
    assert "No plan yet" in empty.stdout and "calfplayer plan add" in empty.stdout
    added = plan(data_dir, "add", "gentle-start", "--days", "mon,wed,fri", "--at", "18:00")
    assert added.returncode == 0, added.stderr
    assert added.stdout == "Added 1. Gentle start: Mon, Wed, Fri at 18:00\n"
    snack = plan(
        data_dir, "snack", "movement-snack", "--every", "2h", "--from", "09:00", "--to", "17:00",
        "--days", "mon-fri",
    )  # fmt: skip
    assert snack.returncode == 0, snack.stderr
    assert snack.stdout == "Added 2. Movement snack: every 2 h from 09:00 to 17:00, Mon–Fri\n"
    quiet = plan(data_dir, "quiet", "sun")
    assert quiet.returncode == 0 and quiet.stdout == "Quiet days: Sun\n"
    shown = plan(data_dir)
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert lines[:4] == [
        "Your plan:",
        "  1. Gentle start: Mon, Wed, Fri at 18:00",
        "  2. Movement snack: every 2 h from 09:00 to 17:00, Mon–Fri",
        "Quiet days: Sun",
    ]
    assert lines[4].startswith("Today, ")
    assert lines[-1].startswith(("Next: ", "Due now: ")), lines[-1]
    removed = plan(data_dir, "remove", "1")
    assert removed.returncode == 0 and removed.stdout.startswith("Removed 1. Gentle start")
    assert [e["routine"] for e in json.loads((data_dir / "plan.json").read_text())["entries"]] == [
        "movement-snack"
    ]
    cleared = plan(data_dir, "clear")
    assert cleared.returncode == 0 and cleared.stdout == "Your plan is empty.\n"
    assert "No plan yet" in plan(data_dir).stdout


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("add", "gentle-start", "--days", "mon", "--at", "24:00"), '"24:00" is not a time of day'),
        (("add", "gentle-start", "--days", "mon", "--at", "18:75"), '"18:75" is not a time of day'),
        (("add", "gentle-start", "--days", "mon,funday", "--at", "18:00"), '"funday" is not a day'),
        (("add", "no-such-routine", "--days", "mon", "--at", "18:00"), 'no routine "no-such'),
        (
            ("snack", "movement-snack", "--every", "2h", "--from", "17:00", "--to", "09:00"),
            "not after",
        ),
        (("snack", "movement-snack", "--every", "5m", "--from", "09:00", "--to", "17:00"), "5m"),
        (("quiet", "someday"), '"someday" is not a day'),
        (("remove", "7"), "no entry 7: your plan has 1 entry"),
    ],
)
def test_invalid_input_is_said_exits_1_and_changes_nothing(
    data_dir: Path, args: tuple[str, ...], says: str
) -> None:
    assert (
        plan(data_dir, "add", "balance-builder", "--days", "tue", "--at", "07:30").returncode == 0
    )
    before = folder(data_dir)
    result = plan(data_dir, *args)
    assert result.returncode == 1, result.stderr
    assert says in result.stderr and result.stderr.startswith("calfplayer: ")
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert folder(data_dir) == before


@pytest.mark.parametrize(
    "args",
    [
        ("add", "gentle-start", "--days", "mon"),  # no --at
        ("add", "--at", "18:00"),
        ("remove", "one"),
        ("snack", "movement-snack", "--every", "2h"),
        ("frobnicate",),
    ],
)
def test_a_malformed_command_line_exits_2_and_changes_nothing(
    data_dir: Path, args: tuple[str, ...]
) -> None:
    result = plan(data_dir, *args)
    assert result.returncode == 2
    assert "usage:" in result.stderr
    assert not data_dir.exists() or folder(data_dir) == {}


def test_a_plan_file_edited_into_nonsense(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    nonsense = '{"format": 1, "entries": [{"routine": "gentle-start", "days": ["mon"], "at": "9"}]}'
    (data_dir / "plan.json").write_text(nonsense)
    for args in ((), ("add", "gentle-start", "--days", "mon", "--at", "18:00"), ("remove", "1")):
        result = plan(data_dir, *args)
        assert result.returncode == 1, (args, result.stderr)
        assert "is damaged" in result.stderr and '"9" is not a time of day' in result.stderr
        assert "calfplayer plan clear" in result.stderr
        assert folder(data_dir) == {"plan.json": nonsense.encode()}, "nothing moved or changed"
    cleared = plan(data_dir, "clear")
    assert cleared.returncode == 0 and "kept as" in cleared.stdout
    [kept] = data_dir.glob("plan.json.damaged-*")
    assert kept.read_text() == nonsense


def test_an_entry_whose_routine_was_deleted_is_listed_and_marked(data_dir: Path) -> None:
    own = data_dir / "routines"
    own.mkdir(parents=True)
    routine = {"format": 1, "id": "stairs", "name": "Stairs", "items": [{"exercise": "calf-raise"}]}
    (own / "stairs.json").write_text(json.dumps(routine))
    assert plan(data_dir, "add", "stairs", "--days", "daily", "--at", "07:00").returncode == 0
    (own / "stairs.json").unlink()
    shown = plan(data_dir)
    assert shown.returncode == 0
    assert "  1. stairs: every day at 07:00 (its routine no longer exists)" in shown.stdout
