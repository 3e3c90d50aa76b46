"""Helpers for the store tests and the crash driver: a short, fast routine and how to play it."""

from __future__ import annotations

from pathlib import Path

from calfplayer.domain.clock import FakeClock
from calfplayer.domain.recording import WorkoutRecorder
from calfplayer.domain.session import Session

FIXTURES = Path(__file__).parent / "fixtures"

# Two sets of a two-sided exercise after two sets of a plain one: six blocks, ten seconds.
QUICK_ITEMS = (
    {
        "exercise": "calf-raise",
        "sets": 2,
        "reps": 2,
        "tempo": {"up": 0.5, "top": 0, "down": 0.5},
        "rest": 1,
        "setup": 1,
    },
    {
        "exercise": "single-leg-calf-raise",
        "sets": 2,
        "reps": 1,
        "tempo": {"up": 0.5, "top": 0, "down": 0.5},
        "rest": 0,
        "setup": 0,
        "switch": 0,
    },
)


def play(
    session: Session, clock: FakeClock, recorder: WorkoutRecorder, sets: int | None = None
) -> None:
    """Moves the clock from event to event, recording, until ``sets`` more sets are done (or
    the end)."""
    target = None if sets is None else len(session.results) + sets
    if session.state.value == "ready":
        recorder.record(session.start())
    while session.next_event_at() is not None:
        if target is not None and len(session.results) >= target:
            return
        due = session.next_event_at()
        assert due is not None
        clock.set(due)
        recorder.record(session.advance())
