"""Reading JSON files that people write by hand, and checking them field by field.

Every problem is reported with the file and the place in it (``items[2].tempo.down``) so that a
person can find and fix it; all problems are collected, not just the first. Nothing is evaluated.
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from calfplayer.i18n import translate
from calfplayer.i18n.formats import whole

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
            message = translate("FileChecks", 'the key "{key}" appears twice in one object')
            raise ValueError(message.format(key=key))
        result[key] = value
    return result


def _reject_constant(name: str) -> float:
    raise ValueError(
        translate("FileChecks", "{name} is not a number JSON allows").format(name=name)
    )


def parse_json_text(raw: bytes, source: str) -> Any:
    """Decodes UTF-8 JSON bytes, or raises FileProblems with one clear sentence."""
    if len(raw) > MAX_FILE_BYTES:
        raise FileProblems(source, [Problem("", _too_big(len(raw)))])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FileProblems(
            source,
            [
                Problem(
                    "",
                    translate(
                        "FileChecks", "is not UTF-8 text (byte {byte} cannot be read)"
                    ).format(byte=error.start),
                )
            ],
        ) from None
    try:
        return json.loads(
            text, object_pairs_hook=_reject_duplicate_keys, parse_constant=_reject_constant
        )
    except json.JSONDecodeError as error:
        message = translate(
            "FileChecks",
            "is not valid JSON (line {line}, column {column}: {reason})",
            "{reason} is the JSON reader's own message, in English",
        ).format(line=error.lineno, column=error.colno, reason=error.msg)
        raise FileProblems(source, [Problem("", message)]) from None
    except (ValueError, RecursionError) as error:
        reason = (
            str(error)
            if isinstance(error, ValueError)
            else translate("FileChecks", "nests too deeply")
        )
        message = translate("FileChecks", "is not valid JSON ({reason})").format(reason=reason)
        raise FileProblems(source, [Problem("", message)]) from None


def _too_big(size: int | None) -> str:
    """``size`` None: the file grew while it was read."""
    if size is None:
        text = translate(
            "FileChecks", "grew while being read; routine files are at most 1 MB ({limit} bytes)"
        )
    else:
        text = translate(
            "FileChecks", "is {size} bytes; routine files are at most 1 MB ({limit} bytes)"
        )
    return text.format(size=whole(size or 0), limit=whole(MAX_FILE_BYTES))


class NotReadable(Exception):
    """A path that is not a regular file, or a file over the size limit: a sentence saying which."""


class FileTooBig(NotReadable):
    def __init__(self, size: int | None, limit: int) -> None:
        self.size = size
        self.limit = limit
        if size is None:
            text = translate("FileChecks", "grew while being read; at most {limit} bytes are read")
        else:
            text = translate("FileChecks", "is {size} bytes; at most {limit} bytes are read")
        super().__init__(text.format(size=whole(size or 0), limit=whole(limit)))


def _kind_of_special_file(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return translate("FileChecks", "is a folder, not a file")
    if stat.S_ISFIFO(mode):
        return translate("FileChecks", "is a named pipe (FIFO), not a regular file")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return translate("FileChecks", "is a device, not a regular file")
    if stat.S_ISSOCK(mode):
        return translate("FileChecks", "is a socket, not a regular file")
    return translate("FileChecks", "is not a regular file")


def read_regular_file(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``, read without ever blocking.

    The opened descriptor is checked, not the name, so a FIFO, a device or a link to one is
    refused before a byte is read (opening is non-blocking, so a FIFO with no writer cannot hang
    it), and no more than ``max_bytes + 1`` bytes are read even from a file that keeps growing.
    Raises NotReadable for a special file (its sentence says which kind), FileTooBig for one over
    the limit, and OSError when the file cannot be opened.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags | getattr(os, "O_NOCTTY", 0))
    with os.fdopen(descriptor, "rb", buffering=0) as file:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise NotReadable(_kind_of_special_file(status.st_mode))
        if status.st_size > max_bytes:
            raise FileTooBig(status.st_size, max_bytes)
        chunks: list[bytes] = []
        total = 0
        while total <= max_bytes:
            chunk = file.read(max_bytes + 1 - total)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > max_bytes:
            raise FileTooBig(None, max_bytes)
        return b"".join(chunks)


def read_json_file(path: Path) -> Any:
    source = str(path)
    try:
        raw = read_regular_file(path, MAX_FILE_BYTES)
    except FileTooBig as big:
        raise FileProblems(source, [Problem("", _too_big(big.size))]) from None
    except NotReadable as refused:
        raise FileProblems(source, [Problem("", str(refused))]) from None
    except FileNotFoundError:
        raise FileProblems(
            source, [Problem("", translate("FileChecks", "does not exist"))]
        ) from None
    except IsADirectoryError:
        raise FileProblems(
            source, [Problem("", translate("FileChecks", "is a folder, not a file"))]
        ) from None
    except PermissionError:
        denied = translate("FileChecks", "cannot be read (permission denied)")
        raise FileProblems(source, [Problem("", denied)]) from None
    except OSError as error:
        reason = error.strerror or type(error).__name__
        message = translate("FileChecks", "cannot be read ({reason})").format(reason=reason)
        raise FileProblems(source, [Problem("", message)]) from None
    return parse_json_text(raw, source)


def shown_value(value: Any) -> str:
    """A value from a file as a message shows it: text quoted, a number as it is, else its kind."""
    if isinstance(value, str):
        return quoted(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return shown_number(value)
    if value is None or isinstance(value, bool):
        return json.dumps(value)
    return _type_name(value)


def _type_name(value: Any) -> str:
    if value is None:
        return translate("FileChecks", "null", "a kind of JSON value")
    if isinstance(value, bool):
        return translate("FileChecks", "true/false", "a kind of JSON value")
    if isinstance(value, int | float):
        return translate("FileChecks", "a number", "a kind of JSON value")
    if isinstance(value, str):
        return translate("FileChecks", "text", "a kind of JSON value")
    if isinstance(value, list):
        return translate("FileChecks", "a list", "a kind of JSON value")
    if isinstance(value, dict):
        return translate("FileChecks", "an object", "a kind of JSON value")
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
            message = translate("FileChecks", "must be an object, not {kind}")
            self.fail(place, message.format(kind=_type_name(value)))
            return None
        known = [*required, *optional]
        for key in value:
            if key not in known:
                hint = _closest(key, known)
                if hint:
                    message = translate(
                        "FileChecks", 'is not a known field (did you mean "{hint}"?)'
                    ).format(hint=hint)
                else:
                    message = translate("FileChecks", "is not a known field")
                self.fail(join(place, key), message)
        for key in required:
            if key not in value:
                self.fail(join(place, key), translate("FileChecks", "is missing"))
        return value

    def text(
        self, value: Any, place: str, *, max_len: int, allow_empty: bool = False
    ) -> str | None:
        if not isinstance(value, str):
            message = translate("FileChecks", "must be text, not {kind}")
            self.fail(place, message.format(kind=_type_name(value)))
            return None
        if not allow_empty and not value.strip():
            self.fail(place, translate("FileChecks", "must not be empty"))
            return None
        if len(value) > max_len:
            message = translate(
                "FileChecks", "is {length} characters long; at most {limit} are allowed"
            )
            self.fail(place, message.format(length=len(value), limit=max_len))
            return None
        if any(_is_control(ch) for ch in value):
            self.fail(place, translate("FileChecks", "contains control characters"))
            return None
        lone = next((ch for ch in value if _is_surrogate(ch)), None)
        if lone is not None:
            self.fail(
                place,
                translate(
                    "FileChecks",
                    "contains the escape {escape}, half of a two-part character on its own",
                ).format(escape=f"\\u{ord(lone):04x}"),
            )
            return None
        return value

    def integer(self, value: Any, place: str, low: int, high: int) -> int | None:
        if isinstance(value, bool) or not isinstance(value, int | float):
            message = translate("FileChecks", "must be a whole number, not {kind}")
            self.fail(place, message.format(kind=_type_name(value)))
            return None
        if isinstance(value, float) and not value.is_integer():
            message = translate("FileChecks", "must be a whole number (got {value})")
            self.fail(place, message.format(value=shown_number(value)))
            return None
        number = int(value)
        if not low <= number <= high:
            message = translate("FileChecks", "must be between {low} and {high} (got {value})")
            self.fail(place, message.format(low=low, high=high, value=shown_number(number)))
            return None
        return number

    def seconds(self, value: Any, place: str, low: float, high: float) -> int | None:
        """Seconds as given in a file, returned in milliseconds; halves of a second are allowed."""
        if isinstance(value, bool) or not isinstance(value, int | float):
            message = translate("FileChecks", "must be a number of seconds, not {kind}")
            self.fail(place, message.format(kind=_type_name(value)))
            return None
        # An int is compared as it is: one too big for a float must not end in OverflowError.
        if (isinstance(value, float) and not math.isfinite(value)) or not low <= value <= high:
            message = translate(
                "FileChecks", "must be between {low} and {high} seconds (got {value})"
            )
            self.fail(
                place, message.format(low=_num(low), high=_num(high), value=shown_number(value))
            )
            return None
        if abs(value * 2 - round(value * 2)) > 1e-9:
            message = translate("FileChecks", "must be in whole or half seconds (got {value})")
            self.fail(place, message.format(value=shown_number(value)))
            return None
        return round(value * 1000)

    def boolean(self, value: Any, place: str) -> bool | None:
        if not isinstance(value, bool):
            message = translate("FileChecks", "must be true or false, not {kind}")
            self.fail(place, message.format(kind=_type_name(value)))
            return None
        return value

    def choice(self, value: Any, place: str, options: Sequence[str]) -> str | None:
        if not isinstance(value, str) or value not in options:
            joiner = translate("FileChecks", " or ", 'between the allowed values: "a" or "b"')
            allowed = joiner.join(f'"{option}"' for option in options)
            message = translate(
                "FileChecks", "must be {allowed} (got {value})", '{allowed}: "a" or "b"'
            )
            self.fail(place, message.format(allowed=allowed, value=shown_value(value)))
            return None
        return value

    def items(self, value: Any, place: str, low: int, high: int) -> Iterator[tuple[str, Any]]:
        if not isinstance(value, list):
            message = translate("FileChecks", "must be a list, not {kind}")
            self.fail(place, message.format(kind=_type_name(value)))
            return
        if not low <= len(value) <= high:
            message = translate(
                "FileChecks", "must hold between {low} and {high} entries (got {count})"
            )
            self.fail(place, message.format(low=low, high=high, count=len(value)))
            if len(value) > high:
                return
        for index, entry in enumerate(value):
            yield f"{place}[{index}]", entry


def join(place: str, key: str) -> str:
    """The place of ``key`` inside ``place``; a key that is not a plain word is shown quoted, so an
    empty key or one with spaces or control characters is still named (``items[0][""]``)."""
    if _PLAIN_KEY.fullmatch(key):
        return f"{place}.{key}" if place else key
    return f"{place}[{quoted(key)}]"


_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")


def quoted(text: str) -> str:
    """Text from a file in double quotes, every control character and lone surrogate escaped."""
    return json.dumps(text, ensure_ascii=False).encode("utf-8", "backslashreplace").decode()


def shown_number(value: int | float) -> str:
    """A number from a file as a message shows it: a huge one by its size, not all its digits."""
    if isinstance(value, int) and not -(10**15) < value < 10**15:
        digits = len(str(abs(value)))
        return translate("FileChecks", "a number of %n digits", None, digits)
    return str(value)


def _is_control(ch: str) -> bool:
    """C0 (but for line breaks and tabs), DEL and C1: never wanted in a name, a terminal acts on
    them."""
    code = ord(ch)
    return (code < 32 and ch not in "\n\t") or 0x7F <= code <= 0x9F


def _is_surrogate(ch: str) -> bool:
    return 0xD800 <= ord(ch) <= 0xDFFF


def _num(value: float) -> str:
    return f"{value:g}"


def _closest(word: str, options: Sequence[str]) -> str | None:
    import difflib

    matches = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    return matches[0] if matches else None


def closest(word: str, options: Sequence[str]) -> str | None:
    """The known word a typo most likely meant, if any is close."""
    return _closest(word, options)
