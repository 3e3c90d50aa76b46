"""Keeps Python's full garbage collections short while a long history is in memory.

A full collection walks every object the collector tracks: some 37 000 after start-up (modules,
classes, functions, the window's wrappers), 11-18 ms a pass here, and the History list adds two
objects per session. Reading ten thousand sessions set off such passes in the middle of the list's
pages, and later ones in the middle of a scroll, each a stall of its own.

So the page collects where a pause is expected anyway (as it opens) and then sets everything alive
aside (``gc.freeze``), and again after each page it reads: later passes walk only what was made
since. The next opening brings all of it back and collects it, so garbage set aside by mistake is
reclaimed then, never kept for good.
"""

from __future__ import annotations

import gc


def collect_and_set_aside() -> None:
    """Collects everything, including what was set aside, then sets aside all that is alive."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def set_aside() -> None:
    """Sets aside all that is alive now (a page of a long list just read), without a pass."""
    gc.freeze()
