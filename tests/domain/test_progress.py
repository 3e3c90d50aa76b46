"""Planned against done: blocks, shares, the resume point and the time taken, on their own."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from calfplayer.domain.clock import FakeClock
from calfplayer.domain.plan import BlockKey, Plan, build_plan
from calfplayer.domain.progress import PlannedWork, time_taken_ms, workout_progress
from calfplayer.domain.record import HurtMark, SetResult
from calfplayer.domain.routines import Side
from calfplayer.domain.session import Session

START = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)


@pytest.fixture
def plan(make_routine) -> Plan:  # type: ignore[no-untyped-def]
    """Two sets of 10 calf raises, two a side of 5 single-leg raises, two 30 s stretches."""
    routine = make_routine(
        {"exercise": "calf-raise", "sets": 2, "reps": 10},
        {"exercise": "single-leg-calf-raise", "sets": 2, "reps": 5},
        {"exercise": "calf-stretch", "sets": 1, "reps": 2, "hold": 30, "per_side": False},
    )
    return build_plan(routine)


def done(
    item: int,
    set_number: int,
    side: Side | None = None,
    *,
    reps: tuple[int, int] = (10, 10),
    hold: tuple[int, int] = (0, 0),
    at: tuple[int, int] = (0, 1000),
) -> SetResult:
    """A set kept: reps (done, planned), hold ms (done, planned), workout ms (start, end)."""
    return SetResult(
        item_index=item,
        exercise_id="calf-raise",
        set_number=set_number,
        side=side,
        reps_planned=reps[1],
        reps_done=reps[0],
        hold_planned_ms=hold[1],
        hold_done_ms=hold[0],
        started_ms=at[0],
        ended_ms=at[1],
        started_at=START + timedelta(milliseconds=at[0]),
        ended_at=START + timedelta(milliseconds=at[1]),
        partial=reps[0] < reps[1] or hold[0] < hold[1],
    )


def test_the_plan_is_read_into_blocks_in_playing_order(plan):
    planned = PlannedWork.of(plan)
    keys = [(b.key.item_index, b.key.set_number, b.key.side) for b in planned.blocks]
    assert keys == [
        (0, 1, None),
        (0, 2, None),
        (1, 1, Side.RIGHT),
        (1, 1, Side.LEFT),
        (1, 2, Side.RIGHT),
        (1, 2, Side.LEFT),
        (2, 1, None),
    ]
    assert [b.reps for b in planned.blocks[:3]] == [10, 10, 5]
    assert planned.blocks[-1].hold_ms == 60_000 and planned.blocks[-1].is_hold
    assert not planned.blocks[0].is_hold


def test_nothing_done_is_no_share_and_resumes_at_the_start(plan):
    progress = workout_progress(PlannedWork.of(plan), [])
    assert progress.share_done == 0.0 and progress.active_ms == 0
    assert all(block.done is None for block in progress.blocks)
    assert progress.resume_point() == (0, 1)


def test_each_block_counts_for_the_share_of_its_reps_or_hold(plan):
    sets = [
        done(0, 1, at=(0, 20_000)),
        done(0, 2, reps=(5, 10), at=(30_000, 40_000)),
        done(2, 1, hold=(45_000, 60_000), reps=(2, 2), at=(50_000, 110_000)),
    ]
    progress = workout_progress(PlannedWork.of(plan), sets)
    assert [block.reps_done for block in progress.of_item(0)] == [10, 5]
    assert progress.of_item(2)[0].hold_done_ms == 45_000
    assert progress.share_done == pytest.approx((1 + 0.5 + 0.75) / 7)
    assert progress.active_ms == 20_000 + 10_000 + 60_000
    assert [block.complete for block in progress.of_item(0)] == [True, False]
    assert [b.done for b in progress.of_side(1, Side.LEFT)] == [None, None]


def test_a_set_played_again_counts_once_as_played_the_last_time(plan):
    first = done(0, 1, reps=(4, 10), at=(0, 8000))
    again = done(0, 1, at=(0, 20_000))
    progress = workout_progress(PlannedWork.of(plan), [first, again])
    assert progress.of_item(0)[0].done == again
    assert progress.active_ms == 20_000 and progress.share_done == pytest.approx(1 / 7)


def test_marks_are_kept_with_the_progress(plan):
    mark = HurtMark(1, "single-leg-calf-raise", 2, Side.LEFT, START, 61_000)
    progress = workout_progress(PlannedWork.of(plan), [], [mark])
    assert progress.hurts == (mark,)


def test_resume_point_after_one_side_replays_that_set(plan):
    sets = [done(0, 1), done(0, 2), done(1, 1, Side.RIGHT, reps=(5, 5))]
    assert workout_progress(PlannedWork.of(plan), sets).resume_point() == (1, 1)


def test_resume_point_after_both_sides_moves_to_the_next_set(plan):
    sets = [done(0, 1), done(0, 2), done(1, 1, Side.RIGHT, reps=(5, 5))]
    sets.append(done(1, 1, Side.LEFT, reps=(5, 5)))
    assert workout_progress(PlannedWork.of(plan), sets).resume_point() == (1, 2)


def test_resume_point_after_a_side_cut_short_moves_to_the_next_exercise(plan):
    # The second side of a set skipped part-way: the person had moved on.
    sets = [done(1, 1, Side.RIGHT, reps=(5, 5)), done(1, 1, Side.LEFT, reps=(2, 5))]
    assert workout_progress(PlannedWork.of(plan), sets).resume_point() == (2, 1)


def test_resume_point_is_none_when_the_last_block_was_played(plan):
    sets = [done(2, 1, reps=(2, 2), hold=(60_000, 60_000))]
    assert workout_progress(PlannedWork.of(plan), sets).resume_point() is None
    skipped_last = [done(2, 1, reps=(1, 2), hold=(20_000, 60_000))]
    assert workout_progress(PlannedWork.of(plan), skipped_last).resume_point() is None


def test_sets_as_recorded_stand_for_a_plan_that_no_longer_reads():
    sets = [done(0, 2, reps=(6, 12)), done(0, 1, reps=(12, 12)), done(3, 1, Side.LEFT)]
    planned = PlannedWork.as_recorded(sets)
    assert [b.key for b in planned.blocks] == [
        BlockKey(0, 1, None),
        BlockKey(0, 2, None),
        BlockKey(3, 1, Side.LEFT),
    ]
    assert workout_progress(planned, sets).share_done == pytest.approx((1 + 0.5 + 1) / 3)


def test_time_taken_adds_up_every_part_of_a_resumed_workout():
    first_part = [done(0, 1, at=(5000, 20_000)), done(0, 2, at=(30_000, 45_000))]
    # After the cut-off the workout time starts from zero again (a "get ready" first).
    second_part = [done(1, 1, at=(5000, 12_000)), done(1, 2, at=(12_000, 19_000))]
    assert time_taken_ms(first_part) == 45_000
    assert time_taken_ms(first_part + second_part) == 45_000 + 19_000
    assert time_taken_ms([]) == 0


def test_what_the_engine_reports_reads_back_as_the_whole_plan_done(plan):
    clock = FakeClock()
    session = Session(plan, clock)
    session.start()
    while (due := session.next_event_at()) is not None:
        clock.set(due)
        session.advance()
        if session.segment.kind.value == "rep":
            session.rep_done()
    progress = workout_progress(PlannedWork.of(plan), session.results)
    assert progress.share_done == 1.0
    assert all(block.complete for block in progress.blocks)
    assert progress.resume_point() is None
    assert time_taken_ms(session.results) == session.elapsed_ms() == plan.total_ms
