"""The player's recorder backed by the history file, and what the app does with it at start-up.

``HistoryRecorder`` commits each set the moment its SET_COMPLETED event arrives, one transaction per
set. It never raises into the player: when the file cannot be written (a read-only folder, a full
disk, another program holding it) the results wait in memory, ``problem()`` says why in a sentence,
and every later ``record`` or ``finish`` tries again, writing them in order once it can.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from calfplayer.domain.clock import Clock
from calfplayer.domain.plan import Plan
from calfplayer.domain.record import HurtMark, ResumeOffer, SessionStatus, SetResult
from calfplayer.domain.recording import Rating
from calfplayer.domain.routines import routine_to_json
from calfplayer.domain.session import Event
from calfplayer.i18n import translate
from calfplayer.paths import AppPaths
from calfplayer.store.db import DAMAGED_CODES, HistoryUnavailable, describe_fault, open_history
from calfplayer.store.history import HistoryStore
from calfplayer.store.unsaved import UnsavedWorkout

RETRY_INTERVAL_MS = 1000


@dataclass(frozen=True)
class HistoryAtStart:
    """What the window needs from the history when it opens."""

    notice: str | None  # a sentence to show, e.g. where a damaged file was kept, else None
    resume: ResumeOffer | None  # for the "Resume where you left off" / "Discard" card


def prepare_history(paths: AppPaths, clock: Clock) -> HistoryAtStart:
    """Call once when the app starts, before any workout: opens (creating, upgrading or
    replacing a damaged) history file and marks sessions cut off by a crash as interrupted."""
    try:
        store, notice = HistoryStore.open(paths.history_db, clock)
    except HistoryUnavailable as error:
        kept = translate(
            "StoreRecorder",
            "{problem} Until this is fixed, your sets are kept, and closing calfplayer saves them"
            " to a file to bring in later.",
        )
        return HistoryAtStart(kept.format(problem=error), None)
    try:
        store.mark_interrupted()
        return HistoryAtStart(notice, store.resume_offer())
    except sqlite3.Error as error:
        problem = translate(
            "StoreRecorder", "Your history could not be checked ({reason})."
        ).format(reason=describe_fault(error))
        return HistoryAtStart(" ".join(filter(None, (notice, problem))), None)
    finally:
        store.close()


@dataclass
class _Workout:
    """One workout as far as the file is concerned: what is written and what still waits."""

    plan: Plan
    started_at: datetime
    resumed_session: int | None
    session_id: int | None = None
    unsaved: list[SetResult] = field(default_factory=list)
    done: list[SetResult] = field(default_factory=list)  # every set, to rewrite after a reset
    finish: tuple[SessionStatus, datetime] | None = None
    finished: bool = False
    hurts: list[HurtMark] = field(default_factory=list)  # marks not yet written
    hurts_done: list[HurtMark] = field(default_factory=list)
    rating: Rating | None = None  # waiting to be written
    checkpoint: SetResult | None = None  # the set in progress, waiting to be written
    # The row of each set in progress written as a checkpoint, by (item, set, side): the set
    # replaces it when it ends.
    checkpoint_rows: dict[tuple[object, ...], int] = field(default_factory=dict)


def _as_unsaved(workout: _Workout) -> UnsavedWorkout:
    routine = routine_to_json(workout.plan.routine)
    return UnsavedWorkout(
        routine=routine,
        plan_total_ms=workout.plan.total_ms,
        started_at=workout.started_at,
        session_id=workout.session_id or workout.resumed_session,
        sets=[*workout.unsaved, *([workout.checkpoint] if workout.checkpoint else [])],
        hurts=list(workout.hurts),
        finish=workout.finish,
        rating=workout.rating,
    )


def _slot(result: SetResult) -> tuple[object, ...]:
    return result.item_index, result.set_number, result.side


class HistoryRecorder:
    """A WorkoutRecorder writing to the history file. Use one per window, on the GUI thread.

    Workouts whose sets could not be written yet stay queued (oldest first) when the next one
    begins, so a fault that lasts longer than one workout still loses nothing.
    """

    def __init__(
        self,
        path: Path,
        *,
        clock: Clock,
        factory: type[sqlite3.Connection] = sqlite3.Connection,
        on_committed: Callable[[int, SetResult], None] | None = None,
    ) -> None:
        self._path = path
        self._clock = clock
        self._factory = factory
        # Told of each set right after its transaction committed (session id, set).
        self._on_committed = on_committed
        self._store: HistoryStore | None = None
        self._workouts: list[_Workout] = []  # the current one last
        self._problem: str | None = None
        self._last_try = 0  # monotonic ms
        self.notice: str | None = None  # set if a damaged file was moved aside while recording

    @property
    def session_id(self) -> int | None:
        """The current workout's session row, once it has been written."""
        return self._workouts[-1].session_id if self._workouts else None

    @property
    def unsaved(self) -> list[SetResult]:
        """Sets not yet in the file, oldest first: what an export offer would save."""
        return [result for workout in self._workouts for result in workout.unsaved]

    # --- WorkoutRecorder ---------------------------------------------------------------------

    def begin(self, plan: Plan, started_at: datetime, resumed_session: int | None = None) -> None:
        self._workouts.append(_Workout(plan, started_at, resumed_session))
        self._flush()

    def record(self, events: Sequence[Event]) -> None:
        if not self._workouts:
            return
        workout = self._workouts[-1]
        results = [event.result for event in events if event.result is not None]
        workout.unsaved += results
        workout.done += results
        ended = {_slot(result) for result in results}
        if workout.checkpoint is not None and _slot(workout.checkpoint) in ended:
            workout.checkpoint = None  # the set itself is written instead
        if results or (events and self._retry_due()):
            self._flush()

    def checkpoint(self, current: SetResult) -> None:
        if not self._workouts:
            return
        self._workouts[-1].checkpoint = current
        if self._problem is None or self._retry_due():
            self._flush()

    def _retry_due(self) -> bool:
        """While writing fails, retries come with events, but not on every tick of the player."""
        return (
            self._problem is not None
            and self._clock.monotonic_ms() - self._last_try >= RETRY_INTERVAL_MS
        )

    def finish(self, status: SessionStatus, ended_at: datetime) -> None:
        if self._workouts:
            self._workouts[-1].finish = (status, ended_at)
            self._flush()

    def mark_hurt(self, hurt: HurtMark) -> None:
        if self._workouts:
            self._workouts[-1].hurts.append(hurt)
            self._workouts[-1].hurts_done.append(hurt)
            self._flush()

    def rate(self, rating: Rating) -> None:
        """Rates the latest workout (the summary shows it after it finished)."""
        if self._workouts:
            self._workouts[-1].rating = rating
            self._flush()

    def problem(self) -> str | None:
        return self._problem

    def retry(self) -> None:
        """Tries again to write what waits (a timer calls this while anything does)."""
        if self.waiting():
            self._flush()

    def waiting(self) -> bool:
        """Something is not in the file yet."""
        return any(
            w.unsaved or w.checkpoint or w.hurts or w.rating or w.finish for w in self._workouts
        )

    def unsaved_workouts(self) -> list[UnsavedWorkout]:
        """Everything not in the file yet, to be kept elsewhere (see ``forget_unsaved``)."""
        taken = [_as_unsaved(workout) for workout in self._workouts]
        return [workout for workout in taken if not workout.empty]

    def forget_unsaved(self) -> None:
        """What waited is kept elsewhere now (a file of unsaved sets): no more tries."""
        self._workouts = []
        self._problem = None

    def close(self) -> None:
        """Tries once more to write what waits, then lets the file go."""
        self._flush()
        if self._store is not None:
            self._store.close()
            self._store = None

    # --- inside ------------------------------------------------------------------------------

    def _flush(self) -> None:
        if not self._workouts:
            return
        self._last_try = self._clock.monotonic_ms()
        try:
            store = self._open()
            for workout in self._workouts:
                self._write(store, workout)
        except (sqlite3.Error, HistoryUnavailable, OSError) as error:
            self._fail(error)
            return
        # Only the current workout is kept once everything is written.
        self._workouts = [w for w in self._workouts[:-1] if not w.finished] + self._workouts[-1:]
        self._problem = None

    def _write(self, store: HistoryStore, workout: _Workout) -> None:
        if workout.session_id is None:
            resumed = workout.resumed_session
            if resumed is not None and store.reopen_session(resumed):
                workout.session_id = resumed
            else:
                workout.session_id = store.start_session(workout.plan, workout.started_at)
        while workout.unsaved:
            slot = _slot(workout.unsaved[0])
            store.add_set(workout.session_id, workout.unsaved[0], workout.checkpoint_rows.get(slot))
            workout.checkpoint_rows.pop(slot, None)
            committed = workout.unsaved.pop(0)
            if self._on_committed is not None:
                self._on_committed(workout.session_id, committed)
        if workout.checkpoint is not None:
            slot = _slot(workout.checkpoint)
            row = workout.checkpoint_rows.get(slot)
            row = store.save_checkpoint(workout.session_id, workout.checkpoint, row)
            workout.checkpoint_rows[slot] = row
            workout.checkpoint = None
        while workout.hurts:
            store.add_hurt_mark(workout.session_id, workout.hurts[0])
            del workout.hurts[0]
        if workout.rating is not None:
            rating = workout.rating
            store.rate_session(workout.session_id, rating.effort, rating.pain, rating.note)
            workout.rating = None
        if workout.finish is not None:
            store.finish_session(workout.session_id, *workout.finish)
            workout.finish = None
            workout.finished = True

    def _open(self) -> HistoryStore:
        if self._store is None:
            opened = open_history(self._path, clock=self._clock, factory=self._factory)
            self._store = HistoryStore(opened.connection, self._path)
            if opened.notice is not None:
                self.notice = opened.notice
                self._start_again()
        return self._store

    def _start_again(self) -> None:
        """The file was replaced by a new one: the workouts still held are written again."""
        for workout in self._workouts:
            if workout.session_id is not None:
                workout.session_id = None
                workout.resumed_session = None
                workout.unsaved = list(workout.done)
                workout.hurts = list(workout.hurts_done)
                workout.checkpoint_rows = {}

    def _fail(self, error: BaseException) -> None:
        if getattr(error, "sqlite_errorcode", None) in DAMAGED_CODES and self._store is not None:
            # Reopening moves the damaged file aside and starts a new one.
            self._store.close()
            self._store = None
        self._problem = _cannot_save(error, len(self.unsaved))


def _cannot_save(error: BaseException, waiting: int) -> str:
    """Why the history cannot take the sets now, and that they are kept meanwhile."""
    if isinstance(error, HistoryUnavailable):
        if waiting == 1:
            text = translate(
                "StoreRecorder",
                "Your history cannot be saved right now. {reason} %n set is kept and will be"
                " saved as soon as possible.",
                None,
                waiting,
            )
        elif waiting:
            text = translate(
                "StoreRecorder",
                "Your history cannot be saved right now. {reason} %n sets are kept and will be"
                " saved as soon as possible.",
                None,
                waiting,
            )
        else:
            text = translate(
                "StoreRecorder",
                "Your history cannot be saved right now. {reason} Your sets will be kept and"
                " saved as soon as possible.",
            )
        return text.format(reason=error)
    if waiting == 1:
        text = translate(
            "StoreRecorder",
            "Your history cannot be saved right now ({reason}). %n set is kept and will be"
            " saved as soon as possible.",
            None,
            waiting,
        )
    elif waiting:
        text = translate(
            "StoreRecorder",
            "Your history cannot be saved right now ({reason}). %n sets are kept and will be"
            " saved as soon as possible.",
            None,
            waiting,
        )
    else:
        text = translate(
            "StoreRecorder",
            "Your history cannot be saved right now ({reason}). Your sets will be kept and"
            " saved as soon as possible.",
        )
    return text.format(reason=describe_fault(error))
