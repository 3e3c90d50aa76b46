"""Without an audio library or an audio output the app runs silent and says why, never crashes."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from calfplayer.audio.cue_log import CueLog, read_cue_log
from calfplayer.audio.speaker import Speaker
from calfplayer.domain.clock import SystemClock
from calfplayer.domain.cues import BEEP_TICK, Cue
from calfplayer.store.settings import VoiceSettings

# Qt connects to the sound server once per process, so "no server" is tried in a fresh process.
NO_OUTPUT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from calfplayer.audio.factory import create_cue_sink
    from calfplayer.domain.clock import SystemClock
    from calfplayer.domain.cues import Cue
    from calfplayer.paths import AppPaths
    from calfplayer.store.settings import VoiceSettings

    app = QApplication([])
    folder = Path(sys.argv[1])
    sink = create_cue_sink(
        AppPaths.under(folder), VoiceSettings(), folder / "cues.jsonl", SystemClock()
    )
    sink.play([Cue("rep.1", "one", 0)])
    sink.shutdown()
    print(sink.unavailable_reason())
    """
)


def test_no_audio_output_means_silent_with_a_reason(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PULSE_SERVER": f"unix:{tmp_path}/no-server",
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, "-c", NO_OUTPUT, str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "no audio output" in done.stdout
    assert read_cue_log(tmp_path / "cues.jsonl")[0]["reason"] == "unavailable"


def test_a_missing_audio_library_means_silent_with_its_fix(qtbot, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)  # as when libpulse is missing
    log = tmp_path / "cues.jsonl"
    sink = Speaker(tmp_path / "cache", VoiceSettings(), CueLog(log), clock=SystemClock())
    reason = sink.unavailable_reason()
    sink.play([Cue("rep.1", "one", 0), Cue(BEEP_TICK, "", 0)])
    sink.shutdown()
    assert reason is not None and "libpulse0" in reason
    assert [entry["how"] for entry in read_cue_log(log)] == ["dropped", "dropped"]
