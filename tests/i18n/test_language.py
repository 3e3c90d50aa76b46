"""The language follows Settings, else the environment as gettext reads it; English otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest

from calfplayer import i18n
from calfplayer.i18n.language import choose_language, language_of, wanted_languages
from tests.catalogues import Entry, catalogue_dir

HAVE = ["de", "en", "es"]


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANGUAGE": "es", "LC_ALL": "de_DE.UTF-8", "LC_MESSAGES": "de", "LANG": "de"}, "es"),
        ({"LC_ALL": "es_ES.UTF-8", "LC_MESSAGES": "de_DE", "LANG": "de_DE"}, "es"),
        ({"LC_MESSAGES": "es_ES", "LANG": "de_DE.UTF-8"}, "es"),
        ({"LANG": "es_MX.UTF-8"}, "es"),
        # Set but empty is not set.
        ({"LANGUAGE": "", "LC_ALL": " ", "LC_MESSAGES": "", "LANG": "de_AT.UTF-8"}, "de"),
        ({}, "en"),
    ],
)
def test_the_first_variable_set_decides(environ: dict[str, str], expected: str) -> None:
    assert choose_language(None, environ, HAVE) == expected


def test_a_language_list_takes_the_first_one_there_is() -> None:
    assert choose_language(None, {"LANGUAGE": "fr:de"}, HAVE) == "de"
    assert choose_language(None, {"LANGUAGE": "fr_FR:es_ES:de"}, HAVE) == "es"
    assert choose_language(None, {"LANGUAGE": "fr::it:"}, HAVE) == "en"
    assert wanted_languages({"LANGUAGE": "fr:de_DE.UTF-8"}) == ["fr", "de_DE"]


def test_english_in_a_list_stops_the_search() -> None:
    assert choose_language(None, {"LANGUAGE": "en_GB:de"}, HAVE) == "en"


@pytest.mark.parametrize("name", ["C", "POSIX", "C.UTF-8", "C.utf8"])
def test_the_c_locale_means_english(name: str) -> None:
    assert choose_language(None, {"LC_ALL": name, "LANG": "de_DE.UTF-8"}, HAVE) == "en"
    assert choose_language(None, {"LANGUAGE": f"{name}:de"}, HAVE) == "en"


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("de_DE.UTF-8@euro", "de"),
        ("de_DE@euro", "de"),
        ("de_CH.ISO-8859-1", "de"),
        ("es-ES", "es"),
        ("ES_es.utf8", "es"),
        ("de", "de"),
    ],
)
def test_region_codeset_and_modifier_are_left_aside(name: str, language: str) -> None:
    assert language_of(name) == language
    assert choose_language(None, {"LANG": name}, HAVE) == language


@pytest.mark.parametrize("name", ["fr_FR.UTF-8", "pt_BR", "zz", "klingon@tlh"])
def test_a_language_without_a_catalogue_means_english(name: str) -> None:
    assert choose_language(None, {"LANG": name}, HAVE) == "en"
    assert choose_language(None, {"LANG": "de_DE.UTF-8"}, ["en", "es"]) == "en"


def test_the_settings_choice_wins_over_the_environment() -> None:
    environ = {"LANGUAGE": "de", "LC_ALL": "de_DE.UTF-8", "LANG": "de_DE.UTF-8"}
    assert choose_language("es", environ, HAVE) == "es"
    assert choose_language("en", environ, HAVE) == "en"
    # "" is "as the system".
    assert choose_language("", environ, HAVE) == "de"
    # A choice whose catalogue has gone is English, not the environment's language.
    assert choose_language("fr", environ, HAVE) == "en"


@pytest.fixture
def catalogues(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    catalogue_dir(tmp_path, "de", [Entry("PlayerPage", "Start", "Los")])
    catalogue_dir(tmp_path, "es", [Entry("PlayerPage", "Start", "Empezar")])
    monkeypatch.setenv(i18n.TRANSLATIONS_DIR_ENV, str(tmp_path))
    return tmp_path


def test_the_languages_on_offer_are_the_built_catalogues(catalogues: Path) -> None:
    assert i18n.available_languages() == ["de", "en", "es"]
    (catalogues / "calfplayer_es.qm").unlink()
    assert i18n.available_languages() == ["de", "en"]


def test_the_environment_chooses_and_texts_follow(catalogues: Path) -> None:
    assert i18n.use_language_for(None, {"LANG": "de_DE.UTF-8@euro"}) == "de"
    assert i18n.translate("PlayerPage", "Start") == "Los"
    assert i18n.use_language_for(None, {"LANGUAGE": "fr:es", "LANG": "de_DE.UTF-8"}) == "es"
    assert i18n.translate("PlayerPage", "Start") == "Empezar"
    assert i18n.use_language_for(None, {"LC_ALL": "C", "LANG": "de_DE.UTF-8"}) == "en"
    assert i18n.translate("PlayerPage", "Start") == "Start"


def test_the_override_applies_at_once(catalogues: Path) -> None:
    environ = {"LANG": "de_DE.UTF-8"}
    assert i18n.use_language_for("es", environ) == "es"
    assert i18n.translate("PlayerPage", "Start") == "Empezar"
    assert i18n.use_language_for("en", environ) == "en"
    assert i18n.translate("PlayerPage", "Start") == "Start"
    assert i18n.use_language_for("", environ) == "de"
    assert i18n.current_language() == "de"


def test_a_missing_catalogue_is_english(catalogues: Path) -> None:
    (catalogues / "calfplayer_de.qm").unlink()
    assert i18n.use_language_for(None, {"LANG": "de_DE.UTF-8"}) == "en"
    assert i18n.use_language("de") == "en"
    assert i18n.translate("PlayerPage", "Start") == "Start"


def test_the_process_environment_is_read_when_none_is_given(
    catalogues: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    assert i18n.use_language_for() == "es"
