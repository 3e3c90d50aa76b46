"""Routines: which exercises, in which order, with how many sets, reps, holds and rests.

A routine file (format v1, see docs/routine-format.md) names exercises from the catalogue and may
override their default dosage. Loading is strict and kind: every problem is reported with the file
and the place, unknown keys are refused (they are usually typos), and numbers have sane bounds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from calfplayer.domain.exercises import Catalogue, Exercise, Kind, Tempo
from calfplayer.domain.jsonfile import (
    Checker,
    FileProblems,
    closest,
    parse_json_text,
    quoted,
    read_json_file,
    shown_value,
)
from calfplayer.i18n import translatable, translate

FORMAT_VERSION = 1
# Matched with fullmatch: "$" would also let a trailing newline through into a file name.
ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
# The limits of one routine (docs/routine-format.md): each bounds the work and the time it takes
# to plan, show and speak a routine, so even the biggest routine opens at once.
MAX_ITEMS = 50
MAX_SETS = 20
MAX_REPS = 100
MAX_PLANNED_MS = 4 * 60 * 60 * 1000


class Side(StrEnum):
    RIGHT = "right"
    LEFT = "left"

    @property
    def other(self) -> Side:
        return Side.LEFT if self is Side.RIGHT else Side.RIGHT


class Source(StrEnum):
    BUILT_IN = "built-in"
    USER = "user"
    FILE = "file"


@dataclass(frozen=True)
class RoutineItem:
    """One exercise of a routine with every default already applied."""

    exercise: Exercise
    sets: int
    reps: int  # for a hold exercise: holds per set
    tempo: Tempo | None
    hold_ms: int | None
    relax_ms: int
    rest_ms: int
    setup_ms: int
    per_side: bool
    first_side: Side
    switch_ms: int
    self_paced: bool

    @property
    def sides(self) -> tuple[Side | None, ...]:
        return (self.first_side, self.first_side.other) if self.per_side else (None,)

    @property
    def planned_ms(self) -> int:
        """The planned time of the exercise, worked out without expanding it into segments.

        It equals the span of the item's segments in ``build_plan`` (a self-paced rep counts its
        tempo's estimate), which the tests check for every kind of item.
        """
        if self.exercise.kind is Kind.HOLD:
            one_side = self.reps * (self.hold_ms or 0) + (self.reps - 1) * self.relax_ms
        else:
            one_side = self.reps * (self.tempo.rep_ms if self.tempo is not None else 0)
        sides = len(self.sides)
        one_set = sides * one_side + (sides - 1) * self.switch_ms
        return self.setup_ms + self.sets * one_set + (self.sets - 1) * self.rest_ms


@dataclass(frozen=True)
class Routine:
    id: str
    name: str
    description: str
    items: tuple[RoutineItem, ...]
    source: Source = Source.FILE
    path: Path | None = field(default=None, compare=False)

    @property
    def shown_name(self) -> str:
        """The name to show: a built-in routine's in the language in use, the person's as typed."""
        return built_in_name(self.id, self.name) if self.source is Source.BUILT_IN else self.name

    @property
    def shown_description(self) -> str:
        if self.source is Source.BUILT_IN and self.description:
            return translate("Routines", self.description)
        return self.description

    @property
    def planned_ms(self) -> int:
        """The routine's planned time, equal to its plan's ``total_ms`` but without building it."""
        return sum(item.planned_ms for item in self.items)

    @property
    def equipment(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for item in self.items:
            seen.update(dict.fromkeys(item.exercise.equipment))
        return tuple(seen)


_TOP_REQUIRED = ("id", "name", "items")
_TOP_OPTIONAL = ("format", "description")
_ITEM_COMMON = ("sets", "reps", "rest", "setup", "per_side", "first_side", "switch")
_ITEM_REPS = ("tempo", "self_paced")
_ITEM_HOLD = ("hold", "relax")
DEFAULT_SWITCH_MS = 5000


def parse_routine(
    data: Any, source_name: str, catalogue: Catalogue, *, limit_time: bool = True
) -> Routine:
    """Turns parsed JSON into a Routine, or raises FileProblems naming every problem.

    ``limit_time=False`` reads a routine kept with a session in the history, which is read
    whatever its planned time: it was played once and its sets are the person's.
    """
    check = Checker()
    routine = _read_routine(check, data, catalogue)
    if routine is not None and limit_time and routine.planned_ms > MAX_PLANNED_MS:
        message = translate(
            "RoutineFile",
            "add up to {planned}; a routine may plan at most {limit}"
            " (fewer exercises, sets, reps or shorter times)",
        )
        check.fail(
            "items",
            message.format(planned=_hours(routine.planned_ms), limit=_hours(MAX_PLANNED_MS)),
        )
    if check.problems or routine is None:
        raise FileProblems(source_name, check.problems)
    return routine


def _hours(ms: int) -> str:
    minutes = (ms + 59_999) // 60_000
    hours, minutes = divmod(minutes, 60)
    if not minutes:
        if hours == 1:  # English has no catalogue: its two forms are two texts
            return translate("RoutineFile", "%n hour", None, hours)
        return translate("RoutineFile", "%n hours", None, hours)
    return translate("RoutineFile", "{hours} h {minutes} min").format(
        hours=hours, minutes=f"{minutes:02d}"
    )


def load_routine(path: Path, catalogue: Catalogue, source: Source = Source.FILE) -> Routine:
    routine = parse_routine(read_json_file(path), str(path), catalogue)
    return Routine(routine.id, routine.name, routine.description, routine.items, source, path)


def routine_from_bytes(raw: bytes, source_name: str, catalogue: Catalogue) -> Routine:
    return parse_routine(parse_json_text(raw, source_name), source_name, catalogue)


def _read_routine(check: Checker, data: Any, catalogue: Catalogue) -> Routine | None:
    obj = check.obj(data, "", _TOP_REQUIRED, _TOP_OPTIONAL)
    if obj is None:
        return None
    if "format" in obj:
        version = obj["format"]
        if version != FORMAT_VERSION or isinstance(version, bool):
            message = translate(
                "RoutineFile",
                "this file uses routine format {found}; this calfplayer reads"
                " format {known} (a newer calfplayer may read it)",
            )
            check.fail("format", message.format(found=shown_value(version), known=FORMAT_VERSION))
            return None
    routine_id = check.text(obj.get("id"), "id", max_len=64) if "id" in obj else None
    if routine_id is not None and not ID_PATTERN.fullmatch(routine_id):
        check.fail(
            "id",
            translate(
                "RoutineFile",
                "must be lowercase letters, digits and dashes, starting with a letter or digit",
            ),
        )
    name = check.text(obj.get("name"), "name", max_len=80) if "name" in obj else None
    description = ""
    if "description" in obj:
        description = (
            check.text(obj["description"], "description", max_len=1000, allow_empty=True) or ""
        )
    items = []
    if "items" in obj:
        for place, raw in check.items(obj["items"], "items", 1, MAX_ITEMS):
            item = _read_item(check, raw, place, catalogue)
            if item is not None:
                items.append(item)
    if check.problems or routine_id is None or name is None:
        return None
    return Routine(routine_id, name.strip(), description.strip(), tuple(items))


def _read_item(check: Checker, raw: Any, place: str, catalogue: Catalogue) -> RoutineItem | None:
    if not isinstance(raw, dict):
        check.fail(place, translate("RoutineFile", "must be an object naming an exercise"))
        return None
    exercise_id = raw.get("exercise")
    if "exercise" not in raw:
        check.fail(f"{place}.exercise", translate("FileChecks", "is missing"))
        return None
    if not isinstance(exercise_id, str) or exercise_id not in catalogue:
        hint = closest(exercise_id, list(catalogue)) if isinstance(exercise_id, str) else None
        if hint:
            message = translate(
                "RoutineFile", '{value} is not a known exercise (did you mean "{hint}"?)'
            )
        else:
            message = translate("RoutineFile", "{value} is not a known exercise")
        check.fail(f"{place}.exercise", message.format(value=_shown(exercise_id), hint=hint))
        return None
    exercise = catalogue[exercise_id]
    own = _ITEM_REPS if exercise.kind is Kind.REPS else _ITEM_HOLD
    other = _ITEM_HOLD if exercise.kind is Kind.REPS else _ITEM_REPS
    for key in other:
        if key in raw:
            if exercise.kind is Kind.REPS:
                message = translate(
                    "RoutineFile", 'does not apply: "{id}" is a repetition exercise'
                )
            else:
                message = translate("RoutineFile", 'does not apply: "{id}" is a hold exercise')
            check.fail(f"{place}.{key}", message.format(id=exercise_id))
    allowed = {key: raw[key] for key in raw if key not in other}
    obj = check.obj(allowed, place, ("exercise",), (*_ITEM_COMMON, *own))
    if obj is None:
        return None
    dosage = exercise.dosage
    tempo = dosage.tempo
    if exercise.kind is Kind.REPS and "tempo" in obj:
        tempo = _read_tempo(check, obj["tempo"], f"{place}.tempo", dosage.tempo)
    hold_ms = dosage.hold_ms
    if "hold" in obj:
        hold_ms = check.seconds(obj["hold"], f"{place}.hold", 1, 600)
    first_side = Side.RIGHT
    if "first_side" in obj:
        first_side = Side(
            check.choice(obj["first_side"], f"{place}.first_side", list(Side)) or "right"
        )
    return RoutineItem(
        exercise=exercise,
        sets=_opt_int(check, obj, "sets", place, dosage.sets, 1, MAX_SETS),
        reps=_opt_int(check, obj, "reps", place, dosage.reps, 1, MAX_REPS),
        tempo=tempo,
        hold_ms=hold_ms,
        relax_ms=_opt_seconds(check, obj, "relax", place, dosage.relax_ms, 0, 60),
        rest_ms=_opt_seconds(check, obj, "rest", place, dosage.rest_ms, 0, 600),
        setup_ms=_opt_seconds(check, obj, "setup", place, dosage.setup_ms, 0, 120),
        per_side=_opt_bool(check, obj, "per_side", place, exercise.one_sided),
        first_side=first_side,
        switch_ms=_opt_seconds(check, obj, "switch", place, DEFAULT_SWITCH_MS, 0, 60),
        self_paced=_opt_bool(check, obj, "self_paced", place, False),
    )


def _read_tempo(check: Checker, raw: Any, place: str, default: Tempo | None) -> Tempo | None:
    obj = check.obj(raw, place, (), ("up", "top", "down"))
    if obj is None or default is None:
        return default
    up = check.seconds(obj["up"], f"{place}.up", 0.5, 30) if "up" in obj else default.up_ms
    top = check.seconds(obj["top"], f"{place}.top", 0, 30) if "top" in obj else default.top_ms
    down = (
        check.seconds(obj["down"], f"{place}.down", 0.5, 30) if "down" in obj else default.down_ms
    )
    if up is None or top is None or down is None:
        return default
    return Tempo(up, top, down)


def _opt_int(
    check: Checker, obj: dict[str, Any], key: str, place: str, default: int, low: int, high: int
) -> int:
    if key not in obj:
        return default
    value = check.integer(obj[key], f"{place}.{key}", low, high)
    return default if value is None else value


def _opt_seconds(
    check: Checker, obj: dict[str, Any], key: str, place: str, default: int, low: float, high: float
) -> int:
    if key not in obj:
        return default
    value = check.seconds(obj[key], f"{place}.{key}", low, high)
    return default if value is None else value


def _opt_bool(check: Checker, obj: dict[str, Any], key: str, place: str, default: bool) -> bool:
    if key not in obj:
        return default
    value = check.boolean(obj[key], f"{place}.{key}")
    return default if value is None else value


def _shown(value: Any) -> str:
    if isinstance(value, str):
        return quoted(value)
    return translate("RoutineFile", "a value that is not text")


def routine_to_json(routine: Routine) -> dict[str, Any]:
    """The routine as a format-v1 object, writing every field so the file reads on its own."""
    items = []
    for item in routine.items:
        entry: dict[str, Any] = {"exercise": item.exercise.id, "sets": item.sets, "reps": item.reps}
        if item.tempo is not None:
            entry["tempo"] = {
                "up": item.tempo.up_ms / 1000,
                "top": item.tempo.top_ms / 1000,
                "down": item.tempo.down_ms / 1000,
            }
        if item.hold_ms is not None and item.exercise.kind is Kind.HOLD:
            entry["hold"] = item.hold_ms / 1000
            entry["relax"] = item.relax_ms / 1000
        entry.update(rest=item.rest_ms / 1000, setup=item.setup_ms / 1000, per_side=item.per_side)
        if item.per_side:
            entry.update(first_side=item.first_side.value, switch=item.switch_ms / 1000)
        if item.exercise.kind is Kind.REPS:
            entry["self_paced"] = item.self_paced
        items.append({key: _compact(value) for key, value in entry.items()})
    return {
        "format": FORMAT_VERSION,
        "id": routine.id,
        "name": routine.name,
        "description": routine.description,
        "items": items,
    }


def _compact(value: Any) -> Any:
    """2.0 seconds is written as 2, so files stay as people would write them."""
    if isinstance(value, dict):
        return {key: _compact(inner) for key, inner in value.items()}
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def built_in_name(routine_id: str, name: str) -> str:
    """A built-in routine's name in the language in use; an exercise tried on its own is named
    after the exercise, a text of the exercise catalogue."""
    if routine_id.startswith(TRY_PREFIX):
        return translate("Exercises", name)
    return translate("Routines", name)


# The id of an exercise tried on its own from the library: try-calf-raise.
TRY_PREFIX = "try-"
# Shown through ``Routine.shown_description``, as a built-in routine's.
TRY_ONE_DESCRIPTION = translatable("Routines", "This one exercise on its own, at its usual dose.")


def single_exercise_routine(exercise_id: str, catalogue: Catalogue) -> Routine:
    """A routine of one exercise at its usual dosage, for trying it out from the library.

    It goes through the same reading as a routine file, so every default is applied in one place.
    """
    exercise = catalogue[exercise_id]
    data = {
        "id": f"{TRY_PREFIX}{exercise.id}",
        "name": exercise.name,
        "description": TRY_ONE_DESCRIPTION,
        "items": [{"exercise": exercise.id}],
    }
    routine = parse_routine(data, f"the {exercise.name} exercise", catalogue)
    return replace(routine, source=Source.BUILT_IN)
