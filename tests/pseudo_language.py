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


def marked_parts(text: str) -> list[str]:
    """What stands inside each outermost ⟦ ⟧ of ``text``."""
    parts: list[str] = []
    depth = 0
    start = 0
    for index, char in enumerate(text):
        if char == OPEN:
            if depth == 0:
                start = index + 1
            depth += 1
        elif char == CLOSE and depth:
            depth -= 1
            if depth == 0:
                parts.append(text[start:index])
    return parts


_PLACEHOLDER = re.compile(r"\{(\w*)(?:[:!][^}]*)?\}|%n")
_TOKENS = 0xE000  # private-use characters: one stands for each marked piece while matching


def _restored(value: str, pieces: list[str]) -> str:
    for index, piece in enumerate(pieces):
        value = value.replace(chr(_TOKENS + index), f"{OPEN}{piece}{CLOSE}")
    return value


class Sentences:
    """The catalogue's texts, to tell a sentence's own words from the values filled into it.

    Inside ⟦Time for {routine}⟧ a routine's English name is hidden by the marks around the
    sentence; matched against its source text, each value filled in is checked in turn.
    """

    def __init__(self, folder: Path) -> None:
        catalogue = translations.read_ts(folder / f"calfplayer_{PSEUDO_LANGUAGE}.ts")
        sources = {message.source for message in catalogue.messages.values()}
        self.whole = {source.casefold() for source in sources if not _PLACEHOLDER.search(source)}
        self.templates: list[tuple[int, re.Pattern[str]]] = []
        for source in sources:
            if not _PLACEHOLDER.search(source):
                continue
            literal = _PLACEHOLDER.split(source)[::2]  # split also returns each placeholder's name
            pattern = "(.*?)".join(re.escape(piece) for piece in literal)
            self.templates.append((sum(map(len, literal)), re.compile(pattern, re.DOTALL)))
        self.templates.sort(key=lambda entry: -entry[0])  # the most specific first

    def values(self, sentence: str) -> list[str] | None:
        """The values filled into ``sentence``, or None when it matches no text with any."""
        if sentence.casefold() in self.whole:  # also a heading shown in capitals
            return []
        # Each marked piece stands as one character while matching, so that no value can
        # begin or end inside a piece.
        pieces = marked_parts(sentence)
        flat = sentence
        for index, piece in enumerate(pieces):
            flat = flat.replace(f"{OPEN}{piece}{CLOSE}", chr(_TOKENS + index), 1)
        for _length, template in self.templates:
            found = template.fullmatch(flat)
            if found:
                return [_restored(value, pieces) for value in found.groups()]
        return None

    def english_in_values(self, text: str, allowed: Iterable[str] = ()) -> list[str]:
        """English words filled into marked sentences: values that did not go through the
        catalogue (numbers, the ``allowed`` names and marked values are fine)."""
        allowed = list(allowed)
        words: list[str] = []
        for part in marked_parts(text):
            values = self.values(part)
            if values is None:  # a whole translation holding marked pieces: look inside them
                words += self.english_in_values(part, allowed)
                continue
            for value in values:
                words += english_outside_marks(value, allowed)
                words += self.english_in_values(value, allowed)
        return words
