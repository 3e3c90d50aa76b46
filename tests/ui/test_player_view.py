"""What the player shows about the whole workout, worked out without Qt: the time left, the dose
of what comes next and which way the drawing faces."""

from __future__ import annotations

from calfplayer.domain.clock import FakeClock
from calfplayer.domain.plan import SegmentKind, build_plan
from calfplayer.domain.session import Session
from calfplayer.ui.player_view import dose_text, player_view, workout_left_ms


def _session(make_routine, *items):  # type: ignore[no-untyped-def]
    clock = FakeClock()
    session = Session(build_plan(make_routine(*items)), clock)
    session.start()
    return session, clock


def _until(session, clock, kind):  # type: ignore[no-untyped-def]
    while session.segment.kind is not kind:
        due = session.next_event_at()
        assert due is not None, f"never reached {kind}"
        clock.set(due)
        session.advance()


def test_the_time_left_is_the_plan_less_what_has_passed(make_routine) -> None:
    session, clock = _session(make_routine, {"exercise": "calf-stretch", "sets": 2, "hold": 20})
    total = session.plan.total_ms
    assert workout_left_ms(session) == total
    assert player_view(session).workout_fraction == 0.0
    clock.advance(10_000)
    assert workout_left_ms(session) == total - 10_000
    assert player_view(session).time_left == f"{(total - 10_000 + 999) // 1000 // 60}:" + (
        f"{(total - 10_000 + 999) // 1000 % 60:02d} left"
    )


def test_more_rest_adds_to_the_time_left(make_routine) -> None:
    session, clock = _session(
        make_routine, {"exercise": "calf-stretch", "sets": 2, "hold": 20, "rest": 30}
    )
    _until(session, clock, SegmentKind.REST)
    before = workout_left_ms(session)
    session.extend_rest(15)
    assert workout_left_ms(session) == before + 15_000


def test_a_rep_that_waits_longer_than_its_estimate_never_counts_below_zero(make_routine) -> None:
    session, clock = _session(
        make_routine, {"exercise": "calf-raise", "sets": 1, "reps": 2, "self_paced": True}
    )
    _until(session, clock, SegmentKind.REP)
    after_this_rep = session.plan.total_ms - session.segment.end_ms
    clock.advance(60_000)  # the person takes a minute over one rep
    assert workout_left_ms(session) == after_this_rep
    assert 0 < player_view(session).workout_fraction < 1


def test_a_finished_workout_has_nothing_left(make_routine) -> None:
    session, _clock = _session(make_routine, {"exercise": "calf-stretch", "hold": 20})
    session.stop()
    assert workout_left_ms(session) == 0
    assert player_view(session).workout_fraction == 1.0


def test_the_dose_says_what_one_set_is(make_routine) -> None:
    routine = make_routine(
        {"exercise": "calf-raise", "reps": 12},
        {"exercise": "calf-raise", "reps": 1},
        {"exercise": "calf-stretch", "hold": 30},
        {"exercise": "calf-stretch", "hold": 20, "reps": 3},
    )
    assert [dose_text(item) for item in routine.items] == [
        "12 reps",
        "1 rep",
        "30 s hold",
        "3 holds of 20 s",
    ]


def test_only_the_left_side_is_mirrored(make_routine) -> None:
    session, clock = _session(
        make_routine, {"exercise": "calf-stretch", "hold": 20, "per_side": True}
    )
    faced = set()
    while not session.finished:
        shown = player_view(session)
        if session.segment.kind is SegmentKind.HOLD:
            faced.add((shown.side_text, shown.mirrored))
        due = session.next_event_at()
        if due is None:
            break
        clock.set(due)
        session.advance()
    assert faced == {("Right leg", False), ("Left leg", True)}
