"""The seam between the engine and the history: what the player tells whoever keeps the record.

The player controller calls ``begin`` when a workout starts, ``record`` with every batch of engine
events (a SET_COMPLETED event carries the set's result, to be kept the moment it arrives) and
``finish`` when the workout ends; ``mark_hurt`` when the person presses "That hurt" and ``rate``
when they save the summary's effort, pain and note. A recorder must never raise into the player: a
history that cannot be written is reported through ``problem`` while the workout goes on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from calfplayer.domain.plan import Plan
from calfplayer.domain.record import HurtMark, SessionStatus, SetResult
from calfplayer.domain.session import Event, WorkInSet

# A set in progress is kept after each rep, and after each this much of a hold.
CHECKPOINT_HOLD_MS = 5000


def checkpoint_mark(current: SetResult | WorkInSet) -> tuple[object, ...]:
    """What a checkpoint of the set in progress is worth writing again for: another set, side
    or attempt, a rep more, or another CHECKPOINT_HOLD_MS of holding."""
    return (
        current.item_index,
        current.set_number,
        current.side,
        current.attempt,
        current.reps_done,
        current.hold_done_ms // CHECKPOINT_HOLD_MS,
    )


@dataclass(frozen=True)
class Rating:
    effort: int | None  # 0-10
    pain: int | None  # 0-10
    note: str = ""


class WorkoutRecorder(Protocol):
    def begin(
        self, plan: Plan, started_at: datetime, resumed_session: int | None = None
    ) -> None: ...

    def record(self, events: Sequence[Event]) -> None: ...

    def checkpoint(self, current: SetResult) -> None:
        """The set in progress as it stands (``Session.set_in_progress``), kept in place of the
        one before until the set ends."""
        ...

    def finish(self, status: SessionStatus, ended_at: datetime) -> None:
        """status: completed or stopped."""
        ...

    def mark_hurt(self, hurt: HurtMark) -> None: ...

    def rate(self, rating: Rating) -> None:
        """The finished workout's effort, pain and note, from the summary."""
        ...

    def problem(self) -> str | None:
        """A sentence for the person when the history cannot be saved right now, else None."""
        ...

    def retry(self) -> None:
        """Tries again to write what waits, if anything does."""
        ...

    def waiting(self) -> bool:
        """Something is not saved yet."""
        ...

    def close(self) -> None:
        """Writes whatever waits and lets go of the storage (the app is closing)."""
        ...


class MemoryRecorder:
    """Keeps the record in memory only: the default until a history store is wired in."""

    def __init__(self) -> None:
        self.plan: Plan | None = None
        self.results: list[SetResult] = []
        self.checkpoints: list[SetResult] = []
        self.status: SessionStatus | None = None
        self.hurts: list[HurtMark] = []
        self.rating: Rating | None = None

    def begin(self, plan: Plan, started_at: datetime, resumed_session: int | None = None) -> None:
        del started_at, resumed_session
        self.plan = plan
        self.results = []
        self.checkpoints = []
        self.status = SessionStatus.IN_PROGRESS
        self.hurts = []
        self.rating = None

    def record(self, events: Sequence[Event]) -> None:
        self.results += [event.result for event in events if event.result is not None]

    def checkpoint(self, current: SetResult) -> None:
        self.checkpoints.append(current)

    def finish(self, status: SessionStatus, ended_at: datetime) -> None:
        del ended_at
        self.status = status

    def mark_hurt(self, hurt: HurtMark) -> None:
        self.hurts.append(hurt)

    def rate(self, rating: Rating) -> None:
        self.rating = rating

    def problem(self) -> str | None:
        return None

    def retry(self) -> None:
        pass  # nothing waits: it is all in memory

    def waiting(self) -> bool:
        return False

    def close(self) -> None:
        pass  # nothing waits: it is all in memory
