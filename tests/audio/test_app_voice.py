"""The window's voice: loaded after the first paint, with the built-in routines rendered ahead."""

from __future__ import annotations

from calfplayer.audio.speaker import Speaker
from calfplayer.domain.cues import spoken_texts
from calfplayer.domain.plan import build_plan
from calfplayer.paths import AppPaths
from calfplayer.ui.app import load_voice
from calfplayer.ui.context import AppContext


def test_the_real_voice_renders_the_built_ins_ahead(qtbot, data_dir, tmp_path) -> None:
    context = AppContext.create(AppPaths.under(data_dir))
    sink = load_voice(context, tmp_path / "cues.jsonl")
    try:
        assert isinstance(sink, Speaker)
        assert sink.unavailable_reason() is None
        texts = spoken_texts(build_plan(context.library.get("movement-snack"))).values()
        qtbot.waitUntil(lambda: all(sink.cue_path(t).is_file() for t in texts), timeout=60_000)
        assert sink.cue_path("twelve").stat().st_size > 1000
    finally:
        sink.shutdown()
