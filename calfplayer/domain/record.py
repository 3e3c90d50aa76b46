"""What the history keeps of a workout: its status, each set done and each "that hurt" mark.

The engine makes these, the recorder writes them, the history reads them back as the same types.
The status values are the very strings the history file stores; a new status needs a migration of
the file's CHECK constraint as well as a member here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import NamedTuple

from calfplayer.domain.routines import Side


class SessionStatus(StrEnum):
    IN_PROGRESS = "in progress"  # being played, or cut off before the app could say otherwise
    COMPLETED = "completed"  # every planned segment was played
    STOPPED = "stopped"  # the person ended it early
    INTERRUPTED = "interrupted"  # found in progress at the next start: the app was cut off


class SetResult(NamedTuple):
    """One set on one side as it ended: done in full, or cut short (``partial``).

    A named tuple rather than a frozen dataclass: the History reads every set ever kept, and a
    frozen dataclass took ten times as long to make (its fields are set one call at a time).
    """

    item_index: int
    exercise_id: str
    set_number: int
    side: Side | None
    reps_planned: int
    reps_done: int
    hold_planned_ms: int
    hold_done_ms: int
    started_ms: int  # workout time of the part it was played in: pauses excluded
    ended_ms: int
    started_at: datetime
    ended_at: datetime
    partial: bool


@dataclass(frozen=True)
class HurtMark:
    """A "that hurt" mark: where in the workout the person was when it hurt."""

    item_index: int
    exercise_id: str
    set_number: int
    side: Side | None
    at: datetime
    workout_ms: int


@dataclass(frozen=True)
class Resumption:
    """Where a cut-off workout carries on, and what was kept of it before: the summary at its
    end counts the whole workout, not only the part after the cut-off."""

    session_id: int
    item_index: int
    set_number: int
    sets: tuple[SetResult, ...]  # in the order they were done
    hurts: tuple[HurtMark, ...]
    taken_ms: int  # workout time of the part(s) before, pauses excluded
