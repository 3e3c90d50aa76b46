"""Every text the code shows is in both catalogues, translated, and kept whole.

The texts are read from the code by pyside6-lupdate (tools/translations.py runs it), the exercise
catalogue and the built-in routines from their JSON files; the .ts files are read as they are in
the repository.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tools import translations
from tools.translations import Catalogue, Key, Message


@pytest.fixture(scope="module")
def texts_of_the_code() -> dict[Key, Message]:
    return translations.all_texts()


def listing(lines: list[str], limit: int = 400) -> str:
    shown = "\n".join(lines[:limit])
    more = f"\n... and {len(lines) - limit} more" if len(lines) > limit else ""
    return f"{len(lines)}:\n{shown}{more}"


def test_the_code_has_texts_to_translate(texts_of_the_code: dict[Key, Message]) -> None:
    """lupdate found the texts at all: the checks below would pass on nothing."""
    contexts = {key[0] for key in texts_of_the_code}
    assert {"Dates", "Numbers", "Exercises", "Routines"} <= contexts
    assert ("Dates", "May", "short month") in texts_of_the_code


def test_every_text_is_in_both_catalogues_and_finished(
    texts_of_the_code: dict[Key, Message],
) -> None:
    missing = translations.problems(texts_of_the_code)
    if missing:
        pytest.fail(
            "texts missing from a catalogue or not translated there "
            "(python tools/translations.py update, then translate them): " + listing(missing),
            pytrace=False,
        )


def test_the_catalogues_hold_no_text_the_code_no_longer_has(
    texts_of_the_code: dict[Key, Message],
) -> None:
    stale = translations.left_behind(texts_of_the_code)
    if stale:
        pytest.fail("run python tools/translations.py update: " + listing(stale), pytrace=False)


@pytest.mark.parametrize("language", sorted(translations.LANGUAGES))
def test_translations_keep_placeholders_n_and_accelerators(language: str) -> None:
    path = translations.ts_path(language)
    found = translations.mistakes(translations.read_ts(path), path.name)
    if found:
        pytest.fail(listing(found), pytrace=False)


def test_the_catalogues_are_for_their_languages() -> None:
    for language, locale_name in translations.LANGUAGES.items():
        assert translations.read_ts(translations.ts_path(language)).language == locale_name


# --- the check itself finds what it should ----------------------------------------------------


def catalogue_of(*messages: Message) -> Catalogue:
    return Catalogue("de_DE", {message.key: message for message in messages})


@pytest.mark.parametrize(
    ("source", "forms", "complaint"),
    [
        ("Set {current} of {total}", ["Satz {current} von {gesamt}"], "placeholders"),
        ("Set {current} of {total}", ["Satz {current}"], "placeholders"),
        ("{seconds:.1f} s", ["{seconds} s"], "placeholders"),
        ("%(prog)s: error: %(message)s\n", ["%(prog)s: Fehler: %(nachricht)s\n"], "placeholders"),
        ("%n session(s)", ["%n Sitzung", "Sitzungen"], "has no %n"),
        ("%n session(s)", ["%n Sitzung"], "plural forms"),
        ("&Start", ["Los"], "accelerator"),
        ("&Start", ["&L&os"], "accelerator"),
        ("Save", ["&Speichern"], "accelerator"),
    ],
)
def test_mistakes_are_found(source: str, forms: list[str], complaint: str) -> None:
    message = Message("PlayerPage", source, forms=forms, finished=True)
    found = translations.mistakes(catalogue_of(message), "calfplayer_de.ts")
    assert len(found) == 1, found
    assert found[0].startswith(f"calfplayer_de.ts: [PlayerPage] {source!r}")
    assert complaint in found[0]


@pytest.mark.parametrize(
    ("source", "forms"),
    [
        ("Set {current} of {total}", ["{total} Sätze, Satz {current}"]),
        ("%n session(s)", ["%n Sitzung", "%n Sitzungen"]),
        ("&Start", ["&Los"]),
        ("Tom && Jerry", ["Tom && Jerry"]),
        ("Set {current} of {total}", None),
    ],
)
def test_good_translations_pass(source: str, forms: list[str] | None) -> None:
    message = Message("PlayerPage", source, forms=forms, finished=forms is not None)
    assert translations.mistakes(catalogue_of(message), "calfplayer_de.ts") == []


def test_missing_unfinished_and_stale_texts_are_listed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(translations, "CATALOGUE_DIR", tmp_path)
    wanted = {
        message.key: message
        for message in (Message("A", "Done"), Message("A", "Open"), Message("A", "%n set(s)"))
    }
    german = catalogue_of(
        Message("A", "Done", forms=["Fertig"], finished=True),
        Message("A", "Open", forms=["Öffnen"], finished=False),
        Message("A", "%n set(s)", forms=["%n Satz", ""], finished=True),
        Message("A", "Gone", forms=["Weg"], finished=True),
    )
    translations.write_ts(tmp_path / "calfplayer_de.ts", german)
    found = translations.problems(wanted)
    assert "calfplayer_de.ts: [A] 'Open' is not finished" in found
    assert "calfplayer_de.ts: [A] '%n set(s)' is not finished" in found
    assert "calfplayer_es.ts: [A] 'Done' is missing" in found
    assert not any("'Done'" in line for line in found if line.startswith("calfplayer_de"))
    assert translations.left_behind(wanted) == [
        "calfplayer_de.ts: [A] 'Gone' is no longer in the code"
    ]
