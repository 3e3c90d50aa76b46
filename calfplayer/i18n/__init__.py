"""One catalogue of translations for the whole program, readable without Qt.

Every part of calfplayer that is not the window translates through ``translate`` here; the window
uses ``QCoreApplication.translate`` with the same signature, and Qt reads the same ``.qm`` files
(``ui/translation.py``). ``pyside6-lupdate`` finds both spellings, because both are called
``translate``: a context, the English text, an optional disambiguating comment and, for plurals, a
number that ``%n`` in the text stands for.

The files live in ``calfplayer/translations`` as ``calfplayer_<language>.ts`` (edited) and
``.qm`` (built by ``pyside6-lrelease``; ``make translations``). ``CALFPLAYER_TRANSLATIONS_DIR``
points at another folder of ``.qm`` files, for trying a catalogue before it ships.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path

from calfplayer.i18n.language import ENGLISH, choose_language
from calfplayer.i18n.qm_file import NotACatalogue, QmCatalogue, read_qm

__all__ = ["ENGLISH", "translatable", "translate"]

TRANSLATIONS_DIR_ENV = "CALFPLAYER_TRANSLATIONS_DIR"
_PACKAGED = Path(__file__).resolve().parent.parent / "translations"
_CATALOGUE_PREFIX = "calfplayer_"

_active: QmCatalogue | None = None
_language = ENGLISH
# English for one thread only, while the rest of the program keeps its language (``in_english``).
_this_thread = threading.local()


def translations_dir() -> Path:
    chosen = os.environ.get(TRANSLATIONS_DIR_ENV)
    return Path(chosen) if chosen else _PACKAGED


def catalogue_path(language: str) -> Path:
    return translations_dir() / f"{_CATALOGUE_PREFIX}{language}.qm"


def available_languages() -> list[str]:
    """English and every language with a built catalogue, sorted.

    English has a catalogue too, holding only its plural forms.
    """
    found = {
        path.stem.removeprefix(_CATALOGUE_PREFIX)
        for path in translations_dir().glob(f"{_CATALOGUE_PREFIX}*.qm")
    }
    return sorted(found | {ENGLISH})


def use_language(language: str) -> str:
    """Translate into ``language`` from now on; English when its catalogue cannot be read.

    Returns the language in use.
    """
    global _active, _language
    for candidate in dict.fromkeys((language, ENGLISH)):
        try:
            _active, _language = read_qm(catalogue_path(candidate)), candidate
        except (OSError, NotACatalogue):
            continue
        return _language
    # English is the code's own language: without its catalogue only plurals read "(s)".
    _active, _language = None, ENGLISH
    return _language


def use_language_for(override: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """Choose the language by Settings' override, else the environment, and use it."""
    chosen = choose_language(
        override, os.environ if environ is None else environ, available_languages()
    )
    return use_language(chosen)


def current_language() -> str:
    return _language


@contextlib.contextmanager
def in_english() -> Iterator[None]:
    """Texts in English on this thread for the block, whatever the language in use: the voice
    speaks English when no voice speaks the language."""
    before = getattr(_this_thread, "english", False)
    _this_thread.english = True
    try:
        yield
    finally:
        _this_thread.english = before


def translatable(context: str, source: str) -> str:
    """Marks a text for the catalogue where it is defined (a constant); translate it where shown.

    ``pyside6-lupdate`` reads this as ``QT_TRANSLATE_NOOP`` (tools/translations.py says so).
    """
    del context
    return source


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the current language (itself when there is no translation).

    As in Qt, ``%n`` in the text is replaced by ``n`` when ``n`` is given, and ``n`` picks the
    plural form.
    """
    found = None
    if _active is not None and not getattr(_this_thread, "english", False):
        found = _active.lookup(context, source, disambiguation or "", n)
    text = found if found else source
    return text.replace("%n", str(n)) if n >= 0 else text
