"""The pseudo-language marks every text of the catalogue, and the sweep finds what is unmarked."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from calfplayer import i18n
from calfplayer.i18n import formats
from tests.pseudo_language import english_outside_marks, outside_marks
from tools.translations import Message


def test_every_text_is_marked_with_n_and_placeholders_kept(
    pseudo_catalogue_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(i18n.TRANSLATIONS_DIR_ENV, str(pseudo_catalogue_dir))
    assert i18n.use_language_for(None, {"LANGUAGE": "eo"}) == "eo"
    assert i18n.translate("Dates", "May", "short month") == "⟦May⟧"
    assert formats.long_date(dt.date(2026, 12, 1)) == ("⟦⟦Tuesday⟧ 1 ⟦December⟧ 2026⟧")
    assert formats.decimal(2.5) == "2⟦.⟧5"


def test_plurals_are_marked_in_both_forms(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.pseudo_language import build_pseudo_catalogue

    texts = [Message("HistoryPage", "%n session(s) of {name}"), Message("A", "&Start")]
    build_pseudo_catalogue(tmp_path, texts)
    monkeypatch.setenv(i18n.TRANSLATIONS_DIR_ENV, str(tmp_path))
    assert i18n.use_language("eo") == "eo"
    for n in (0, 1, 2, 21):
        text = i18n.translate("HistoryPage", "%n session(s) of {name}", None, n)
        assert text.format(name="Gentle") == f"⟦{n} session(s) of Gentle⟧"
    assert i18n.translate("A", "&Start") == "⟦&Start⟧"


def test_nested_marks_are_left_out_whole() -> None:
    assert outside_marks("a ⟦b ⟦c⟧ d⟧ e").split() == ["a", "e"]
    assert english_outside_marks("⟦Set ⟦2⟧ of 3⟧ ⟦rest⟧") == []


def test_english_outside_marks_is_found() -> None:
    assert english_outside_marks("⟦Set 1 of 3⟧ rest 30 s") == ["rest", "s"]
    assert english_outside_marks("calfplayer: no routine ⟦x⟧") == ["calfplayer", "no", "routine"]


def test_numbers_flags_punctuation_and_allowed_names_are_not_english() -> None:
    text = (
        "calfplayer: ⟦no routine {id}⟧ no-such-id, --cues -h [-h] [--data-dir 18:00 2h 1.5 — (…) "
        "⟦(also: ⟧CALFPLAYER_DATA_DIR) "
        "/tmp/data/cache/cues: Gentle start"
    )
    allowed = {"calfplayer", "no-such-id", "/tmp/data", "Gentle start"}
    assert english_outside_marks(text, allowed) == []
    # An allowed word is a whole word, never part of another.
    assert english_outside_marks("planned", {"plan"}) == ["planned"]
