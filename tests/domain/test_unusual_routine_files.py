"""Routine files that are not what they seem: each is refused at once with a sentence naming the
file and the field, a broken one among the person's own never stops the others, and the limits
of a routine keep the biggest one quick to plan."""

from __future__ import annotations

import json

import pytest

from calfplayer.domain.jsonfile import FileProblems
from calfplayer.domain.library import RoutineLibrary
from calfplayer.domain.plan import build_plan
from calfplayer.domain.routines import (
    MAX_PLANNED_MS,
    load_routine,
    parse_routine,
    routine_to_json,
)
from calfplayer.resources import asset
from tests.deadline import SECONDS, finishes_within, make_fifo, unblock

from .test_routine_files import GOOD, problems_of, with_item, write

# The biggest routine the limits allow: every item, set and rep at its most, each rep 1 s long,
# one item's reps cut so that the whole stays within 4 hours (14 000 reps a side).
FASTEST = {"up": 0.5, "top": 0, "down": 0.5}
BIGGEST_ITEM = {
    "exercise": "calf-raise",
    "sets": 20,
    "reps": 7,
    "tempo": FASTEST,
    "rest": 0,
    "setup": 0,
    "per_side": True,
    "switch": 0,
}
BIGGEST = {"format": 1, "id": "biggest", "name": "Biggest", "items": [BIGGEST_ITEM] * 50}


def problems_within_time(path, catalogue) -> str:  # type: ignore[no-untyped-def]
    def load() -> str:
        with pytest.raises(FileProblems) as caught:
            load_routine(path, catalogue)
        return caught.value.describe()

    return finishes_within(SECONDS, load)


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path, catalogue):
    fifo = make_fifo(tmp_path / "routine.json")
    try:
        message = problems_within_time(fifo, catalogue)
    finally:
        unblock(fifo)
    assert message == f"{fifo}: is a named pipe (FIFO), not a regular file"


def test_a_link_to_dev_zero_is_refused_without_reading_it(tmp_path, catalogue):
    link = tmp_path / "zero.json"
    link.symlink_to("/dev/zero")
    assert problems_within_time(link, catalogue) == f"{link}: is a device, not a regular file"


def test_a_huge_sparse_file_is_refused_naming_the_limit(tmp_path, catalogue):
    path = tmp_path / "giant.json"
    with path.open("wb") as file:
        file.truncate(5 * 10**9)
    message = problems_within_time(path, catalogue)
    assert "is 5,000,000,000 bytes; routine files are at most 1 MB (1,000,000 bytes)" in message


def test_a_number_too_big_for_a_float_names_its_field(tmp_path, catalogue):
    raw = json.dumps(with_item(rest=1)).replace('"rest": 1', '"rest": 1' + "0" * 400)
    message = problems_of(tmp_path, catalogue, raw)
    assert "items[0].rest: must be between 0 and 600 seconds (got a number of 401 digits)" in (
        message
    )


@pytest.mark.parametrize("field", ["name", "description"])
def test_an_escape_of_half_a_character_is_refused(tmp_path, catalogue, field):
    raw = json.dumps({**GOOD, field: "Calves \ud800"})  # written as the six characters \ud800
    assert "\\ud800" in raw
    message = problems_of(tmp_path, catalogue, raw)
    assert f"{field}: contains the escape \\ud800" in message


def test_a_surrogate_pair_is_one_character_and_welcome(tmp_path, catalogue):
    raw = json.dumps({**GOOD, "name": "Calves \U0001f9b5"})  # written as \ud83e\uddb5
    assert load_routine(write(tmp_path, raw), catalogue).name == "Calves \U0001f9b5"


@pytest.mark.parametrize("routine_id", ["my-calves\n", "\nmy-calves", "my calves", "ünder"])
def test_an_id_is_only_lowercase_letters_digits_and_dashes(tmp_path, catalogue, routine_id):
    message = problems_of(tmp_path, catalogue, {**GOOD, "id": routine_id})
    assert "id: must be lowercase letters, digits and dashes" in message


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ({**GOOD, "": 1}, '[""]: is not a known field'),
        (with_item(**{"": 1}), 'items[0][""]: is not a known field'),
        (with_item(**{"two words": 1}), 'items[0]["two words"]: is not a known field'),
        ({**GOOD, "\u001b]0;pwned\u0007": 1}, '["\\u001b]0;pwned\\u0007"]: is not a known field'),
        (
            with_item(exercise="\u001b]0;pwned\u0007"),
            'items[0].exercise: "\\u001b]0;pwned\\u0007" is not a known exercise',
        ),
        ({**GOOD, "name": "Calves\u009b"}, "name: contains control characters"),
        ({**GOOD, "format": 10**400}, "routine format a number of 401 digits;"),
    ],
)
def test_every_message_names_the_field_and_shows_no_raw_control_character(
    tmp_path, catalogue, content, expected
):
    message = problems_of(tmp_path, catalogue, content)
    assert expected in message
    assert "\u001b" not in message and "\u0007" not in message


def test_the_biggest_routine_within_the_limits_loads(tmp_path, catalogue):
    routine = load_routine(write(tmp_path, BIGGEST), catalogue)
    assert routine.planned_ms == 50 * 20 * 2 * 7 * 1000 <= MAX_PLANNED_MS
    assert build_plan(routine).total_ms == routine.planned_ms


@pytest.mark.parametrize(
    ("change", "planned"),
    [({"reps": 8}, "4 h 27 min"), ({"rest": 600, "reps": 1}, "158 h 54 min")],
)
def test_a_routine_over_four_hours_names_the_limit(tmp_path, catalogue, change, planned):
    data = {**BIGGEST, "items": [{**BIGGEST_ITEM, **change}] * 50}
    message = problems_of(tmp_path, catalogue, data)
    assert f"items: add up to {planned}; a routine may plan at most 4 hours" in message


def test_a_routine_kept_with_a_session_is_read_whatever_its_time(catalogue):
    data = {**BIGGEST, "items": [{**BIGGEST_ITEM, "reps": 100, "tempo": {"up": 30}}] * 50}
    with pytest.raises(FileProblems, match="at most 4 hours"):
        parse_routine(data, "a file", catalogue)
    routine = parse_routine(data, "session 7", catalogue, limit_time=False)
    assert routine.planned_ms > MAX_PLANNED_MS


def test_a_routine_s_time_is_its_plan_s_time(library, make_routine):
    routines = [
        *library.routines,
        make_routine({"exercise": "calf-raise", "self_paced": True, "sets": 3, "rest": 0}),
        make_routine({"exercise": "short-foot", "reps": 4, "relax": 0, "per_side": True}),
        make_routine({"exercise": "calf-stretch", "switch": 0, "setup": 0}),
    ]
    for routine in routines:
        assert routine.planned_ms == build_plan(routine).total_ms, routine.id


def test_broken_own_routines_are_skipped_and_the_rest_load(tmp_path, catalogue):
    own = tmp_path / "routines"
    own.mkdir()
    write(own, GOOD, "mine.json")
    fifo = make_fifo(own / "pipe.json")
    (own / "zero.json").symlink_to("/dev/zero")
    huge = json.dumps(with_item(rest=1)).replace('"rest": 1', '"rest": 1' + "0" * 400)
    write(own, huge, "n.json")
    write(own, {**BIGGEST, "items": [{**BIGGEST_ITEM, "reps": 100}] * 50}, "long.json")
    try:
        library = finishes_within(
            SECONDS, lambda: RoutineLibrary.load(catalogue, asset("routines"), own)
        )
    finally:
        unblock(fifo)
    assert library.ids()[-1] == "my-calves"
    broken = {problems.source.rsplit("/", 1)[1]: problems.describe() for problems in library.broken}
    assert sorted(broken) == ["long.json", "n.json", "pipe.json", "zero.json"]
    assert "not a regular file" in broken["pipe.json"] and "device" in broken["zero.json"]
    assert "items[0].rest: must be between 0 and 600 seconds" in broken["n.json"]
    assert "at most 4 hours" in broken["long.json"]


def test_what_is_saved_reads_back_as_the_same_routine(tmp_path, catalogue):
    routine = load_routine(write(tmp_path, BIGGEST), catalogue)
    again = load_routine(write(tmp_path, routine_to_json(routine), "again.json"), catalogue)
    assert again.items == routine.items
