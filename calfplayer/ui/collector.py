"""Keeps Python's full garbage collections short once a long history is in memory.

A full collection walks every object the collector tracks. After start-up that is some 37 000
(modules, classes, functions, the window's wrappers), which took 11-18 ms here on each full pass;
the History list adds two objects per session, and reading ten thousand sessions set off full
passes in the middle of the list's pages, each a stall of its own.
"""

from __future__ import annotations

import gc


def set_start_up_objects_aside() -> None:
    """Once per run, before a long list is read: collects what is garbage now, then moves every
    object still alive out of all later collections (``gc.freeze``). Those objects live as long as
    the app, so later full passes walk only what was made since, and stay short."""
    if gc.get_freeze_count():
        return  # done already
    gc.collect()
    gc.freeze()
