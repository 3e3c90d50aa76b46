"""Small translation catalogues for tests: a .ts file written here, built as the project builds
(``make translations``), in a folder ``CALFPLAYER_TRANSLATIONS_DIR`` can point at."""

from __future__ import annotations

import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from tools import translations


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    # One text, or the plural forms of a %n text.
    translation: str | tuple[str, ...]
    comment: str = ""
    finished: bool = True


def write_ts(path: Path, language: str, entries: Iterable[Entry]) -> Path:
    by_context: dict[str, list[Entry]] = {}
    for entry in entries:
        by_context.setdefault(entry.context, []).append(entry)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    lines.append(f'<TS version="2.1" language="{language}">')
    for context, messages in by_context.items():
        lines += ["<context>", f"<name>{escape(context)}</name>"]
        for entry in messages:
            plural = isinstance(entry.translation, tuple)
            lines.append('<message numerus="yes">' if plural else "<message>")
            lines.append(f"<source>{escape(entry.source)}</source>")
            if entry.comment:
                lines.append(f"<comment>{escape(entry.comment)}</comment>")
            state = "" if entry.finished else ' type="unfinished"'
            if isinstance(entry.translation, tuple):
                inner = "".join(
                    f"<numerusform>{escape(form)}</numerusform>" for form in entry.translation
                )
            else:
                inner = escape(entry.translation)
            lines += [f"<translation{state}>{inner}</translation>", "</message>"]
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def build_qm(ts: Path, qm: Path) -> Path:
    """``qm`` from ``ts`` with pyside6-lrelease, exactly as ``make translations`` builds it."""
    subprocess.run(translations.lrelease_command(ts, qm), check=True, capture_output=True)
    return qm


def catalogue_dir(folder: Path, language: str, entries: Iterable[Entry]) -> Path:
    """A folder holding ``calfplayer_<language>.qm`` built from ``entries``."""
    folder.mkdir(parents=True, exist_ok=True)
    ts = write_ts(folder / f"calfplayer_{language}.ts", language, entries)
    build_qm(ts, folder / f"calfplayer_{language}.qm")
    return folder


# (context, source) or (context, source, comment) -> the translation, or a %n text's plural forms
Texts = dict[tuple[str, ...], str | tuple[str, ...]]


def build_catalogue(folder: Path, language: str, texts: Texts) -> Path:
    """A folder holding ``calfplayer_<language>.qm`` with ``texts`` translated."""
    return catalogue_dir(
        folder,
        language,
        [Entry(key[0], key[1], translation, *key[2:]) for key, translation in texts.items()],
    )
