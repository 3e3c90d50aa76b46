"""Which voice speaks the language in use: the default voice for it, and voice lists ordered by it.

A voice is what the speech process lists: ``{"id", "name", "languages"}``, espeak-ng's languages
being tags such as ``de``, ``en-gb`` or ``es-419``. With no voice for the language the cues are
spoken in English, and the notice says why.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from calfplayer.audio import problems
from calfplayer.i18n import ENGLISH, translatable, translate

Voice = Mapping[str, Any]

LANGUAGE_NAMES = {
    "en": translatable("VoiceProblems", "English"),
    "de": translatable("VoiceProblems", "German"),
    "es": translatable("VoiceProblems", "Spanish"),
}


def language_name(language: str) -> str:
    name = LANGUAGE_NAMES.get(language)
    return translate("VoiceProblems", name) if name else language


def _tags(voice: Voice) -> list[str]:
    return [str(tag).lower() for tag in voice.get("languages") or []]


def speaks(voice: Voice, language: str) -> bool:
    """Whether one of the voice's languages is ``language`` (``de``) or a variant (``de-at``)."""
    return any(tag == language or tag.startswith(f"{language}-") for tag in _tags(voice))


def ordered_voices(voices: Iterable[Voice], language: str) -> list[Voice]:
    """The voices for the settings' list: the language in use first, then English, then the rest,
    each group by name."""
    return sorted(
        voices,
        key=lambda v: (not speaks(v, language), not speaks(v, ENGLISH), str(v.get("name"))),
    )


def default_voice(voices: Sequence[Voice], language: str) -> str | None:
    """The id of the voice that speaks ``language`` best, or None when none speaks it.

    A voice tagged with the plain language (``de``) beats a regional one (``es-419``); espeak-ng's
    MBROLA voices (``mb/...``) come last, since they need MBROLA installed besides.
    """
    candidates = [voice for voice in voices if speaks(voice, language)]
    if not candidates:
        return None
    best = min(
        candidates,
        key=lambda v: (
            str(v.get("id", "")).startswith("mb/"),
            language not in _tags(v),
            str(v.get("name")),
        ),
    )
    return str(best["id"])


@dataclass(frozen=True)
class VoiceChoice:
    voice_id: str | None  # None: the engine's default voice
    language: str  # the language the cues are spoken in
    notice: str | None = None  # why that is not the language in use


def choose_voice(voices: Sequence[Voice], language: str, chosen: str | None) -> VoiceChoice:
    """The voice and the language of the cues, for the language in use and the voice chosen in
    Settings (None: the default)."""
    if language == ENGLISH:
        return VoiceChoice(chosen, ENGLISH)
    if chosen is not None:
        voice = next((v for v in voices if str(v.get("id")) == chosen), None)
        if voice is None or speaks(voice, language):
            return VoiceChoice(chosen, language)
        notice = problems.chosen_voice_speaks_other(language_name(language))
        return VoiceChoice(chosen, ENGLISH, str(notice))
    found = default_voice(voices, language)
    if found is not None:
        return VoiceChoice(found, language)
    return VoiceChoice(None, ENGLISH, str(problems.no_voice_for(language_name(language))))
