"""Keeps the translation catalogues in step with the code and builds them.

    python tools/translations.py update   # the .ts files gain every new text, lose vanished ones
    python tools/translations.py build    # .qm files from the .ts files (pyside6-lrelease)
    python tools/translations.py check    # lists texts missing or unfinished; exit 1 if any

``pyside6-lupdate`` reads the texts from the code (every ``translate(context, text, ...)`` call,
in the window and out of it); the exercise catalogue's and the built-in routines' texts come from
their JSON files. The merge into the ``.ts`` files is done here rather than by lupdate, because
lupdate's Python reader does not mark plurals: a text with ``%n`` is a plural here, and its
translations are kept.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "calfplayer"
CATALOGUE_DIR = PACKAGE / "translations"
LANGUAGES = {"de": "de_DE", "es": "es_ES"}
EXERCISES_CONTEXT = "Exercises"
ROUTINES_CONTEXT = "Routines"

Key = tuple[str, str, str]  # context, source, comment


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    # Plural forms when the text has %n, else one item; None where not translated yet.
    forms: list[str] | None = None
    finished: bool = False

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment)

    @property
    def plural(self) -> bool:
        return "%n" in self.source


@dataclass
class Catalogue:
    language: str
    messages: dict[Key, Message] = field(default_factory=dict)


def tool(name: str) -> str:
    """A Qt tool from the PySide6 wheel installed beside this Python."""
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def texts_in_code() -> list[Message]:
    """Every translatable text in calfplayer's code, as pyside6-lupdate finds it."""
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py"))
    with tempfile.TemporaryDirectory() as scratch:
        found = Path(scratch) / "found.ts"
        listing = Path(scratch) / "files.lst"
        listing.write_text("\n".join(sources) + "\n", encoding="utf-8")
        subprocess.run(
            [
                tool("lupdate"),
                f"@{listing}",
                # A constant marked where it is defined, translated where it is shown.
                "-tr-function-alias",
                "QT_TRANSLATE_NOOP+=translatable",
                "-locations",
                "none",
                "-no-obsolete",
                "-ts",
                str(found),
            ],
            check=True,
            capture_output=True,
        )
        return list(read_ts(found).messages.values())


def texts_in_assets() -> list[Message]:
    """The texts the exercise catalogue and the built-in routines show."""
    found: list[Message] = []
    for path in sorted((ROOT / "assets" / "exercises").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        texts = [data["name"], data.get("why", "")]
        texts += [step["text"] for step in data.get("steps", [])]
        texts += list(data.get("cautions", []))
        texts += list(data.get("muscles", []))
        texts += list(data.get("phase_words", {}).values())
        found += [Message(EXERCISES_CONTEXT, text) for text in texts if text]
    for path in sorted((ROOT / "assets" / "routines").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        texts = [data["name"], data.get("description", "")]
        found += [Message(ROUTINES_CONTEXT, text) for text in texts if text]
    return found


def all_texts() -> dict[Key, Message]:
    wanted: dict[Key, Message] = {}
    for message in texts_in_code() + texts_in_assets():
        wanted.setdefault(message.key, Message(message.context, message.source, message.comment))
    return wanted


def read_ts(path: Path) -> Catalogue:
    root = ET.parse(path).getroot()
    catalogue = Catalogue(root.get("language", ""))
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            message = Message(
                name, element.findtext("source") or "", element.findtext("comment") or ""
            )
            translation = element.find("translation")
            if translation is not None:
                forms = translation.findall("numerusform")
                texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
                message.forms = texts if any(texts) else None
                message.finished = translation.get("type") not in ("unfinished", "vanished")
            catalogue.messages[message.key] = message
    return catalogue


def write_ts(path: Path, catalogue: Catalogue) -> None:
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{catalogue.language}">',
    ]
    by_context: dict[str, list[Message]] = {}
    for message in catalogue.messages.values():
        by_context.setdefault(message.context, []).append(message)
    for context in sorted(by_context):
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        for message in sorted(by_context[context], key=lambda m: (m.source, m.comment)):
            numerus = ' numerus="yes"' if message.plural else ""
            lines.append(f"    <message{numerus}>")
            lines.append(f"        <source>{escape(message.source)}</source>")
            if message.comment:
                lines.append(f"        <comment>{escape(message.comment)}</comment>")
            state = "" if message.finished and message.forms else ' type="unfinished"'
            forms = message.forms or ([""] * (2 if message.plural else 1))
            if message.plural:
                inner = "".join(f"<numerusform>{escape(f)}</numerusform>" for f in forms)
                lines.append(f"        <translation{state}>{inner}</translation>")
            else:
                lines.append(f"        <translation{state}>{escape(forms[0])}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def ts_path(language: str) -> Path:
    return CATALOGUE_DIR / f"calfplayer_{language}.ts"


def update() -> None:
    wanted = all_texts()
    for language, locale_name in LANGUAGES.items():
        path = ts_path(language)
        old = read_ts(path) if path.exists() else Catalogue(locale_name)
        new = Catalogue(locale_name)
        for key, message in wanted.items():
            kept = old.messages.get(key)
            new.messages[key] = kept if kept is not None else message
        write_ts(path, new)
        print(f"{path.relative_to(ROOT)}: {len(new.messages)} texts")


def problems() -> list[str]:
    """Each text of the code missing from a catalogue or not finished there, one line each."""
    wanted = all_texts()
    found: list[str] = []
    for language in LANGUAGES:
        path = ts_path(language)
        catalogue = read_ts(path) if path.exists() else Catalogue(language)
        for key in wanted:
            message = catalogue.messages.get(key)
            where = f"{path.name}: [{key[0]}] {key[1]!r}"
            if message is None:
                found.append(f"{where} is missing")
            elif not (message.finished and message.forms and all(message.forms)):
                found.append(f"{where} is not finished")
    return found


def build(target: Path = CATALOGUE_DIR) -> None:
    for language in LANGUAGES:
        qm = target / f"calfplayer_{language}.qm"
        subprocess.run(
            [tool("lrelease"), "-silent", str(ts_path(language)), "-qm", str(qm)], check=True
        )


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "update":
        update()
    elif command == "build":
        build()
    elif command == "check":
        listed = problems()
        print("\n".join(listed) or "every text is translated")
        return 1 if listed else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
