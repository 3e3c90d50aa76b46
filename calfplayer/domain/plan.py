"""A routine expanded into a flat timeline of segments.

Because the schedule is explicit, the preview can show the total time, cues can be timed to the
millisecond, and tests can check sums. The plan's total is the one source of every duration shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from typing import Protocol

from calfplayer.domain.exercises import Kind
from calfplayer.domain.routines import Routine, RoutineItem, Side


class SegmentKind(StrEnum):
    SETUP = "setup"  # get ready for the exercise
    UP = "up"
    TOP = "top"  # the hold at the top of a repetition
    DOWN = "down"
    REP = "rep"  # a self-paced repetition: ends when the person says so
    HOLD = "hold"
    RELAX = "relax"  # between the holds of one set
    SWITCH = "switch"  # change to the other side
    REST = "rest"  # between sets


# Segments that are part of doing a set (a "block": one exercise, one set, one side).
WORK_KINDS = frozenset(
    {
        SegmentKind.UP,
        SegmentKind.TOP,
        SegmentKind.DOWN,
        SegmentKind.REP,
        SegmentKind.HOLD,
        SegmentKind.RELAX,
    }
)
# The segment whose end completes one repetition (or one hold).
REP_END_KINDS = frozenset({SegmentKind.DOWN, SegmentKind.REP, SegmentKind.HOLD})


@dataclass(frozen=True)
class BlockKey:
    item_index: int
    set_number: int
    side: Side | None


@dataclass(frozen=True)
class Segment:
    index: int
    kind: SegmentKind
    item_index: int
    exercise_id: str
    set_number: int  # 1-based
    side: Side | None
    rep: int | None  # 1-based repetition or hold number within the set
    duration_ms: int | None  # None: waits for "rep done"
    planned_ms: int  # the duration, or for a self-paced rep the tempo's estimate
    start_ms: int  # the planned start within the workout

    @property
    def end_ms(self) -> int:
        return self.start_ms + self.planned_ms

    @property
    def is_work(self) -> bool:
        return self.kind in WORK_KINDS

    @property
    def block(self) -> BlockKey | None:
        return BlockKey(self.item_index, self.set_number, self.side) if self.is_work else None


@dataclass(frozen=True)
class Plan:
    routine: Routine
    segments: tuple[Segment, ...]

    @property
    def total_ms(self) -> int:
        return self.segments[-1].end_ms if self.segments else 0

    def item(self, index: int) -> RoutineItem:
        return self.routine.items[index]

    def item_start(self, item_index: int) -> int:
        """Index of the first segment of an exercise (its setup, if it has one)."""
        return next(s.index for s in self.segments if s.item_index == item_index)

    def set_start(self, item_index: int, set_number: int) -> int:
        """Index of the first work segment of one set of an exercise."""
        return next(
            s.index
            for s in self.segments
            if s.item_index == item_index and s.set_number == set_number and s.is_work
        )

    def block_segments(self, key: BlockKey) -> list[Segment]:
        return list(self._segments_by_block.get(key, ()))

    def reps_planned(self, key: BlockKey) -> int:
        return sum(1 for s in self.block_segments(key) if s.kind in REP_END_KINDS)

    def hold_planned_ms(self, key: BlockKey) -> int:
        return sum(s.planned_ms for s in self.block_segments(key) if s.kind is SegmentKind.HOLD)

    def blocks(self) -> list[BlockKey]:
        return list(self._segments_by_block)

    @cached_property
    def _segments_by_block(self) -> dict[BlockKey, tuple[Segment, ...]]:
        """Each block's segments, in the order the blocks come: built once, so that looking up a
        block as every set ends does not scan the whole plan (which made playing it through
        quadratic in its length)."""
        grouped: dict[BlockKey, list[Segment]] = {}
        for segment in self.segments:
            key = segment.block
            if key is not None:
                grouped.setdefault(key, []).append(segment)
        return {key: tuple(segments) for key, segments in grouped.items()}


def build_plan(routine: Routine) -> Plan:
    segments: list[Segment] = []

    def add(
        kind: SegmentKind,
        item_index: int,
        item: RoutineItem,
        set_number: int,
        side: Side | None,
        ms: int | None,
        rep: int | None = None,
        estimate: int = 0,
    ) -> None:
        planned = ms if ms is not None else estimate
        if ms == 0:
            return
        start = segments[-1].end_ms if segments else 0
        segments.append(
            Segment(
                len(segments),
                kind,
                item_index,
                item.exercise.id,
                set_number,
                side,
                rep,
                ms,
                planned,
                start,
            )
        )

    for item_index, item in enumerate(routine.items):
        add(SegmentKind.SETUP, item_index, item, 1, item.sides[0], item.setup_ms)
        for set_number in range(1, item.sets + 1):
            for side_number, side in enumerate(item.sides):
                if side_number > 0:
                    add(SegmentKind.SWITCH, item_index, item, set_number, side, item.switch_ms)
                _add_block(add, item_index, item, set_number, side)
            if set_number < item.sets:
                add(SegmentKind.REST, item_index, item, set_number + 1, item.sides[0], item.rest_ms)
    return Plan(routine, tuple(segments))


def _add_block(
    add: _Adder, item_index: int, item: RoutineItem, set_number: int, side: Side | None
) -> None:
    for rep in range(1, item.reps + 1):
        if item.exercise.kind is Kind.HOLD:
            if rep > 1:
                add(SegmentKind.RELAX, item_index, item, set_number, side, item.relax_ms, rep)
            add(SegmentKind.HOLD, item_index, item, set_number, side, item.hold_ms, rep)
            continue
        tempo = item.tempo
        assert tempo is not None, "a repetition exercise always has a tempo"
        if item.self_paced:
            add(SegmentKind.REP, item_index, item, set_number, side, None, rep, tempo.rep_ms)
            continue
        add(SegmentKind.UP, item_index, item, set_number, side, tempo.up_ms, rep)
        add(SegmentKind.TOP, item_index, item, set_number, side, tempo.top_ms, rep)
        add(SegmentKind.DOWN, item_index, item, set_number, side, tempo.down_ms, rep)


class _Adder(Protocol):
    def __call__(
        self,
        kind: SegmentKind,
        item_index: int,
        item: RoutineItem,
        set_number: int,
        side: Side | None,
        ms: int | None,
        rep: int | None = None,
        estimate: int = 0,
    ) -> None: ...


def format_duration(ms: int) -> str:
    """m:ss, rounding to the nearest second, e.g. 125_400 -> "2:05"."""
    seconds = (ms + 500) // 1000
    return f"{seconds // 60}:{seconds % 60:02d}"
