"""A pseudo-language for tests: every translation is the English text inside ⟦ ⟧.

Shown under it, a text that went through the catalogue is marked and one that did not is bare
English, so a sweep of the output finds every text left untranslated. The language is Esperanto
("eo"): calfplayer has no catalogue for it, and it has two plural forms, as English has.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterable
from pathlib import Path

from tools import translations
from tools.translations import Catalogue, Message

PSEUDO_LANGUAGE = "eo"
OPEN, CLOSE = "⟦", "⟧"
_WORD = re.compile(r"[^\W\d_]+")
# An option flag, also inside argparse's brackets: --cues, [-h], [--data-dir.
_FLAG = re.compile(r"^[\[(]*-")
# CALFPLAYER_DATA_DIR, in a help text.
_ENVIRONMENT_VARIABLE = re.compile(r"\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b")


def marked(text: str) -> str:
    return f"{OPEN}{text}{CLOSE}"


def build_pseudo_catalogue(folder: Path, texts: Iterable[Message] | None = None) -> Path:
    """``folder`` with ``calfplayer_eo.qm`` translating every text of the code (or ``texts``)."""
    folder.mkdir(parents=True, exist_ok=True)
    found = translations.all_texts().values() if texts is None else texts
    catalogue = Catalogue(PSEUDO_LANGUAGE)
    for text in found:
        forms = [marked(text.source)] * (2 if text.plural else 1)
        catalogue.messages[text.key] = Message(
            text.context, text.source, text.comment, forms, finished=True
        )
    ts = folder / f"calfplayer_{PSEUDO_LANGUAGE}.ts"
    translations.write_ts(ts, catalogue)
    qm = folder / f"calfplayer_{PSEUDO_LANGUAGE}.qm"
    subprocess.run(translations.lrelease_command(ts, qm), check=True, capture_output=True)
    return folder


def outside_marks(text: str) -> str:
    """``text`` with everything inside ⟦ ⟧ (nested too) left out."""
    kept: list[str] = []
    depth = 0
    for char in text:
        if char == OPEN:
            depth += 1
            kept.append(" ")
        elif char == CLOSE:
            depth = max(depth - 1, 0)
            kept.append(" ")
        elif depth == 0:
            kept.append(char)
    return "".join(kept)


def english_outside_marks(text: str, allowed: Iterable[str] = ()) -> list[str]:
    """The words outside the marks: text that did not go through the catalogue.

    Left aside: numbers and whatever holds a digit (``2h``, ``v1.2``), punctuation, option flags
    (``--cues``, ``[-h]``), environment variables' names, and the ``allowed`` names — what the
    person typed, routine ids, command names; an allowed name starting with ``/`` is a folder, and
    any path under it is left aside too.
    """
    bare = outside_marks(text)
    for name in sorted(allowed, key=len, reverse=True):
        tail = r"[^\s⟦⟧:,;\"')]*" if name.startswith("/") else ""
        bare = re.sub(rf"(?<![\w-]){re.escape(name)}{tail}(?![\w-])", " ", bare)
    words: list[str] = []
    for token in bare.split():
        if _FLAG.match(token) or _ENVIRONMENT_VARIABLE.search(token):
            continue
        if any(char.isdigit() for char in token):
            continue
        words += _WORD.findall(token)
    return words
