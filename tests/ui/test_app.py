"""Launching: --routine and --start, unknown routines, one running copy, SIGTERM, the voice."""

from __future__ import annotations

import os
import signal

from calfplayer.__main__ import main
from calfplayer.domain.plan import build_plan
from calfplayer.instance import instance_name, window_running
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


def test_the_cli_can_tell_when_a_window_is_open_on_the_data_folder(qapp, data_dir) -> None:
    import sys

    from calfplayer.paths import AppPaths

    paths = AppPaths.under(data_dir)
    if sys.platform == "win32":
        assert window_running(paths) is None
        return
    assert window_running(paths) is False
    server = InstanceServer()
    assert server.listen(instance_name(paths))
    try:
        assert window_running(paths) is True
        assert window_running(AppPaths.under(data_dir / "elsewhere")) is False
    finally:
        server.close()
    assert window_running(paths) is False


def test_a_handed_over_start_during_a_workout_is_said_and_starts_nothing(window, context) -> None:
    window.open_routine(context.library.get("movement-snack"), start=True)
    assert window.controller.active
    window.handle_request({"routine": "gentle-start", "start": True})
    assert window.controller.plan.routine.id == "movement-snack"
    assert window.current_page is Page.PLAYER
    said = [window.notice.text(), *window._notices]
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
        qtbot.waitUntil(lambda: context.recorder.status == "ended early", timeout=3000)
    finally:
        quitter.restore()
    assert [result.reps_done for result in context.recorder.results] == [2]
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
