"""The command line as a script uses it: real subprocesses, exit codes and output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args, env=None, cwd=None):
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "calfplayer", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=full_env,
        cwd=cwd,
        check=False,
    )


def test_list_prints_one_tab_separated_line_per_routine_without_header():
    result = run("list")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    rows = [line.split("\t") for line in lines]
    assert [row[0] for row in rows] == [
        "full-programme",
        "gentle-start",
        "balance-builder",
        "movement-snack",
    ]
    snack = rows[3]
    assert (
        snack[1] == "Movement snack"
        and snack[2] == "1:35"
        and snack[3] == "1"
        and snack[4] == "built-in"
    )
    assert all(len(row) == 5 for row in rows)


def test_list_json_has_the_same_routines(data_dir):
    own = data_dir / "routines"
    own.mkdir(parents=True)
    (own / "mine.json").write_text(
        json.dumps(
            {"format": 1, "id": "mine", "name": "Mine", "items": [{"exercise": "short-foot"}]}
        ),
        encoding="utf-8",
    )
    result = run("--data-dir", str(data_dir), "list", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [row["id"] for row in rows][-1] == "mine" and rows[-1]["source"] == "user"
    assert {"id", "name", "duration", "exercises", "source"} <= set(rows[0])


def test_show_prints_a_timeline_with_the_total():
    result = run("show", "balance-builder")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Balance builder (balance-builder): 14:38 in all")
    assert "Single-leg calf raise: set 1 of 2, right side, 10 reps" in result.stdout
    assert "switch to the left side (5 s)" in result.stdout
    assert result.stdout.rstrip().endswith("14:38  done")


def test_show_cues_lists_what_is_said_and_when():
    result = run("show", "movement-snack", "--cues", "--level", "phases")
    assert result.returncode == 0, result.stderr
    assert '0:05.000    "up"' in result.stdout
    assert '0:10.000    "one"' in result.stdout


def test_show_a_file(tmp_path):
    path = tmp_path / "r.json"
    path.write_text(
        json.dumps(
            {"format": 1, "id": "r", "name": "From a file", "items": [{"exercise": "calf-raise"}]}
        )
    )
    result = run("show", str(path))
    assert result.returncode == 0 and "From a file (r)" in result.stdout


def test_validate_good_and_bad_files(tmp_path):
    good = tmp_path / "good.json"
    good.write_text(
        json.dumps({"format": 1, "id": "g", "name": "Good", "items": [{"exercise": "calf-raise"}]})
    )
    result = run("validate", str(good))
    assert result.returncode == 0 and "valid" in result.stdout
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "format": 1,
                "id": "b",
                "name": "Bad",
                "items": [{"exercise": "calf-raise", "sets": 99}],
            }
        )
    )
    result = run("validate", str(bad))
    assert result.returncode == 1
    assert f"{bad}: items[0].sets: must be between 1 and 20 (got 99)" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("show", "no-such-routine"), 2, 'no routine with the id "no-such-routine"'),
        (("validate", "/nonexistent/r.json"), 1, "/nonexistent/r.json: does not exist"),
        (("frobnicate",), 2, "invalid choice"),
        (("show",), 2, "the following arguments are required"),
    ],
)
def test_exit_codes_and_messages(args, code, message):
    result = run(*args)
    assert result.returncode == code
    assert message in result.stderr and "Traceback" not in result.stderr


def test_version():
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("calfplayer ")


def test_data_dir_keeps_the_home_folder_untouched(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    data = tmp_path / "data"
    env = {
        "HOME": str(home),
        "XDG_DATA_HOME": "",
        "XDG_CONFIG_HOME": "",
        "XDG_CACHE_HOME": "",
        "XDG_STATE_HOME": "",
    }
    env.pop("CALFPLAYER_DATA_DIR", None)
    for args in (
        ("list",),
        ("show", "gentle-start", "--cues"),
        ("validate", str(Path(__file__))),
    ):
        run("--data-dir", str(data), *args, env=env)
    assert list(home.iterdir()) == []


def test_subcommands_do_not_import_qt():
    code = (
        "import sys; from calfplayer.__main__ import main; main(['list']); "
        "qt = any(m.startswith('PySide6') for m in sys.modules); "
        "print('QT' if qt else 'NOQT', file=sys.stderr)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.stderr.strip().endswith("NOQT")
