"""argparse's own words, once routed through the catalogue, come out in the language in use."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from calfplayer import i18n
from calfplayer.cli_gettext import translate_argparse
from tests.catalogues import Entry, catalogue_dir

GERMAN = [
    Entry("Argparse", "usage: ", "Aufruf: "),
    Entry("Argparse", "options", "Optionen"),
    Entry("Argparse", "positional arguments", "Argumente"),
    Entry("Argparse", "show this help message and exit", "diese Hilfe zeigen und beenden"),
    Entry("Argparse", "%(prog)s: error: %(message)s\n", "%(prog)s: Fehler: %(message)s\n"),
    Entry(
        "Argparse",
        "the following arguments are required: %s",
        "diese Argumente fehlen: %s",
    ),
]


def parser() -> argparse.ArgumentParser:
    made = argparse.ArgumentParser(prog="calfplayer")
    made.add_argument("routine")
    return made


def test_english_stays_as_argparse_writes_it() -> None:
    translate_argparse()
    text = parser().format_help()
    assert text.startswith("usage: calfplayer [-h] routine")
    assert "positional arguments:" in text
    assert "show this help message and exit" in text


def test_argparse_speaks_german(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    catalogue_dir(tmp_path, "de", GERMAN)
    monkeypatch.setenv(i18n.TRANSLATIONS_DIR_ENV, str(tmp_path))
    assert i18n.use_language("de") == "de"
    translate_argparse()
    text = parser().format_help()
    assert text.startswith("Aufruf: calfplayer [-h] routine")
    assert "Argumente:" in text
    assert "Optionen:" in text
    assert "-h, --help  diese Hilfe zeigen und beenden" in text
    with pytest.raises(SystemExit) as exit_:
        parser().parse_args([])
    assert exit_.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        "calfplayer: Fehler: diese Argumente fehlen: routine"
    )
