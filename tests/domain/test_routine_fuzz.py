"""Whatever bytes a routine file holds, loading ends in a routine or in problems naming a place.

Besides random values, the examples hold the kinds of bad input people have met: numbers too big
for a float, escapes of half a character (``\\ud800``), ids with something after them, empty keys
and keys full of control characters, and paths that are not regular files at all.
"""

from __future__ import annotations

import json
import os
import tempfile
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calfplayer.cli_context import printable
from calfplayer.domain.exercises import Catalogue
from calfplayer.domain.jsonfile import MAX_FILE_BYTES, FileProblems
from calfplayer.domain.library import RoutineLibrary
from calfplayer.domain.plan import build_plan
from calfplayer.domain.routines import (
    ID_PATTERN,
    MAX_PLANNED_MS,
    Routine,
    load_routine,
    routine_from_bytes,
    routine_to_json,
)
from calfplayer.resources import asset
from tests.deadline import SECONDS, finishes_within, make_fifo, unblock

# Many more examples in CI, where the time is set aside for it; a quick pass everywhere else.
EXAMPLES = 10_000 if os.environ.get("CI") else 400
CATALOGUE = Catalogue.load(asset("exercises"))
VALID = [
    routine_to_json(r) for r in RoutineLibrary.load(CATALOGUE, asset("routines"), None).routines
]

# Text as a hostile file may hold it: control characters and lone surrogates included.
odd_text = st.text(
    st.characters(categories=["Cc", "Cs", "Cf", "Ll", "Nd", "Zs"]) | st.sampled_from("-\n"),
    max_size=12,
)
huge_numbers = st.integers(10**300, 10**400) | st.integers(-(10**400), -(10**300))
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**6), 10**6)
    | huge_numbers
    | st.floats(allow_nan=False)
    | st.text(max_size=20)
    | odd_text,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(max_size=10) | odd_text, children, max_size=4)
    ),
    max_leaves=20,
)
keys = st.sampled_from(
    [
        "format",
        "id",
        "name",
        "description",
        "items",
        "exercise",
        "sets",
        "reps",
        "tempo",
        "up",
        "top",
        "down",
        "hold",
        "relax",
        "rest",
        "setup",
        "per_side",
        "first_side",
        "switch",
        "self_paced",
        "typo",
    ]
)


def loads_cleanly(raw: bytes) -> None:
    try:
        routine = routine_from_bytes(raw, "fuzz.json", CATALOGUE)
    except FileProblems as problems:
        assert problems.problems, "a refusal always says why"
        assert all(isinstance(p.place, str) and p.message for p in problems.problems)
        assert "fuzz.json" in problems.describe()
        for problem in problems.problems:
            if "is not a known field" in problem.message or "is missing" in problem.message:
                assert problem.place, f"a field's problem names the field: {problem}"
            shown = printable(f"fuzz.json: {problem}")
            raw = [ch for ch in shown if unicodedata.category(ch) in ("Cc", "Cs")]
            assert not raw, f"reaches the terminal escaped: {shown!r}"
        return
    assert isinstance(routine, Routine) and routine.items
    assert ID_PATTERN.fullmatch(routine.id) and "\n" not in routine.id
    # What loads can be saved and sent on: no half characters in any text it holds.
    json.dumps(routine_to_json(routine), ensure_ascii=False).encode("utf-8")
    assert routine.planned_ms <= MAX_PLANNED_MS
    assert routine.planned_ms == build_plan(routine).total_ms


@st.composite
def mutated_routines(draw):
    data = json.loads(json.dumps(draw(st.sampled_from(VALID))))
    for _ in range(draw(st.integers(1, 4))):
        target = data
        items = data.get("items")
        if isinstance(items, list) and items and draw(st.booleans()):
            target = items[draw(st.integers(0, len(items) - 1))]
            if isinstance(target, dict) and "tempo" in target and draw(st.booleans()):
                target = target["tempo"]
        if not isinstance(target, dict):
            break
        action = draw(st.sampled_from(["set", "delete", "add", "odd key"]))
        if action == "odd key":
            target[draw(st.just("") | odd_text)] = draw(json_values)
            continue
        key = draw(st.sampled_from(sorted(target))) if target and action != "add" else draw(keys)
        if action == "delete":
            target.pop(key, None)
        else:
            target[key] = draw(json_values)
    return data


@st.composite
def bent_texts(draw):
    """A valid routine whose id, name or description has something added that does not belong."""
    data = json.loads(json.dumps(draw(st.sampled_from(VALID))))
    field = draw(st.sampled_from(["id", "name", "description"]))
    extra = draw(
        st.sampled_from(["\n", "\r\n", " ", "\t", "\x1b]0;x\x07", "\x9b", "\ud800", "\udfff"])
        | odd_text
    )
    where = draw(st.sampled_from(["end", "start", "middle"]))
    text = data[field]
    middle = len(text) // 2
    data[field] = {
        "end": text + extra,
        "start": extra + text,
        "middle": text[:middle] + extra + text[middle:],
    }[where]
    return data


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_routines())
def test_mutations_of_valid_files_load_or_name_a_place(data):
    loads_cleanly(json.dumps(data).encode())


@settings(max_examples=EXAMPLES // 10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(json_values)
def test_random_json_loads_or_is_refused(value):
    loads_cleanly(json.dumps(value).encode())


@settings(max_examples=EXAMPLES // 10, deadline=None)
@given(st.binary(max_size=200))
def test_random_bytes_are_refused_with_a_sentence(raw):
    loads_cleanly(raw)


@settings(max_examples=EXAMPLES // 2, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bent_texts())
def test_bent_ids_names_and_descriptions_load_or_name_the_field(data):
    raw = json.dumps(data).encode()  # ensure_ascii: a lone surrogate is written as its escape
    loads_cleanly(raw)


@settings(max_examples=EXAMPLES // 10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bent_texts())
def test_an_id_is_only_lowercase_letters_digits_and_dashes(data):
    try:
        routine = routine_from_bytes(json.dumps(data).encode(), "fuzz.json", CATALOGUE)
    except FileProblems:
        return
    assert all(ch in "abcdefghijklmnopqrstuvwxyz0123456789-" for ch in routine.id)


@settings(max_examples=EXAMPLES // 10, deadline=None)
@given(st.sampled_from(VALID), huge_numbers, st.sampled_from(["rest", "setup", "switch", "sets"]))
def test_numbers_too_big_for_a_float_are_refused_naming_the_field(data, number, key):
    data = json.loads(json.dumps(data))
    data["items"][0][key] = number
    try:
        routine_from_bytes(json.dumps(data).encode(), "fuzz.json", CATALOGUE)
    except FileProblems as problems:
        assert f"items[0].{key}: must be" in problems.describe()
        assert str(number) not in problems.describe(), "not hundreds of digits in a message"
    else:
        raise AssertionError("a number that big cannot be a routine's")


SPECIAL_PATHS = ["fifo", "link to /dev/zero", "folder", "sparse giant", "/proc file of size 0"]


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(SPECIAL_PATHS), st.binary(max_size=64))
def test_paths_that_are_not_regular_files_are_refused_at_once(kind, head):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "routine.json"
        if kind == "fifo":
            make_fifo(path)
        elif kind == "link to /dev/zero":
            path.symlink_to("/dev/zero")
        elif kind == "folder":
            path.mkdir()
        elif kind == "sparse giant":
            with path.open("wb") as file:
                file.write(head)
                file.truncate(MAX_FILE_BYTES * 50)
        else:
            path = Path("/proc/self/status")  # says it is empty, holds a page of text
        try:
            loaded = finishes_within(SECONDS, lambda: _load_or_problems(path))
        finally:
            if kind == "fifo":
                unblock(path)
        assert isinstance(loaded, FileProblems), f"{kind} loaded as a routine"
        message = loaded.describe()
        assert message.startswith(f"{path}: ")
        if kind == "sparse giant":
            assert "at most 1 MB" in message


def _load_or_problems(path: Path) -> Routine | FileProblems:
    try:
        return load_routine(path, CATALOGUE)
    except FileProblems as problems:
        return problems
