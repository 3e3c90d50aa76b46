"""The window opens whatever is in the data folder: a FIFO or a link to /dev/zero among the
routines or as the settings file, a number too big for a float, the biggest routine there is.
Each launch is a real process with a timeout, so a hang fails the test."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from calfplayer.paths import AppPaths
from calfplayer.ui.context import AppContext
from tests.deadline import SECONDS, finishes_within, make_fifo, unblock
from tests.domain.test_unusual_routine_files import BIGGEST, GOOD


def fill_with_bad_files(paths: AppPaths) -> None:
    paths.routines.mkdir(parents=True)
    paths.config.mkdir(parents=True)
    (paths.routines / "mine.json").write_text(json.dumps(GOOD), encoding="utf-8")
    (paths.routines / "biggest.json").write_text(json.dumps(BIGGEST), encoding="utf-8")
    make_fifo(paths.routines / "pipe.json")
    (paths.routines / "zero.json").symlink_to("/dev/zero")
    huge = json.dumps(GOOD).replace('"sets": 3', '"rest": 1' + "0" * 400 + ', "sets": 3')
    (paths.routines / "huge.json").write_text(huge, encoding="utf-8")
    make_fifo(paths.settings_file)


def test_the_window_paints_with_bad_files_everywhere(data_dir):
    paths = AppPaths.under(data_dir)
    fill_with_bad_files(paths)
    launch = subprocess.run(
        [sys.executable, "-m", "calfplayer", "--no-voice"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "CALFPLAYER_QUIT_AFTER_MS": "0"},
        check=False,
    )
    assert launch.returncode == 0, launch.stderr
    assert "first paint at unix time" in launch.stderr
    assert "Traceback" not in launch.stderr


def test_bad_files_become_notices_and_the_good_routines_load(data_dir):
    paths = AppPaths.under(data_dir)
    fill_with_bad_files(paths)
    try:
        context = finishes_within(SECONDS, lambda: AppContext.create(paths, no_voice=True))
    finally:
        unblock(paths.routines / "pipe.json")
        unblock(paths.settings_file)
    assert {"my-calves", "biggest"} <= set(context.library.ids())
    notices = "\n".join(context.notices)
    assert "Your settings file was damaged (it is a named pipe (FIFO)" in notices
    for name in ("pipe.json", "zero.json", "huge.json"):
        assert f"A routine file could not be used: {paths.routines / name}: " in notices
