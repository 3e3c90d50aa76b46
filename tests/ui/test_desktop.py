"""The window tells the desktop who it is, and the hidden smoke-check exit works."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from calfplayer import APP_ID
from calfplayer.ui.desktop import QUIT_AFTER_ENV, integrate_with_desktop, quit_after_first_paint


def test_the_app_names_its_desktop_entry_and_has_an_icon(qapp, monkeypatch):
    monkeypatch.delenv(QUIT_AFTER_ENV, raising=False)
    integrate_with_desktop(qapp)
    assert qapp.desktopFileName() == APP_ID
    assert not qapp.windowIcon().pixmap(48, 48).isNull()


def test_a_bad_quit_delay_is_ignored_with_a_message(qapp, capsys):
    quit_after_first_paint(qapp, "soon")
    assert f"ignoring {QUIT_AFTER_ENV}='soon'" in capsys.readouterr().err


def test_the_window_paints_then_quits_by_itself(tmp_path):
    env = {**os.environ, QUIT_AFTER_ENV: "100", "QT_QPA_PLATFORM": "offscreen"}
    started = time.time()
    result = subprocess.run(
        [sys.executable, "-m", "calfplayer"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stderr.splitlines() if "first paint" in line)
    painted_at = float(line.split("unix time ")[1].split(";")[0])
    assert started < painted_at < time.time()


def test_it_quits_by_itself_even_mid_workout_keeping_what_was_done(tmp_path):
    env = {**os.environ, QUIT_AFTER_ENV: "300", "QT_QPA_PLATFORM": "offscreen"}
    data = str(tmp_path / "data")
    launch = [sys.executable, "-m", "calfplayer", "--data-dir", data]
    result = subprocess.run(
        [*launch, "--routine", "movement-snack", "--start"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, "no stop confirmation may hold up the quit"
    exported = subprocess.run(
        [*launch, "export", "--format", "json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    # Quitting is not the person stopping: the workout is kept as cut off, to be resumed.
    assert '"interrupted"' in exported.stdout


def test_quitting_by_itself_lets_the_history_file_go(tmp_path):
    """However the event loop ends, the history's connections are closed: SQLite then folds its
    write-ahead log back into the file and removes it, as after closing the window."""
    data = tmp_path / "data"
    env = {**os.environ, QUIT_AFTER_ENV: "1500", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "calfplayer", "--data-dir", str(data), "--no-voice"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (data / "history.sqlite3").is_file()
    assert sorted(p.name for p in data.glob("history.sqlite3-*")) == []
