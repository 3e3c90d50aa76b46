"""What the history keeps of a workout: its status, each set done and each "that hurt" mark,
and the records the history is read back as (a session, a line of the list, a resume offer).

The engine makes these, the recorder writes them, the history reads them back as the same types.
The status values are the very strings the history file stores; a new status needs a migration of
the file's CHECK constraint as well as a member here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any, NamedTuple

from calfplayer.domain.routines import Side
from calfplayer.i18n import translatable, translate

if TYPE_CHECKING:  # the statistics are read on the History page, not at start
    from calfplayer.domain.stats import SessionSummary


class SessionStatus(StrEnum):
    """How a workout ended, as docs/progression.md defines each one."""

    IN_PROGRESS = "in progress"  # being played, or cut off before the app could say otherwise
    COMPLETED = "completed"  # every planned set was done in full
    PARTIAL = "partial"  # played to its end with sets skipped or cut short
    ENDED_EARLY = "ended early"  # the person stopped it
    # the app was cut off: a shutdown (quitting on a signal), or found in progress at the next start
    INTERRUPTED = "interrupted"

    @property
    def finished(self) -> bool:
        """Played to its end or stopped by the person (not cut off)."""
        return self in (SessionStatus.COMPLETED, SessionStatus.PARTIAL, SessionStatus.ENDED_EARLY)

    @property
    def label(self) -> str:
        """As shown, in the language in use; ``value`` is what is stored."""
        return translate("SessionStatus", _STATUS_LABELS[self])


_STATUS_LABELS = {
    SessionStatus.IN_PROGRESS: translatable("SessionStatus", "in progress"),
    SessionStatus.COMPLETED: translatable("SessionStatus", "completed"),
    SessionStatus.PARTIAL: translatable("SessionStatus", "partial"),
    SessionStatus.ENDED_EARLY: translatable("SessionStatus", "ended early"),
    SessionStatus.INTERRUPTED: translatable("SessionStatus", "interrupted"),
}


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
    # 1 for the first go at this set (and side) in the workout; Back to redo it starts the next.
    # An attempt left with Back is kept (partial) beside the one after it.
    attempt: int = 1
    # The set in progress as it stood when last kept (after each rep, each few seconds of a
    # hold): it never ended, because the app was cut off during it. Always partial.
    checkpoint: bool = False


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


@dataclass(frozen=True)
class SessionRecord:
    id: int
    routine_id: str
    routine_name: str
    routine: dict[str, Any]  # the routine as it was played (format v1)
    plan_total_ms: int
    started_at: datetime
    ended_at: datetime | None
    status: SessionStatus
    effort: int | None
    pain: int | None
    note: str
    can_resume: bool


@dataclass(frozen=True)
class ResumeOffer:
    """What the "Resume where you left off" card needs; play it with Session.start_at."""

    session_id: int
    routine_id: str
    routine_name: str
    routine: dict[str, Any]  # rebuild the plan from this, not from today's routine file
    started_at: datetime
    item_index: int
    set_number: int
    sets: tuple[SetResult, ...]  # kept before the cut-off, in the order done
    hurts: tuple[HurtMark, ...]
    taken_ms: int  # workout time before the cut-off, pauses excluded

    @property
    def sets_done(self) -> int:
        """Sets that ended; the one cut off (its checkpoint) is played again."""
        return sum(1 for done in self.sets if not done.checkpoint)

    @property
    def resumption(self) -> Resumption:
        """What the player needs to carry on, and to sum up the whole workout at its end."""
        return Resumption(
            self.session_id, self.item_index, self.set_number, self.sets, self.hurts, self.taken_ms
        )


@dataclass(slots=True)
class SessionOverview:
    """One line of the History list, and what the statistics need of a session."""

    id: int
    routine_name: str
    started_at: datetime
    ended_at: datetime | None
    status: SessionStatus
    effort: int | None
    pain: int | None
    active_ms: int  # time spent in sets; rests and pauses left out
    completion: float  # 0.0-1.0: sets done in full ÷ sets planned, each side counted
    hurts: int
    # 0.0-1.0: each planned set counts for the share of its reps or hold done; above 0 once
    # anything at all was done (what counts toward streaks and goals)
    work_share: float = 0.0
    routine_id: str = ""  # with the name, tells a built-in routine's (shown translated)

    @property
    def duration_ms(self) -> int:
        """Start to end on the wall clock, or the active time while it has no end."""
        if self.ended_at is None:
            return self.active_ms
        return max(self.active_ms, round((self.ended_at - self.started_at).total_seconds() * 1000))

    def summary(self) -> SessionSummary:
        from calfplayer.domain.stats import SessionSummary

        return SessionSummary(
            started_at=self.started_at,
            active_seconds=self.active_ms / 1000,
            completion=self.work_share,
            pain=self.pain,
            effort=self.effort,
        )
