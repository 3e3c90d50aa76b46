"""The catalogue's figures and the one-exercise routine the library's "Try it" plays."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from calfplayer.domain.exercises import Catalogue, Kind, StepPhase
from calfplayer.domain.jsonfile import FileProblems
from calfplayer.domain.plan import SegmentKind, build_plan
from calfplayer.domain.routines import Source, single_exercise_routine
from calfplayer.resources import asset


def test_every_exercise_has_a_figure_with_different_start_and_end_poses(catalogue) -> None:
    assert len(catalogue) == 9
    for exercise in catalogue.values():
        assert exercise.figure.start != exercise.figure.end, exercise.id
    # Nothing else is needed to draw them: the drawings for the README are made from the poses.
    assert not list(asset("exercises").glob("*.svg"))


@pytest.mark.parametrize(
    "exercise_id",
    [
        "calf-stretch",
        "band-plantarflexion",
        "seated-calf-raise",
        "calf-raise",
        "soleus-raise",
        "single-leg-calf-raise",
        "downward-dog",
        "single-leg-deadlift",
        "short-foot",
    ],
)
def test_trying_an_exercise_plays_it_alone_at_its_usual_dose(catalogue, exercise_id) -> None:
    exercise = catalogue[exercise_id]
    routine = single_exercise_routine(exercise_id, catalogue)
    assert routine.name == exercise.name
    assert routine.source is Source.BUILT_IN
    (item,) = routine.items
    assert item.exercise is exercise
    assert (item.sets, item.reps, item.rest_ms) == (
        exercise.dosage.sets,
        exercise.dosage.reps,
        exercise.dosage.rest_ms,
    )
    assert item.per_side is exercise.one_sided
    plan = build_plan(routine)
    assert {segment.exercise_id for segment in plan.segments} == {exercise_id}
    working = SegmentKind.HOLD if exercise.kind is Kind.HOLD else SegmentKind.UP
    sides = 2 if exercise.one_sided else 1
    count = sum(1 for segment in plan.segments if segment.kind is working)
    assert count == exercise.dosage.sets * exercise.dosage.reps * sides


def test_trying_an_unknown_exercise_is_refused(catalogue) -> None:
    with pytest.raises(KeyError):
        single_exercise_routine("toe-wiggle", catalogue)


def _catalogue_with(tmp_path, exercise_id: str, change) -> Path:  # type: ignore[no-untyped-def]
    """A catalogue folder holding one built-in exercise file, changed by ``change``."""
    data = json.loads(asset("exercises", f"{exercise_id}.json").read_text(encoding="utf-8"))
    change(data)
    (tmp_path / f"{exercise_id}.json").write_text(json.dumps(data), encoding="utf-8")
    return tmp_path


def test_every_step_names_its_phase(catalogue) -> None:
    for exercise in catalogue.values():
        phases = [step.phase for step in exercise.steps]
        assert phases[0] is StepPhase.SETUP, exercise.id
        needed = {StepPhase.UP, StepPhase.DOWN} if exercise.kind is Kind.REPS else {StepPhase.HOLD}
        assert needed <= set(phases), exercise.id


def test_an_unknown_step_phase_is_refused_naming_the_file_and_the_field(tmp_path) -> None:
    def misspell(data: dict) -> None:  # type: ignore[type-arg]
        data["steps"][1]["phase"] = "lift"

    folder = _catalogue_with(tmp_path, "calf-raise", misspell)
    with pytest.raises(FileProblems) as raised:
        Catalogue.load(folder)
    message = raised.value.describe()
    assert "calf-raise.json" in message
    assert 'steps[1].phase: must be "setup" or "up" or "hold" or "down" or "return"' in message
    assert '(got "lift")' in message


def test_a_step_without_a_phase_or_a_text_is_refused(tmp_path) -> None:
    def strip(data: dict) -> None:  # type: ignore[type-arg]
        del data["steps"][0]["phase"]
        data["steps"][2] = "Squeeze your calves and hold at the top."

    folder = _catalogue_with(tmp_path, "calf-raise", strip)
    with pytest.raises(FileProblems) as raised:
        Catalogue.load(folder)
    message = raised.value.describe()
    assert "steps[0].phase: is missing" in message
    assert "steps[2]: must be an object" in message


def test_a_movement_without_a_step_for_one_of_its_phases_is_refused(tmp_path) -> None:
    def no_down(data: dict) -> None:  # type: ignore[type-arg]
        data["steps"] = [step for step in data["steps"] if step["phase"] != "down"]

    folder = _catalogue_with(tmp_path, "calf-raise", no_down)
    with pytest.raises(FileProblems) as raised:
        Catalogue.load(folder)
    assert 'steps: has no "down" step' in raised.value.describe()
