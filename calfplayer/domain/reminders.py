"""Which due planned time to remind of, and how long the reminder process may sleep. Pure.

A reminder is given once for each time a planned time comes due (again, after "In 15 minutes").
When several are due at once, because the computer slept through their times, one reminder is
given, for the latest, and the others count as reminded: three reminders at once help nobody.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from calfplayer.domain.schedule import SlotView

# The longest sleep between two looks at the clock and the plan's files: a suspend, a change of
# the clock or of the plan is noticed within this, and the process wakes no more often when idle.
LONGEST_SLEEP = timedelta(seconds=60)
# Wall time that moved this much more (or less) than the process slept means a suspend or a
# change of the clock: everything is worked out again.
CLOCK_JUMP = timedelta(seconds=5)


def reminder_key(view: SlotView) -> str:
    """Names one coming-due of a planned time: a time put off comes due again under a new key."""
    return f"{view.slot.key} {view.due_from.isoformat()}"


def pick_reminder(due: Sequence[SlotView], reminded: set[str]) -> SlotView | None:
    """The due time to remind of now (the latest not reminded of yet), or None; every due time
    passed over is added to ``reminded`` with it."""
    fresh = [view for view in due if reminder_key(view) not in reminded]
    reminded.update(reminder_key(view) for view in fresh)
    if not fresh:
        return None
    return max(fresh, key=lambda view: (view.due_from, view.slot.entry_number))


def forget_other_days(reminded: set[str], keys_today: Iterable[str]) -> None:
    """Keeps only today's keys, so a process that runs for months stays small."""
    reminded.intersection_update(keys_today)


def sleep_for(now: datetime, next_change: datetime) -> timedelta:
    """How long to sleep: until the next change, but never longer than ``LONGEST_SLEEP``."""
    return max(timedelta(), min(LONGEST_SLEEP, next_change - now))


def clock_jumped(wall_moved: timedelta, slept: timedelta) -> bool:
    """Whether the wall clock moved differently from the time slept (a suspend, a clock change)."""
    return abs(wall_moved - slept) > CLOCK_JUMP
