"""The person's plan for the week: which routine on which weekdays at what time, movement snacks
every few hours between two times, and quiet days with nothing planned.

Everything a person types (days, times, intervals) is read here, and so is the plan file's JSON:
anything wrong raises ``PlanProblem`` with a sentence that names the value and says what would do.
Weekdays are numbered as ``date.weekday()`` does: Monday 0 to Sunday 6.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, time
from typing import Any

PLAN_FORMAT = 1
DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_LABELS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_FULL_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_GROUPS = {
    "daily": range(7),
    "everyday": range(7),
    "weekdays": range(5),
    "weekends": range(5, 7),
}
EVERY_RANGE_MINUTES = (15, 12 * 60)  # snacks closer than 15 min or further than 12 h are a slip
DAYS_HINT = "use mon, tue, wed, thu, fri, sat, sun, a range like mon-fri, or daily"


class PlanProblem(ValueError):
    """A value of the plan that cannot be used, as a sentence for the person."""


def _day(name: str) -> int:
    word = name.strip().lower()
    if word in DAY_NAMES:
        return DAY_NAMES.index(word)
    if word in _FULL_NAMES:
        return _FULL_NAMES.index(word)
    raise PlanProblem(f'"{name.strip()}" is not a day: {DAYS_HINT}.')


def parse_days(text: str) -> frozenset[int]:
    """Days as typed: ``mon,wed,fri``, ``mon-fri`` (a range may wrap: ``fri-mon``), ``daily``,
    ``weekdays`` or ``weekends``, or several of these separated by commas."""
    days: set[int] = set()
    for part in text.split(","):
        word = part.strip().lower().replace(" ", "")
        if not word:
            continue
        if word in _DAY_GROUPS:
            days.update(_DAY_GROUPS[word])
        elif "-" in word:
            first, _, last = word.partition("-")
            start, end = _day(first), _day(last)
            days.update((start + n) % 7 for n in range((end - start) % 7 + 1))
        else:
            days.add(_day(word))
    if not days:
        raise PlanProblem(f"No days given: {DAYS_HINT}.")
    return frozenset(days)


def format_days(days: Iterable[int]) -> str:
    """``every day``, ``Mon–Fri`` for a run of three or more days, else ``Mon, Wed, Fri``."""
    chosen = sorted(set(days))
    if len(chosen) == 7:
        return "every day"
    runs: list[list[int]] = []
    for day in chosen:
        if runs and runs[-1][-1] == day - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    parts = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"{DAY_LABELS[run[0]]}–{DAY_LABELS[run[-1]]}")
        else:
            parts += [DAY_LABELS[day] for day in run]
    return ", ".join(parts)


_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")


def parse_time(text: str) -> time:
    """A time of day as ``HH:MM`` on the 24-hour clock."""
    found = _TIME.match(text.strip())
    hour, minute = (int(found.group(1)), int(found.group(2))) if found else (-1, -1)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise PlanProblem(f'"{text}" is not a time of day: use HH:MM, from 00:00 to 23:59.')
    return time(hour, minute)


_EVERY = re.compile(r"^(?:(\d+)h)?(?:(\d+)m(?:in)?)?$")


def parse_every(text: str) -> int:
    """An interval as ``2h``, ``90m`` or ``1h30m``, in minutes."""
    word = text.strip().lower().replace(" ", "")
    found = _EVERY.match(word) if word else None
    low, high = EVERY_RANGE_MINUTES
    if found is None or not any(found.groups()):
        raise PlanProblem(f'"{text}" is not an interval: use hours or minutes (2h, 90m, 1h30m).')
    minutes = int(found.group(1) or 0) * 60 + int(found.group(2) or 0)
    if not low <= minutes <= high:
        raise PlanProblem(
            f'"{text}" is out of range: snacks come every {low} min to every {high // 60} hours.'
        )
    return minutes


def format_every(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest} min" if rest else f"{hours} h"


def _minutes(moment: time) -> int:
    return moment.hour * 60 + moment.minute


@dataclass(frozen=True)
class RoutineEntry:
    """One routine on these weekdays at one time."""

    routine_id: str
    days: frozenset[int]
    at: time
    added: date | None = None  # the first day it is planned for; None: every day before too

    def times(self) -> tuple[time, ...]:
        return (self.at,)

    def describe(self) -> str:
        return f"{format_days(self.days)} at {self.at:%H:%M}"


@dataclass(frozen=True)
class SnackEntry:
    """A short routine every ``every_minutes`` from ``start`` to ``end`` (both included)."""

    routine_id: str
    days: frozenset[int]
    every_minutes: int
    start: time
    end: time
    added: date | None = None

    def __post_init__(self) -> None:
        if _minutes(self.end) <= _minutes(self.start):
            raise PlanProblem(
                f"The snacks end at {self.end:%H:%M}, which is not after they start"
                f" ({self.start:%H:%M}): the last snack comes after the first."
            )
        low, high = EVERY_RANGE_MINUTES
        if not low <= self.every_minutes <= high:
            raise PlanProblem(f"Snacks come every {low} minutes to every {high // 60} hours.")

    def times(self) -> tuple[time, ...]:
        first, last = _minutes(self.start), _minutes(self.end)
        return tuple(
            time(*divmod(minute, 60)) for minute in range(first, last + 1, self.every_minutes)
        )

    def describe(self) -> str:
        return (
            f"every {format_every(self.every_minutes)} from {self.start:%H:%M}"
            f" to {self.end:%H:%M}, {format_days(self.days)}"
        )


PlanEntry = RoutineEntry | SnackEntry


def same_entry(one: PlanEntry, other: PlanEntry) -> bool:
    """The same routine at the same times on the same days, whenever each was added."""
    return replace(one, added=None) == replace(other, added=None)


@dataclass(frozen=True)
class WeekPlan:
    entries: tuple[PlanEntry, ...] = ()
    quiet_days: frozenset[int] = frozenset()

    @property
    def empty(self) -> bool:
        return not self.entries and not self.quiet_days

    def add(self, entry: PlanEntry) -> WeekPlan:
        if any(same_entry(entry, kept) for kept in self.entries):
            raise PlanProblem("That is already in your plan.")
        return replace(self, entries=(*self.entries, entry))

    def remove(self, number: int) -> WeekPlan:
        """Without entry ``number`` (1 for the first, as `calfplayer plan` lists them)."""
        if not 1 <= number <= len(self.entries):
            count = len(self.entries)
            has = (
                "is empty" if not count else "has 1 entry" if count == 1 else f"has {count} entries"
            )
            raise PlanProblem(f"There is no entry {number}: your plan {has}.")
        entries = self.entries[: number - 1] + self.entries[number:]
        return replace(self, entries=entries)

    def with_quiet_days(self, days: Iterable[int]) -> WeekPlan:
        return replace(self, quiet_days=frozenset(days))


# --- the plan file ---------------------------------------------------------------------------


def plan_to_json(plan: WeekPlan) -> dict[str, Any]:
    entries: list[dict[str, Any]] = []
    for entry in plan.entries:
        data: dict[str, Any] = {
            "routine": entry.routine_id,
            "days": [DAY_NAMES[day] for day in sorted(entry.days)],
        }
        if isinstance(entry, RoutineEntry):
            data["at"] = f"{entry.at:%H:%M}"
        else:
            data["every"] = format_every(entry.every_minutes).replace(" ", "")
            data["from"] = f"{entry.start:%H:%M}"
            data["to"] = f"{entry.end:%H:%M}"
        if entry.added is not None:
            data["added"] = entry.added.isoformat()
        entries.append(data)
    return {
        "format": PLAN_FORMAT,
        "entries": entries,
        "quiet_days": [DAY_NAMES[day] for day in sorted(plan.quiet_days)],
    }


def plan_from_json(data: Any) -> WeekPlan:
    """The plan a file holds; raises PlanProblem naming the first thing wrong in it."""
    if not isinstance(data, dict):
        raise PlanProblem("the file does not hold a JSON object")
    if data.get("format") != PLAN_FORMAT:
        raise PlanProblem(f'"format" is {data.get("format")!r}, not {PLAN_FORMAT}')
    entries = data.get("entries", [])
    if not isinstance(entries, list):
        raise PlanProblem('"entries" is not a list')
    plan = WeekPlan(quiet_days=_days_field(data.get("quiet_days", []), '"quiet_days"'))
    for number, raw in enumerate(entries, start=1):
        try:
            entry = _entry_from_json(raw)
        except PlanProblem as problem:
            raise PlanProblem(f"entry {number}: {problem}") from None
        plan = replace(plan, entries=(*plan.entries, entry))
    return plan


def _entry_from_json(raw: Any) -> PlanEntry:
    if not isinstance(raw, dict):
        raise PlanProblem("not a JSON object")
    routine = raw.get("routine")
    if not isinstance(routine, str) or not routine.strip():
        raise PlanProblem('"routine" is not a routine id')
    days = _days_field(raw.get("days"), '"days"')
    if not days:
        raise PlanProblem('"days" is empty')
    added = _text_field(raw, "added", required=False)
    try:
        since = date.fromisoformat(added) if added is not None else None
    except ValueError:
        raise PlanProblem(f'"added": "{added}" is not a date like 2026-01-31') from None
    if "at" in raw:
        return RoutineEntry(routine, days, _time_field(raw, "at"), since)
    if "every" in raw:
        every = _text_field(raw, "every")
        assert every is not None
        return SnackEntry(
            routine,
            days,
            _labelled(parse_every, every, "every"),
            _time_field(raw, "from"),
            _time_field(raw, "to"),
            since,
        )
    raise PlanProblem('neither "at" (a time) nor "every" (movement snacks)')


def _labelled(parse: Any, text: str, key: str) -> Any:
    try:
        return parse(text)
    except PlanProblem as problem:
        raise PlanProblem(f'"{key}": {problem}') from None


def _text_field(raw: dict[str, Any], key: str, *, required: bool = True) -> str | None:
    value = raw.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str):
        raise PlanProblem(f'"{key}" is missing or not text')
    return value


def _time_field(raw: dict[str, Any], key: str) -> time:
    text = _text_field(raw, key)
    assert text is not None
    result: time = _labelled(parse_time, text, key)
    return result


def _days_field(value: Any, where: str) -> frozenset[int]:
    if not isinstance(value, list) or not all(isinstance(day, str) for day in value):
        raise PlanProblem(f"{where} is not a list of days")
    try:
        return frozenset(_day(day) for day in value)
    except PlanProblem as problem:
        raise PlanProblem(f"{where}: {problem}") from None
