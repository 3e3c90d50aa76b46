"""The workout engine: a state machine over a Plan, driven by an injected clock.

Workout time is derived from the clock (``elapsed = now - started - paused_total``), never by adding
up timer ticks, so it cannot drift. A segment ends exactly at its planned end, however late the
tick that notices it, and ``advance`` returns every event crossed since the last call, in order.
Each control (pause, skip, back, …) first catches up to the present, then acts.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

from calfplayer.domain.clock import Clock
from calfplayer.domain.plan import REP_END_KINDS, BlockKey, Plan, Segment, SegmentKind
from calfplayer.domain.record import SetResult
from calfplayer.domain.routines import Side

# Pressing Back within this long of a set's start goes to the previous exercise instead.
BACK_GRACE_MS = 2000
# After Back, a set starts again after this long a "get ready", to get back into position.
COUNT_IN_MS = 3000
COUNTDOWN_KINDS = frozenset(
    {SegmentKind.SETUP, SegmentKind.REST, SegmentKind.SWITCH, SegmentKind.HOLD}
)


class State(StrEnum):
    """Where the engine is. How a finished workout is kept in the history depends on what was
    done over every part played, so it is worked out from planned against done
    (``WorkoutProgress.status``), not from this state alone."""

    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    COMPLETED = "completed"
    STOPPED = "stopped"


class EventKind(StrEnum):
    SEGMENT_STARTED = "segment-started"
    REP_COMPLETED = "rep-completed"  # value: the repetition (or hold) just finished
    COUNTDOWN = "countdown"  # value: seconds left in the segment (3, 2, 1)
    HALFWAY = "halfway"
    TEN_SECONDS_LEFT = "ten-seconds-left"
    SET_COMPLETED = "set-completed"  # result: what was done, partial or not
    PAUSED = "paused"
    RESUMED = "resumed"
    STOPPED = "stopped"
    WORKOUT_COMPLETED = "workout-completed"


@dataclass(frozen=True)
class WorkInSet:
    """How far the set being played has come: the part of a ``SetResult`` that changes."""

    item_index: int
    set_number: int
    side: Side | None
    attempt: int
    reps_done: int
    hold_done_ms: int


@dataclass(frozen=True)
class Event:
    kind: EventKind
    at_ms: int  # workout time: milliseconds since the start, pauses excluded
    segment: Segment
    value: int | None = None
    result: SetResult | None = None


@dataclass
class _Block:
    key: BlockKey
    started_ms: int
    started_at: datetime
    attempt: int = 1
    reps_done: int = 0
    hold_done_ms: int = 0


class Session:
    def __init__(self, plan: Plan, clock: Clock) -> None:
        if not plan.segments:
            raise ValueError("a plan with no segments cannot be played")
        self.plan = plan
        self._clock = clock
        self.state = State.READY
        self.results: list[SetResult] = []
        self._started = 0
        self._paused_total = 0
        self._pause_began = 0
        self._index = 0
        self._segment_start = 0  # workout time at which the current segment began
        self._extra_ms = 0  # rest added with extend_rest
        self._marks_done = 0  # offset into the segment up to which marks were reported
        self._block: _Block | None = None
        self._after_setup: int | None = None  # where start_at continues after the setup
        # The "get ready" played after Back before the set again; not part of the plan.
        self._count_in: Segment | None = None
        self._attempts: dict[BlockKey, int] = {}  # attempts kept so far, per set and side
        self._ended_ms: int | None = None

    # --- reading the state -------------------------------------------------------------------

    @property
    def segment(self) -> Segment:
        if self._count_in is not None:
            return self._count_in
        return self.plan.segments[self._index]

    @property
    def finished(self) -> bool:
        return self.state in (State.COMPLETED, State.STOPPED)

    @property
    def set_number(self) -> int:
        """The set being played or, during a "get ready", the set it leads to (after resuming,
        not always the first)."""
        if self._after_setup is not None and self.segment.kind is SegmentKind.SETUP:
            return self.plan.segments[self._after_setup].set_number
        return self.segment.set_number

    def elapsed_ms(self, now: int | None = None) -> int:
        """Workout time, pauses excluded."""
        if self.state is State.READY:
            return 0
        if self._ended_ms is not None:
            return self._ended_ms
        now = self._now(now)
        frozen = self._pause_began if self.state is State.PAUSED else now
        return max(0, frozen - self._started - self._paused_total)

    def segment_duration_ms(self) -> int | None:
        """The current segment's length with any rest added; None while it waits for the person."""
        duration = self.segment.duration_ms
        return None if duration is None else duration + self._extra_ms

    def segment_elapsed_ms(self, now: int | None = None) -> int:
        return max(0, self.elapsed_ms(now) - self._segment_start)

    def segment_remaining_ms(self, now: int | None = None) -> int | None:
        duration = self.segment_duration_ms()
        return None if duration is None else max(0, duration - self.segment_elapsed_ms(now))

    def next_event_at(self) -> int | None:
        """The clock time (monotonic ms) of the next event, or None while nothing is due."""
        if self.state is not State.RUNNING:
            return None
        due = [
            self._segment_start + offset for offset in self._marks() if offset > self._marks_done
        ]
        duration = self.segment_duration_ms()
        if duration is not None:
            due.append(self._segment_start + duration)
        if not due:
            return None
        return self._started + self._paused_total + min(due)

    # --- driving it --------------------------------------------------------------------------

    def start(self) -> list[Event]:
        if self.state is not State.READY:
            return []
        self._started = self._clock.monotonic_ms()
        self.state = State.RUNNING
        return self._enter(0, 0)

    def start_at(self, item_index: int, set_number: int) -> list[Event]:
        """Starts at one set of one exercise, after that exercise's "get ready": for resuming."""
        if not 0 <= item_index < len(self.plan.routine.items):
            raise ValueError(f"there is no exercise number {item_index + 1} in this routine")
        if not 1 <= set_number <= self.plan.item(item_index).sets:
            raise ValueError(f"exercise {item_index + 1} has no set {set_number}")
        events = self.start() if self.state is State.READY else self.advance()
        if self.finished:
            return events
        first = self.plan.item_start(item_index)
        target = self.plan.set_start(item_index, set_number)
        has_setup = self.plan.segments[first].kind is SegmentKind.SETUP
        self._close_block(self.elapsed_ms(), report=True, events=events)
        self._after_setup = target if has_setup and target != first + 1 else None
        return events + self._enter(first if has_setup else target, self.elapsed_ms())

    def work_in_set(self) -> WorkInSet | None:
        """What of the set being played is done so far; None between sets or before anything
        of it was done. Cheap enough for every frame, unlike ``set_in_progress``."""
        block = self._block
        if block is None or self.state not in (State.RUNNING, State.PAUSED):
            return None
        hold_done = block.hold_done_ms
        current = self.segment
        if current.kind is SegmentKind.HOLD and current.block == block.key:
            hold_done += min(self.elapsed_ms() - self._segment_start, current.planned_ms)
        if block.reps_done == 0 and hold_done == 0:
            return None
        key = block.key
        return WorkInSet(
            key.item_index, key.set_number, key.side, block.attempt, block.reps_done, hold_done
        )

    def set_in_progress(self) -> SetResult | None:
        """The set being played as it stands now, as a checkpoint (partial, never ended); None
        between sets or before anything of it was done. Read it after ``advance``."""
        work = self.work_in_set()
        block = self._block
        if work is None or block is None:
            return None
        now = self.elapsed_ms()
        return SetResult(
            item_index=work.item_index,
            exercise_id=self.plan.item(work.item_index).exercise.id,
            set_number=work.set_number,
            side=work.side,
            reps_planned=self.plan.reps_planned(block.key),
            reps_done=work.reps_done,
            hold_planned_ms=self.plan.hold_planned_ms(block.key),
            hold_done_ms=work.hold_done_ms,
            started_ms=block.started_ms,
            ended_ms=now,
            started_at=block.started_at,
            ended_at=self._wall_at(now),
            partial=True,
            attempt=work.attempt,
            checkpoint=True,
        )

    def advance(self, now: int | None = None) -> list[Event]:
        """Every event crossed up to now, in order of time."""
        if self.state is not State.RUNNING:
            return []
        elapsed = self.elapsed_ms(now)
        events: list[Event] = []
        while self.state is State.RUNNING:
            duration = self.segment_duration_ms()
            end = None if duration is None else self._segment_start + duration
            reached = elapsed if end is None else min(elapsed, end)
            events += self._marks_up_to(reached - self._segment_start)
            if end is None or elapsed < end:
                break
            events += self._finish_segment(end)
        return events

    def pause(self) -> list[Event]:
        if self.state is not State.RUNNING:
            return []
        events = self.advance()
        if self.finished:
            return events
        self._pause_began = self._clock.monotonic_ms()
        self.state = State.PAUSED
        return [*events, Event(EventKind.PAUSED, self.elapsed_ms(), self.segment)]

    def resume(self) -> list[Event]:
        if self.state is not State.PAUSED:
            return []
        self._paused_total += self._clock.monotonic_ms() - self._pause_began
        self.state = State.RUNNING
        return [Event(EventKind.RESUMED, self.elapsed_ms(), self.segment)]

    def rep_done(self) -> list[Event]:
        """The person finished a self-paced repetition."""
        events = self.advance()
        if self.state is not State.RUNNING or self.segment.kind is not SegmentKind.REP:
            return events
        return events + self._finish_segment(self.elapsed_ms())

    def extend_rest(self, seconds: int) -> list[Event]:
        events = self.advance()
        if self.segment.kind is SegmentKind.REST and not self.finished and seconds > 0:
            self._extra_ms += seconds * 1000
        return events

    def skip_rest(self) -> list[Event]:
        events = self.advance()
        if self.state is not State.RUNNING or self.segment.kind is not SegmentKind.REST:
            return events
        return events + self._finish_segment(self.elapsed_ms())

    def skip(self) -> list[Event]:
        """On to the next exercise; a set cut short is reported as partial."""
        events = self.advance()
        if self.finished or self.state is State.READY:
            return events
        now = self.elapsed_ms()
        self._after_setup = None
        self._close_block(now, report=True, events=events)
        following = self.segment.item_index + 1
        if following >= len(self.plan.routine.items):
            return events + self._complete(now)
        return events + self._enter(self.plan.item_start(following), now)

    def back(self) -> list[Event]:
        """To the start of the current set, or to the previous exercise when already there."""
        events = self.advance()
        if self.finished or self.state is State.READY:
            return events
        now = self.elapsed_ms()
        start = self._current_start_point()
        at_start = start == self._index and now - self._segment_start < BACK_GRACE_MS
        if at_start:
            item = self.segment.item_index
            start = self.plan.item_start(max(0, item - 1))
        self._after_setup = None
        # The attempt left is kept as it was (partial); the set played again is the next one.
        # One left before anything was done is not an attempt worth keeping.
        self._close_block(now, report=True, events=events, keep_empty=False)
        count_in = self.plan.segments[start].kind is not SegmentKind.SETUP
        return events + self._enter(start, now, count_in=count_in)

    def stop(self) -> list[Event]:
        events = self.advance()
        if self.finished:
            return events
        if self.state is State.READY:
            self.state = State.STOPPED
            self._ended_ms = 0
            return [Event(EventKind.STOPPED, 0, self.segment)]
        now = self.elapsed_ms()
        self._close_block(now, report=True, events=events)
        self.state = State.STOPPED
        self._ended_ms = now
        return [*events, Event(EventKind.STOPPED, now, self.segment)]

    # --- inside ------------------------------------------------------------------------------

    def _now(self, now: int | None) -> int:
        return self._clock.monotonic_ms() if now is None else now

    def _marks(self) -> list[int]:
        """Offsets into the current segment of its countdown, halfway and ten-seconds-left."""
        duration = self.segment_duration_ms()
        kind = self.segment.kind
        if duration is None:
            return []
        offsets = []
        if kind in (SegmentKind.HOLD, SegmentKind.REST) and duration >= 20_000:
            offsets.append(duration - 10_000)
        if kind is SegmentKind.HOLD and duration >= 25_000:
            offsets.append(duration // 2)
        if kind in COUNTDOWN_KINDS:
            offsets += [duration - left * 1000 for left in (3, 2, 1) if duration - left * 1000 > 0]
        return sorted(offsets)

    def _marks_up_to(self, offset: int) -> list[Event]:
        duration = self.segment_duration_ms()
        events = []
        for mark in self._marks():
            if self._marks_done < mark <= offset and duration is not None:
                at = self._segment_start + mark
                left = duration - mark
                if left <= 3000:
                    events.append(Event(EventKind.COUNTDOWN, at, self.segment, left // 1000))
                elif left == 10_000:
                    events.append(Event(EventKind.TEN_SECONDS_LEFT, at, self.segment, 10))
                else:
                    events.append(Event(EventKind.HALFWAY, at, self.segment))
        self._marks_done = max(self._marks_done, offset)
        return events

    def _finish_segment(self, at: int) -> list[Event]:
        if self._count_in is not None:
            return self._enter(self._index, at)
        segment = self.segment
        events: list[Event] = []
        if self._block is not None and segment.is_work:
            if segment.kind is SegmentKind.HOLD:
                self._block.hold_done_ms += at - self._segment_start
            if segment.kind in REP_END_KINDS:
                self._block.reps_done += 1
                events.append(Event(EventKind.REP_COMPLETED, at, segment, segment.rep))
        following = self._index + 1
        if self._after_setup is not None and segment.kind is SegmentKind.SETUP:
            following, self._after_setup = self._after_setup, None
        next_segment = (
            self.plan.segments[following] if following < len(self.plan.segments) else None
        )
        if segment.block is not None and (
            next_segment is None or next_segment.block != segment.block
        ):
            self._close_block(at, report=True, events=events, interrupted=False)
        if next_segment is None:
            return events + self._complete(at)
        return events + self._enter(following, at)

    def _enter(self, index: int, at: int, *, count_in: bool = False) -> list[Event]:
        """Starts segment ``index``; with ``count_in``, a "get ready" of COUNT_IN_MS first."""
        self._index = index
        self._segment_start = at
        self._extra_ms = 0
        self._marks_done = 0
        self._count_in = None
        if count_in:
            target = self.plan.segments[index]
            self._count_in = replace(
                target,
                kind=SegmentKind.SETUP,
                rep=None,
                duration_ms=COUNT_IN_MS,
                planned_ms=COUNT_IN_MS,
            )
            return [Event(EventKind.SEGMENT_STARTED, at, self._count_in)]
        segment = self.segment
        if segment.block is not None and (self._block is None or self._block.key != segment.block):
            attempt = self._attempts.get(segment.block, 0) + 1
            self._block = _Block(segment.block, at, self._wall_at(at), attempt)
        return [Event(EventKind.SEGMENT_STARTED, at, segment)]

    def _complete(self, at: int) -> list[Event]:
        self.state = State.COMPLETED
        self._ended_ms = at
        return [Event(EventKind.WORKOUT_COMPLETED, at, self.segment)]

    def _close_block(
        self,
        at: int,
        *,
        report: bool,
        events: list[Event],
        interrupted: bool = True,
        keep_empty: bool = True,
    ) -> None:
        block, self._block = self._block, None
        if block is None or not report:
            return
        current = self.segment
        if interrupted and current.kind is SegmentKind.HOLD and current.block == block.key:
            block.hold_done_ms += min(at - self._segment_start, current.planned_ms)
        reps_planned = self.plan.reps_planned(block.key)
        hold_planned = self.plan.hold_planned_ms(block.key)
        partial = block.reps_done < reps_planned or block.hold_done_ms < hold_planned
        if partial and at <= block.started_ms:
            return  # cut off the instant it began: nothing was done
        if not keep_empty and block.reps_done == 0 and block.hold_done_ms == 0:
            return
        result = SetResult(
            item_index=block.key.item_index,
            exercise_id=self.plan.item(block.key.item_index).exercise.id,
            set_number=block.key.set_number,
            side=block.key.side,
            reps_planned=reps_planned,
            reps_done=block.reps_done,
            hold_planned_ms=hold_planned,
            hold_done_ms=block.hold_done_ms,
            started_ms=block.started_ms,
            ended_ms=at,
            started_at=block.started_at,
            ended_at=self._wall_at(at),
            partial=partial,
            attempt=block.attempt,
        )
        self._attempts[block.key] = block.attempt
        self.results.append(result)
        events.append(Event(EventKind.SET_COMPLETED, at, self.segment, result=result))

    def _current_start_point(self) -> int:
        """The segment a Back press returns to: the current set's (or side's) first segment."""
        for segment in reversed(self.plan.segments[: self._index + 1]):
            previous = self.plan.segments[segment.index - 1] if segment.index > 0 else None
            if segment.kind is SegmentKind.SETUP:
                return segment.index
            if segment.is_work and (previous is None or previous.block != segment.block):
                return segment.index
        return 0

    def _wall_at(self, workout_ms: int) -> datetime:
        """The wall-clock time of a moment of workout time that has already passed."""
        behind = self.elapsed_ms() - workout_ms if self.state is not State.READY else 0
        return self._clock.wall_now() - timedelta(milliseconds=max(0, behind))
