"""The figure in every exercise: it stands on the floor, keeps its contacts, and really moves."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from calfplayer.domain.exercises import PROGRAMME_ORDER, Catalogue
from calfplayer.domain.figure import (
    FOOT_LENGTH,
    FootPlace,
    Limb,
    blend,
    body_parts,
    distance,
    lowest_point,
    solve,
    two_bone,
)
from calfplayer.domain.jsonfile import FileProblems
from calfplayer.resources import asset

# From the start pose to the end pose and back, as the player moves the figure through a rep.
STEPS = [i / 20 for i in range(21)]
RAISES = ("seated-calf-raise", "calf-raise", "soleus-raise", "single-leg-calf-raise")
TOUCH_CM = 0.3


def _poses(exercise):  # type: ignore[no-untyped-def]
    figure = exercise.figure
    return [blend(figure.start, figure.end, t) for t in STEPS]


@pytest.mark.parametrize("exercise_id", PROGRAMME_ORDER)
def test_no_part_of_the_body_goes_below_the_floor(catalogue, exercise_id) -> None:
    for pose in _poses(catalogue[exercise_id]):
        assert lowest_point(body_parts(solve(pose), None, ())) >= -TOUCH_CM


@pytest.mark.parametrize("exercise_id", PROGRAMME_ORDER)
def test_feet_that_carry_weight_stay_on_the_floor_or_step_all_the_way(
    catalogue, exercise_id
) -> None:
    for pose in _poses(catalogue[exercise_id]):
        figure = solve(pose)
        carrying = [*pose.feet, *([pose.root] if isinstance(pose.root, FootPlace) else [])]
        for place in carrying:
            leg = figure.legs[place.limb]
            ball = leg.point("ball")
            assert abs(ball[1] - place.y) < TOUCH_CM, (exercise_id, place.limb, ball)
            if place.heel == 0:  # a flat foot: the heel is down as well
                assert abs(leg.point("heel")[1] - place.y) < TOUCH_CM
            # Planted: the ball does not slide while the heel moves.
            assert abs(ball[0] - place.x) < TOUCH_CM
        for hand in pose.hands:
            assert distance(figure.arms[hand.limb].wrist, hand.wrist) < TOUCH_CM


@pytest.mark.parametrize("exercise_id", RAISES)
def test_every_raise_lifts_the_heel_by_a_third_of_the_foot(catalogue, exercise_id) -> None:
    figure = catalogue[exercise_id].figure
    for limb in figure.working:
        start = solve(figure.start).legs[limb].point("heel")
        end = solve(figure.end).legs[limb].point("heel")
        assert end[1] - start[1] >= FOOT_LENGTH / 3, (limb, start, end)
        toes = (solve(figure.start).legs[limb].point("ball"), solve(figure.end).legs[limb])
        assert distance(toes[0], toes[1].point("ball")) < TOUCH_CM  # on the same spot


def test_the_standing_calf_stretch_keeps_the_back_heel_down(catalogue) -> None:
    exercise = catalogue["calf-stretch"]
    assert exercise.figure.working == (Limb.NEAR,)
    for pose in _poses(exercise):
        heel = solve(pose).legs[Limb.NEAR].point("heel")
        assert abs(heel[1]) < TOUCH_CM, heel
    # ... while that ankle bends further: the stretch.
    start = solve(exercise.figure.start).joint_angles()["near_ankle"]
    end = solve(exercise.figure.end).joint_angles()["near_ankle"]
    assert end <= start - 15


@pytest.mark.parametrize("exercise_id", PROGRAMME_ORDER)
def test_start_and_end_differ_in_the_key_joints(catalogue, exercise_id) -> None:
    figure = catalogue[exercise_id].figure
    start = solve(figure.start).joint_angles()
    end = solve(figure.end).joint_angles()
    for joint in figure.key_joints:
        least = 12 if joint == "arch" else 15  # degrees
        assert abs(end[joint] - start[joint]) >= least, (joint, start[joint], end[joint])


def test_all_nine_are_drawn_at_one_scale(catalogue) -> None:
    """The same body everywhere: every figure's bones are the same length."""
    lengths = set()
    for exercise in catalogue.values():
        for pose in (exercise.figure.start, exercise.figure.end):
            figure = solve(pose)
            for leg in figure.legs.values():
                lengths.add(round(distance(leg.hip, leg.knee) + distance(leg.knee, leg.ankle), 3))
            lengths.add(round(distance(figure.hip, figure.shoulder), 3))
    assert len(lengths) == 2  # one leg length and one trunk length


def test_two_bone_reach_puts_the_joint_on_the_asked_side() -> None:
    hip, ankle = (0.0, 90.0), (0.0, 10.0)
    forward = two_bone(hip, ankle, 42, 42, +1)
    backward = two_bone(hip, ankle, 42, 42, -1)
    assert forward[0] > 5 > -5 > backward[0]
    assert distance(hip, forward) == pytest.approx(42)
    assert distance(forward, ankle) == pytest.approx(42)
    # Out of reach: the limb is straight, pointing at the target.
    assert two_bone(hip, (0.0, -100.0), 42, 42, +1) == pytest.approx((0.0, 48.0))


def _catalogue_with(tmp_path: Path, change) -> Catalogue:  # type: ignore[no-untyped-def]
    for source in asset("exercises").glob("*.json"):
        data = json.loads(source.read_text(encoding="utf-8"))
        if data["id"] == "calf-raise":
            change(data["figure"])
        (tmp_path / source.name).write_text(json.dumps(data), encoding="utf-8")
    return Catalogue.load(tmp_path)


@pytest.mark.parametrize(
    ("change", "says"),
    [
        (
            lambda f: f["end"]["hands"][0].update(x=150),
            "figure.end: the near hand is",
        ),
        (
            lambda f: f["start"]["root"].update(on="step"),
            'figure.start.root.on: is "step", but the scene has no step',
        ),
        (
            lambda f: f["start"]["joints"].update(near_knee=-120),
            "figure.start: the body reaches",
        ),
        (
            lambda f: f["end"].pop("feet"),
            "figure.end: must rest on the same parts as the start pose",
        ),
        (
            lambda f: f["start"]["joints"].update(neck=10),
            "figure.start.joints.neck: is not a known field",
        ),
        (
            lambda f: f.update(muscle="biceps"),
            'figure.muscle: must be "gastrocnemius" or "soleus" or "arch"',
        ),
    ],
)
def test_a_figure_that_cannot_be_held_is_refused_with_a_reason(tmp_path, change, says) -> None:
    with pytest.raises(FileProblems) as caught:
        _catalogue_with(tmp_path, change)
    assert "calf-raise.json" in caught.value.describe()
    assert says in caught.value.describe()
