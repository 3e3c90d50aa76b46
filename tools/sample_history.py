"""A realistic generated history for screenshots, tests and the History page benchmark.

``fill_history(path, weeks=12)`` writes a few sessions most weeks, on varied days and times,
some stopped part-way, most rated, pain easing over the weeks, a few "that hurt" marks. The
sessions go through the same HistoryStore calls the app uses, in one transaction.
"""

from __future__ import annotations

import random
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from calfplayer.domain.clock import SystemClock
from calfplayer.domain.exercises import Catalogue
from calfplayer.domain.library import RoutineLibrary
from calfplayer.domain.plan import BlockKey, Plan, build_plan
from calfplayer.domain.record import HurtMark, SessionStatus, SetResult
from calfplayer.resources import asset
from calfplayer.store.db import open_history
from calfplayer.store.history import HistoryStore

# Not the movement snack: the screenshots show its progression advice from a history of its own.
ROUTINES = ("gentle-start", "balance-builder", "full-programme")


@dataclass(frozen=True)
class Filled:
    sessions: int
    sets: int


def _plans() -> list[Plan]:
    catalogue = Catalogue.load(asset("exercises"))
    library = RoutineLibrary.load(catalogue, asset("routines"), None)
    return [build_plan(library.get(name)) for name in ROUTINES]


_BLOCKS: dict[int, list[tuple[BlockKey, str, int, int, int, int]]] = {}


def _blocks(plan: Plan) -> list[tuple[BlockKey, str, int, int, int, int]]:
    """Each set of the plan: key, exercise, start and end (ms), reps and hold planned."""
    if id(plan) not in _BLOCKS:
        _BLOCKS[id(plan)] = [
            (
                key,
                (segments := plan.block_segments(key))[0].exercise_id,
                segments[0].start_ms,
                segments[-1].end_ms,
                plan.reps_planned(key),
                plan.hold_planned_ms(key),
            )
            for key in plan.blocks()
        ]
    return _BLOCKS[id(plan)]


def hurt_after(result: SetResult) -> HurtMark:
    """A "that hurt" mark on a set, made as the set ended."""
    return HurtMark(
        result.item_index,
        result.exercise_id,
        result.set_number,
        result.side,
        result.ended_at,
        result.ended_ms,
    )


def session_sets(plan: Plan, start: datetime, share: float) -> list[SetResult]:
    """The sets of ``plan`` done from ``start``; with share < 1 the last one is cut short."""
    blocks = _blocks(plan)
    keep = max(1, round(len(blocks) * share))
    results = []
    moment_ms = 0
    for number, (key, exercise_id, begin_ms, end_ms, reps, hold) in enumerate(blocks[:keep]):
        partial = share < 1 and number == keep - 1
        factor = 0.5 if partial else 1.0
        moment_ms = begin_ms + round((end_ms - begin_ms) * factor)
        results.append(
            SetResult(
                item_index=key.item_index,
                exercise_id=exercise_id,
                set_number=key.set_number,
                side=key.side,
                reps_planned=reps,
                reps_done=round(reps * factor),
                hold_planned_ms=hold,
                hold_done_ms=round(hold * factor),
                started_ms=begin_ms,
                ended_ms=moment_ms,
                started_at=start + timedelta(milliseconds=begin_ms),
                ended_at=start + timedelta(milliseconds=moment_ms),
                partial=partial,
            )
        )
    return results


class _OneTransaction(sqlite3.Connection):
    """Lets the store's per-write transactions join one outer transaction: generated data need
    not be durable set by set, and thousands of sessions are written in seconds."""

    joined = False

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:  # type: ignore[override]
        if self.joined and sql in ("BEGIN IMMEDIATE", "COMMIT"):
            return self.cursor()
        return super().execute(sql, *args)


def fill_history(
    path: Path,
    *,
    weeks: int = 12,
    sessions: int | None = None,
    today: datetime | None = None,
    seed: int = 7,
) -> Filled:
    """Writes about three sessions a week for ``weeks`` weeks up to ``today`` (or exactly
    ``sessions`` sessions, several a day as needed, for the benchmark)."""
    chooser = random.Random(seed)
    zone = timezone(timedelta(hours=1))
    end = (today or datetime(2026, 11, 23, 20, 0, tzinfo=zone)).astimezone(zone)
    plans = _plans()
    connection = open_history(path, clock=SystemClock(), factory=_OneTransaction).connection
    assert isinstance(connection, _OneTransaction)
    store = HistoryStore(connection, path)
    connection.execute("BEGIN IMMEDIATE")
    connection.joined = True
    days = weeks * 7
    moments: list[datetime] = []
    if sessions is None:
        for back in range(days - 1, -1, -1):
            if chooser.random() < 0.45 or back < 3:  # the last three days make a streak
                hour = chooser.choice((7, 8, 12, 18, 19, 21))
                day = end - timedelta(days=back)
                moments.append(day.replace(hour=hour, minute=chooser.randrange(60)))
    else:
        step = timedelta(days=days) / sessions
        moments = [end - timedelta(days=days) + step * (n + 1) for n in range(sessions)]
    set_count = 0
    for number, start in enumerate(moments):
        progress = number / max(1, len(moments) - 1)
        plan = plans[chooser.randrange(len(plans) if progress > 0.3 else 2)]
        share = 1.0 if chooser.random() < 0.85 else chooser.uniform(0.3, 0.8)
        sets = session_sets(plan, start, share)
        session_id = store.start_session(plan, start)
        for result in sets:
            store.add_set(session_id, result)
        status = (
            SessionStatus.COMPLETED
            if share == 1.0
            else chooser.choice((SessionStatus.STOPPED, SessionStatus.INTERRUPTED))
        )
        store.finish_session(session_id, status, sets[-1].ended_at)
        if chooser.random() < 0.85:
            pain = max(0, min(10, round(6 - 4.5 * progress + chooser.uniform(-1.5, 1.5))))
            effort = max(0, min(10, round(5 + chooser.uniform(-2, 2))))
            note = chooser.choice(("", "", "", "Left calf tight", "Felt strong", "Tired today"))
            store.rate_session(session_id, effort, pain, note)
        if chooser.random() < 0.12:
            hurt = chooser.choice(sets)
            store.add_hurt_mark(session_id, hurt_after(hurt))
        set_count += len(sets)
    connection.joined = False
    connection.execute("COMMIT")
    store.close()
    return Filled(len(moments), set_count)
