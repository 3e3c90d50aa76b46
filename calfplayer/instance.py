"""Which data folder a running window owns, and whether one is running: Qt-free, for the CLI too.

A window holds the ``window`` lock of its data folder (``calfplayer.folder_lock``) from start to
end, so at most one window runs per folder, however the folder is named. It also listens on a local
socket, for a second launch to hand over its ``--routine``/``--start``; the socket's full path is
written into the lock file, so a launch with another ``TMPDIR`` finds it too.

Commands that replace or remove the history (``restore``, delete all) take the same lock for as
long as they work, and refuse while a window holds it.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
from collections.abc import Iterator

from calfplayer.folder_lock import (
    FolderLock,
    LockState,
    held_here,
    holder_note,
)
from calfplayer.paths import AppPaths

WINDOW_LOCK = "window"


class WindowOpen(Exception):
    """A window holds the data folder: the history must not be replaced under it."""


def instance_name(paths: AppPaths) -> str:
    """The local socket's name: one per user and real data folder."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "user"
    digest = hashlib.sha256(f"{user}\0{paths.data.resolve()}".encode()).hexdigest()[:20]
    return f"calfplayer-{digest}"


def window_lock(paths: AppPaths) -> FolderLock:
    return FolderLock(paths.data, WINDOW_LOCK)


def window_address(paths: AppPaths) -> str:
    """Where the running window listens for a routine handed over ('' when it does not say)."""
    return holder_note(paths.data, WINDOW_LOCK)


@contextlib.contextmanager
def no_window_while(paths: AppPaths) -> Iterator[None]:
    """Holds the window lock for the block, so no window opens while the history is being
    replaced; raises WindowOpen when one is open. The window itself may run the block."""
    lock = window_lock(paths)
    if held_here(paths.data, WINDOW_LOCK):
        yield  # the window itself, deleting its data
        return
    if lock.acquire("busy") is LockState.HELD:
        raise WindowOpen()
    try:
        yield
    finally:
        lock.release()
