"""Where a cut-off workout carries on, read from its sets against the routine as it was played."""

from __future__ import annotations

from calfplayer.domain.clock import FakeClock
from calfplayer.domain.plan import build_plan
from calfplayer.domain.routines import Side
from calfplayer.domain.session import Session
from calfplayer.paths import AppPaths
from calfplayer.store.history import HistoryStore
from calfplayer.store.recorder import HistoryRecorder, prepare_history
from calfplayer.store.summaries import session_overviews
from tests.store.history_helpers import play

TEMPO = {"up": 0.5, "top": 0, "down": 0.5}


def test_resuming_after_a_side_skipped_part_way_carries_on_with_the_next_exercise(
    tmp_path, make_routine
):
    plan = build_plan(
        make_routine(
            {
                "exercise": "single-leg-calf-raise",
                "sets": 2,
                "reps": 2,
                "tempo": TEMPO,
                "setup": 1,
                "switch": 1,
                "rest": 1,
            },
            {"exercise": "calf-raise", "sets": 1, "reps": 2, "tempo": TEMPO, "setup": 1},
        )
    )
    paths = AppPaths.under(tmp_path / "data")
    clock = FakeClock()
    session = Session(plan, clock)
    recorder = HistoryRecorder(paths.history_db, clock=clock)
    recorder.begin(plan, clock.wall_now())
    play(session, clock, recorder, sets=1)  # the right side of the first set
    clock.advance(1500)  # switched sides, half a repetition into the left
    recorder.record(session.advance())
    recorder.record(session.skip())  # on to the calf raises; the left side is kept as partial
    assert session.results[-1].side is Side.LEFT and session.results[-1].partial
    session_id = recorder.session_id
    del recorder  # the app is killed during the calf raises' "get ready"

    offer = prepare_history(paths, clock).resume
    assert offer is not None and offer.session_id == session_id
    assert (offer.item_index, offer.set_number) == (1, 1)  # not the skipped exercise's set 2
    store, _ = HistoryStore.open(paths.history_db, clock)
    try:
        assert store.resume_point(session_id) == (1, 1)
    finally:
        store.close()


def test_the_offer_carries_what_was_kept_and_the_time_it_took(tmp_path, quick_plan):
    paths = AppPaths.under(tmp_path / "data")
    clock = FakeClock()
    session = Session(quick_plan, clock)
    recorder = HistoryRecorder(paths.history_db, clock=clock)
    recorder.begin(quick_plan, clock.wall_now())
    play(session, clock, recorder, sets=2)
    del recorder
    offer = prepare_history(paths, clock).resume
    assert offer is not None
    resumption = offer.resumption
    assert resumption.sets == tuple(session.results) and resumption.hurts == ()
    # Setup 1 s, two sets of two 1-second reps with 1 s of rest between: 6 s.
    assert resumption.taken_ms == 6000 == session.results[-1].ended_ms
    assert (resumption.item_index, resumption.set_number) == (1, 1)


def test_a_snapshot_that_no_longer_reads_keeps_its_sets_and_offers_no_resume(tmp_path, quick_plan):
    paths = AppPaths.under(tmp_path / "data")
    clock = FakeClock()
    session = Session(quick_plan, clock)
    recorder = HistoryRecorder(paths.history_db, clock=clock)
    recorder.begin(quick_plan, clock.wall_now())
    play(session, clock, recorder, sets=3)
    session_id = recorder.session_id
    del recorder
    store, _ = HistoryStore.open(paths.history_db, clock)
    try:
        # A routine naming an exercise this calfplayer does not know (one since removed).
        store.connection.execute(
            "UPDATE sessions SET routine_json = replace(routine_json, '\"calf-raise\"',"
            " '\"retired-exercise\"')"
        )
        assert session_id is not None
        assert store.resume_point(session_id) is None  # it could not be played
        progress = store.progress(session_id)
        assert progress is not None
        # The sets as recorded stand for the plan: all three are there, none invented.
        assert [b.done for b in progress.blocks] == session.results
        (overview,) = session_overviews(store)
        assert overview.completion == 1.0 and overview.active_ms == progress.active_ms
    finally:
        store.close()
    assert prepare_history(paths, clock).resume is None
