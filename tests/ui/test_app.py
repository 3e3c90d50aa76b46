"""Launching: --routine and --start, unknown routines, one running copy, SIGTERM, the voice."""

from __future__ import annotations

import os
import signal

from calfplayer.__main__ import main
from calfplayer.domain.plan import build_plan
from calfplayer.folder_lock import held_elsewhere
from calfplayer.instance import WINDOW_LOCK, instance_name
from calfplayer.ui.app import QuitOnSignals
from calfplayer.ui.main_window import Page
from calfplayer.ui.single_instance import InstanceServer, hand_over

from .conftest import ListeningSink
from .helpers import run_until


def test_an_unknown_routine_exits_2_with_a_message(capsys) -> None:
    assert main(["--routine", "no-such-routine"]) == 2
    assert "no routine with the id" in capsys.readouterr().err


def test_a_bad_routine_file_exits_1_with_its_problems(tmp_path, capsys) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": 1, "id": "x"}', encoding="utf-8")
    assert main(["--routine", str(bad)]) == 1
    assert "bad.json" in capsys.readouterr().err


def test_start_opens_the_player_at_once(window, context) -> None:
    window.open_routine(context.library.get("movement-snack"), start=True)
    assert window.current_page is Page.PLAYER
    assert window.controller.active


def test_a_second_launch_hands_over_its_routine(window, context, qtbot, data_dir) -> None:
    from calfplayer.paths import AppPaths

    name = instance_name(AppPaths.under(data_dir))
    server = InstanceServer()
    assert server.listen(name)
    server.request.connect(window.handle_request)
    try:
        assert hand_over(name, {"routine": "gentle-start", "start": False})
        qtbot.waitUntil(lambda: window.current_page is Page.PREVIEW, timeout=3000)
        assert window.preview.title.text() == "Gentle start"
        assert hand_over(name, {"routine": "movement-snack", "start": True})
        qtbot.waitUntil(lambda: window.controller.active, timeout=3000)
        assert window.controller.plan.routine.id == "movement-snack"
    finally:
        server.close()
    assert not hand_over(name, {"routine": "gentle-start"}, timeout_ms=200)


def test_the_cli_can_tell_when_a_window_is_open_on_the_data_folder(data_dir, tmp_path) -> None:
    import subprocess
    import sys

    from calfplayer.paths import AppPaths

    paths = AppPaths.under(data_dir)
    assert held_elsewhere(paths.data, WINDOW_LOCK) is False
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from calfplayer.instance import window_lock;"
            " from calfplayer.paths import AppPaths;"
            " lock = window_lock(AppPaths.under(Path(sys.argv[1]))); print(lock.acquire().value,"
            " flush=True); sys.stdin.read()",
            str(data_dir),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdin is not None
    try:
        assert holder.stdout.readline().strip() == "taken"
        assert held_elsewhere(paths.data, WINDOW_LOCK) is True
        assert held_elsewhere(data_dir / "elsewhere", WINDOW_LOCK) is False
        link = tmp_path / "link"
        link.symlink_to(data_dir)
        assert held_elsewhere(link, WINDOW_LOCK) is True
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)
    assert held_elsewhere(paths.data, WINDOW_LOCK) is False


def test_a_handed_over_start_during_a_workout_is_said_and_starts_nothing(window, context) -> None:
    window.open_routine(context.library.get("movement-snack"), start=True)
    assert window.controller.active
    window.handle_request({"routine": "gentle-start", "start": True})
    assert window.controller.plan.routine.id == "movement-snack"
    assert window.current_page is Page.PLAYER
    said = [window.notice.text(), *(text for text, _kind in window.banner.waiting)]
    assert "Gentle start was not opened: a workout is running. Finish or stop it first." in said


def test_a_handed_over_unknown_routine_becomes_a_notice(window) -> None:
    window.handle_request({"routine": "nope", "start": True})
    assert not window.controller.active
    assert "nope" in window.notice.text()


def test_sigterm_mid_workout_keeps_what_was_done_and_quits(
    window, clock, context, make_routine, qtbot, sink
) -> None:
    plan = build_plan(make_routine({"exercise": "seated-calf-raise", "sets": 1, "reps": 5}))
    window.start_plan(plan)
    run_until(window, clock, lambda v: v.big_text == "3 / 5")
    quitter = QuitOnSignals(window.quit_now)
    try:
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: context.recorder.status == "interrupted", timeout=3000)
    finally:
        quitter.restore()
    # A shutdown is not a choice to stop: the set in progress is kept as a checkpoint, not
    # ended, so the workout is resumed from it.
    assert context.recorder.results == []
    assert [result.reps_done for result in context.recorder.checkpoints][-1] == 2
    assert context.recorder.checkpoints[-1].checkpoint
    assert "shutdown" in sink.calls
    assert not window.isVisible()


def test_the_voice_arrives_after_the_first_paint_and_is_prepared(window, context) -> None:
    window.open_routine(context.library.get("movement-snack"), start=True)
    later = ListeningSink()
    old = context.cue_sink
    context.set_cue_sink(later)
    assert "shutdown" in old.calls
    assert later.prepared == [window.controller.plan]
    window.controller.toggle_mute()
    assert later.muted


def test_the_voice_section_saves_what_the_person_changes(window, context) -> None:
    from calfplayer.store.settings import SettingsStore

    window.add_voice_settings()
    section = window.voice_settings
    assert section is not None
    window.add_voice_settings()
    assert window.voice_settings is section, "one voice section, however often it is asked for"
    section.level.setCurrentIndex(section.level.findData("coach"))
    assert context.settings.voice.level == "coach"
    assert (
        SettingsStore(context.paths.settings_file, context.clock).load().settings.voice.level
        == "coach"
    )


def test_a_voice_that_cannot_play_says_why_once(window, context) -> None:
    context.cue_sink = ListeningSink("No sound device was found; the workout runs silently.")
    window.open_routine(context.library.get("movement-snack"), start=True)
    assert window.player.notice.isVisible()
    assert "No sound device" in window.player.notice.text()
    window.controller.stop()
    window.open_routine(context.library.get("movement-snack"), start=True)
    assert not window.player.notice.isVisible()
