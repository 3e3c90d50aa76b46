"""The command line meets files that are not what they seem: a sentence and an exit code, at once,
with nothing from a file reaching the terminal raw. Each run has a timeout, so a hang fails."""

from __future__ import annotations

import json
import os
import re

from calfplayer.cli_context import printable
from calfplayer.domain.cues import CueLevel, cue_schedule
from calfplayer.domain.plan import build_plan
from tests.deadline import make_fifo
from tests.domain.test_unusual_routine_files import BIGGEST, GOOD
from tests.test_cli import run

CUE_LINE = re.compile(r" +\d+:\d\d\.\d{3}    ")
RAW_CONTROLS = [chr(code) for code in [*range(9), *range(11, 32), *range(0x7F, 0xA0)]]


def assert_no_raw_controls(text: str) -> None:
    found = sorted({repr(ch) for ch in text if ch in RAW_CONTROLS})
    assert not found, f"control characters reached the terminal: {found}"


def routine_file(folder, data, name="routine.json"):  # type: ignore[no-untyped-def]
    path = folder / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_validate_of_a_fifo_says_what_it_is_at_once(tmp_path):
    fifo = make_fifo(tmp_path / "pipe.json")
    result = run("validate", str(fifo))
    assert result.returncode == 1
    assert result.stderr == f"{fifo}: is a named pipe (FIFO), not a regular file\n"


def test_validate_of_dev_zero_is_refused_without_reading_it():
    result = run("validate", "/dev/zero")
    assert (result.returncode, result.stderr) == (1, "/dev/zero: is a device, not a regular file\n")


def test_list_skips_broken_own_routines_with_a_notice(data_dir):
    own = data_dir / "routines"
    own.mkdir(parents=True)
    routine_file(own, GOOD, "mine.json")
    make_fifo(own / "pipe.json")
    (own / "zero.json").symlink_to("/dev/zero")
    huge = json.dumps(GOOD).replace('"sets": 3', '"rest": 1' + "0" * 400 + ', "sets": 3')
    routine_file(own, huge, "huge.json")
    result = run("list")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].startswith("my-calves\tMy calves\t")
    assert f"{own / 'pipe.json'}: is a named pipe (FIFO), not a regular file" in result.stderr
    assert f"{own / 'zero.json'}: is a device, not a regular file" in result.stderr
    assert f"{own / 'huge.json'}: items[0].rest: must be between 0 and 600 seconds" in (
        result.stderr
    )
    assert "unexpected error" not in result.stderr


def test_a_key_that_would_retitle_the_terminal_is_shown_escaped(tmp_path):
    path = routine_file(tmp_path, {**GOOD, "\u001b]0;pwned\u0007": 1})
    result = run("validate", str(path))
    assert result.returncode == 1
    assert_no_raw_controls(result.stderr)
    assert '["\\u001b]0;pwned\\u0007"]: is not a known field' in result.stderr


def test_an_exercise_name_with_escapes_is_not_echoed_raw(tmp_path):
    data = json.loads(json.dumps(GOOD))
    data["items"][0]["exercise"] = "\u009b2J\u001b[31mred"
    result = run("validate", str(routine_file(tmp_path, data)))
    assert result.returncode == 1
    assert_no_raw_controls(result.stderr)
    assert 'items[0].exercise: "\\x9b2J\\u001b[31mred" is not a known exercise' in result.stderr


def test_a_file_name_with_control_characters_is_shown_escaped(tmp_path):
    path = tmp_path / "\u001b]0;pwned\u0007.json"
    result = run("validate", str(path))
    assert result.returncode == 1
    assert_no_raw_controls(result.stderr)
    assert "\\x1b]0;pwned\\x07.json: does not exist" in result.stderr


def test_an_unknown_routine_id_is_shown_escaped():
    result = run("show", "\u001b]0;pwned\u0007")
    assert result.returncode == 2
    assert_no_raw_controls(result.stderr)
    assert 'no routine with the id "\\x1b]0;pwned\\x07"' in result.stderr


def test_a_name_over_two_lines_keeps_list_at_one_line_per_routine(data_dir):
    own = data_dir / "routines"
    own.mkdir(parents=True)
    routine_file(own, {**GOOD, "name": "My\ncalves\tdaily"}, "mine.json")
    result = run("list")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].split("\t")[:2] == ["my-calves", "My\\ncalves daily"]
    shown = run("show", "my-calves")
    assert shown.stdout.startswith("My\\ncalves\\tdaily (my-calves):")


def test_half_a_character_is_refused_before_import(tmp_path, data_dir):
    path = routine_file(tmp_path, json.dumps({**GOOD, "description": "Slow \ud800"}))
    result = run("import", str(path))
    assert result.returncode == 1
    assert f"{path}: description: contains the escape \\ud800" in result.stderr
    assert not (data_dir / "routines").exists() or not list((data_dir / "routines").iterdir())


def test_an_id_with_a_newline_is_refused_and_no_file_is_made(tmp_path, data_dir):
    path = routine_file(tmp_path, {**GOOD, "id": "my-calves\n"})
    result = run("import", str(path))
    assert result.returncode == 1
    assert "id: must be lowercase letters, digits and dashes" in result.stderr
    folder = data_dir / "routines"
    assert not folder.exists() or not [p for p in folder.iterdir() if "\n" in p.name]


def test_a_routine_over_the_time_limit_names_it(tmp_path):
    data = {**BIGGEST, "items": [{**BIGGEST["items"][0], "reps": 100}] * 50}
    result = run("validate", str(routine_file(tmp_path, data)))
    assert result.returncode == 1
    assert "items: add up to 55 h 34 min; a routine may plan at most 4 hours" in result.stderr


def test_show_cues_of_the_biggest_routine_lists_every_cue_once(tmp_path, catalogue):
    path = routine_file(tmp_path, BIGGEST)
    result = run("show", str(path), "--cues", "--level", "counts")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Biggest (biggest): 233:20 in all")
    from calfplayer.domain.routines import load_routine

    plan = build_plan(load_routine(path, catalogue))
    cues = cue_schedule(plan, CueLevel.COUNTS)
    listed = [line for line in result.stdout.splitlines() if CUE_LINE.match(line)]
    assert len(listed) == len(cues) == 14_000
    assert listed[-1] == '    233:20.000    "seven"'


def test_every_control_character_is_escaped_by_the_one_helper():
    every = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)
    shown = printable(every + "\ud800\udfff")
    assert_no_raw_controls(shown)
    assert "\u202e" not in shown and "\u2066" not in shown
    assert printable("ok: é ü 🦵") == "ok: é ü 🦵"
    assert printable("\u001b]0;x\u0007\n\t") == "\\x1b]0;x\\x07\\n\\t"
    assert os.linesep not in printable("a\r\nb")
