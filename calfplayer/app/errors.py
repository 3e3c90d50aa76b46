"""One kind of failure for the window and the command line: a sentence for the person."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from calfplayer.i18n import translate

if TYPE_CHECKING:
    from calfplayer.paths import AppPaths
    from calfplayer.store.db import StoreError


class AppError(Exception):
    """What could not be done, and why, in words a person reads (no traceback)."""


@contextmanager
def history_faults(doing: str) -> Iterator[None]:
    """Turns a fault of the history file into an ``AppError`` that says what to do about it."""
    # Imported here: every page imports AppError, and the store is not needed before the
    # window's first paint.
    import sqlite3

    from calfplayer.store.db import StoreError, describe_fault

    try:
        yield
    except StoreError as error:
        raise AppError(store_fault(error)) from error
    except sqlite3.Error as error:
        raise AppError(
            translate("AppErrors", "{doing} ({reason}).").format(
                doing=doing, reason=describe_fault(error)
            )
        ) from error


def store_fault(error: StoreError) -> str:
    """The store's own sentence, with the way out for a damaged history."""
    from calfplayer.store.db import HistoryDamaged

    if not str(error):
        return translate("AppErrors", "Your history cannot be used.")
    if isinstance(error, HistoryDamaged):
        return translate(
            "AppErrors",
            "{problem} Open calfplayer to keep it aside and start a new one, or restore a backup"
            " with `calfplayer restore FILE`.",
        ).format(problem=error)
    return str(error)


@contextmanager
def no_window_open(paths: AppPaths, doing: str) -> Iterator[None]:
    """Runs the block holding the data folder's window lock, so no window writes to the history
    while it is replaced or removed; an ``AppError`` when a window (another process) is open."""
    from calfplayer.instance import WindowOpen, no_window_while

    try:
        with no_window_while(paths):
            yield
    except WindowOpen:
        raise AppError(
            translate(
                "AppErrors",
                "Close the calfplayer window first: {doing} while it keeps the history open would"
                " lose what it writes next.",
            ).format(doing=doing)
        ) from None


@contextmanager
def file_faults(doing: str) -> Iterator[None]:
    """Turns a fault of an ordinary file (a full disk, no permission) into ``AppError``."""
    try:
        yield
    except OSError as error:
        raise AppError(
            translate("AppErrors", "{doing} ({reason}).").format(
                doing=doing, reason=error.strerror or error
            )
        ) from error
