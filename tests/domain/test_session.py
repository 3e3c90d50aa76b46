from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calfplayer.domain.clock import FakeClock
from calfplayer.domain.plan import SegmentKind, build_plan
from calfplayer.domain.session import EventKind, Session, State


def play(session, clock, step_ms=100, limit_ms=10_000_000):
    """Ticks the clock in steps until the workout ends; returns every event."""
    events = session.start() if session.state is State.READY else []
    while not session.finished and clock.monotonic_ms() < limit_ms:
        clock.advance(step_ms)
        events += session.advance()
    return events


def of(events, kind):
    return [e for e in events if e.kind is kind]


def test_a_whole_built_in_routine_plays_through_in_milliseconds(library):
    plan = build_plan(library.get("gentle-start"))
    clock = FakeClock()
    session = Session(plan, clock)
    events = play(session, clock, step_ms=7)  # an awkward tick length on purpose

    assert session.state is State.COMPLETED
    assert session.elapsed_ms() == plan.total_ms, "time is derived, so it cannot drift"
    started = of(events, EventKind.SEGMENT_STARTED)
    assert [e.segment.index for e in started] == list(range(len(plan.segments)))
    assert [e.at_ms for e in started] == [s.start_ms for s in plan.segments], (
        "every segment on time"
    )
    assert of(events, EventKind.WORKOUT_COMPLETED)[0].at_ms == plan.total_ms

    results = session.results
    assert [(r.item_index, r.set_number, r.side) for r in results] == [
        (b.item_index, b.set_number, b.side) for b in plan.blocks()
    ]
    assert not any(r.partial for r in results)
    assert all(r.reps_done == r.reps_planned for r in results)
    stretch = [r for r in results if r.exercise_id == "calf-stretch"]
    assert [r.side for r in stretch] == ["right", "left", "right", "left"]
    assert all(r.hold_done_ms == r.hold_planned_ms == 30_000 for r in stretch)
    seated = [r for r in results if r.exercise_id == "seated-calf-raise"]
    assert [(r.set_number, r.reps_done) for r in seated] == [(1, 12), (2, 12)]
    assert all(r.started_at < r.ended_at for r in results)


def test_reps_counts_and_countdowns_arrive_on_time(make_routine):
    plan = build_plan(
        make_routine(
            {
                "exercise": "calf-raise",
                "sets": 1,
                "reps": 3,
                "setup": 5,
                "tempo": {"up": 2, "top": 1, "down": 3},
            }
        )
    )
    clock = FakeClock()
    session = Session(plan, clock)
    events = play(session, clock, step_ms=1)
    assert [(e.value, e.at_ms) for e in of(events, EventKind.REP_COMPLETED)] == [
        (1, 11_000),
        (2, 17_000),
        (3, 23_000),
    ]
    assert [(e.value, e.at_ms) for e in of(events, EventKind.COUNTDOWN)] == [
        (3, 2000),
        (2, 3000),
        (1, 4000),
    ]


def test_holds_report_halfway_and_ten_seconds_left(make_routine):
    plan = build_plan(make_routine({"exercise": "downward-dog", "sets": 1, "hold": 40, "setup": 0}))
    clock = FakeClock()
    events = play(Session(plan, clock), clock)
    assert [e.at_ms for e in of(events, EventKind.HALFWAY)] == [20_000]
    assert [e.at_ms for e in of(events, EventKind.TEN_SECONDS_LEFT)] == [30_000]
    assert [e.value for e in of(events, EventKind.COUNTDOWN)] == [3, 2, 1]


def test_pause_time_is_never_counted(make_routine):
    plan = build_plan(make_routine({"exercise": "calf-raise", "sets": 1, "reps": 2, "setup": 0}))
    clock = FakeClock()
    session = Session(plan, clock)
    session.start()
    clock.advance(1500)
    assert of(session.pause(), EventKind.PAUSED)
    clock.advance(60_000)
    assert session.advance() == [] and session.next_event_at() is None
    assert session.elapsed_ms() == 1500
    session.resume()
    assert session.elapsed_ms() == 1500
    assert session.next_event_at() == clock.monotonic_ms() + 500, "the rest of 'up' is 500 ms"
    events = play(session, clock)
    assert session.elapsed_ms() == plan.total_ms
    assert of(events, EventKind.WORKOUT_COMPLETED)


def test_one_late_tick_after_a_minute_loses_nothing(library):
    plan = build_plan(library.get("movement-snack"))
    clock = FakeClock()
    session = Session(plan, clock)
    session.start()
    clock.advance(60_000)
    late = session.advance()
    clock2 = FakeClock()
    reference = Session(plan, clock2)
    reference.start()
    on_time = []
    while clock2.monotonic_ms() < 60_000:
        clock2.advance(10)
        on_time += reference.advance()
    assert [(e.kind, e.at_ms, e.value) for e in late] == [
        (e.kind, e.at_ms, e.value) for e in on_time
    ]
    assert len(of(late, EventKind.REP_COMPLETED)) == 11  # 5 s setup, 5 s per rep


def test_next_event_at_aims_at_the_next_due_moment(make_routine):
    plan = build_plan(make_routine({"exercise": "calf-raise", "sets": 1, "reps": 1, "setup": 10}))
    clock = FakeClock(start_ms=1000)
    session = Session(plan, clock)
    assert session.next_event_at() is None
    session.start()
    assert session.next_event_at() == 1000 + 7000  # the "three" of the countdown
    clock.set(8000)
    session.advance()
    assert session.next_event_at() == 9000


def test_stop_mid_set_reports_what_was_done(make_routine):
    plan = build_plan(make_routine({"exercise": "calf-raise", "sets": 2, "reps": 5, "setup": 0}))
    clock = FakeClock()
    session = Session(plan, clock)
    session.start()
    clock.advance(2 * plan.item(0).tempo.rep_ms + 100)
    events = session.stop()
    assert session.state is State.STOPPED
    (done,) = of(events, EventKind.SET_COMPLETED)
    assert done.result.partial and done.result.reps_done == 2 and done.result.reps_planned == 5
    assert of(events, EventKind.STOPPED)
    clock.advance(10_000)
    assert session.advance() == [] and session.elapsed_ms() == done.at_ms


def test_stop_during_a_hold_counts_the_seconds_held(make_routine):
    plan = build_plan(make_routine({"exercise": "downward-dog", "sets": 2, "hold": 30, "setup": 0}))
    clock = FakeClock()
    session = Session(plan, clock)
    session.start()
    clock.advance(12_300)
    (result,) = [e.result for e in session.stop() if e.result]
    assert result.partial and result.hold_done_ms == 12_300 and result.hold_planned_ms == 30_000


def test_skip_goes_to_the_next_exercise_and_reports_a_partial_set(make_routine):
    plan = build_plan(
        make_routine(
            {"exercise": "calf-raise", "sets": 3, "reps": 4},
            {"exercise": "seated-calf-raise", "sets": 1},
        )
    )
    clock = FakeClock()
    session = Session(plan, clock)
    session.start()
    clock.advance(plan.segments[plan.set_start(0, 1)].start_ms + 6100)
    events = session.skip()
    assert [e.result.reps_done for e in of(events, EventKind.SET_COMPLETED)] == [1]
    assert session.segment.item_index == 1 and session.segment.kind is SegmentKind.SETUP
    assert of(events, EventKind.SEGMENT_STARTED)[-1].at_ms == session.elapsed_ms()


def test_skip_on_the_last_exercise_ends_the_workout(make_routine):
    plan = build_plan(make_routine({"exercise": "calf-raise", "sets": 1, "reps": 3, "setup": 0}))
    clock = FakeClock()
    session = Session(plan, clock)
    session.start()
    clock.advance(100)
    events = session.skip()
    assert session.state is State.COMPLETED and of(events, EventKind.WORKOUT_COMPLETED)
    assert session.results[0].partial and session.results[0].reps_done == 0


def test_skip_during_setup_reports_nothing(make_routine):
    plan = build_plan(
        make_routine({"exercise": "calf-raise", "sets": 1}, {"exercise": "short-foot"})
    )
    clock = FakeClock()
    session = Session(plan, clock)
    session.start()
    clock.advance(3000)
    assert of(session.skip(), EventKind.SET_COMPLETED) == []


def test_back_restarts_the_set_then_goes_to_the_previous_exercise(make_routine):
    plan = build_plan(
        make_routine(
            {"exercise": "calf-raise", "sets": 2, "reps": 3},
            {"exercise": "seated-calf-raise", "sets": 2, "reps": 3},
        )
    )
    clock = FakeClock()
    session = Session(plan, clock)
    session.start()
    second = plan.set_start(1, 2)
    clock.set(plan.segments[second].start_ms + 7000)
    session.advance()
    assert (session.segment.item_index, session.segment.set_number) == (1, 2)
    events = session.back()
    (left,) = of(events, EventKind.SET_COMPLETED)
    assert left.result is not None
    assert (left.result.set_number, left.result.attempt, left.result.partial) == (2, 1, True)
    assert left.result.reps_done > 0, "the work of the attempt left is kept"
    assert session.segment.index == second, "back to the start of the current set"
    assert session.segment.kind is SegmentKind.SETUP, "after a 3 s count-in"
    assert session.segment_duration_ms() == 3000
    clock.advance(500)
    session.back()
    assert session.segment.index == plan.item_start(0), "already at its start: previous exercise"
    assert session.segment.kind is SegmentKind.SETUP


def test_back_during_rest_repeats_the_set_just_done(make_routine):
    plan = build_plan(
        make_routine({"exercise": "calf-raise", "sets": 2, "reps": 2, "rest": 30, "setup": 0})
    )
    clock = FakeClock()
    session = Session(plan, clock)
    session.start()
    rest = next(s for s in plan.segments if s.kind is SegmentKind.REST)
    clock.set(rest.start_ms + 5000)
    session.advance()
    session.back()
    assert session.segment.index == plan.set_start(0, 1)
    events = play(session, clock)
    sets = [(e.result.set_number, e.result.partial) for e in of(events, EventKind.SET_COMPLETED)]
    assert sets == [(1, False), (2, False)], "set 1 done again, then set 2"


def test_back_during_the_switch_restarts_the_first_side(make_routine):
    plan = build_plan(
        make_routine({"exercise": "single-leg-calf-raise", "sets": 1, "reps": 1, "setup": 0})
    )
    clock = FakeClock()
    session = Session(plan, clock)
    session.start()
    switch = next(s for s in plan.segments if s.kind is SegmentKind.SWITCH)
    clock.set(switch.start_ms + 3000)
    session.advance()
    session.back()
    assert session.segment.index == 0 and session.segment.side == "right"


def test_rest_can_be_extended_and_skipped(make_routine):
    plan = build_plan(
        make_routine({"exercise": "calf-raise", "sets": 2, "reps": 1, "rest": 30, "setup": 0})
    )
    rest = next(s for s in plan.segments if s.kind is SegmentKind.REST)
    clock = FakeClock()
    session = Session(plan, clock)
    session.start()
    clock.set(rest.start_ms + 28_000)
    session.advance()
    session.extend_rest(15)
    assert session.segment_remaining_ms() == 17_000
    clock.advance(16_000)
    assert session.advance()[-1].kind is EventKind.COUNTDOWN
    assert session.segment.kind is SegmentKind.REST
    events = session.skip_rest()
    assert session.segment.kind is SegmentKind.UP and session.segment.set_number == 2
    assert of(events, EventKind.SEGMENT_STARTED)[0].at_ms == rest.start_ms + 44_000
    assert session.skip_rest() == [] and session.extend_rest(10) == [], (
        "no rest now: nothing happens"
    )


def test_self_paced_reps_wait_for_rep_done(make_routine):
    plan = build_plan(
        make_routine(
            {"exercise": "calf-raise", "sets": 1, "reps": 2, "self_paced": True, "setup": 0}
        )
    )
    clock = FakeClock()
    session = Session(plan, clock)
    session.start()
    clock.advance(600_000)
    assert session.advance() == [] and session.next_event_at() is None
    assert of(session.rep_done(), EventKind.REP_COMPLETED)[0].value == 1
    clock.advance(3000)
    events = session.rep_done()
    assert session.state is State.COMPLETED
    assert of(events, EventKind.SET_COMPLETED)[0].result.reps_done == 2


def test_rep_done_on_a_timed_rep_does_nothing(make_routine):
    plan = build_plan(make_routine({"exercise": "calf-raise", "sets": 1, "reps": 2, "setup": 0}))
    clock = FakeClock()
    session = Session(plan, clock)
    session.start()
    clock.advance(100)
    assert session.rep_done() == [] and session.segment.index == 0


def test_start_at_resumes_after_the_get_ready(make_routine):
    plan = build_plan(
        make_routine(
            {"exercise": "calf-raise", "sets": 1, "reps": 1},
            {"exercise": "seated-calf-raise", "sets": 3, "reps": 2},
        )
    )
    clock = FakeClock()
    session = Session(plan, clock)
    events = session.start_at(1, 3)
    assert session.segment.kind is SegmentKind.SETUP and session.segment.item_index == 1
    events += play(session, clock)
    results = [
        (e.result.exercise_id, e.result.set_number) for e in of(events, EventKind.SET_COMPLETED)
    ]
    assert results == [("seated-calf-raise", 3)]
    with pytest.raises(ValueError, match="no set 4"):
        Session(plan, clock).start_at(1, 4)


def test_controls_after_the_end_do_nothing(make_routine):
    plan = build_plan(make_routine({"exercise": "calf-raise", "sets": 1, "reps": 1, "setup": 0}))
    clock = FakeClock()
    session = Session(plan, clock)
    play(session, clock)
    for control in (
        session.pause,
        session.resume,
        session.skip,
        session.back,
        session.stop,
        session.rep_done,
        session.skip_rest,
    ):
        assert control() == []
    assert session.state is State.COMPLETED


def test_stop_before_start_records_nothing(make_routine):
    session = Session(build_plan(make_routine({"exercise": "calf-raise"})), FakeClock())
    assert of(session.stop(), EventKind.STOPPED) and session.results == []


# --- properties ------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(
    items=st.lists(
        st.fixed_dictionaries(
            {
                "exercise": st.sampled_from(
                    [
                        "calf-raise",
                        "calf-stretch",
                        "single-leg-calf-raise",
                        "short-foot",
                        "band-plantarflexion",
                    ]
                ),
                "sets": st.integers(1, 3),
                "reps": st.integers(1, 4),
                "setup": st.integers(0, 12),
                "rest": st.integers(0, 25),
            }
        ),
        min_size=1,
        max_size=3,
    ),
    step=st.integers(37, 5000),
    pauses=st.lists(st.tuples(st.integers(0, 120_000), st.integers(1, 30_000)), max_size=3),
)
def test_events_are_ordered_and_every_planned_rep_is_done(make_routine, items, step, pauses):
    plan = build_plan(make_routine(*items))
    clock = FakeClock()
    session = Session(plan, clock)
    events = session.start()
    pending = sorted(pauses)
    while not session.finished:
        clock.advance(step)
        events += session.advance()
        if pending and session.elapsed_ms() >= pending[0][0]:
            _, length = pending.pop(0)
            events += session.pause()
            clock.advance(length)
            events += session.resume()
    times = [e.at_ms for e in events]
    assert times == sorted(times)
    assert session.elapsed_ms() == plan.total_ms
    done = sum(r.reps_done for r in session.results)
    assert done == sum(plan.reps_planned(key) for key in plan.blocks())
    assert len(of(events, EventKind.REP_COMPLETED)) == done


def test_a_set_played_again_after_back_counts_in_then_is_the_next_attempt(make_routine):
    plan = build_plan(
        make_routine({"exercise": "calf-raise", "sets": 1, "reps": 10, "setup": 5, "rest": 0})
    )
    clock = FakeClock()
    session = Session(plan, clock)
    session.start()
    eighth = next(seg for seg in plan.segments if seg.is_work and seg.rep == 8)
    clock.set(eighth.start_ms + 500)  # 7 reps done, into the 8th
    session.advance()
    events = session.back()
    (kept,) = [e.result for e in events if e.kind is EventKind.SET_COMPLETED]
    assert kept is not None and (kept.reps_done, kept.attempt, kept.partial) == (7, 1, True)
    assert session.segment.kind is SegmentKind.SETUP
    countdown = []
    while session.segment.kind is SegmentKind.SETUP:
        clock.advance(1000)
        countdown += [e.value for e in session.advance() if e.kind is EventKind.COUNTDOWN]
    assert countdown == [2, 1]
    assert session.segment.is_work and session.segment.rep == 1
    while not session.finished:
        clock.advance(1000)
        session.advance()
    assert [(r.attempt, r.reps_done, r.partial) for r in session.results] == [
        (1, 7, True),
        (2, 10, False),
    ]


def test_back_before_anything_was_done_keeps_no_attempt(make_routine):
    plan = build_plan(make_routine({"exercise": "calf-raise", "sets": 1, "reps": 10, "setup": 5}))
    clock = FakeClock()
    session = Session(plan, clock)
    session.start()
    clock.set(plan.segments[plan.set_start(0, 1)].start_ms + 2500)  # into the first rep
    session.advance()
    assert [e for e in session.back() if e.kind is EventKind.SET_COMPLETED] == []
    while not session.finished:
        clock.advance(1000)
        session.advance()
    assert [(r.attempt, r.partial) for r in session.results] == [(1, False)]
