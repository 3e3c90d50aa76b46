"""The highlighted step is the one that says what the body is doing now, for every exercise."""

from __future__ import annotations

import pytest

from calfplayer.domain.exercises import StepPhase
from calfplayer.domain.plan import Plan, SegmentKind, build_plan
from calfplayer.domain.routines import single_exercise_routine
from calfplayer.ui.main_window import MainWindow

from .helpers import step

# The phase of the step a person expects to see highlighted in each kind of segment; where an
# exercise has no step of that phase, the second choice (None: no step highlighted).
EXPECTED: dict[SegmentKind, tuple[StepPhase, StepPhase | None]] = {
    SegmentKind.SETUP: (StepPhase.SETUP, None),
    SegmentKind.SWITCH: (StepPhase.SETUP, None),
    SegmentKind.UP: (StepPhase.UP, None),
    SegmentKind.TOP: (StepPhase.HOLD, StepPhase.UP),
    SegmentKind.DOWN: (StepPhase.DOWN, None),
    SegmentKind.REP: (StepPhase.UP, None),
    SegmentKind.HOLD: (StepPhase.HOLD, None),
    SegmentKind.RELAX: (StepPhase.RETURN, None),
    SegmentKind.REST: (StepPhase.SETUP, None),
}


def _highlighted(window: MainWindow) -> StepPhase | None:
    """The phase of the step the player shows highlighted (checking its text is that step's)."""
    session = window.controller.session
    assert session is not None
    exercise = session.plan.item(session.segment.item_index).exercise
    index = window.player.steps.current
    if index < 0:
        return None
    shown = window.player.current_step_text()
    assert shown == f"{index + 1}.  {exercise.steps[index].text}"
    return exercise.steps[index].phase


def _walk(window: MainWindow, clock, plan: Plan) -> set[SegmentKind]:  # type: ignore[no-untyped-def]
    """Plays the plan to its end checking the highlight in every segment; returns the kinds seen."""
    window.start_plan(plan)
    seen: set[SegmentKind] = set()
    while window.controller.active:
        session = window.controller.session
        assert session is not None
        kind = session.segment.kind
        exercise = session.plan.item(session.segment.item_index).exercise
        phases = {s.phase for s in exercise.steps}
        first, second = EXPECTED[kind]
        wanted = first if first in phases else second
        where = f"{exercise.id}, segment {session.segment.index} ({kind})"
        assert _highlighted(window) == wanted, where
        seen.add(kind)
        if kind is SegmentKind.REP:
            window.controller.rep_done()
        elif not step(window, clock):
            break
    return seen


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
def test_every_exercise_highlights_the_step_of_its_phase(
    window, clock, catalogue, exercise_id
) -> None:
    plan = build_plan(single_exercise_routine(exercise_id, catalogue))
    seen = _walk(window, clock, plan)
    exercise = catalogue[exercise_id]
    if exercise.kind.value == "reps":
        assert {SegmentKind.SETUP, SegmentKind.UP, SegmentKind.TOP, SegmentKind.DOWN} <= seen
    else:
        assert {SegmentKind.SETUP, SegmentKind.HOLD} <= seen
    if exercise.one_sided:
        assert SegmentKind.SWITCH in seen
    if exercise.dosage.sets > 1:
        assert SegmentKind.REST in seen


def test_self_paced_reps_and_relaxing_between_holds_highlight_their_steps(
    window, clock, make_routine
) -> None:
    routine = make_routine(
        {"exercise": "calf-raise", "sets": 1, "reps": 2, "self_paced": True},
        {"exercise": "short-foot", "sets": 1, "reps": 3, "hold": 2, "relax": 2},
    )
    seen = _walk(window, clock, build_plan(routine))
    assert {SegmentKind.REP, SegmentKind.RELAX} <= seen


@pytest.mark.parametrize(
    ("exercise_id", "rising"),
    [
        ("band-plantarflexion", "Push your toes away from you against the band."),
        ("soleus-raise", "Lift your heels, keeping that bend in your knees."),
    ],
)
def test_the_rise_highlights_the_rise_not_the_set_up(
    window, clock, catalogue, exercise_id, rising
) -> None:
    window.start_plan(build_plan(single_exercise_routine(exercise_id, catalogue)))
    while window.controller.session.segment.kind is not SegmentKind.UP:
        step(window, clock)
    assert window.player.current_step_text().endswith(rising)
