"""Routines and settings changed outside the open window: by `calfplayer import`, a file dropped
into the routines folder, or another program writing the settings file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from calfplayer.store.settings import SettingsStore
from calfplayer.ui.frame import Page

WAIT_MS = 5_000


def _routine(folder: Path, routine_id: str, name: str) -> Path:
    path = folder / f"{routine_id}.json"
    path.write_text(
        json.dumps(
            {
                "format": 1,
                "id": routine_id,
                "name": name,
                "items": [{"exercise": "calf-raise", "sets": 1, "reps": 5}],
            }
        )
    )
    return path


def _card_ids(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [card.routine.id for card in window.workouts.cards]


def test_a_routine_imported_from_the_command_line_shows_up_in_the_open_window(
    qtbot, window, context, tmp_path
):
    source = _routine(tmp_path, "ankle-rehab", "Ankle rehab")
    imported = subprocess.run(
        [
            sys.executable,
            "-m",
            "calfplayer",
            "--data-dir",
            str(context.paths.data),
            "import",
            str(source),
        ],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert imported.returncode == 0, imported.stderr
    qtbot.waitUntil(lambda: "ankle-rehab" in _card_ids(window), timeout=WAIT_MS)
    assert context.library.get("ankle-rehab").name == "Ankle rehab"


def test_a_file_dropped_into_the_routines_folder_shows_up_and_can_be_opened(qtbot, window, context):
    context.paths.routines.mkdir(parents=True, exist_ok=True)
    _routine(context.paths.routines, "stairs", "Stairs")
    qtbot.waitUntil(lambda: "stairs" in _card_ids(window), timeout=WAIT_MS)
    window.handle_request({"routine": "stairs", "start": False})
    assert window.current_page is Page.PREVIEW
    assert window.preview.routine is not None and window.preview.routine.id == "stairs"


def test_a_routine_handed_over_at_once_after_its_import_opens(window, context):
    """A second launch may hand a routine over before the folder's watch has been heard."""
    context.paths.routines.mkdir(parents=True, exist_ok=True)
    _routine(context.paths.routines, "just-now", "Just now")
    window.handle_request({"routine": "just-now", "start": False})
    assert "Could not open" not in window.notice.text()
    assert window.current_page is Page.PREVIEW
    assert window.preview.routine is not None and window.preview.routine.id == "just-now"


def test_a_deleted_routine_file_leaves_the_list(qtbot, window, context):
    context.paths.routines.mkdir(parents=True, exist_ok=True)
    path = _routine(context.paths.routines, "short-lived", "Short lived")
    qtbot.waitUntil(lambda: "short-lived" in _card_ids(window), timeout=WAIT_MS)
    path.unlink()
    qtbot.waitUntil(lambda: "short-lived" not in _card_ids(window), timeout=WAIT_MS)


def test_settings_written_by_another_program_are_shown_and_kept(qtbot, window, context):
    outside = SettingsStore(context.paths.settings_file, context.clock)
    outside.save(outside.load().settings.__class__(theme="dark", weekly_goal=5))
    qtbot.waitUntil(lambda: context.settings.theme == "dark", timeout=WAIT_MS)
    assert window.settings.theme_buttons["dark"].isChecked()
    assert window.weekly_goal.spin.value() == 5
    # A change in the window goes on top of what the file holds, not over it.
    window.weekly_goal.spin.setValue(6)
    saved = json.loads(context.paths.settings_file.read_text())
    assert saved["theme"] == "dark" and saved["weekly_goal"] == 6


def test_a_change_in_the_window_never_overwrites_one_not_yet_noticed(window, context):
    """The file changes and, before its watch is heard, the person changes a setting."""
    window.weekly_goal.spin.setValue(4)
    outside = SettingsStore(context.paths.settings_file, context.clock)
    from dataclasses import replace

    outside.save(replace(outside.load().settings, theme="dark"))
    window.settings.theme_buttons["light"].click()  # no event loop turn in between
    saved = json.loads(context.paths.settings_file.read_text())
    assert saved["theme"] == "light"  # the person's own change, made last
    window.weekly_goal.spin.setValue(7)
    saved = json.loads(context.paths.settings_file.read_text())
    assert saved == {**saved, "theme": "light", "weekly_goal": 7}


def test_a_voice_change_made_outside_keeps_the_theme_set_in_the_window(window, context):
    window.settings.theme_buttons["dark"].click()
    outside = SettingsStore(context.paths.settings_file, context.clock)
    from dataclasses import replace

    loaded = outside.load().settings
    outside.save(replace(loaded, voice=replace(loaded.voice, rate=200)))
    window.weekly_goal.spin.setValue(9)
    saved = json.loads(context.paths.settings_file.read_text())
    assert saved["voice"]["rate"] == 200
    assert saved["theme"] == "dark" and saved["weekly_goal"] == 9


def test_reduce_motion_is_a_check_box_that_is_saved_and_follows_the_file(qtbot, window, context):
    box = window.settings.reduce_motion
    assert not box.isChecked()
    box.click()
    assert context.settings.reduce_motion
    assert json.loads(context.paths.settings_file.read_text())["reduce_motion"] is True
    outside = SettingsStore(context.paths.settings_file, context.clock)
    from dataclasses import replace

    outside.save(replace(outside.load().settings, reduce_motion=False))
    qtbot.waitUntil(lambda: not context.settings.reduce_motion, timeout=WAIT_MS)
    assert not box.isChecked()
