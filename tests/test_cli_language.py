"""The command line speaks the language of Settings, else of the environment (as gettext reads
it), with a small catalogue built for the test."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.catalogues import build_catalogue

STEP = "Stand facing a wall and put both palms flat on it."
GERMAN = {
    ("Exercises", "Standing calf stretch"): "Wadendehnung im Stehen",
    (
        "Exercises",
        STEP,
    ): "Stell dich mit dem Gesicht zur Wand und leg beide Handflächen flach daran.",
    ("Exercises", "Hold"): "Halten",
    ("Cli", "{exercise}: get ready ({seconds})"): "{exercise}: mach dich bereit ({seconds})",
}
SPANISH = {
    ("Exercises", "Standing calf stretch"): "Estiramiento de pantorrilla de pie",
    ("Exercises", STEP): "Ponte de cara a una pared y apoya en ella las dos palmas.",
    ("Exercises", "Hold"): "Mantén",
    ("Cli", "{exercise}: get ready ({seconds})"): "{exercise}: prepárate ({seconds})",
}


SHOW_CUES = ("show", "gentle-start", "--cues")


@pytest.fixture
def catalogues(tmp_path: Path) -> Path:
    folder = tmp_path / "translations"
    build_catalogue(folder, "de", GERMAN)
    build_catalogue(folder, "es", SPANISH)
    return folder


def show_cues(catalogues: Path, data_dir: Path, **environment: str) -> str:
    env = {**os.environ, "CALFPLAYER_TRANSLATIONS_DIR": str(catalogues), **environment}
    return _cues_printed(data_dir, env)


def _cues_printed(data_dir: Path, env: dict[str, str]) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "calfplayer", "--data-dir", str(data_dir), *SHOW_CUES],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    return done.stdout


def test_lang_de_prints_the_timeline_and_the_cues_in_german(catalogues, data_dir) -> None:
    out = show_cues(catalogues, data_dir, LANG="de_DE.UTF-8")
    assert "Wadendehnung im Stehen: mach dich bereit (10 s)" in out
    assert f'"{GERMAN["Exercises", STEP]}"' in out
    assert '"halten"' in out
    assert STEP not in out and "get ready" not in out


def test_lang_es_prints_spanish(catalogues, data_dir) -> None:
    out = show_cues(catalogues, data_dir, LANG="es_ES.UTF-8")
    assert "Estiramiento de pantorrilla de pie: prepárate (10 s)" in out
    assert f'"{SPANISH["Exercises", STEP]}"' in out
    assert STEP not in out


def test_lang_c_prints_english(catalogues, data_dir) -> None:
    out = show_cues(catalogues, data_dir, LANG="C")
    assert "Standing calf stretch: get ready (10 s)" in out
    assert f'"{STEP}"' in out
    assert "Wadendehnung" not in out


def test_language_overrides_lang_and_an_unknown_language_is_english(catalogues, data_dir):
    assert "Wadendehnung" in show_cues(catalogues, data_dir, LANG="es_ES.UTF-8", LANGUAGE="de")
    french = show_cues(catalogues, data_dir, LANG="C", LANGUAGE="fr")
    assert "Standing calf stretch: get ready" in french


def test_the_language_chosen_in_settings_wins_over_the_environment(catalogues, data_dir):
    settings = data_dir / "config" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_text(json.dumps({"language": "es"}), encoding="utf-8")
    out = show_cues(catalogues, data_dir, LANG="de_DE.UTF-8", LANGUAGE="de")
    assert "Estiramiento de pantorrilla de pie: prepárate (10 s)" in out


def test_a_damaged_settings_file_means_the_environment_and_stays_where_it_is(
    catalogues, data_dir
) -> None:
    settings = data_dir / "config" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_text("{not json", encoding="utf-8")
    out = show_cues(catalogues, data_dir, LANG="de_DE.UTF-8")
    assert "Wadendehnung im Stehen: mach dich bereit" in out
    assert settings.read_text(encoding="utf-8") == "{not json"


def test_the_help_is_translated_before_any_data_folder_is_known(tmp_path, data_dir) -> None:
    folder = build_catalogue(
        tmp_path / "help", "de", {("Cli", "print a routine's timeline"): "zeigt den Ablauf"}
    )
    env = {**os.environ, "CALFPLAYER_TRANSLATIONS_DIR": str(folder), "LANGUAGE": "de"}
    done = subprocess.run(
        [sys.executable, "-m", "calfplayer", "--help"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    assert "zeigt den Ablauf" in done.stdout


def shipped_cues(data_dir: Path, **environment: str) -> str:
    """``show gentle-start --cues`` with the catalogues calfplayer ships (built by make)."""
    env = {**os.environ, **environment}
    env.pop("CALFPLAYER_TRANSLATIONS_DIR", None)
    return _cues_printed(data_dir, env)


@pytest.mark.parametrize(
    ("lang", "expected", "english_gone"),
    [
        ("de_DE.UTF-8", ["„Halbzeit.“", "„Noch zehn Sekunden.“", "Sanfter Einstieg"], True),
        ("es_ES.UTF-8", ["«Mitad.»", "«Quedan diez segundos.»", "Inicio suave"], True),
        ("C", ['"Halfway."', '"Ten seconds left."', "Gentle start"], False),
    ],
)
def test_the_shipped_catalogues_print_the_cues_in_the_language_of_lang(
    data_dir: Path, lang: str, expected: list[str], english_gone: bool
) -> None:
    out = shipped_cues(data_dir, LANG=lang)
    for text in expected:
        assert text in out
    assert ("Halfway." not in out) is english_gone
