"""Why the voice may not be heard, each with its fix: shared by the player notice and the doctor."""

from __future__ import annotations

import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class Trouble:
    what: str
    fix: str

    def __str__(self) -> str:
        return f"{self.what}; {self.fix}"


def _install(debian_package: str) -> str:
    linux = sys.platform.startswith("linux")
    return (
        f"install {debian_package}: sudo apt-get install {debian_package}"
        if linux
        else ("reinstall calfplayer")
    )


def _detail(detail: str) -> str:
    return f" ({detail})" if detail else ""


def no_speech_engine(detail: str = "") -> Trouble:
    return Trouble(f"no speech engine{_detail(detail)}", _install("espeak-ng"))


def no_audio_library(detail: str = "") -> Trouble:
    return Trouble(f"the audio library could not be loaded{_detail(detail)}", _install("libpulse0"))


def no_audio_output() -> Trouble:
    return Trouble(
        "no audio output was found", "connect speakers or headphones, or start the sound server"
    )


def cannot_play() -> Trouble:
    return Trouble("the sound could not be played", "check the sound settings of your computer")


def no_live_player() -> Trouble:
    what = "aplay is missing: cues not rendered yet cannot be spoken"
    return Trouble(what, _install("alsa-utils"))
