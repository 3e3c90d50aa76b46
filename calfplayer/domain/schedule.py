"""What the plan asks for, and when: each planned time of a day, whether it is done, due, put off
with "later", skipped for the day, still to come or missed. Pure: the plan, the sessions done, the
person's choices, a time zone and ``now`` go in; nothing is read from the system.

Planned times are wall-clock times in the person's time zone (a ``zoneinfo.ZoneInfo``), so 18:00
stays 18:00 across a change of daylight saving. On the night the clocks go forward a time that does
not exist that night (02:30) is due at the same distance past the change (03:30); on the night they
go back, a time that comes twice (02:30) is due the first time. Two planned times of one routine
that fall on the same instant that night count once.

Done: each session of a routine with work in it counts for one planned time of that routine on the
day it was started, the earliest not yet counted, whenever in the day it was done (early counts).
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from typing import Any

from calfplayer.domain.week_plan import PlanEntry, WeekPlan
from calfplayer.i18n import translatable, translate

KEEP_CHOICES_DAYS = 35  # older choices are forgotten: the adherence view looks back four weeks


@dataclass(frozen=True)
class Slot:
    """One planned time of one entry on one day."""

    entry_number: int  # 1-based, as `calfplayer plan` lists the entries
    routine_id: str
    day: date
    planned: time  # the wall-clock time as planned
    at: datetime  # the instant it is due, in UTC (so instants compare and subtract exactly)

    @property
    def key(self) -> str:
        """Names this planned time in the choices file."""
        return f"{self.day.isoformat()} {self.planned:%H:%M} {self.routine_id}"


@dataclass(frozen=True)
class WorkDone:
    """A past session with at least one set done in it."""

    routine_id: str
    started_at: datetime  # timezone-aware


@dataclass(frozen=True)
class Choices:
    """What the person chose about planned times: skip a routine for a day, or "later"."""

    skipped: frozenset[tuple[str, date]] = frozenset()  # (routine id, day)
    later: Mapping[str, datetime] = field(default_factory=dict)  # slot key -> due again at

    def skip(self, routine_id: str, day: date) -> Choices:
        return Choices(self.skipped | {(routine_id, day)}, self.later)

    def put_off(self, slot: Slot, until: datetime) -> Choices:
        return Choices(self.skipped, {**self.later, slot.key: until})

    def forget_before(self, day: date) -> Choices:
        """Without the choices about days before ``day`` (they no longer matter)."""
        return Choices(
            frozenset(item for item in self.skipped if item[1] >= day),
            {
                key: until
                for key, until in self.later.items()
                if date.fromisoformat(key[:10]) >= day
            },
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "skipped": [
                {"routine": routine, "day": day.isoformat()}
                for routine, day in sorted(self.skipped, key=lambda item: (item[1], item[0]))
            ],
            "later": [
                {"slot": key, "until": until.isoformat()}
                for key, until in sorted(self.later.items())
            ],
        }

    @classmethod
    def from_json(cls, data: Any) -> Choices:
        """What can be read of a choices file; anything malformed is left out (a choice is a
        convenience: losing one only brings a reminder back)."""
        if not isinstance(data, dict):
            return cls()
        skipped: set[tuple[str, date]] = set()
        later: dict[str, datetime] = {}
        for item in data.get("skipped") or []:
            try:
                skipped.add((str(item["routine"]), date.fromisoformat(item["day"])))
            except (KeyError, TypeError, ValueError):
                continue
        for item in data.get("later") or []:
            try:
                until = datetime.fromisoformat(item["until"])
                key = str(item["slot"])
                date.fromisoformat(key[:10])
            except (KeyError, TypeError, ValueError):
                continue
            if until.tzinfo is not None:
                later[key] = until
        return cls(frozenset(skipped), later)


class SlotState(StrEnum):
    DONE = "done"
    SKIPPED = "skipped"
    DUE = "due"
    LATER = "later"  # put off: due again at ``SlotView.due_from``
    TO_COME = "to come"
    MISSED = "missed"

    @property
    def label(self) -> str:
        """As shown, in the language in use."""
        return translate("SlotState", _SLOT_STATE_LABELS[self])


_SLOT_STATE_LABELS = {
    SlotState.DONE: translatable("SlotState", "done"),
    SlotState.SKIPPED: translatable("SlotState", "skipped"),
    SlotState.DUE: translatable("SlotState", "due"),
    SlotState.LATER: translatable("SlotState", "later"),
    SlotState.TO_COME: translatable("SlotState", "to come"),
    SlotState.MISSED: translatable("SlotState", "missed"),
}


@dataclass(frozen=True)
class SlotView:
    slot: Slot
    state: SlotState
    due_from: datetime  # the planned instant, or the one it was put off to (UTC)
    due_until: datetime  # the next planned time of the same entry, or the end of the day (UTC)

    @property
    def open(self) -> bool:
        """Still to be done today: due now, put off or to come."""
        return self.state in (SlotState.DUE, SlotState.LATER, SlotState.TO_COME)


def wall_time(day: date, planned: time, zone: tzinfo) -> datetime:
    """The instant (in UTC) ``planned`` falls on that day in ``zone``: a time the clocks skip is
    moved on by the gap, a time that comes twice is the first.

    UTC, because Python compares and subtracts two times of one zone by their wall-clock
    readings, which is wrong across a change of daylight saving."""
    local = datetime.combine(day, planned).replace(tzinfo=zone, fold=0)
    return local.astimezone(UTC)


def day_start(day: date, zone: tzinfo) -> datetime:
    return wall_time(day, time(0, 0), zone)


def slots_on(
    plan: WeekPlan, day: date, zone: tzinfo, routines: Container[str] | None = None
) -> list[Slot]:
    """The planned times of ``day`` in order; none on a quiet day, none for an entry added after
    that day, none for an entry whose routine is not among ``routines`` (when given)."""
    if day.weekday() in plan.quiet_days:
        return []
    found: list[Slot] = []
    seen: set[tuple[str, datetime]] = set()
    for number, entry in enumerate(plan.entries, start=1):
        if not _planned_on(entry, day) or (
            routines is not None and entry.routine_id not in routines
        ):
            continue
        for planned in entry.times():
            at = wall_time(day, planned, zone)
            if (entry.routine_id, at) in seen:
                continue  # two wall times that the clocks going forward made one instant
            seen.add((entry.routine_id, at))
            found.append(Slot(number, entry.routine_id, day, planned, at))
    return sorted(found, key=lambda slot: (slot.at, slot.entry_number))


def _planned_on(entry: PlanEntry, day: date) -> bool:
    return day.weekday() in entry.days and (entry.added is None or day >= entry.added)


def local_day(moment: datetime, zone: tzinfo) -> date:
    return moment.astimezone(zone).date()


def done_keys(slots: list[Slot], work: Iterable[WorkDone], zone: tzinfo) -> set[str]:
    """The planned times the sessions count for: per routine and day, in order."""
    sessions: dict[tuple[str, date], int] = {}
    for session in work:
        key = (session.routine_id, local_day(session.started_at, zone))
        sessions[key] = sessions.get(key, 0) + 1
    done: set[str] = set()
    for slot in slots:  # in order of time
        key = (slot.routine_id, slot.day)
        if sessions.get(key, 0) > 0:
            sessions[key] -= 1
            done.add(slot.key)
    return done


def day_agenda(
    plan: WeekPlan,
    day: date,
    zone: tzinfo,
    work: Iterable[WorkDone],
    choices: Choices,
    now: datetime,
    routines: Container[str] | None = None,
) -> list[SlotView]:
    """Each planned time of ``day`` with its state at ``now``."""
    slots = slots_on(plan, day, zone, routines)
    done = done_keys(slots, work, zone)
    end_of_day = day_start(day + timedelta(days=1), zone)
    views: list[SlotView] = []
    for slot in slots:
        until = choices.later.get(slot.key)
        due_from = until.astimezone(UTC) if until is not None and until > slot.at else slot.at
        following = [
            later.at
            for later in slots
            if later.entry_number == slot.entry_number and later.at > slot.at
        ]
        # A put-off time stays due for the rest of the day; otherwise until the entry's next.
        due_until = end_of_day if until is not None or not following else min(following)
        if slot.key in done:
            state = SlotState.DONE
        elif (slot.routine_id, day) in choices.skipped:
            state = SlotState.SKIPPED
        elif now < slot.at:
            state = SlotState.TO_COME
        elif now < due_from:
            state = SlotState.LATER
        elif now < due_until:
            state = SlotState.DUE
        else:
            state = SlotState.MISSED
        views.append(SlotView(slot, state, due_from, due_until))
    return views


def due_now(agenda: Iterable[SlotView]) -> list[SlotView]:
    return [view for view in agenda if view.state is SlotState.DUE]


def next_change(agenda: Iterable[SlotView], now: datetime, zone: tzinfo) -> datetime:
    """The next instant after ``now`` at which today's states change: a time comes due, a due
    time passes, or the day ends (tomorrow's agenda begins)."""
    candidates = [day_start(local_day(now, zone) + timedelta(days=1), zone)]
    for view in agenda:
        if view.state in (SlotState.DONE, SlotState.SKIPPED, SlotState.MISSED):
            continue
        candidates += [
            moment for moment in (view.slot.at, view.due_from, view.due_until) if moment > now
        ]
    return min(candidates)
