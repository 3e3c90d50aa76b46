from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from calfplayer.domain.exercises import Catalogue
from calfplayer.domain.plan import SegmentKind, build_plan, format_duration
from calfplayer.domain.routines import Side, parse_routine
from calfplayer.resources import asset

CATALOGUE = Catalogue.load(asset("exercises"))


def kinds(plan, item_index=0):
    return [s.kind for s in plan.segments if s.item_index == item_index]


def test_every_built_in_expands_with_believable_totals(library):
    totals = {r.id: build_plan(r).total_ms for r in library.routines}
    assert set(totals) == {"full-programme", "gentle-start", "balance-builder", "movement-snack"}
    assert 60_000 <= totals["movement-snack"] <= 120_000, "a movement snack is one to two minutes"
    assert totals["full-programme"] > totals["balance-builder"] > totals["movement-snack"]
    full = library.get("full-programme")
    assert [item.exercise.id for item in full.items] == list(CATALOGUE)


def test_movement_snack_is_setup_then_timed_reps(library):
    plan = build_plan(library.get("movement-snack"))
    item = plan.item(0)
    assert plan.segments[0].kind is SegmentKind.SETUP
    reps = [s for s in plan.segments if s.kind is SegmentKind.DOWN]
    assert len(reps) == item.reps == 18
    assert plan.total_ms == item.setup_ms + 18 * item.tempo.rep_ms
    assert [s.kind for s in plan.segments[1:4]] == [
        SegmentKind.UP,
        SegmentKind.TOP,
        SegmentKind.DOWN,
    ]


def test_sets_are_separated_by_rest_but_not_followed_by_one(make_routine):
    plan = build_plan(make_routine({"exercise": "calf-raise", "sets": 3, "reps": 2, "rest": 30}))
    rests = [s for s in plan.segments if s.kind is SegmentKind.REST]
    assert len(rests) == 2
    assert all(r.duration_ms == 30_000 for r in rests)
    assert plan.segments[-1].kind is SegmentKind.DOWN


def test_one_sided_sets_do_right_then_left_then_rest(make_routine):
    plan = build_plan(make_routine({"exercise": "single-leg-calf-raise", "sets": 2, "reps": 1}))
    sequence = [
        (s.kind, s.set_number, s.side) for s in plan.segments if s.kind is not SegmentKind.TOP
    ]
    assert sequence == [
        (SegmentKind.SETUP, 1, Side.RIGHT),
        (SegmentKind.UP, 1, Side.RIGHT),
        (SegmentKind.DOWN, 1, Side.RIGHT),
        (SegmentKind.SWITCH, 1, Side.LEFT),
        (SegmentKind.UP, 1, Side.LEFT),
        (SegmentKind.DOWN, 1, Side.LEFT),
        (SegmentKind.REST, 2, Side.RIGHT),
        (SegmentKind.UP, 2, Side.RIGHT),
        (SegmentKind.DOWN, 2, Side.RIGHT),
        (SegmentKind.SWITCH, 2, Side.LEFT),
        (SegmentKind.UP, 2, Side.LEFT),
        (SegmentKind.DOWN, 2, Side.LEFT),
    ]


def test_first_side_left_is_honoured(make_routine):
    plan = build_plan(make_routine({"exercise": "calf-stretch", "sets": 1, "first_side": "left"}))
    sides = [s.side for s in plan.segments if s.kind is SegmentKind.HOLD]
    assert sides == [Side.LEFT, Side.RIGHT]


def test_holds_with_several_holds_per_set_relax_between(make_routine):
    plan = build_plan(
        make_routine(
            {
                "exercise": "short-foot",
                "sets": 1,
                "reps": 3,
                "hold": 5,
                "relax": 2,
                "per_side": False,
            }
        )
    )
    assert kinds(plan) == [
        SegmentKind.SETUP,
        SegmentKind.HOLD,
        SegmentKind.RELAX,
        SegmentKind.HOLD,
        SegmentKind.RELAX,
        SegmentKind.HOLD,
    ]
    assert [s.rep for s in plan.segments if s.kind is SegmentKind.HOLD] == [1, 2, 3]


def test_self_paced_reps_wait_but_are_estimated_with_the_tempo(make_routine):
    plan = build_plan(
        make_routine(
            {
                "exercise": "calf-raise",
                "sets": 1,
                "reps": 4,
                "self_paced": True,
                "setup": 0,
                "tempo": {"up": 2, "top": 1, "down": 3},
            }
        )
    )
    assert [s.kind for s in plan.segments] == [SegmentKind.REP] * 4
    assert all(s.duration_ms is None for s in plan.segments)
    assert plan.total_ms == 4 * 6000


def test_zero_length_parts_leave_no_segment(make_routine):
    plan = build_plan(
        make_routine(
            {
                "exercise": "calf-raise",
                "sets": 2,
                "reps": 1,
                "setup": 0,
                "rest": 0,
                "tempo": {"top": 0},
            }
        )
    )
    assert [s.kind for s in plan.segments] == [SegmentKind.UP, SegmentKind.DOWN] * 2


def test_format_duration_rounds_to_the_second():
    assert format_duration(0) == "0:00"
    assert format_duration(59_499) == "0:59"
    assert format_duration(59_500) == "1:00"
    assert format_duration(32 * 60_000 + 15_000) == "32:15"


# --- properties over any valid routine ---------------------------------------------------------

halves = st.integers(min_value=1, max_value=12).map(lambda n: n / 2)


@st.composite
def routine_items(draw):
    exercise = CATALOGUE[draw(st.sampled_from(list(CATALOGUE)))]
    item = {
        "exercise": exercise.id,
        "sets": draw(st.integers(1, 4)),
        "reps": draw(st.integers(1, 6)),
        "rest": draw(st.integers(0, 60)),
        "setup": draw(st.integers(0, 15)),
        "per_side": draw(st.booleans()),
        "first_side": draw(st.sampled_from(["right", "left"])),
        "switch": draw(st.integers(0, 10)),
    }
    if exercise.kind == "reps":
        item["tempo"] = {"up": draw(halves), "top": draw(st.integers(0, 3)), "down": draw(halves)}
        item["self_paced"] = draw(st.booleans())
    else:
        item["hold"] = draw(st.integers(1, 40))
        item["relax"] = draw(st.integers(0, 5))
    return item


@settings(max_examples=150, deadline=None)
@given(st.lists(routine_items(), min_size=1, max_size=5))
def test_any_valid_routine_plans_consistently(items):
    routine = parse_routine(
        {"format": 1, "id": "prop", "name": "Prop", "items": items}, "p.json", CATALOGUE
    )
    plan = build_plan(routine)
    assert plan.total_ms == sum(s.planned_ms for s in plan.segments)
    position = 0
    for index, segment in enumerate(plan.segments):
        assert segment.index == index
        assert segment.start_ms == position and segment.planned_ms > 0
        position = segment.end_ms
    for item_index, item in enumerate(routine.items):
        finishing = [
            s
            for s in plan.segments
            if s.item_index == item_index
            and s.kind in (SegmentKind.DOWN, SegmentKind.REP, SegmentKind.HOLD)
        ]
        assert len(finishing) == item.sets * item.reps * len(item.sides)
    order = [s.item_index for s in plan.segments]
    assert order == sorted(order)
