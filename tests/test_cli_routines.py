"""Importing and exporting routine files from the command line."""

from __future__ import annotations

import json

from tests.test_cli import run

GOOD = {
    "format": 1,
    "id": "physio",
    "name": "Physio plan",
    "items": [{"exercise": "calf-raise", "reps": 15}],
}


def write(path, data):
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def ids(data_dir):
    return [
        line.split("\t")[0] for line in run("--data-dir", str(data_dir), "list").stdout.splitlines()
    ]


def test_import_adds_the_routine(tmp_path, data_dir):
    result = run("--data-dir", str(data_dir), "import", str(write(tmp_path / "p.json", GOOD)))
    assert result.returncode == 0, result.stderr
    assert "physio" in ids(data_dir)
    assert (data_dir / "routines" / "physio.json").is_file()


def test_invalid_import_adds_nothing(tmp_path, data_dir):
    bad = write(tmp_path / "bad.json", {**GOOD, "items": [{"exercise": "calf-raise", "reps": 0}]})
    result = run("--data-dir", str(data_dir), "import", str(bad))
    assert result.returncode == 1
    assert "items[0].reps: must be between 1 and 100" in result.stderr
    assert not (data_dir / "routines").exists() or not list((data_dir / "routines").iterdir())


def test_duplicate_id_needs_a_choice(tmp_path, data_dir):
    path = write(tmp_path / "p.json", GOOD)
    run("--data-dir", str(data_dir), "import", str(path))
    again = run("--data-dir", str(data_dir), "import", str(path))
    assert again.returncode == 1 and "use --replace or --keep-both" in again.stderr
    changed = write(tmp_path / "p2.json", {**GOOD, "name": "Physio plan, week 2"})
    assert run("--data-dir", str(data_dir), "import", str(changed), "--replace").returncode == 0
    assert (
        json.loads((data_dir / "routines" / "physio.json").read_text())["name"]
        == "Physio plan, week 2"
    )
    assert run("--data-dir", str(data_dir), "import", str(path), "--keep-both").returncode == 0
    assert {"physio", "physio-2"} <= set(ids(data_dir))
    both = run("--data-dir", str(data_dir), "import", str(path), "--replace", "--keep-both")
    assert both.returncode == 2 and "not allowed with argument" in both.stderr


def test_export_routine_round_trips_through_import(tmp_path, data_dir):
    out = tmp_path / "snack.json"
    result = run("--data-dir", str(data_dir), "export-routine", "movement-snack", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert json.loads(out.read_text())["id"] == "movement-snack"
    stdout = run("export-routine", "movement-snack").stdout
    assert json.loads(stdout) == json.loads(out.read_text())
    clash = run("--data-dir", str(data_dir), "import", str(out))
    assert clash.returncode == 1 and "built-in" in clash.stderr and "--keep-both" in clash.stderr
    kept = run("--data-dir", str(data_dir), "import", str(out), "--keep-both")
    assert kept.returncode == 0 and "movement-snack-2" in kept.stdout
    assert run("export-routine", "nope").returncode == 2
