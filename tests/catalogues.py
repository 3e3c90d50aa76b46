"""Small catalogues built by a test: a few texts translated, compiled with pyside6-lrelease."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

# (context, source) -> translation
Texts = dict[tuple[str, str], str]


def build_catalogue(folder: Path, language: str, texts: Texts) -> Path:
    """Writes calfplayer_<language>.qm into ``folder`` (returned) holding ``texts``."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    lines.append(f'<TS version="2.1" language="{language}">')
    for (context, source), translation in texts.items():
        lines += [
            f"<context><name>{escape(context)}</name><message>",
            f"<source>{escape(source)}</source>",
            f"<translation>{escape(translation)}</translation>",
            "</message></context>",
        ]
    lines.append("</TS>")
    ts = folder / f"calfplayer_{language}.ts"
    ts.write_text("\n".join(lines), encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    qm = folder / f"calfplayer_{language}.qm"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return folder
