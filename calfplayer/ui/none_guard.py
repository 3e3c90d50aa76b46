"""Keeps Python's None alive under PySide6 6.12 on Python 3.11.

There, every call of a Qt method that returns nothing (QPainter.save, QWidget.update, ...) takes
one reference from None without giving it one, so a window that paints for long enough would end
with "Fatal Python error: none_dealloc". From Python 3.12 None is immortal and this does nothing.
A timer tops the references back up, each costing one slot (8 bytes) in a list that is kept.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, QTimer

FLOOR = 200_000  # far above what one second of painting can take
_kept: list[None] = []
# The list itself is never freed, not even at exit, where freeing it would repay the debt at once.
ctypes.pythonapi.Py_IncRef(ctypes.py_object(_kept))


def top_up() -> int:
    """Adds what None has lost below the floor; returns how many references were added."""
    missing = FLOOR - sys.getrefcount(None)
    if 0 < missing < FLOOR:
        _kept.extend([None] * missing)
        return missing
    return 0


def keep_none_alive(parent: QObject, interval_ms: int = 250) -> QTimer | None:
    if sys.version_info >= (3, 12):
        return None
    top_up()
    timer = QTimer(parent)
    timer.timeout.connect(top_up)
    timer.start(interval_ms)
    return timer
