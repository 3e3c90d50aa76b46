from __future__ import annotations

from calfplayer.domain.progression import (
    AdviceKind,
    RecentSession,
    StepKind,
    advise,
    apply_step,
    next_step,
)

EASY = RecentSession(completed=True, effort=3, pain=1)


def test_three_easy_completed_sessions_suggest_two_more_reps(make_routine):
    routine = make_routine(
        {"exercise": "calf-raise", "reps": 10}, {"exercise": "calf-stretch", "hold": 30}
    )
    advice = advise(routine, [EASY, EASY, EASY])
    assert advice is not None and advice.kind is AdviceKind.STEP_UP
    assert advice.step is not None and advice.step.kind is StepKind.MORE_REPS
    assert "two more reps in each set of standing calf raise" in advice.message
    stepped = apply_step(routine, advice.step)
    assert stepped.items[0].reps == 12 and stepped.items[1] == routine.items[1]
    assert routine.items[0].reps == 10, "the routine itself never changes"


def test_the_step_moves_on_to_holds_then_sets_when_reps_are_full(make_routine):
    routine = make_routine(
        {"exercise": "calf-raise", "reps": 15, "sets": 2},
        {"exercise": "calf-stretch", "hold": 30, "sets": 2},
    )
    step = next_step(routine)
    assert step is not None and step.kind is StepKind.MORE_HOLD and step.item_indexes == (1,)
    assert apply_step(routine, step).items[1].hold_ms == 35_000
    full_holds = make_routine(
        {"exercise": "calf-raise", "reps": 15, "sets": 2},
        {"exercise": "calf-stretch", "hold": 60, "sets": 3},
    )
    step = next_step(full_holds)
    assert step is not None and step.kind is StepKind.MORE_SETS and step.item_indexes == (0,)
    assert apply_step(full_holds, step).items[0].sets == 3
    top = make_routine({"exercise": "calf-raise", "reps": 15, "sets": 3})
    assert next_step(top) is None and advise(top, [EASY] * 3) is None


def test_reps_never_pass_the_top(make_routine):
    routine = make_routine({"exercise": "calf-raise", "reps": 14})
    step = next_step(routine)
    assert step is not None and apply_step(routine, step).items[0].reps == 15


def test_no_step_up_without_three_easy_completed_sessions(make_routine):
    routine = make_routine({"exercise": "calf-raise", "reps": 10})
    assert advise(routine, [EASY, EASY]) is None
    hard = RecentSession(completed=True, effort=6, pain=1)
    assert advise(routine, [EASY, hard, EASY]) is None
    stopped = RecentSession(completed=False, effort=2, pain=1)
    assert advise(routine, [EASY, stopped, EASY]) is None
    unrated = RecentSession(completed=True, effort=None, pain=None)
    assert advise(routine, [EASY, EASY, unrated]) is None
    rising = [RecentSession(True, 3, 0), RecentSession(True, 3, 1), RecentSession(True, 3, 1)]
    assert advise(routine, rising) is None, "pain rising a little: no step up, no alarm either"
    assert advise(routine, [hard, EASY, EASY, EASY]) is not None, "only the last three count"


def test_pain_rising_by_two_suggests_easing_back(make_routine):
    routine = make_routine({"exercise": "calf-raise", "reps": 10})
    history = [RecentSession(True, 3, 1), RecentSession(True, 3, 2), RecentSession(True, 3, 3)]
    advice = advise(routine, history)
    assert advice is not None and advice.kind is AdviceKind.EASE_BACK and advice.step is None
    assert "from 1 to 3" in advice.message and "clinician" in advice.message


def test_repeated_that_hurt_marks_suggest_easing_back(make_routine):
    routine = make_routine({"exercise": "calf-raise"}, {"exercise": "soleus-raise"})
    hurt = RecentSession(True, 3, 1, frozenset({"soleus-raise"}))
    advice = advise(routine, [hurt, EASY, hurt])
    assert advice is not None and advice.kind is AdviceKind.EASE_BACK
    assert '"Deficit soleus raise"' in advice.message and "2 of your last 3" in advice.message
    assert advise(routine, [hurt, EASY, EASY]) is not None
    assert advise(routine, [hurt, EASY, EASY]).kind is AdviceKind.STEP_UP, (
        "one mark alone is not a pattern"
    )


def test_the_change_a_step_makes_is_said_exercise_by_exercise(make_routine):
    from calfplayer.domain.progression import Step, describe_change

    routine = make_routine(
        {"exercise": "calf-raise", "reps": 14, "sets": 2},
        {"exercise": "calf-stretch", "hold": 30, "sets": 1},
    )
    assert (
        describe_change(routine, Step(StepKind.MORE_REPS, (0,)))
        == "Two more reps per set: Standing calf raise 14 → 15 reps"
    )
    assert (
        describe_change(routine, Step(StepKind.MORE_HOLD, (1,)))
        == "Five more seconds per hold: Standing calf stretch 30 → 35 s hold"
    )
    assert (
        describe_change(routine, Step(StepKind.MORE_SETS, (0, 1)))
        == "One more set: Standing calf raise 2 → 3 sets, Standing calf stretch 1 → 2 sets"
    )
