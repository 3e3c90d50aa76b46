"""The real app cut off mid-workout by real signals: SIGTERM (the computer shutting down) keeps
the workout as interrupted and offers it for resume; SIGKILL at rep 17 of 18 keeps the reps done."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from calfplayer.domain.clock import FakeClock
from calfplayer.paths import AppPaths
from calfplayer.store.history import HistoryStore
from calfplayer.store.recorder import prepare_history

EIGHTEEN = {
    "format": 1,
    "id": "eighteen",
    "name": "Eighteen",
    "items": [
        {
            "exercise": "calf-raise",
            "sets": 1,
            "reps": 18,
            "tempo": {"up": 0.5, "top": 0, "down": 0.5},
            "rest": 0,
            "setup": 0,
        }
    ],
}


def _start(tmp_path: Path) -> tuple[subprocess.Popen[str], AppPaths]:
    routine = tmp_path / "eighteen.json"
    routine.write_text(json.dumps(EIGHTEEN), encoding="utf-8")
    paths = AppPaths.under(tmp_path / "data")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "calfplayer", "--data-dir", str(paths.data), "--no-voice"]
    app = subprocess.Popen(
        [*command, "--routine", str(routine), "--start"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    return app, paths


def _reps_kept(paths: AppPaths) -> int:
    """The most reps of the set in the file, read as the command line would."""
    if not paths.history_db.exists():
        return 0
    try:
        connection = sqlite3.connect(f"file:{paths.history_db}?mode=ro", uri=True, timeout=5)
        try:
            row = connection.execute("SELECT max(reps_done) FROM sets").fetchone()
        finally:
            connection.close()
    except sqlite3.OperationalError:
        return 0
    return int(row[0] or 0)


def _wait_for_reps(app: subprocess.Popen[str], paths: AppPaths, reps: int) -> None:
    deadline = time.monotonic() + 90
    while _reps_kept(paths) < reps:
        assert app.poll() is None, app.communicate()
        assert time.monotonic() < deadline, f"{reps} reps were never kept"
        time.sleep(0.05)


@pytest.mark.slow
def test_sigterm_mid_workout_is_interrupted_and_offered_for_resume(tmp_path) -> None:
    app, paths = _start(tmp_path)
    try:
        _wait_for_reps(app, paths, 3)
        app.send_signal(signal.SIGTERM)
        _out, err = app.communicate(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
    assert app.returncode == 0, err
    store, _ = HistoryStore.open(paths.history_db, FakeClock())
    (session,) = store.sessions()
    assert (session.status.value, session.can_resume) == ("interrupted", True)
    (kept,) = store.sets(session.id)
    assert kept.reps_done >= 3 and kept.checkpoint
    store.close()
    offer = prepare_history(paths, FakeClock()).resume
    assert offer is not None and offer.session_id == session.id
    assert (offer.item_index, offer.set_number) == (0, 1)


@pytest.mark.slow
def test_sigkill_at_rep_17_of_18_keeps_at_least_16_reps_for_resume_and_summary(tmp_path) -> None:
    app, paths = _start(tmp_path)
    try:
        _wait_for_reps(app, paths, 17)
    finally:
        app.kill()
        app.wait(timeout=30)
    offer = prepare_history(paths, FakeClock()).resume
    assert offer is not None, "the workout cut off is offered for resume"
    (kept,) = offer.sets
    assert kept.reps_done >= 16 and kept.partial and kept.checkpoint
    assert (offer.item_index, offer.set_number) == (0, 1)
    store, _ = HistoryStore.open(paths.history_db, FakeClock())
    progress = store.progress(offer.session_id)
    store.close()
    assert progress is not None and progress.blocks[0].reps_done >= 16
    assert progress.work_share >= 16 / 18


@pytest.mark.slow
def test_sigterm_with_a_history_it_cannot_use_keeps_the_sets_in_a_file_named_on_stderr(
    tmp_path,
) -> None:
    import re
    import shutil

    history = tmp_path / "data" / "history.sqlite3"
    history.mkdir(parents=True)
    app, paths = _start(tmp_path)
    try:
        time.sleep(8)  # a few reps, none of which the history can take
        assert app.poll() is None, app.communicate()
        app.send_signal(signal.SIGTERM)
        _out, err = app.communicate(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
    assert app.returncode == 0, err
    found = re.search(r"(?:they were|it was) kept in (\S+\.jsonl)", err)
    assert found, err
    kept = Path(found.group(1))
    lines = [json.loads(line) for line in kept.read_text(encoding="utf-8").splitlines()]
    (done,) = [line for line in lines if line["kind"] == "set"]
    assert done["checkpoint"] and done["reps_done"] >= 3
    assert history.is_dir() and not any(history.iterdir()), "nothing moved or deleted"

    history.rmdir()  # the person fixes it
    again = tmp_path / "again.jsonl"
    shutil.copyfile(kept, again)
    command = [sys.executable, "-m", "calfplayer", "--data-dir", str(paths.data), "bring-in"]
    first = subprocess.run([*command, str(kept)], capture_output=True, text=True, check=False)
    assert first.stdout.strip() == "Brought 1 set into your history.", first.stderr
    assert not kept.exists()
    second = subprocess.run([*command, str(again)], capture_output=True, text=True, check=False)
    assert second.stdout.strip() == "Brought 0 sets into your history.", second.stderr
    offer = prepare_history(paths, FakeClock()).resume
    assert offer is not None and offer.sets[0].reps_done == done["reps_done"]
