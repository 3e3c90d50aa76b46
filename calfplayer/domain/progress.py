"""Planned against done: the one reading of a workout's sets against its plan.

The session detail, the point a cut-off workout resumes from, the summary and the History's
figures all ask this module, so they cannot disagree. A plan's blocks (one set on one side) are
worked out once per plan (``PlannedWork``); the sets done are matched to them by exercise
position, set number and side.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise

from calfplayer.domain.plan import BlockKey, Plan
from calfplayer.domain.record import HurtMark, SessionStatus, SetResult
from calfplayer.domain.routines import Side


@dataclass(frozen=True)
class PlannedBlock:
    """What one set on one side asks for."""

    key: BlockKey
    exercise_id: str
    reps: int  # repetitions, or holds for a hold exercise
    hold_ms: int  # the time held over the whole set; 0 for a repetition exercise

    @property
    def is_hold(self) -> bool:
        return self.hold_ms > 0


_Slot = tuple[int, int, Side | None]  # a block's key as a plain tuple: quick to hash


class PlannedWork:
    """Every block of a plan in the order it is played. Work it out once per plan and reuse it:
    it walks the plan's segments, and the History reads thousands of sessions."""

    def __init__(self, blocks: Iterable[PlannedBlock]) -> None:
        self.blocks = tuple(blocks)
        self.by_slot: dict[_Slot, PlannedBlock] = {
            (b.key.item_index, b.key.set_number, b.key.side): b for b in self.blocks
        }

    @classmethod
    def of(cls, plan: Plan) -> PlannedWork:
        return cls(
            PlannedBlock(
                key,
                plan.item(key.item_index).exercise.id,
                plan.reps_planned(key),
                plan.hold_planned_ms(key),
            )
            for key in plan.blocks()
        )

    @classmethod
    def as_recorded(cls, sets: Iterable[SetResult]) -> PlannedWork:
        """When the plan itself cannot be read: the sets kept, each planned as it says it was."""
        blocks: dict[BlockKey, PlannedBlock] = {}
        for done in sets:
            key = BlockKey(done.item_index, done.set_number, done.side)
            blocks[key] = PlannedBlock(
                key, done.exercise_id, done.reps_planned, done.hold_planned_ms
            )
        return cls(sorted(blocks.values(), key=lambda b: (b.key.item_index, b.key.set_number)))


def _share(planned: PlannedBlock, done: SetResult) -> float:
    """0.0-1.0: the share of a block's reps (or of its time held) that was done."""
    if planned.hold_ms > 0:
        return min(1.0, done.hold_done_ms / planned.hold_ms)
    return min(1.0, done.reps_done / planned.reps) if planned.reps else 0.0


@dataclass(frozen=True)
class BlockProgress:
    planned: PlannedBlock
    done: SetResult | None  # the last attempt, or None when the set was not played
    earlier: tuple[SetResult, ...] = ()  # attempts left with Back before it, oldest first

    @property
    def reps_done(self) -> int:
        return self.done.reps_done if self.done is not None else 0

    @property
    def hold_done_ms(self) -> int:
        return self.done.hold_done_ms if self.done is not None else 0

    @property
    def complete(self) -> bool:
        return self.done is not None and not self.done.partial


class WorkoutProgress:
    """Planned against done for one workout. Make it with ``workout_progress``."""

    def __init__(
        self,
        planned: PlannedWork,
        latest: dict[_Slot, SetResult],
        hurts: tuple[HurtMark, ...],
        earlier: dict[_Slot, list[SetResult]] | None = None,
    ) -> None:
        self.planned = planned
        self._latest = latest
        self._earlier = earlier or {}
        self.hurts = hurts

    @cached_property
    def blocks(self) -> tuple[BlockProgress, ...]:
        """In the order they are played."""
        planned = self.planned.by_slot.items()
        return tuple(
            BlockProgress(block, self._latest.get(slot), tuple(self._earlier.get(slot, ())))
            for slot, block in planned
        )

    @property
    def sets_planned(self) -> int:
        """Sets in the plan, each side of a one-sided exercise counted."""
        return len(self.planned.blocks)

    @property
    def sets_done(self) -> int:
        """Planned sets whose last attempt was done in full."""
        by_slot = self.planned.by_slot
        return sum(1 for slot, done in self._latest.items() if slot in by_slot and not done.partial)

    @property
    def exercises_planned(self) -> int:
        return len({block.key.item_index for block in self.planned.blocks})

    @property
    def exercises_done(self) -> int:
        """Exercises with every planned set (and side) done in full."""
        items: dict[int, bool] = {}
        for block in self.blocks:
            index = block.planned.key.item_index
            items[index] = items.get(index, True) and block.complete
        return sum(items.values())

    def status(self, *, stopped: bool) -> SessionStatus:
        """How the workout ended: stopped by the person, or played to its end with every set
        done in full (completed) or not (partial). The rules are in docs/progression.md."""
        if stopped:
            return SessionStatus.ENDED_EARLY
        if self.sets_planned and self.sets_done == self.sets_planned:
            return SessionStatus.COMPLETED
        return SessionStatus.PARTIAL

    @property
    def active_ms(self) -> int:
        """Time spent in sets; rests and pauses left out."""
        return sum(done.ended_ms - done.started_ms for done in self._latest.values())

    @property
    def share_done(self) -> float:
        """0.0-1.0: sets done in full ÷ sets planned, each side counted."""
        return self.sets_done / self.sets_planned if self.sets_planned else 0.0

    @property
    def work_share(self) -> float:
        """0.0-1.0: each planned block counts for the share of its reps or hold done, so any
        work at all shows (a workout counts toward streaks and goals once this is above 0)."""
        if not self.planned.blocks:
            return 0.0
        by_slot = self.planned.by_slot
        total = sum(
            _share(block, done)
            for slot, done in self._latest.items()
            if (block := by_slot.get(slot)) is not None
        )
        return min(1.0, total / len(self.planned.blocks))

    def played(self) -> Iterator[tuple[PlannedBlock, SetResult]]:
        """Each planned block that was played, with its last attempt; quicker than ``blocks``
        where only what was done is wanted (the report adds up a year of sessions)."""
        by_slot = self.planned.by_slot
        for slot, done in self._latest.items():
            block = by_slot.get(slot)
            if block is not None:
                yield block, done

    def of_item(self, item_index: int) -> list[BlockProgress]:
        """The blocks of one exercise, both sides."""
        return [block for block in self.blocks if block.planned.key.item_index == item_index]

    def of_side(self, item_index: int, side: Side | None) -> list[BlockProgress]:
        """The blocks of one exercise on one side (None: an exercise not done per side)."""
        return [block for block in self.of_item(item_index) if block.planned.key.side == side]

    def resume_point(self) -> tuple[int, int] | None:
        """(item index, set number) of the first set still to play, or None when nothing is left.

        Play continues after the last block kept, in plan order. A set with a side still to do
        is played again from its first side; a set the app was cut off in (its checkpoint) is
        played again; after a set cut short ("skip") the person had moved on, so play continues
        with the next exercise.
        """
        if not self.blocks:
            return None
        kept = [number for number, block in enumerate(self.blocks) if block.done is not None]
        if not kept:
            return _point(self.blocks[0])
        last = self.blocks[kept[-1]]
        if last.done is not None and last.done.checkpoint:
            return _point(last)
        if last.complete:
            following = self.blocks[kept[-1] + 1 :]
        else:
            exercise = last.planned.key.item_index
            following = tuple(b for b in self.blocks if b.planned.key.item_index > exercise)
        return _point(following[0]) if following else None


def _point(block: BlockProgress) -> tuple[int, int]:
    return block.planned.key.item_index, block.planned.key.set_number


def workout_progress(
    planned: PlannedWork, sets: Sequence[SetResult], hurts: Sequence[HurtMark] = ()
) -> WorkoutProgress:
    """``sets`` in the order they were done: a block played again is read from its last attempt,
    and the attempts before it are kept beside it."""
    latest: dict[_Slot, SetResult] = {}
    earlier: dict[_Slot, list[SetResult]] = {}
    for done in sets:
        slot: _Slot = done.item_index, done.set_number, done.side
        before = latest.get(slot)
        if before is not None:
            earlier.setdefault(slot, []).append(before)
        latest[slot] = done
    return WorkoutProgress(planned, latest, tuple(hurts), earlier)


def time_taken_ms(sets: Sequence[SetResult]) -> int:
    """Workout time up to the end of the last set kept, pauses excluded, over every part played.

    ``sets`` in the order they were done. Workout time starts again from zero in each part a
    resumed workout was played in, so a set that starts before the one before it ended begins a
    new part; each part counts up to the end of its last set.
    """
    if not sets:
        return 0
    total = 0
    for before, after in pairwise(sets):
        if after.started_ms < before.ended_ms:
            total += before.ended_ms
    return total + sets[-1].ended_ms
