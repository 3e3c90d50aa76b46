from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calfplayer.domain.cues import (
    BEEP_END,
    BEEP_TICK,
    CueLevel,
    cue_schedule,
    number_words,
    spoken_texts,
)
from calfplayer.domain.plan import build_plan


def keys(cues):
    return [cue.key for cue in cues]


def test_counts_and_phases_follow_up_hold_down_then_the_count(make_routine):
    plan = build_plan(make_routine({"exercise": "calf-raise", "sets": 1, "reps": 3, "setup": 0}))
    cues = cue_schedule(plan, CueLevel.PHASES)
    assert keys(cues) == [
        "phase.up",
        "phase.hold",
        "phase.down",
        "rep.1",
        "phase.hold",
        "phase.down",
        "rep.2",
        "phase.hold",
        "phase.down",
        "rep.3",
    ]
    assert [c.due_ms for c in cues[:4]] == [0, 2000, 3000, 6000]
    assert cues[3].text == "one"


def test_counts_only_says_just_the_numbers(make_routine):
    plan = build_plan(make_routine({"exercise": "calf-raise", "sets": 1, "reps": 3, "setup": 5}))
    spoken = [c for c in cue_schedule(plan, CueLevel.COUNTS) if not c.is_beep]
    assert [c.text for c in spoken] == ["three", "two", "one", "one", "two", "three"]


def test_exercise_phase_words_are_spoken(make_routine):
    plan = build_plan(
        make_routine(
            {"exercise": "band-plantarflexion", "sets": 1, "reps": 1, "setup": 0, "per_side": False}
        )
    )
    words = plan.item(0).exercise.phase_words
    texts = [c.text for c in cue_schedule(plan, CueLevel.PHASES)]
    assert texts[:3] == [words.up.lower(), words.top.lower(), words.down.lower()]


def test_coach_announces_exercise_sides_rest_and_the_end(make_routine, catalogue):
    plan = build_plan(
        make_routine(
            {"exercise": "single-leg-calf-raise", "sets": 2, "reps": 1, "rest": 30},
            {"exercise": "seated-calf-raise", "sets": 1, "reps": 1},
        )
    )
    texts = [c.text for c in cue_schedule(plan, CueLevel.COACH) if not c.is_beep]
    first_step = catalogue["single-leg-calf-raise"].steps[0].text
    assert texts[:3] == ["Next: single-leg calf raise.", first_step, "Start with your right leg."]
    assert "Switch to your left leg." in texts
    assert "Rest, thirty seconds." in texts
    assert "Next: seated calf raise." in texts
    assert texts[-1] == "Workout complete. Well done."


def test_holds_beep_at_the_end_and_coach_marks_the_middle(make_routine):
    plan = build_plan(make_routine({"exercise": "downward-dog", "sets": 1, "hold": 30, "setup": 0}))
    cues = cue_schedule(plan, CueLevel.COACH)
    by_key = {c.key: c.due_ms for c in cues}
    assert by_key["halfway"] == 15_000 and by_key["left.10"] == 20_000
    assert by_key[BEEP_END] == 30_000
    assert [c.due_ms for c in cues if c.key == BEEP_TICK] == [27_000, 28_000, 29_000]
    assert "halfway" not in keys(cue_schedule(plan, CueLevel.PHASES))


def test_spoken_texts_cover_every_level(library):
    plan = build_plan(library.get("full-programme"))
    texts = spoken_texts(plan)
    for level in CueLevel:
        for cue in cue_schedule(plan, level):
            assert cue.is_beep or texts[cue.key] == cue.text
    assert "rep.12" in texts and texts["rep.12"] == "twelve"


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (0, "zero"),
        (7, "seven"),
        (15, "fifteen"),
        (20, "twenty"),
        (42, "forty-two"),
        (100, "one hundred"),
        (115, "one hundred and fifteen"),
    ],
)
def test_number_words(number, words):
    assert number_words(number) == words


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.fixed_dictionaries(
            {
                "exercise": st.sampled_from(
                    [
                        "calf-raise",
                        "calf-stretch",
                        "single-leg-deadlift",
                        "short-foot",
                        "seated-calf-raise",
                    ]
                ),
                "sets": st.integers(1, 3),
                "reps": st.integers(1, 5),
                "rest": st.integers(0, 40),
                "setup": st.integers(0, 12),
            }
        ),
        min_size=1,
        max_size=3,
    ),
    st.sampled_from(list(CueLevel)),
)
def test_cue_times_fall_inside_the_plan_and_in_order(make_routine, items, level):
    plan = build_plan(make_routine(*items))
    cues = cue_schedule(plan, level)
    times = [c.due_ms for c in cues]
    assert times == sorted(times)
    assert all(0 <= t <= plan.total_ms for t in times)
    counted = [item for item in plan.routine.items if item.tempo is not None or item.reps > 1]
    expected = sum(item.sets * item.reps * len(item.sides) for item in counted)
    assert sum(1 for c in cues if c.key.startswith("rep.")) == expected
