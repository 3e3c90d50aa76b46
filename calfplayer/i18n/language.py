"""Which language calfplayer speaks: the person's choice in Settings, else the environment's.

The environment is read as gettext reads it: ``LANGUAGE`` (a colon-separated list of preferences),
then ``LC_ALL``, ``LC_MESSAGES`` and ``LANG``; the first one set decides. ``C`` or ``POSIX``, or a
language calfplayer has no catalogue for, means English.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

ENGLISH = "en"
# The variables that name the language for messages, most specific first.
LANGUAGE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def wanted_languages(environ: Mapping[str, str]) -> list[str]:
    """The locales the environment asks for, in order of preference (``de_DE``, ``es``, ``C``)."""
    for variable in LANGUAGE_VARIABLES:
        value = environ.get(variable, "").strip()
        if not value:
            continue
        names = value.split(":") if variable == "LANGUAGE" else [value]
        return [_without_codeset(name) for name in names if name.strip()]
    return []


def choose_language(
    override: str | None, environ: Mapping[str, str], available: Iterable[str]
) -> str:
    """The language code to use: ``en``, or one of ``available`` (``de``, ``es``)."""
    have = set(available)
    candidates = [override] if override else wanted_languages(environ)
    for candidate in candidates:
        if candidate in ("C", "POSIX"):
            return ENGLISH
        language = language_of(candidate)
        if language == ENGLISH or language in have:
            return language
    return ENGLISH


def language_of(locale_name: str) -> str:
    """``de_DE.UTF-8@euro`` → ``de``."""
    return _without_codeset(locale_name).split("_")[0].split("-")[0].lower()


def _without_codeset(name: str) -> str:
    return name.strip().split(".")[0].split("@")[0]
