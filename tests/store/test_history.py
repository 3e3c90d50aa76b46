"""What the History page reads: sessions newest first, their sets, marks, resume points."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from calfplayer.domain.clock import FakeClock
from calfplayer.domain.record import HurtMark, SessionStatus
from calfplayer.domain.routines import Side
from calfplayer.store.history import HistoryStore


@pytest.fixture
def v1_store(fixture_copy):
    store, notice = HistoryStore.open(fixture_copy("history-v1.sqlite3"), FakeClock())
    assert notice is None
    yield store
    store.close()


def test_sessions_come_newest_first_with_their_snapshot(v1_store):
    sessions = v1_store.sessions()
    assert [s.id for s in sessions] == [3, 2, 1]
    assert [s.status for s in sessions] == ["interrupted", "stopped", "completed"]
    completed = sessions[-1]
    assert completed.routine_id == "quick" and completed.routine_name == "Quick"
    assert [item["exercise"] for item in completed.routine["items"]] == [
        "calf-raise",
        "single-leg-calf-raise",
    ]
    assert completed.plan_total_ms == 10_000
    assert (completed.effort, completed.pain, completed.note) == (4, 1, "Felt easy — ankles warm")
    assert completed.started_at == datetime(2026, 3, 2, 8, 30, tzinfo=timezone(timedelta(hours=2)))
    assert completed.ended_at is not None and completed.ended_at > completed.started_at


def test_since_keeps_sessions_from_that_local_day_on(v1_store):
    assert [s.id for s in v1_store.sessions(date(2026, 3, 4))] == [3, 2]
    assert v1_store.sessions(date(2026, 3, 7)) == []


def test_a_sessions_sets_in_the_order_done_with_partial_flag(v1_store):
    sets = v1_store.sets(2)
    assert [(s.item_index, s.set_number, s.reps_done, s.partial) for s in sets] == [
        (0, 1, 2, False),
        (0, 2, 1, True),
    ]
    sided = [(s.set_number, s.side) for s in v1_store.sets(1) if s.item_index == 1]
    assert sided == [(1, Side.RIGHT), (1, Side.LEFT), (2, Side.RIGHT), (2, Side.LEFT)]


def test_hurt_marks_are_kept_per_session(v1_store):
    (mark,) = v1_store.hurt_marks(2)
    assert (mark.exercise_id, mark.set_number, mark.side, mark.workout_ms) == (
        "calf-raise",
        2,
        None,
        5000,
    )
    v1_store.add_hurt_mark(1, HurtMark(1, "single-leg-calf-raise", 1, Side.LEFT, mark.at, 7))
    assert [m.side for m in v1_store.hurt_marks(1)] == [Side.LEFT]


def test_deleting_a_session_removes_its_sets_and_marks(v1_store):
    assert v1_store.delete_session(2) is True
    assert [s.id for s in v1_store.sessions()] == [3, 1]
    assert v1_store.sets(2) == [] and v1_store.hurt_marks(2) == []
    assert v1_store.delete_session(2) is False


def test_ratings_out_of_range_are_refused(v1_store):
    with pytest.raises(ValueError, match="pain must be from 0 to 10"):
        v1_store.rate_session(1, 3, 11, "")
    v1_store.rate_session(1, 10, 0, "hard")
    record = v1_store.session(1)
    assert record is not None and (record.effort, record.pain, record.note) == (10, 0, "hard")


def test_resume_point_after_one_side_replays_that_set(v1_store):
    # Session 3 stopped after the right side of the two-sided exercise's first set.
    assert v1_store.resume_point(3) == (1, 1)


def test_resume_point_after_a_set_cut_short_moves_to_the_next_exercise(v1_store):
    assert v1_store.resume_point(2) == (1, 1)


def test_resume_point_is_none_when_every_set_was_done(v1_store):
    assert v1_store.resume_point(1) is None
    assert v1_store.resume_point(99) is None


def test_resume_offer_is_the_newest_interrupted_session(v1_store):
    offer = v1_store.resume_offer()
    assert offer is not None
    assert (offer.session_id, offer.routine_id, offer.sets_done) == (3, "quick", 3)
    assert (offer.item_index, offer.set_number) == (1, 1)
    v1_store.dismiss_resume(3)
    assert v1_store.resume_offer() is None
    assert len(v1_store.sets(3)) == 3  # dismissing keeps what was done


def test_every_session_status_is_one_the_file_keeps(tmp_path, quick_plan):
    store, _ = HistoryStore.open(tmp_path / "history.sqlite3", FakeClock())
    moment = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)
    try:
        for status in SessionStatus:
            session_id = store.start_session(quick_plan, moment)
            store.finish_session(session_id, status, moment)
            record = store.session(session_id)
            assert record is not None and record.status is status
        with pytest.raises(ValueError, match="'paused' is not a session status"):
            store.finish_session(session_id, "paused", moment)  # type: ignore[arg-type]
        # The file refuses any other status too: a new status needs a migration.
        with pytest.raises(sqlite3.IntegrityError):
            store.connection.execute("UPDATE sessions SET status = 'ended early'")
    finally:
        store.close()
