"""The catalogue's figures and the one-exercise routine the library's "Try it" plays."""

from __future__ import annotations

import pytest

from calfplayer.domain.exercises import Kind
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
