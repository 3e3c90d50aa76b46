"""Whatever bytes a routine file holds, loading ends in a routine or in problems naming a place."""

from __future__ import annotations

import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calfplayer.domain.exercises import Catalogue
from calfplayer.domain.jsonfile import FileProblems
from calfplayer.domain.library import RoutineLibrary
from calfplayer.domain.routines import Routine, routine_from_bytes, routine_to_json
from calfplayer.resources import asset

# Many more examples in CI, where the time is set aside for it; a quick pass everywhere else.
EXAMPLES = 10_000 if os.environ.get("CI") else 400
CATALOGUE = Catalogue.load(asset("exercises"))
VALID = [
    routine_to_json(r) for r in RoutineLibrary.load(CATALOGUE, asset("routines"), None).routines
]

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**6), 10**6)
    | st.floats(allow_nan=False)
    | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
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
        return
    assert isinstance(routine, Routine) and routine.items


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
        action = draw(st.sampled_from(["set", "delete", "add"]))
        key = draw(st.sampled_from(sorted(target))) if target and action != "add" else draw(keys)
        if action == "delete":
            target.pop(key, None)
        else:
            target[key] = draw(json_values)
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
