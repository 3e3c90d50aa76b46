"""The player's recorder backed by the history file, and what the app does with it at start-up.

``HistoryRecorder`` commits each set the moment its SET_COMPLETED event arrives, one transaction per
set. It never raises into the player: when the file cannot be written (a read-only folder, a full
disk, another program holding it) the results wait in memory, ``problem()`` says why in a sentence,
and every later ``record`` or ``finish`` tries again, writing them in order once it can.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from calfplayer.domain.plan import Plan
from calfplayer.domain.session import Event, SetResult
from calfplayer.paths import AppPaths
from calfplayer.store.db import DAMAGED_CODES, HistoryUnavailable, describe_fault, open_history
from calfplayer.store.history import HistoryStore, ResumeOffer

RETRY_INTERVAL_S = 1.0


@dataclass(frozen=True)
class HistoryAtStart:
    """What the window needs from the history when it opens."""

    notice: str | None  # a sentence to show, e.g. where a damaged file was kept, else None
    resume: ResumeOffer | None  # for the "Resume where you left off" / "Discard" card


def prepare_history(paths: AppPaths) -> HistoryAtStart:
    """Call once when the app starts, before any workout: opens (creating, upgrading or
    replacing a damaged) history file and marks sessions cut off by a crash as interrupted."""
    try:
        store, notice = HistoryStore.open(paths.history_db)
    except HistoryUnavailable as error:
        return HistoryAtStart(f"{error} Your workouts will not be saved until this is fixed.", None)
    try:
        store.mark_interrupted()
        return HistoryAtStart(notice, store.resume_offer())
    except sqlite3.Error as error:
        problem = f"Your history could not be checked ({describe_fault(error)})."
        return HistoryAtStart(" ".join(filter(None, (notice, problem))), None)
    finally:
        store.close()


@dataclass
class _Pending:
    plan: Plan
    started_at: datetime
    resumed_session: int | None


class HistoryRecorder:
    """A WorkoutRecorder writing to the history file. Use one per window, on the GUI thread."""

    def __init__(
        self, path: Path, *, factory: type[sqlite3.Connection] = sqlite3.Connection
    ) -> None:
        self._path = path
        self._factory = factory
        self._store: HistoryStore | None = None
        self._begin: _Pending | None = None
        self._session_id: int | None = None
        self._unsaved: list[SetResult] = []
        self._all: list[SetResult] = []
        self._finish: tuple[str, datetime] | None = None
        self._problem: str | None = None
        self._last_try = 0.0
        self.notice: str | None = None  # set if a damaged file was moved aside while recording

    @property
    def session_id(self) -> int | None:
        """The session's row, once it has been written."""
        return self._session_id

    @property
    def unsaved(self) -> list[SetResult]:
        """Sets not yet in the file: what an export offer would save."""
        return list(self._unsaved)

    # --- WorkoutRecorder ---------------------------------------------------------------------

    def begin(self, plan: Plan, started_at: datetime, resumed_session: int | None = None) -> None:
        self._begin = _Pending(plan, started_at, resumed_session)
        self._session_id = None
        self._unsaved = []
        self._all = []
        self._finish = None
        self._flush()

    def record(self, events: Sequence[Event]) -> None:
        results = [event.result for event in events if event.result is not None]
        self._unsaved += results
        self._all += results
        # While writing fails, other events retry too, but not on every tick of the player.
        retry_due = time.monotonic() - self._last_try >= RETRY_INTERVAL_S
        if results or (events and self._problem is not None and retry_due):
            self._flush()

    def finish(self, status: str, ended_at: datetime) -> None:
        self._finish = (status, ended_at)
        self._flush()

    def problem(self) -> str | None:
        return self._problem

    def close(self) -> None:
        """Tries once more to write what waits, then lets the file go."""
        self._flush()
        if self._store is not None:
            self._store.close()
            self._store = None

    # --- inside ------------------------------------------------------------------------------

    def _flush(self) -> None:
        if self._begin is None:
            return
        self._last_try = time.monotonic()
        try:
            store = self._open()
            if self._session_id is None:
                self._session_id = self._start(store, self._begin)
            while self._unsaved:
                store.add_set(self._session_id, self._unsaved[0])
                del self._unsaved[0]
            if self._finish is not None:
                store.finish_session(self._session_id, *self._finish)
                self._finish = None
        except (sqlite3.Error, HistoryUnavailable, OSError) as error:
            self._fail(error)
            return
        self._problem = None

    def _open(self) -> HistoryStore:
        if self._store is None:
            opened = open_history(self._path, factory=self._factory)
            self._store = HistoryStore(opened.connection, self._path)
            if opened.notice is not None:
                self.notice = opened.notice
                self._restart_session()
        return self._store

    def _start(self, store: HistoryStore, begin: _Pending) -> int:
        if begin.resumed_session is not None and store.reopen_session(begin.resumed_session):
            return begin.resumed_session
        return store.start_session(begin.plan, begin.started_at)

    def _restart_session(self) -> None:
        """The file was replaced: this workout's session is written again from memory."""
        if self._session_id is not None:
            self._session_id = None
            self._unsaved = list(self._all)
            if self._begin is not None:
                self._begin.resumed_session = None

    def _fail(self, error: BaseException) -> None:
        if getattr(error, "sqlite_errorcode", None) in DAMAGED_CODES and self._store is not None:
            # Reopening moves the damaged file aside and starts a new one.
            self._store.close()
            self._store = None
        waiting = len(self._unsaved)
        kept = (
            f"{waiting} set{' is' if waiting == 1 else 's are'} kept and will be saved"
            if waiting
            else "Your sets will be kept and saved"
        )
        why = (
            f". {error}"
            if isinstance(error, HistoryUnavailable)
            else f" ({describe_fault(error)})."
        )
        self._problem = f"Your history cannot be saved right now{why} {kept} as soon as possible."
