"""Keeps the translation catalogues in step with the code and builds them.

    python tools/translations.py update   # the .ts files gain every new text, lose vanished ones
    python tools/translations.py build    # .qm files from the .ts files (pyside6-lrelease)
    python tools/translations.py check    # lists texts missing, unfinished, left behind or
                                          # losing a placeholder; exit 1 if any

``pyside6-lupdate`` reads the texts from the code (every ``translate(context, text, ...)`` call,
in the window and out of it); the exercise catalogue's and the built-in routines' texts come from
their JSON files. The merge into the ``.ts`` files is done here rather than by lupdate, because
lupdate's Python reader does not mark plurals: a text with ``%n`` is a plural here, and its
translations are kept.
"""

from __future__ import annotations

import json
import re
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
LANGUAGES = {"de": "de_DE", "es": "es_ES", "en": "en_GB"}
# English needs only its plural forms: every other text is already English in the code.
PLURALS_ONLY = {"en"}
# German, Spanish and English each have a singular and a plural.
PLURAL_FORMS = 2
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


def _wanted_in(language: str, wanted: dict[Key, Message]) -> dict[Key, Message]:
    if language in PLURALS_ONLY:
        return {key: message for key, message in wanted.items() if message.plural}
    return wanted


def ts_path(language: str) -> Path:
    return CATALOGUE_DIR / f"calfplayer_{language}.ts"


def update() -> None:
    wanted = all_texts()
    for language, locale_name in LANGUAGES.items():
        path = ts_path(language)
        old = read_ts(path) if path.exists() else Catalogue(locale_name)
        new = Catalogue(locale_name)
        for key, message in _wanted_in(language, wanted).items():
            kept = old.messages.get(key)
            new.messages[key] = kept if kept is not None else message
        write_ts(path, new)
        print(f"{path.relative_to(ROOT)}: {len(new.messages)} texts")


def problems(wanted: dict[Key, Message] | None = None) -> list[str]:
    """Each text of the code missing from a catalogue or not finished there, one line each."""
    wanted = all_texts() if wanted is None else wanted
    found: list[str] = []
    for language in LANGUAGES:
        path = ts_path(language)
        catalogue = read_ts(path) if path.exists() else Catalogue(language)
        for key in _wanted_in(language, wanted):
            message = catalogue.messages.get(key)
            where = f"{path.name}: [{key[0]}] {key[1]!r}"
            if message is None:
                found.append(f"{where} is missing")
            elif not (message.finished and message.forms and all(message.forms)):
                found.append(f"{where} is not finished")
    return found


def lrelease_command(ts: Path, qm: Path) -> list[str]:
    """The one way a ``.qm`` file is built (the Makefile's rule says the same).

    lrelease would carry a draft marked unfinished into the catalogue; only finished ones go.
    """
    return [tool("lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)]


def left_behind(wanted: dict[Key, Message] | None = None) -> list[str]:
    """Each text of a catalogue the code no longer has (``update`` would remove it)."""
    wanted = all_texts() if wanted is None else wanted
    found: list[str] = []
    for language in LANGUAGES:
        path = ts_path(language)
        if path.exists():
            found += [
                f"{path.name}: [{key[0]}] {key[1]!r} is no longer in the code"
                for key in read_ts(path).messages
                if key not in wanted
            ]
    return found


# A {name} or {name:spec} placeholder, an argparse %(name)s, and a single & (&& is a literal one).
_PLACEHOLDER = re.compile(r"\{[A-Za-z_]\w*(?:[!:][^{}]*)?\}|%\(\w+\)[a-z]|%[sr]")
_ACCELERATOR = re.compile(r"&(?!&)")


def mistakes(catalogue: Catalogue, name: str) -> list[str]:
    """Each translation that loses or adds a placeholder, %n or an & accelerator, one line each."""
    found: list[str] = []
    for message in catalogue.messages.values():
        where = f"{name}: [{message.context}] {message.source!r}"
        wanted = sorted(_PLACEHOLDER.findall(message.source))
        accelerators = len(_ACCELERATOR.findall(message.source.replace("&&", "")))
        for form in message.forms or []:
            if not form:
                continue
            used = sorted(_PLACEHOLDER.findall(form))
            # A comment may offer other placeholders the code also fills ("{number} is the
            # number in digits"): then the translation may use those instead.
            offered = set(wanted) | set(_PLACEHOLDER.findall(message.comment))
            if used != wanted and not (offered != set(wanted) and set(used) <= offered):
                found.append(f"{where}: {form!r} does not keep the placeholders {wanted}")
            if message.plural and "%n" not in form:
                found.append(f"{where}: {form!r} has no %n")
            if len(_ACCELERATOR.findall(form.replace("&&", ""))) != accelerators:
                found.append(f"{where}: {form!r} has not {accelerators} & accelerator(s)")
        if message.plural and message.forms and len(message.forms) != PLURAL_FORMS:
            found.append(f"{where}: {len(message.forms)} plural forms, not {PLURAL_FORMS}")
    return found


def build(target: Path = CATALOGUE_DIR) -> None:
    for language in LANGUAGES:
        qm = target / f"calfplayer_{language}.qm"
        subprocess.run(lrelease_command(ts_path(language), qm), check=True)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "update":
        update()
    elif command == "build":
        build()
    elif command == "check":
        wanted = all_texts()
        listed = problems(wanted) + left_behind(wanted)
        for language in LANGUAGES:
            if ts_path(language).exists():
                listed += mistakes(read_ts(ts_path(language)), ts_path(language).name)
        print("\n".join(listed) or "every text is translated")
        return 1 if listed else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
