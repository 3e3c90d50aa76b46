"""One window per data folder, with real launches of the app: at the same instant, and through
every spelling of the folder (a symlink, ``..``, another TMPDIR)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from calfplayer.ui.desktop import QUIT_AFTER_ENV

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="flock is POSIX")

TRIES = 20


def _launch(data: Path, *extra: str, quit_after_ms: int, env: dict[str, str] | None = None):
    environment = {
        **os.environ,
        QUIT_AFTER_ENV: str(quit_after_ms),
        "QT_QPA_PLATFORM": "offscreen",
        **(env or {}),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "calfplayer", "--data-dir", str(data), "--no-voice", *extra],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _command(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "calfplayer", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def _sessions(data: Path) -> list[dict[str, object]]:
    exported = _command(data, "export", "--format", "json")
    assert exported.returncode == 0, exported.stderr
    sessions: list[dict[str, object]] = json.loads(exported.stdout)["sessions"]
    return sessions


@pytest.mark.slow
def test_two_starts_at_the_same_instant_never_both_run(tmp_path) -> None:
    for attempt in range(TRIES):
        data = tmp_path / f"data-{attempt}"
        start = ("--routine", "movement-snack", "--start")
        launches = [_launch(data, *start, quit_after_ms=1500) for _ in range(2)]
        outcomes = [launch.communicate(timeout=90) for launch in launches]
        codes = [launch.returncode for launch in launches]
        assert codes == [0, 0], (attempt, outcomes)
        painted = [err for _out, err in outcomes if "first paint" in err]
        assert len(painted) == 1, f"try {attempt}: {len(painted)} windows ran"
        assert len(_sessions(data)) == 1, f"try {attempt}: the workout was recorded twice"


@pytest.mark.slow
def test_a_second_window_through_another_spelling_hands_over_and_restore_waits(
    tmp_path,
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    link = tmp_path / "link"
    link.symlink_to(data)
    (tmp_path / "sub").mkdir()
    dotted = tmp_path / "sub" / ".." / "link"
    other_tmp = tmp_path / "other-tmp"
    other_tmp.mkdir()

    backup_source = tmp_path / "source"
    first = _launch(backup_source, "--routine", "movement-snack", "--start", quit_after_ms=300)
    first.communicate(timeout=90)
    backup = tmp_path / "backup.sqlite3"
    assert _command(backup_source, "backup", str(backup)).returncode == 0

    window = _launch(data, "--routine", "movement-snack", "--start", quit_after_ms=6000)
    try:
        deadline = time.monotonic() + 30
        while len(_command(data, "export").stdout.splitlines()) < 2:
            assert time.monotonic() < deadline, "the window did not start"
            time.sleep(0.1)
        for spelling, env in ((link, {"TMPDIR": str(other_tmp)}), (dotted, {})):
            second = _launch(spelling, "--routine", "gentle-start", quit_after_ms=100, env=env)
            _out, err = second.communicate(timeout=60)
            assert second.returncode == 0, err
            assert "first paint" not in err, f"a second window ran through {spelling}"
        refused = _command(link, "restore", str(backup))
        assert refused.returncode != 0
        assert "Close the calfplayer window first" in refused.stderr
        assert not list(data.glob("*.before-restore-*"))
        assert _command(dotted, "export", "--format", "json").returncode == 0
    finally:
        _out, err = window.communicate(timeout=90)
    assert window.returncode == 0, err
    sessions = _sessions(data)
    assert [s["routine_id"] for s in sessions] == ["movement-snack"]
    assert _command(link, "restore", str(backup)).returncode == 0
