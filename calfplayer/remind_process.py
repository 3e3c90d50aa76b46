"""`calfplayer remind`: waits for the plan's times and puts up a desktop notification for each.

It imports no Qt and sleeps most of the time: until the next planned time, or a minute at most, so
that a suspend, a change of the clock or a change of the plan's files (looked at by their
modification times) is noticed within a minute. Notifications go through ``desktop-notifier``
(D-Bus on Linux), in this process's asyncio loop, which also receives the person's answer: Start
now, In 15 minutes or Skip today; where the notification server has no buttons, a click on the
notification starts the routine, and its text says so.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from calfplayer.app.errors import AppError
from calfplayer.app.reminders import Reminder, ReminderService, answer
from calfplayer.cli_context import use_settings_language
from calfplayer.domain.clock import Clock
from calfplayer.domain.reminders import LONGEST_SLEEP, clock_jumped, sleep_for
from calfplayer.i18n import translatable, translate
from calfplayer.resources import asset

if TYPE_CHECKING:
    from desktop_notifier import DesktopNotifier

# A notification has been put up and answered before the loop's next look; the margin keeps a
# wake-up that comes a hair early from finding the time not yet due.
_LATE_MARGIN = timedelta(milliseconds=20)
SAMPLE_NOTE = translatable("RemindProcess", "(A test: this is how reminders look.)")


class Notifications:
    """The desktop's notifications, reached when the first one is put up."""

    def __init__(self, service: ReminderService, say: Callable[[str], None]) -> None:
        self.service = service
        self.say = say
        self._notifier: DesktopNotifier | None = None
        self._buttons: bool | None = None
        self.shown: dict[str, Reminder] = {}  # notification id -> what it reminds of

    async def _connect(self) -> tuple[DesktopNotifier, bool]:
        from desktop_notifier import Capability, DesktopNotifier, Icon

        if self._notifier is None or self._buttons is None:
            notifier = DesktopNotifier(
                app_name="calfplayer", app_icon=Icon(path=asset("icons", "calfplayer.svg"))
            )
            self._buttons = Capability.BUTTONS in await notifier.get_capabilities()
            self._notifier = notifier
        return self._notifier, self._buttons

    async def post(self, reminder: Reminder, *, sample: bool = False) -> bool:
        """Puts up the reminder with its answers (a sample has none: nobody stays to hear
        them); False (and a sentence) when it could not."""
        from desktop_notifier import Button

        try:
            notifier, buttons = await self._connect()
            identifier = ""

            def then(do: Callable[[], object]) -> Callable[[], None]:
                def run() -> None:
                    self.shown.pop(identifier, None)
                    answer(do, self.say)

                return run

            choices = (
                (
                    Button(
                        translate("RemindProcess", "Start now"),
                        then(lambda: self.service.start_now(reminder)),
                    ),
                    Button(
                        translate("RemindProcess", "In 15 minutes"),
                        then(lambda: self.service.later(reminder)),
                    ),
                    Button(
                        translate("RemindProcess", "Skip today"),
                        then(lambda: self.service.skip_today(reminder)),
                    ),
                )
                if buttons and not sample
                else ()
            )
            if sample:
                identifier = await notifier.send(
                    title=reminder.title,
                    message=sample_message(reminder),
                )
                return True
            # It stays up until answered (timeout 0): the person may be away from the screen.
            identifier = await notifier.send(
                title=reminder.title,
                message=reminder.message(with_buttons=buttons),
                buttons=choices,
                on_clicked=then(lambda: self.service.start_now(reminder)),
                on_dismissed=lambda: self.shown.pop(identifier, None),
                timeout=0,
            )
        except Exception as error:  # no session bus, no notification server: say it, keep waiting
            problem = translate(
                "RemindProcess", "The reminder for {routine} could not be shown ({problem})."
            )
            self.say(problem.format(routine=reminder.routine_name, problem=error))
            self._notifier = None
            return False
        self.shown[identifier] = reminder
        return True

    async def withdraw_answered(self) -> None:
        """Takes down reminders whose time was done, skipped or put off meanwhile (in the window,
        say)."""
        if self._notifier is None:
            return
        for identifier, reminder in list(self.shown.items()):
            if not self.service.still_due(reminder):
                self.shown.pop(identifier, None)
                with contextlib.suppress(Exception):
                    await self._notifier.clear(identifier)


async def wait_and_remind(
    service: ReminderService, clock: Clock, stop: asyncio.Event, say: Callable[[str], None]
) -> None:
    """Reminds of each planned time as it comes due, until ``stop`` is set."""
    loop = asyncio.get_running_loop()
    notifications = Notifications(service, say)
    stamp: tuple[float, ...] | None = None
    wake_at: datetime | None = None
    slept_from = (clock.wall_now(), loop.time())
    while not stop.is_set():
        service.reap()
        now = clock.wall_now()
        jumped = clock_jumped(now - slept_from[0], timedelta(seconds=loop.time() - slept_from[1]))
        files = service.files_stamp()
        if jumped or files != stamp or wake_at is None or now >= wake_at:
            if files != stamp:
                service.plan.reload_if_changed()
                stamp = files
            # The language may have been changed in Settings since: the next reminder speaks it.
            use_settings_language(service.paths)
            try:
                reminder, wake_at = service.check()
            except AppError as error:
                say(str(error))
                reminder, wake_at = None, now + LONGEST_SLEEP
            if reminder is not None:
                await notifications.post(reminder)
            with contextlib.suppress(AppError):
                await notifications.withdraw_answered()
        slept_from = (now, loop.time())
        delay = sleep_for(now, wake_at + _LATE_MARGIN).total_seconds()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), delay)


def run_reminders(service: ReminderService, clock: Clock) -> int:
    """The foreground process: one per data folder; stops on SIGTERM or Ctrl+C."""

    def say(text: str) -> None:
        line = translate("RemindProcess", "calfplayer remind: {message}").format(message=text)
        print(line, file=sys.stderr, flush=True)

    lock = service.hold_lock()
    if lock is None:
        running = translate(
            "RemindProcess", "reminders are already running for {folder} (process {pid})."
        )
        say(running.format(folder=service.paths.data, pid=service.running_pid()))
        return 0

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for number in (signal.SIGTERM, signal.SIGINT):
            with contextlib.suppress(NotImplementedError):  # Windows: Ctrl+C ends it instead
                loop.add_signal_handler(number, stop.set)
        await wait_and_remind(service, clock, stop, say)

    with lock:
        say(
            translate("RemindProcess", "waiting for the plan's times ({folder}).").format(
                folder=service.paths.data
            )
        )
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(main())
    return 0


def post_sample(service: ReminderService) -> str:
    """Puts up one reminder now, as the next planned time would give it; returns what was
    shown. Raises AppError."""
    sample = service.sample()
    if sample is None:
        raise AppError(
            translate(
                "RemindProcess", "Nothing is planned in the coming week: add to your plan first."
            )
        )
    problems: list[str] = []

    async def post() -> bool:
        return await Notifications(service, problems.append).post(sample, sample=True)

    if not asyncio.run(post()):
        raise AppError(
            problems[0]
            if problems
            else translate("RemindProcess", "The reminder could not be shown.")
        )
    shown = translate("RemindProcess", "{title}: {message}", "a reminder as shown")
    return shown.format(title=sample.title, message=sample_message(sample))


def sample_message(reminder: Reminder) -> str:
    """A sample reminder's text: what the real one says, and that this is a test."""
    return translate("RemindProcess", "{message} {note}", "a sample reminder's text").format(
        message=reminder.message(with_buttons=True), note=translate("RemindProcess", SAMPLE_NOTE)
    )
