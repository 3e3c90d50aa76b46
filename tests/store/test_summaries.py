"""The history handed to the statistics and the progression advice."""

from __future__ import annotations

import pytest

from calfplayer.domain.clock import FakeClock
from calfplayer.domain.stats import this_week
from calfplayer.store.history import HistoryStore
from calfplayer.store.summaries import recent_sessions, session_summaries


@pytest.fixture
def v1_store(fixture_copy):
    store, _ = HistoryStore.open(fixture_copy("history-v1.sqlite3"), FakeClock())
    yield store
    store.close()


def test_summaries_are_oldest_first_with_completion_and_ratings(v1_store):
    summaries = session_summaries(v1_store)
    assert [s.started_at.day for s in summaries] == [2, 4, 6]
    completed, stopped, interrupted = summaries
    assert completed.completion == 1.0
    # Stopped: set 1 whole and half of set 2, of six planned sets.
    assert stopped.completion == pytest.approx(1.5 / 6)
    assert interrupted.completion == pytest.approx(3 / 6)
    assert (completed.effort, completed.pain) == (4, 1)
    # Six sets: two of two 1-second reps, four of one.
    assert completed.active_seconds == pytest.approx(2 * 2 + 4 * 1)
    assert this_week(summaries, summaries[-1].started_at.date(), goal=3).done == 3


def test_recent_sessions_feed_the_progression_rules(v1_store):
    recent = recent_sessions(v1_store, "quick")
    assert [r.completed for r in recent] == [True, False, False]
    assert recent[1].hurt_exercises == frozenset({"calf-raise"})
    assert (recent[0].effort, recent[0].pain) == (4, 1)
    assert recent_sessions(v1_store, "quick", limit=1)[0].completed is False
    assert recent_sessions(v1_store, "other-routine") == []
