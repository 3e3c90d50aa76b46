"""Why the voice may not be heard, each with its fix: shared by the player notice and the doctor."""

from __future__ import annotations

import sys


def _install(debian_package: str, other: str) -> str:
    linux = sys.platform.startswith("linux")
    return f"install {debian_package}: sudo apt-get install {debian_package}" if linux else other


def no_speech_engine(detail: str = "") -> str:
    fix = _install("espeak-ng", "reinstall calfplayer")
    return f"no speech engine{f' ({detail})' if detail else ''}; {fix}"


def no_audio_library(detail: str = "") -> str:
    fix = _install("libpulse0", "reinstall calfplayer")
    return f"the audio library could not be loaded{f' ({detail})' if detail else ''}; {fix}"


def no_audio_output() -> str:
    return "no audio output was found; connect speakers or headphones, or start the sound server"


def cannot_play() -> str:
    return "the sound could not be played; check the sound settings of your computer"


def no_live_player() -> str:
    return _install("alsa-utils", "reinstall calfplayer")
