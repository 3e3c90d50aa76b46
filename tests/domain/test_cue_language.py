"""The voice's cues are built in the language in use when they are built, not when imported."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from calfplayer import i18n
from calfplayer.domain.cues import CueLevel, cue_schedule, number_words, spoken_texts
from calfplayer.domain.plan import build_plan
from tests.catalogues import build_catalogue

# (context, source[, disambiguation]): translation
GERMAN: dict[tuple[str, ...], str] = {
    ("Exercises", "Up"): "Hoch",
    ("Exercises", "Hold"): "Halten",
    ("Exercises", "Down"): "Runter",
    ("SpokenNumbers", "one"): "eins",
    ("SpokenNumbers", "two"): "zwei",
    ("Cues", "Rest, {duration}.", "spoken: rest between sets"): "Pause, {duration}.",
    ("Cues", "{seconds} seconds", "spoken; {seconds} in words"): "{seconds} Sekunden",
    ("SpokenNumbers", "thirty"): "dreißig",
    ("Cues", "Switch to your left leg."): "Wechsel auf dein linkes Bein.",
}


@pytest.fixture
def german(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    build_catalogue(tmp_path, "de", dict(GERMAN))
    monkeypatch.setenv(i18n.TRANSLATIONS_DIR_ENV, str(tmp_path))
    assert i18n.use_language("de") == "de"
    yield
    i18n.use_language(i18n.ENGLISH)


def routine_plan(make_routine):  # type: ignore[no-untyped-def]
    return build_plan(
        make_routine(
            {"exercise": "calf-raise", "sets": 2, "reps": 2, "setup": 0, "rest": 30},
            {"exercise": "single-leg-calf-raise", "sets": 1, "reps": 1, "setup": 0},
        )
    )


def texts_by_key(plan) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return spoken_texts(plan)


def test_cues_of_a_routine_speak_german_when_german_is_in_use(german, make_routine):  # type: ignore[no-untyped-def]
    texts = texts_by_key(routine_plan(make_routine))
    assert texts["phase.up"] == "hoch"
    assert texts["phase.hold"] == "halten"
    assert texts["phase.down"] == "runter"
    assert texts["rep.1"] == "eins"
    assert texts["rep.2"] == "zwei"
    assert texts["rest.30"] == "Pause, dreißig Sekunden."
    assert texts["side.switch.left"] == "Wechsel auf dein linkes Bein."
    # a text the catalogue lacks stays English rather than going missing
    assert texts["complete"] == "Workout complete. Well done."


def test_the_keys_stay_english_whatever_the_language(german, make_routine):  # type: ignore[no-untyped-def]
    plan = routine_plan(make_routine)
    german_keys = [cue.key for cue in cue_schedule(plan, CueLevel.COACH)]
    i18n.use_language(i18n.ENGLISH)
    english_keys = [cue.key for cue in cue_schedule(plan, CueLevel.COACH)]
    assert german_keys == english_keys


def test_switching_back_to_english_speaks_english_again(german, make_routine):  # type: ignore[no-untyped-def]
    plan = routine_plan(make_routine)
    assert number_words(2) == "zwei"
    i18n.use_language(i18n.ENGLISH)
    texts = texts_by_key(plan)
    assert texts["phase.up"] == "up"
    assert texts["rep.2"] == "two"
    assert texts["rest.30"] == "Rest, thirty seconds."
    assert texts["side.switch.left"] == "Switch to your left leg."
    assert number_words(42) == "forty-two"
    assert number_words(342) == "three hundred and forty-two"
