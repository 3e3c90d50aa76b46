"""How the app gets its voice: one call after the first paint, one call when settings change."""

from __future__ import annotations

from pathlib import Path

from calfplayer.audio.sink import CueSink, SilentCueSink
from calfplayer.domain.clock import Clock
from calfplayer.i18n import translate
from calfplayer.paths import AppPaths
from calfplayer.store.settings import VoiceSettings


def create_cue_sink(
    paths: AppPaths, voice: VoiceSettings, cue_log: Path | None, clock: Clock
) -> CueSink:
    """The real speaker; it starts its speech processes in the background and returns at once.

    ``cue_log`` is the ``--cue-log FILE`` option. When even the speaker cannot be built the app
    gets a silent sink whose ``unavailable_reason`` says why.
    """
    from calfplayer.audio.cue_log import CueLog

    try:
        log = CueLog(cue_log) if cue_log is not None else None
    except OSError as error:
        problem = translate("VoiceProblems", "the cue log could not be opened ({problem})")
        return SilentCueSink(problem.format(problem=error.strerror))
    try:
        from calfplayer.audio.speaker import Speaker

        return Speaker(paths.cue_cache, voice, log, clock=clock)
    except ImportError as error:
        return SilentCueSink(
            translate("VoiceProblems", "the voice could not be loaded ({problem})").format(
                problem=error
            )
        )


def apply_voice_settings(sink: CueSink, voice: VoiceSettings) -> None:
    """Hands changed voice settings (from the settings page) to the sink, if it has a voice."""
    from calfplayer.audio.speaker import Speaker

    if isinstance(sink, Speaker):
        sink.apply_settings(voice)
