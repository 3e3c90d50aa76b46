"""A routine file that is wrong in any way gives a clear message naming the file and the place."""

from __future__ import annotations

import json

import pytest

from calfplayer.domain.jsonfile import MAX_FILE_BYTES, FileProblems
from calfplayer.domain.library import RoutineLibrary, UnknownRoutine
from calfplayer.domain.routines import Source, load_routine, routine_to_json
from calfplayer.resources import asset

GOOD = {
    "format": 1,
    "id": "my-calves",
    "name": "My calves",
    "description": "Three sets, slow lowering.",
    "items": [
        {"exercise": "calf-raise", "sets": 3, "reps": 15, "tempo": {"up": 2, "top": 1, "down": 3}},
        {"exercise": "calf-stretch", "hold": 45, "first_side": "left"},
    ],
}


def write(tmp_path, content, name="routine.json"):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_text(json.dumps(content), encoding="utf-8")
    return path


def problems_of(tmp_path, catalogue, content):
    path = write(tmp_path, content)
    with pytest.raises(FileProblems) as caught:
        load_routine(path, catalogue)
    message = caught.value.describe()
    assert str(path) in message, "every message names the file"
    return message


def with_item(**changes):
    data = json.loads(json.dumps(GOOD))
    data["items"][0].update(changes)
    return data


def test_a_good_file_loads_with_defaults_filled_in(tmp_path, catalogue):
    routine = load_routine(write(tmp_path, GOOD), catalogue)
    raise_item, stretch = routine.items
    assert (raise_item.sets, raise_item.reps, raise_item.tempo.down_ms) == (3, 15, 3000)
    assert raise_item.rest_ms == catalogue["calf-raise"].dosage.rest_ms
    assert stretch.hold_ms == 45_000 and stretch.per_side and stretch.first_side == "left"
    assert routine.source is Source.FILE


def test_round_trip_through_the_writer_gives_the_same_routine(tmp_path, catalogue, library):
    for routine in library.routines:
        path = write(tmp_path, routine_to_json(routine), f"{routine.id}.json")
        again = load_routine(path, catalogue, Source.BUILT_IN)
        assert again.items == routine.items and again.name == routine.name


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            with_item(tempo={"up": 2, "top": 1, "down": -1}),
            "items[0].tempo.down: must be between 0.5 and 30",
        ),
        (
            with_item(tempo={"up": 2, "dwn": 3}),
            'items[0].tempo.dwn: is not a known field (did you mean "down"?)',
        ),
        (with_item(sets=0), "items[0].sets: must be between 1 and 20 (got 0)"),
        (with_item(sets=2.5), "items[0].sets: must be a whole number (got 2.5)"),
        (with_item(reps="ten"), "items[0].reps: must be a whole number, not text"),
        (with_item(reps=True), "items[0].reps: must be a whole number, not true/false"),
        (with_item(rest=9999), "items[0].rest: must be between 0 and 600 seconds"),
        (with_item(setup=1.3), "items[0].setup: must be in whole or half seconds"),
        (with_item(per_side="yes"), "items[0].per_side: must be true or false"),
        (with_item(first_side="middle"), 'items[0].first_side: must be "right" or "left"'),
        (
            with_item(hold=30),
            'items[0].hold: does not apply: "calf-raise" is a repetition exercise',
        ),
        (
            with_item(exercise="calf-rase"),
            'items[0].exercise: "calf-rase" is not a known exercise (did you mean "calf-raise"?)',
        ),
        (
            with_item(exercise=7),
            "items[0].exercise: a value that is not text is not a known exercise",
        ),
        ({**GOOD, "itmes": []}, 'itmes: is not a known field (did you mean "items"?)'),
        ({**GOOD, "items": []}, "items: must hold between 1 and 50 entries (got 0)"),
        ({**GOOD, "items": "calf-raise"}, "items: must be a list, not text"),
        ({**GOOD, "items": ["calf-raise"]}, "items[0]: must be an object naming an exercise"),
        ({**GOOD, "id": "My Calves!"}, "id: must be lowercase letters, digits and dashes"),
        ({**GOOD, "name": "   "}, "name: must not be empty"),
        ({**GOOD, "name": "x" * 81}, "name: is 81 characters long; at most 80 are allowed"),
        ({k: v for k, v in GOOD.items() if k != "name"}, "name: is missing"),
        (
            {**GOOD, "format": 2},
            "format: this file uses routine format 2; this calfplayer reads format 1",
        ),
    ],
)
def test_each_mistake_is_named_with_its_place(tmp_path, catalogue, content, expected):
    assert expected in problems_of(tmp_path, catalogue, content)


def test_every_problem_is_reported_not_just_the_first(tmp_path, catalogue):
    data = with_item(sets=0, reps=0)
    data["items"][1]["hold"] = 0
    message = problems_of(tmp_path, catalogue, data)
    assert "items[0].sets" in message and "items[0].reps" in message and "items[1].hold" in message


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\xff\xfe{not utf8", "is not UTF-8 text"),
        ('{"id": "x",', "is not valid JSON (line 1, column 12"),
        ("[1, 2, 3]", "must be an object, not a list"),
        ('"just text"', "must be an object, not text"),
        ('{"format": 1, "id": "a", "id": "b"}', 'the key "id" appears twice'),
        ('{"format": NaN}', "NaN is not a number JSON allows"),
        ("[" * 100_000 + "]" * 100_000, "is not valid JSON"),
    ],
)
def test_broken_files_are_refused_with_one_sentence(tmp_path, catalogue, content, expected):
    assert expected in problems_of(tmp_path, catalogue, content)


def test_files_over_a_megabyte_are_refused_before_reading(tmp_path, catalogue):
    big = b'{"name": "' + b"x" * MAX_FILE_BYTES + b'"}'
    assert "routine files are at most 1 MB" in problems_of(tmp_path, catalogue, big)


def test_missing_file_and_folder_are_sentences(tmp_path, catalogue):
    with pytest.raises(FileProblems, match="does not exist"):
        load_routine(tmp_path / "nope.json", catalogue)
    with pytest.raises(FileProblems, match="is a folder"):
        load_routine(tmp_path, catalogue)


def test_nothing_in_a_file_is_ever_evaluated(tmp_path, catalogue):
    data = {**GOOD, "name": "__import__('os').system('touch pwned')"}
    routine = load_routine(write(tmp_path, data), catalogue)
    assert routine.name.startswith("__import__")
    assert not (tmp_path / "pwned").exists()


def test_a_broken_own_routine_does_not_hide_the_others(tmp_path, catalogue):
    own = tmp_path / "routines"
    own.mkdir()
    write(own, GOOD, "mine.json")
    write(own, "{oops", "broken.json")
    write(own, {**GOOD, "id": "gentle-start"}, "clash.json")
    library = RoutineLibrary.load(catalogue, asset("routines"), own)
    assert "my-calves" in library.ids() and len(library.ids()) == 5
    assert library.get("my-calves").source is Source.USER
    broken = "\n".join(problem.describe() for problem in library.broken)
    assert "broken.json" in broken and "is not valid JSON" in broken
    assert "clash.json" in broken and "already used by another routine" in broken


def test_resolve_takes_an_id_or_a_path(tmp_path, catalogue, library):
    assert library.resolve("gentle-start").id == "gentle-start"
    path = write(tmp_path, GOOD)
    assert library.resolve(str(path)).id == "my-calves"
    with pytest.raises(UnknownRoutine, match='no routine with the id "gentel-start"'):
        library.resolve("gentel-start")
