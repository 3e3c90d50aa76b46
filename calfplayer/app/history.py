"""The history as a person sees it: the list and its figures, one session, the resume offer,
deleting, exporting, backing up and restoring. The window and the command line both come here.
"""

from __future__ import annotations

import io
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from calfplayer.app.changes import Change, ChangeBus
from calfplayer.app.errors import AppError, file_faults, history_faults, no_window_open
from calfplayer.domain.clock import Clock
from calfplayer.domain.exercises import Catalogue
from calfplayer.domain.recording import MemoryRecorder, Rating, WorkoutRecorder
from calfplayer.i18n import translate
from calfplayer.paths import AppPaths

# The store and the records it reads are imported when the history is first used, after the
# window's first paint: the window imports this module to start.
if TYPE_CHECKING:
    from calfplayer.domain.progress import WorkoutProgress
    from calfplayer.domain.progression import RecentSession
    from calfplayer.domain.record import ResumeOffer, SessionOverview, SessionRecord
    from calfplayer.domain.schedule import WorkDone
    from calfplayer.store.history import HistoryStore
    from calfplayer.store.period import PeriodSession
    from calfplayer.store.recorder import HistoryRecorder

EXPORT_FORMATS = ("csv", "json")


@dataclass(frozen=True)
class PastSession:
    record: SessionRecord
    overview: SessionOverview
    progress: WorkoutProgress  # each set and side planned against done, with the marks
    names: Mapping[str, str]  # exercise id -> name, for sets of exercises since renamed


class History:
    def __init__(
        self, paths: AppPaths, catalogue: Catalogue, changes: ChangeBus, clock: Clock
    ) -> None:
        self.paths = paths
        self.catalogue = catalogue
        self.changes = changes
        self.clock = clock
        self.recorder: WorkoutRecorder = MemoryRecorder()
        self.resume_offer: ResumeOffer | None = None
        self._reader: HistoryStore | None = None
        self._may_change = False  # the window's history, once opened for recording
        self._recording: HistoryRecorder | None = None

    @property
    def exercise_names(self) -> dict[str, str]:
        return {exercise.id: exercise.name for exercise in self.catalogue.values()}

    # --- the window's history file -------------------------------------------------------------

    def open_for_recording(self) -> str | None:
        """Prepares the history file and records workouts into it from now on; returns a
        sentence to show when something about the file needs saying."""
        from calfplayer.store.commit_log import commit_logger_from_env
        from calfplayer.store.recorder import HistoryRecorder, prepare_history

        at_start = prepare_history(self.paths, self.clock)
        self._may_change = True
        self._close_reader()
        self.resume_offer = at_start.resume
        self.recorder = self._recording = HistoryRecorder(
            self.paths.history_db, clock=self.clock, on_committed=commit_logger_from_env()
        )
        return at_start.notice

    def close(self) -> None:
        """Writes what waits and lets the file go (the window is closing)."""
        self.recorder.close()
        self._close_reader()

    # --- sets the history could not take yet ---------------------------------------------------

    def sets_waiting(self) -> int:
        """Sets (and sets in progress) not in the history yet."""
        if self._recording is None:
            return 0
        return sum(len(workout.sets) for workout in self._recording.unsaved_workouts())

    def keep_unsaved(self, target: Path | None = None) -> Path | None:
        """Writes what the history could not take to ``target``, else to a file in the state
        or cache or temp folder, which the next start offers to bring in; returns the file,
        or None when nothing waited. Raises AppError (then nothing is let go)."""
        from calfplayer.store.files import write_atomically
        from calfplayer.store.unsaved import keep_unsaved, unsaved_text

        recording = self._recording
        workouts = recording.unsaved_workouts() if recording is not None else []
        if recording is None or not workouts:
            return None
        try:
            if target is None:
                target = keep_unsaved(self.paths, workouts, self.clock)
            else:
                write_atomically(target, unsaved_text(workouts))
        except OSError as error:
            if target is None:
                sentence = translate(
                    "AppHistory", "The sets not saved could not be written to a file ({reason})."
                )
            else:
                sentence = translate(
                    "AppHistory", "The sets not saved could not be written to {path} ({reason})."
                )
            raise AppError(sentence.format(path=target, reason=error.strerror or error)) from error
        recording.forget_unsaved()
        return target

    def unsaved_files(self) -> list[Path]:
        """Files of sets kept when the history could not take them, oldest first."""
        from calfplayer.store.unsaved import unsaved_files

        return unsaved_files(self.paths)

    def put_unsaved_aside(self, files: list[Path]) -> None:
        """Offered and declined: not offered again (the files stay, for ``bring-in``)."""
        from calfplayer.store.unsaved import put_aside

        for path in files:
            put_aside(path)

    def bring_in(self, path: Path) -> int:
        """Brings the sets kept in ``path`` into the history (nothing twice) and removes the
        file once they are in; returns how many sets were added. Raises AppError."""
        from calfplayer.store.unsaved import bring_in

        try:
            with history_faults(
                translate("AppHistory", "The sets kept in {path} could not be brought in").format(
                    path=path
                )
            ):
                added = bring_in(self._store(change=True), path)
        except ValueError as error:
            raise AppError(str(error)) from error
        except OSError as error:
            raise AppError(
                translate("AppHistory", "{path} could not be read ({reason}).").format(
                    path=path, reason=error.strerror or error
                )
            ) from error
        self.changes.emit(Change.HISTORY)
        return added

    def _close_reader(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    def _store(self, *, change: bool = False) -> HistoryStore:
        """Read commands read the file as it is, never upgrading or moving it; only the window
        (which opened it for recording) and changes open it for writing."""
        from calfplayer.store.history import HistoryStore

        reader = self._reader
        if reader is not None and (reader.stand_in or (change and reader.read_only)):
            self._close_reader()
        if self._reader is None:
            path = self.paths.history_db
            if change or self._may_change:
                self._reader = HistoryStore.open(path, self.clock, keep_damaged_aside=False)[0]
            else:
                self._reader = HistoryStore.open_for_reading(path, self.clock)
        return self._reader

    # --- reading -------------------------------------------------------------------------------

    def overviews(
        self, since: date | None = None, ids: list[int] | None = None
    ) -> list[SessionOverview]:
        """Newest first (see store/summaries.py); raises AppError."""

        from calfplayer.store.summaries import session_overviews

        with history_faults(translate("AppHistory", "Your history could not be read")):
            return session_overviews(self._store(), since, ids=ids)

    def session_ids(self) -> list[int]:
        """Every session's id, newest first; raises AppError."""

        from calfplayer.store.summaries import session_order

        with history_faults(translate("AppHistory", "Your history could not be read")):
            return session_order(self._store())

    def session_detail(self, session_id: int) -> PastSession | None:
        """None when the session is gone; raises AppError."""

        from calfplayer.store.summaries import session_overviews

        with history_faults(translate("AppHistory", "That session could not be read")):
            store = self._store()
            record = store.session(session_id)
            progress = store.progress(session_id)
            overview = session_overviews(store, ids=[session_id])
            if record is None or progress is None or not overview:
                return None
            return PastSession(record, overview[0], progress, self.exercise_names)

    def recent_sessions(self, routine_id: str) -> list[RecentSession]:
        """The routine's recent sessions, oldest first; none when the history cannot be read
        (advice is a bonus: a fault here must not hide the summary)."""

        from calfplayer.store.summaries import recent_sessions

        if not self.paths.history_db.is_file():
            return []
        try:
            with history_faults(translate("AppHistory", "Your history could not be read")):
                return recent_sessions(self._store(), routine_id)
        except (AppError, OSError):
            return []

    # --- changing ------------------------------------------------------------------------------

    def delete_session(self, session_id: int) -> None:
        with history_faults(translate("AppHistory", "The session could not be deleted")):
            self._store(change=True).delete_session(session_id)
        self.changes.emit(Change.HISTORY)

    def rate_session(self, session_id: int, rating: Rating) -> None:
        """Rates a past session, or changes its rating; raises AppError."""
        with history_faults(translate("AppHistory", "The rating could not be kept")):
            self._store(change=True).rate_session(
                session_id, rating.effort, rating.pain, rating.note
            )
        self.changes.emit(Change.HISTORY)

    def dismiss_resume(self, offer: ResumeOffer) -> None:
        """The sets done stay in the history; only the offer goes."""
        self.resume_offer = None
        with history_faults(
            translate("AppHistory", "The unfinished workout could not be put away")
        ):
            self._store(change=True).dismiss_resume(offer.session_id)

    # --- export, backup, restore ---------------------------------------------------------------

    def export_text(self, fmt: str, since: date | None = None) -> tuple[str, int]:
        """The export as text, and how many sessions it holds; raises AppError."""
        from calfplayer.store.export import CSV_COLUMNS, EXPORT_FORMAT, write_csv, write_json

        if fmt not in EXPORT_FORMATS:
            raise AppError(
                translate("AppHistory", '"{format}" is not an export format (csv or json).').format(
                    format=fmt
                )
            )
        buffer = io.StringIO()
        history = self.paths.history_db
        if not history.exists():
            if fmt == "csv":
                buffer.write(",".join(CSV_COLUMNS) + "\n")
            else:
                json.dump({"format": EXPORT_FORMAT, "sessions": []}, buffer)
                buffer.write("\n")
            return buffer.getvalue(), 0
        with history_faults(translate("AppHistory", "Your history could not be read")):
            store = self._store()
            if fmt == "csv":
                count = write_csv(store, buffer, since, self.exercise_names)
            else:
                count = write_json(store, buffer, since)
        return buffer.getvalue(), count

    def export(self, target: Path, fmt: str | None = None, since: date | None = None) -> int:
        """Writes the export to ``target`` whole or not at all; the format follows the file's
        suffix unless given. Returns how many sessions it holds; raises AppError."""

        from calfplayer.store.files import write_atomically

        fmt = fmt or ("json" if target.suffix.lower() == ".json" else "csv")
        text, count = self.export_text(fmt, since)
        with file_faults(
            translate("AppHistory", "The history could not be exported to {path}").format(
                path=target
            )
        ):
            write_atomically(target, text)
        return count

    def backup(self, target: Path) -> int:
        from calfplayer.store.backup import backup_history

        with history_faults(translate("AppHistory", "Your history could not be backed up")):
            return backup_history(self.paths.history_db, target, self.clock)

    def restore(self, source: Path) -> Path | None:
        """Replaces the history with a backup; returns where the previous one was kept."""
        from calfplayer.store.backup import restore_history

        self._close_reader()
        with (
            no_window_open(self.paths, translate("AppHistory", "replacing the history")),
            history_faults(translate("AppHistory", "Your history could not be restored")),
        ):
            previous = restore_history(self.paths.history_db, source, self.clock)
        self.changes.emit(Change.HISTORY)
        return previous

    def sessions_between(self, first: date, last: date) -> list[PeriodSession]:
        """Oldest first, with a day more either side (see store/period.py); none while there is
        no history file. Raises AppError."""
        from calfplayer.store.period import sessions_between

        if not self.paths.history_db.is_file():
            return []
        with history_faults(translate("AppHistory", "Your history could not be read")):
            return sessions_between(self._store(), first, last)

    # --- for the plan --------------------------------------------------------------------------

    def work_done_since(self, since: date) -> list[WorkDone]:
        """Sessions with at least one set done, started on ``since`` or later, oldest first;
        none while there is no history file. Raises AppError."""
        from calfplayer.store.work_done import work_done_since

        if not self.paths.history_db.is_file():
            return []
        with history_faults(translate("AppHistory", "Your history could not be read")):
            return work_done_since(self._store(), since)
