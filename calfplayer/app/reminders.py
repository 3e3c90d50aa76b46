"""Reminders of the plan with the window closed: what to remind of and when, what each answer
does, and turning the reminder process on and off at login. The command line (`calfplayer
remind`), the reminder process and Settings › Plan all come here. No Qt.

The reminder process holds the lock file ``.remind.lock`` in the data folder while it runs (one per
user and data folder), with its process id inside, which is how it is found to be stopped. At
login it is started by an XDG autostart entry; only Linux and the other XDG desktops have one.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from calfplayer.app.errors import AppError, file_faults
from calfplayer.app.plan import PlanService, TodayItem
from calfplayer.domain.reminders import forget_other_days, pick_reminder, reminder_key
from calfplayer.domain.schedule import SlotState, SlotView, local_day, slots_on
from calfplayer.folder_lock import FolderLock, LockState, holder_pid
from calfplayer.i18n import translatable, translate
from calfplayer.i18n.formats import time_of_day
from calfplayer.paths import AppPaths
from calfplayer.store.autostart import autostart_folder, remove_entry, write_entry

REMIND_LOCK = "remind"  # <data dir>/.remind.lock
AUTOSTART_FILE = "calfplayer-remind.desktop"
LATER_MINUTES = 15
REMIND_LOG = "remind.log"
_WAIT_STEPS = 50  # tenths of a second to wait for the process to start or stop

BY_HAND = {
    "win32": (
        "Windows",
        translatable(
            "AppReminders", "Task Scheduler (a task that runs `calfplayer remind` at log on)"
        ),
    ),
    "darwin": (
        "macOS",
        translatable("AppReminders", "launchd (a LaunchAgent that runs `calfplayer remind`)"),
    ),
}


@dataclass(frozen=True)
class Reminder:
    """One planned time to remind of: its routine's name and length, and when it was planned."""

    item: TodayItem
    routine_id: str
    routine_name: str
    length: str  # "6 min"

    @property
    def title(self) -> str:
        return translate("AppReminders", "Time for {routine}").format(routine=self.routine_name)

    def message(self, with_buttons: bool) -> str:
        if with_buttons:
            text = translate("AppReminders", "{length}, planned for {time}.")
        else:
            text = translate("AppReminders", "{length}, planned for {time}. Click to start it now.")
        return text.format(length=self.length, time=time_of_day(self.item.view.slot.planned))


def spoken_length(planned_ms: int) -> str:
    """A routine's length as a person says it: 45 s, 6 min."""
    seconds = round(planned_ms / 1000)
    if seconds < 60:
        return translate("AppReminders", "{seconds} s").format(seconds=seconds)
    return translate("AppReminders", "{minutes} min").format(minutes=round(seconds / 60))


def launcher(paths: AppPaths) -> list[str]:
    """How to start calfplayer on these folders: this Python (or the desktop bundle's binary,
    which takes ``-m`` too), with ``--data-dir`` when the folders are not the usual ones."""
    command = [sys.executable, "-m", "calfplayer"]
    if paths != AppPaths.platform_default():
        command += ["--data-dir", str(paths.data)]
    return command


class ReminderService:
    def __init__(
        self,
        paths: AppPaths,
        plan: PlanService,
        *,
        platform: str = sys.platform,
        window_options: tuple[str, ...] = (),
    ) -> None:
        self.paths = paths
        self.plan = plan
        self.platform = platform
        self.window_options = window_options  # passed on to the window Start now opens
        self.reminded: set[str] = set()
        self._started: list[subprocess.Popen[bytes]] = []

    # --- on and off ------------------------------------------------------------------------------

    @property
    def starts_at_login_here(self) -> bool:
        return self.platform not in BY_HAND

    @property
    def autostart_entry(self) -> Path:
        return autostart_folder() / AUTOSTART_FILE

    def is_on(self) -> bool:
        return self.starts_at_login_here and self.autostart_entry.exists()

    def running_pid(self) -> int | None:
        return holder_pid(self.paths.data, REMIND_LOCK)

    def not_supported(self) -> str:
        system, how = BY_HAND.get(self.platform, (self.platform, ""))
        return translate(
            "AppReminders",
            "Starting reminders at login is not supported on {system} yet. Start them by hand:"
            " run `{command}` and leave it running; to have it start at login, use {how} as"
            " docs/reminders.md describes.",
        ).format(
            system=system,
            command=" ".join(self._remind_command()),
            how=translate("AppReminders", how) if how else how,
        )

    def _remind_command(self) -> list[str]:
        return [*launcher(self.paths), "remind"]

    def turn_on(self) -> str:
        """Writes the autostart entry and starts the process; returns what was done. Raises
        AppError (not supported here, the entry could not be written, the process did not
        start)."""
        if not self.starts_at_login_here:
            raise AppError(self.not_supported())
        with file_faults(translate("AppReminders", "The autostart entry could not be written")):
            write_entry(
                self.autostart_entry,
                name=translate("AppReminders", "calfplayer reminders"),
                comment=translate("AppReminders", "Reminds you of your planned routines"),
                command=self._remind_command(),
            )
        pid = self.running_pid() or self.start_detached()
        return translate(
            "AppReminders", "Reminders are on (process {pid}); they start at login from {path}."
        ).format(pid=pid, path=self.autostart_entry)

    def start_detached(self) -> int:
        """Starts the reminder process on its own (it outlives whoever started it); its process
        id once it holds its lock. Raises AppError when it does not come up."""
        log = self.paths.state / REMIND_LOG
        with file_faults(translate("AppReminders", "The reminders could not be started")):
            log.parent.mkdir(parents=True, exist_ok=True)
            with log.open("ab") as output:
                process = subprocess.Popen(
                    self._remind_command(),
                    stdin=subprocess.DEVNULL,
                    stdout=output,
                    stderr=output,
                    start_new_session=True,
                )
        self._started.append(process)
        for _ in range(_WAIT_STEPS):
            pid = self.running_pid()
            if pid:
                return pid
            if process.poll() is not None:
                break
            time.sleep(0.1)
        raise AppError(
            translate("AppReminders", "The reminders did not start: {log} may say why.").format(
                log=log
            )
        )

    def turn_off(self) -> str:
        """Removes the autostart entry and stops the process; returns what was done."""
        removed = False
        if self.starts_at_login_here:
            with file_faults(translate("AppReminders", "The autostart entry could not be removed")):
                removed = remove_entry(self.autostart_entry)
        stopped = self.stop()
        if not removed and not stopped:
            return translate("AppReminders", "Reminders were already off.")
        return translate("AppReminders", "Reminders are off.")

    def stop(self) -> bool:
        """Stops the running reminder process; False when none was running."""
        pid = self.running_pid()
        if not pid:
            return False
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
        for _ in range(_WAIT_STEPS):
            if not self.running_pid():
                break
            time.sleep(0.1)
        else:
            raise AppError(
                translate("AppReminders", "The reminder process ({pid}) did not stop.").format(
                    pid=pid
                )
            )
        for process in self._started:
            process.poll()  # reaps one this process started
        return True

    def hold_lock(self) -> FolderLock | None:
        """For the reminder process: the lock that makes it the only one here (the same kind of
        lock as the window's), or None while another process holds it. Where no lock can be
        taken (a read-only folder, Windows) the process runs unlocked."""
        lock = FolderLock(self.paths.data, REMIND_LOCK)
        if lock.acquire() is LockState.HELD:
            return None
        return lock

    # --- what to remind of ---------------------------------------------------------------------

    def check(self) -> tuple[Reminder | None, datetime]:
        """The reminder to give now (once per coming-due), and when to look again; raises
        AppError when the history cannot be read."""
        items = self.plan.today()
        forget_other_days(self.reminded, (reminder_key(item.view) for item in items))
        due = self.plan.due(items)
        view = pick_reminder([item.view for item in due], self.reminded)
        chosen = next((item for item in due if item.view is view), None)
        return (self._reminder(chosen) if chosen else None), self.plan.next_change(items)

    def still_due(self, reminder: Reminder) -> bool:
        """Whether a reminder given earlier is still wanted (not done, skipped or put off)."""
        key = reminder_key(reminder.item.view)
        return any(reminder_key(item.view) == key for item in self.plan.due(self.plan.today()))

    def _reminder(self, item: TodayItem) -> Reminder | None:
        library = self.plan.routines.library
        routine_id = item.view.slot.routine_id
        if routine_id not in library.ids():
            return None
        routine = library.get(routine_id)
        return Reminder(item, routine_id, routine.shown_name, spoken_length(routine.planned_ms))

    def sample(self) -> Reminder | None:
        """A reminder as the next planned time would give it (for `remind --test`): today's next
        open time, else the first of the coming week; None when nothing is planned."""
        items = self.plan.today()
        open_items = [item for item in items if item.view.open]
        if open_items:
            return self._reminder(min(open_items, key=lambda item: item.view.due_from))
        today = local_day(self.plan.clock.wall_now(), self.plan.zone)
        for ahead in range(1, 8):
            slots = slots_on(self.plan.current, today + timedelta(days=ahead), self.plan.zone)
            for slot in slots:
                view = SlotView(slot, SlotState.TO_COME, slot.at, slot.at)
                reminder = self._reminder(TodayItem(view, slot.routine_id, self.plan.zone))
                if reminder is not None:
                    return reminder
        return None

    def files_stamp(self) -> tuple[float, ...]:
        """When the files that decide what is due last changed: looked at once a minute."""
        stamps = []
        for path in (
            self.paths.plan_file,
            self.paths.plan_choices_file,
            self.paths.history_db,
            self.paths.history_db.with_name(self.paths.history_db.name + "-wal"),
        ):
            try:
                stamps.append(path.stat().st_mtime)
            except OSError:
                stamps.append(0.0)
        return tuple(stamps)

    # --- the answers -------------------------------------------------------------------------

    def start_now(self, reminder: Reminder) -> None:
        """Opens the window on the routine and starts it; an open window is handed the request
        (and starts nothing while a workout is running there)."""
        command = [
            *launcher(self.paths),
            *self.window_options,
            "--routine",
            reminder.routine_id,
            "--start",
        ]
        with file_faults(translate("AppReminders", "The window could not be opened")):
            self._started.append(
                subprocess.Popen(
                    command,
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    start_new_session=True,
                )
            )

    def later(self, reminder: Reminder) -> datetime:
        return self.plan.later(reminder.item, LATER_MINUTES)

    def skip_today(self, reminder: Reminder) -> None:
        self.plan.skip_today(reminder.routine_id)

    def reap(self) -> None:
        """Collects the windows this process started that have closed since."""
        self._started = [process for process in self._started if process.poll() is None]


def answer(do: Callable[[], object], say: Callable[[str], None]) -> None:
    """Runs one answer to a reminder; a fault is said, never raised into the waiting loop."""
    try:
        do()
    except AppError as error:
        say(str(error))
