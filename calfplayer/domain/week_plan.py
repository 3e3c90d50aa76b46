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

from calfplayer.i18n import translatable, translate
from calfplayer.i18n.formats import time_of_day

PLAN_FORMAT = 1
DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# Shown: translate("Dates", label).
DAY_LABELS = (
    translatable("Dates", "Mon"),
    translatable("Dates", "Tue"),
    translatable("Dates", "Wed"),
    translatable("Dates", "Thu"),
    translatable("Dates", "Fri"),
    translatable("Dates", "Sat"),
    translatable("Dates", "Sun"),
)
_FULL_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_GROUPS = {
    "daily": range(7),
    "everyday": range(7),
    "weekdays": range(5),
    "weekends": range(5, 7),
}
EVERY_RANGE_MINUTES = (15, 12 * 60)  # snacks closer than 15 min or further than 12 h are a slip
# The day words are what a person types (English in every language): the hint keeps them.
DAYS_HINT = translatable(
    "WeekPlan", "use mon, tue, wed, thu, fri, sat, sun, a range like mon-fri, or daily"
)


def _days_hint() -> str:
    return translate("WeekPlan", DAYS_HINT)


class PlanProblem(ValueError):
    """A value of the plan that cannot be used, as a sentence for the person."""


def _day(name: str) -> int:
    word = name.strip().lower()
    if word in DAY_NAMES:
        return DAY_NAMES.index(word)
    if word in _FULL_NAMES:
        return _FULL_NAMES.index(word)
    message = translate("WeekPlan", '"{name}" is not a day: {hint}.')
    raise PlanProblem(message.format(name=name.strip(), hint=_days_hint()))


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
        raise PlanProblem(translate("WeekPlan", "No days given: {hint}.").format(hint=_days_hint()))
    return frozenset(days)


def format_days(days: Iterable[int]) -> str:
    """``every day``, ``Mon–Fri`` for a run of three or more days, else ``Mon, Wed, Fri``: shown,
    in the language in use."""
    chosen = sorted(set(days))
    if len(chosen) == 7:
        return translate("WeekPlan", "every day")
    runs: list[list[int]] = []
    for day in chosen:
        if runs and runs[-1][-1] == day - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    parts = []
    for run in runs:
        if len(run) >= 3:
            run_text = translate("WeekPlan", "{first}–{last}", "a run of weekdays: Mon–Fri")
            parts.append(run_text.format(first=_day_label(run[0]), last=_day_label(run[-1])))
        else:
            parts += [_day_label(day) for day in run]
    return ", ".join(parts)


def _day_label(day: int) -> str:
    return translate("Dates", DAY_LABELS[day])


_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")


def parse_time(text: str) -> time:
    """A time of day as ``HH:MM`` on the 24-hour clock."""
    found = _TIME.match(text.strip())
    hour, minute = (int(found.group(1)), int(found.group(2))) if found else (-1, -1)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        message = translate(
            "WeekPlan", '"{text}" is not a time of day: use HH:MM, from 00:00 to 23:59.'
        )
        raise PlanProblem(message.format(text=text))
    return time(hour, minute)


_EVERY = re.compile(r"^(?:(\d+)h)?(?:(\d+)m(?:in)?)?$")


def parse_every(text: str) -> int:
    """An interval as ``2h``, ``90m`` or ``1h30m``, in minutes."""
    word = text.strip().lower().replace(" ", "")
    found = _EVERY.match(word) if word else None
    low, high = EVERY_RANGE_MINUTES
    if found is None or not any(found.groups()):
        message = translate(
            "WeekPlan", '"{text}" is not an interval: use hours or minutes (2h, 90m, 1h30m).'
        )
        raise PlanProblem(message.format(text=text))
    minutes = int(found.group(1) or 0) * 60 + int(found.group(2) or 0)
    if not low <= minutes <= high:
        message = translate(
            "WeekPlan",
            '"{text}" is out of range: snacks come every {low} min to every {high} hours.',
        )
        raise PlanProblem(message.format(text=text, low=low, high=high // 60))
    return minutes


def format_every(minutes: int) -> str:
    """``1 h 30 min``, as the plan file keeps it (without the spaces): English in every language."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest} min" if rest else f"{hours} h"


def shown_every(minutes: int) -> str:
    """An interval as shown: ``1 h 30 min`` in the language in use."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return translate("WeekPlan", "{minutes} min").format(minutes=rest)
    if not rest:
        return translate("WeekPlan", "{hours} h").format(hours=hours)
    return translate("WeekPlan", "{hours} h {minutes} min").format(hours=hours, minutes=rest)


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
        text = translate("WeekPlan", "{days} at {time}", "Mon, Wed at 07:30")
        return text.format(days=format_days(self.days), time=time_of_day(self.at))


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
            message = translate(
                "WeekPlan",
                "The snacks end at {end}, which is not after they start ({start}):"
                " the last snack comes after the first.",
            )
            raise PlanProblem(
                message.format(end=time_of_day(self.end), start=time_of_day(self.start))
            )
        low, high = EVERY_RANGE_MINUTES
        if not low <= self.every_minutes <= high:
            message = translate(
                "WeekPlan", "Snacks come every {low} minutes to every {high} hours."
            )
            raise PlanProblem(message.format(low=low, high=high // 60))

    def times(self) -> tuple[time, ...]:
        first, last = _minutes(self.start), _minutes(self.end)
        return tuple(
            time(*divmod(minute, 60)) for minute in range(first, last + 1, self.every_minutes)
        )

    def describe(self) -> str:
        text = translate(
            "WeekPlan",
            "every {interval} from {start} to {end}, {days}",
            "every 45 min from 09:00 to 17:00, Mon–Fri",
        )
        return text.format(
            interval=shown_every(self.every_minutes),
            start=time_of_day(self.start),
            end=time_of_day(self.end),
            days=format_days(self.days),
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
            raise PlanProblem(translate("WeekPlan", "That is already in your plan."))
        return replace(self, entries=(*self.entries, entry))

    def remove(self, number: int) -> WeekPlan:
        """Without entry ``number`` (1 for the first, as `calfplayer plan` lists them)."""
        if not 1 <= number <= len(self.entries):
            count = len(self.entries)
            if not count:
                message = translate("WeekPlan", "There is no entry {number}: your plan is empty.")
            elif count == 1:  # English has no catalogue: its two forms are two texts
                message = translate(
                    "WeekPlan", "There is no entry {number}: your plan has %n entry.", None, count
                )
            else:
                message = translate(
                    "WeekPlan", "There is no entry {number}: your plan has %n entries.", None, count
                )
            raise PlanProblem(message.format(number=number))
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
        raise PlanProblem(translate("WeekPlan", "the file does not hold a JSON object"))
    if data.get("format") != PLAN_FORMAT:
        message = translate("WeekPlan", '"format" is {found}, not {known}')
        raise PlanProblem(message.format(found=repr(data.get("format")), known=PLAN_FORMAT))
    entries = data.get("entries", [])
    if not isinstance(entries, list):
        raise PlanProblem(translate("WeekPlan", '"entries" is not a list'))
    plan = WeekPlan(quiet_days=_days_field(data.get("quiet_days", []), '"quiet_days"'))
    for number, raw in enumerate(entries, start=1):
        try:
            entry = _entry_from_json(raw)
        except PlanProblem as problem:
            message = translate("WeekPlan", "entry {number}: {problem}")
            raise PlanProblem(message.format(number=number, problem=problem)) from None
        plan = replace(plan, entries=(*plan.entries, entry))
    return plan


def _entry_from_json(raw: Any) -> PlanEntry:
    if not isinstance(raw, dict):
        raise PlanProblem(translate("WeekPlan", "not a JSON object"))
    routine = raw.get("routine")
    if not isinstance(routine, str) or not routine.strip():
        raise PlanProblem(translate("WeekPlan", '"routine" is not a routine id'))
    days = _days_field(raw.get("days"), '"days"')
    if not days:
        raise PlanProblem(translate("WeekPlan", '"days" is empty'))
    added = _text_field(raw, "added", required=False)
    try:
        since = date.fromisoformat(added) if added is not None else None
    except ValueError:
        message = translate("WeekPlan", '"added": "{added}" is not a date like 2026-01-31')
        raise PlanProblem(message.format(added=added)) from None
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
    raise PlanProblem(translate("WeekPlan", 'neither "at" (a time) nor "every" (movement snacks)'))


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
        raise PlanProblem(translate("WeekPlan", '"{key}" is missing or not text').format(key=key))
    return value


def _time_field(raw: dict[str, Any], key: str) -> time:
    text = _text_field(raw, key)
    assert text is not None
    result: time = _labelled(parse_time, text, key)
    return result


def _days_field(value: Any, where: str) -> frozenset[int]:
    if not isinstance(value, list) or not all(isinstance(day, str) for day in value):
        raise PlanProblem(
            translate("WeekPlan", "{where} is not a list of days").format(where=where)
        )
    try:
        return frozenset(_day(day) for day in value)
    except PlanProblem as problem:
        raise PlanProblem(f"{where}: {problem}") from None
