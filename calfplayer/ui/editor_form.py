"""What the routine editor needs that is not Qt: defaults, and problem places.

The editor builds a format-v1 object from its fields and lets ``parse_routine`` judge it, so the
rules for a valid routine live in one place; this module maps each problem back to its field.
"""

from __future__ import annotations

import re
from typing import Any

from calfplayer.domain.exercises import Catalogue, Exercise
from calfplayer.domain.routines import RoutineItem, parse_routine

_PLACE = re.compile(r"^items\[(\d+)\](?:\.(.*))?$")


def split_place(place: str) -> tuple[int | None, str]:
    """The item and field a problem names: "items[2].tempo.down" -> (2, "tempo.down"),
    "items[2]" -> (2, ""), "name" -> (None, "name")."""
    match = _PLACE.match(place)
    if match is None:
        return None, place
    return int(match.group(1)), match.group(2) or ""


def default_item(exercise: Exercise, catalogue: Catalogue) -> RoutineItem:
    """The exercise with its usual dosage, as the loader fills it in."""
    data: dict[str, Any] = {"id": "new", "name": "new", "items": [{"exercise": exercise.id}]}
    return parse_routine(data, "new", catalogue).items[0]


def seconds_value(value: float) -> float | int:
    """A spin box's seconds as a file would hold them: 2.0 -> 2, 2.5 -> 2.5."""
    rounded = round(value, 2)
    return int(rounded) if float(rounded).is_integer() else rounded
