"""Reading JSON files that people write by hand, and checking them field by field.

Every problem is reported with the file and the place in it (``items[2].tempo.down``) so that a
person can find and fix it; all problems are collected, not just the first. Nothing is evaluated.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MAX_FILE_BYTES = 1_000_000


@dataclass(frozen=True)
class Problem:
    place: str
    message: str

    def __str__(self) -> str:
        return f"{self.place}: {self.message}" if self.place else self.message


class FileProblems(Exception):
    """A file that could not be used, with every problem found in it."""

    def __init__(self, source: str, problems: Sequence[Problem]) -> None:
        self.source = source
        self.problems = tuple(problems)
        super().__init__(self.describe())

    def describe(self) -> str:
        return "\n".join(f"{self.source}: {problem}" for problem in self.problems)


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f'the key "{key}" appears twice in one object')
        result[key] = value
    return result


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number JSON allows")


def parse_json_text(raw: bytes, source: str) -> Any:
    """Decodes UTF-8 JSON bytes, or raises FileProblems with one clear sentence."""
    if len(raw) > MAX_FILE_BYTES:
        raise FileProblems(
            source, [Problem("", f"is {len(raw):,} bytes; routine files are at most 1 MB")]
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FileProblems(
            source, [Problem("", f"is not UTF-8 text (byte {error.start} cannot be read)")]
        ) from None
    try:
        return json.loads(
            text, object_pairs_hook=_reject_duplicate_keys, parse_constant=_reject_constant
        )
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        raise FileProblems(
            source, [Problem("", f"is not valid JSON ({where}: {error.msg})")]
        ) from None
    except (ValueError, RecursionError) as error:
        message = str(error) if isinstance(error, ValueError) else "nests too deeply"
        raise FileProblems(source, [Problem("", f"is not valid JSON ({message})")]) from None


def read_json_file(path: Path) -> Any:
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise FileProblems(
                source, [Problem("", f"is {size:,} bytes; routine files are at most 1 MB")]
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise FileProblems(source, [Problem("", "does not exist")]) from None
    except IsADirectoryError:
        raise FileProblems(source, [Problem("", "is a folder, not a file")]) from None
    except PermissionError:
        raise FileProblems(source, [Problem("", "cannot be read (permission denied)")]) from None
    except OSError as error:
        raise FileProblems(source, [Problem("", f"cannot be read ({error.strerror})")]) from None
    return parse_json_text(raw, source)


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


class Checker:
    """Collects problems while reading fields out of parsed JSON."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def fail(self, place: str, message: str) -> None:
        self.problems.append(Problem(place, message))

    def obj(
        self, value: Any, place: str, required: Sequence[str], optional: Sequence[str]
    ) -> dict[str, Any] | None:
        """An object with known keys; unknown keys are reported, since they are usually typos."""
        if not isinstance(value, dict):
            self.fail(place, f"must be an object, not {_type_name(value)}")
            return None
        known = [*required, *optional]
        for key in value:
            if key not in known:
                hint = _closest(key, known)
                suggestion = f' (did you mean "{hint}"?)' if hint else ""
                self.fail(join(place, key), f"is not a known field{suggestion}")
        for key in required:
            if key not in value:
                self.fail(join(place, key), "is missing")
        return value

    def text(
        self, value: Any, place: str, *, max_len: int, allow_empty: bool = False
    ) -> str | None:
        if not isinstance(value, str):
            self.fail(place, f"must be text, not {_type_name(value)}")
            return None
        if not allow_empty and not value.strip():
            self.fail(place, "must not be empty")
            return None
        if len(value) > max_len:
            self.fail(place, f"is {len(value)} characters long; at most {max_len} are allowed")
            return None
        if any(ord(ch) < 32 and ch not in "\n\t" for ch in value):
            self.fail(place, "contains control characters")
            return None
        return value

    def integer(self, value: Any, place: str, low: int, high: int, unit: str = "") -> int | None:
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(place, f"must be a whole number, not {_type_name(value)}")
            return None
        if isinstance(value, float) and not value.is_integer():
            self.fail(place, f"must be a whole number (got {value})")
            return None
        number = int(value)
        if not low <= number <= high:
            self.fail(place, f"must be between {low} and {high}{unit} (got {number})")
            return None
        return number

    def seconds(self, value: Any, place: str, low: float, high: float) -> int | None:
        """Seconds as given in a file, returned in milliseconds; halves of a second are allowed."""
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(place, f"must be a number of seconds, not {_type_name(value)}")
            return None
        if not math.isfinite(value) or not low <= value <= high:
            self.fail(place, f"must be between {_num(low)} and {_num(high)} seconds (got {value})")
            return None
        if abs(value * 2 - round(value * 2)) > 1e-9:
            self.fail(place, f"must be in whole or half seconds (got {value})")
            return None
        return round(value * 1000)

    def boolean(self, value: Any, place: str) -> bool | None:
        if not isinstance(value, bool):
            self.fail(place, f"must be true or false, not {_type_name(value)}")
            return None
        return value

    def choice(self, value: Any, place: str, options: Sequence[str]) -> str | None:
        if not isinstance(value, str) or value not in options:
            allowed = " or ".join(f'"{option}"' for option in options)
            self.fail(place, f"must be {allowed} (got {json.dumps(value)})")
            return None
        return value

    def items(self, value: Any, place: str, low: int, high: int) -> Iterator[tuple[str, Any]]:
        if not isinstance(value, list):
            self.fail(place, f"must be a list, not {_type_name(value)}")
            return
        if not low <= len(value) <= high:
            self.fail(place, f"must hold between {low} and {high} entries (got {len(value)})")
            if len(value) > high:
                return
        for index, entry in enumerate(value):
            yield f"{place}[{index}]", entry


def join(place: str, key: str) -> str:
    return f"{place}.{key}" if place else key


def _num(value: float) -> str:
    return f"{value:g}"


def _closest(word: str, options: Sequence[str]) -> str | None:
    import difflib

    matches = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    return matches[0] if matches else None


def closest(word: str, options: Sequence[str]) -> str | None:
    """The known word a typo most likely meant, if any is close."""
    return _closest(word, options)
