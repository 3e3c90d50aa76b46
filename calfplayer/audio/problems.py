"""Why the voice may not be heard, each with its fix: shared by the player notice and the doctor."""

from __future__ import annotations

import sys
from dataclasses import dataclass

from calfplayer.i18n import translate


@dataclass(frozen=True)
class Trouble:
    what: str
    fix: str

    def __str__(self) -> str:
        return translate("VoiceProblems", "{problem}; {fix}").format(
            problem=self.what, fix=self.fix
        )


def _install(debian_package: str) -> str:
    linux = sys.platform.startswith("linux")
    if linux:
        install = translate("VoiceProblems", "install {package}: sudo apt-get install {package}")
        return install.format(package=debian_package)
    return translate("VoiceProblems", "reinstall calfplayer")


def _with_detail(what: str, detail: str) -> str:
    if not detail:
        return what
    return translate("VoiceProblems", "{problem} ({detail})").format(problem=what, detail=detail)


def no_speech_engine(detail: str = "") -> Trouble:
    return Trouble(
        _with_detail(translate("VoiceProblems", "no speech engine"), detail), _install("espeak-ng")
    )


def no_audio_library(detail: str = "") -> Trouble:
    what = translate("VoiceProblems", "the audio library could not be loaded")
    return Trouble(_with_detail(what, detail), _install("libpulse0"))


def no_audio_output() -> Trouble:
    return Trouble(
        translate("VoiceProblems", "no audio output was found"),
        translate("VoiceProblems", "connect speakers or headphones, or start the sound server"),
    )


def cannot_play() -> Trouble:
    return Trouble(
        translate("VoiceProblems", "the sound could not be played"),
        translate("VoiceProblems", "check the sound settings of your computer"),
    )


def no_live_player() -> Trouble:
    what = translate("VoiceProblems", "aplay is missing: cues not rendered yet cannot be spoken")
    return Trouble(what, _install("alsa-utils"))


def no_voice_for(language: str) -> Trouble:
    what = translate(
        "VoiceProblems", "no voice speaks {language} here, so the cues are spoken in English"
    )
    return Trouble(what.format(language=language), _install("espeak-ng-data"))


def chosen_voice_speaks_other(language: str) -> Trouble:
    what = translate(
        "VoiceProblems",
        "the voice chosen in Settings does not speak {language}, so the cues are spoken in English",
    )
    fix = translate("VoiceProblems", "choose a voice for {language}, or the default voice")
    return Trouble(what.format(language=language), fix.format(language=language))
