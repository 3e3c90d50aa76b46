"""A lock on a data folder, held by one process at a time: ``fcntl.flock`` on a file inside it.

The lock file lives in the folder itself, found through its resolved path, so every spelling of
the folder (a symlink, ``..``, another ``TMPDIR``) meets the same lock. Taking it is one atomic
call, and the kernel lets go of it when the process ends however it ends (even ``kill -9``), so a
lock is never left behind. Each kind of holder names its own file (``window``, ``remind``...).

Where the folder cannot hold a lock file (a read-only folder without one, a platform without
``flock``) ``acquire`` reports that it cannot tell, and callers decide what that means for them.
"""

from __future__ import annotations

import contextlib
import enum
import os
import sys
from pathlib import Path

if sys.platform != "win32":
    import fcntl


class LockState(enum.Enum):
    TAKEN = "taken"  # this process holds it now
    HELD = "held"  # another process holds it
    UNAVAILABLE = "unavailable"  # no lock can be taken in that folder


def lock_path(folder: Path, name: str) -> Path:
    """The lock file of ``name`` in ``folder``, through the folder's real path."""
    return folder.expanduser().resolve() / f".{name}.lock"


# The locks this process holds, by lock file: a second open of the same file in this process
# would see its own lock as someone else's (flock belongs to the open file, not the process).
_HELD: dict[Path, FolderLock] = {}


class FolderLock:
    """The lock called ``name`` on ``folder``. ``acquire`` once; ``release``, the end of a
    ``with`` block or the end of the process lets it go. ``note`` is written into the file for
    whoever finds it held (e.g. how to reach the holder)."""

    def __init__(self, folder: Path, name: str) -> None:
        self.path = lock_path(folder, name)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, note: str = "") -> LockState:
        if self._fd is not None:
            return LockState.TAKEN
        if sys.platform == "win32":
            return LockState.UNAVAILABLE
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = _open_lock_file(self.path)
        except OSError:
            return LockState.UNAVAILABLE
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return LockState.HELD
        except OSError:
            os.close(fd)
            return LockState.UNAVAILABLE
        self._fd = fd
        _HELD[self.path] = self
        self.write_note(note)
        return LockState.TAKEN

    def write_note(self, note: str) -> None:
        """Replaces what the lock file says (only while this process holds it)."""
        if self._fd is None:
            return
        with contextlib.suppress(OSError):  # a read-only lock file still locks
            os.ftruncate(self._fd, 0)
            os.pwrite(self._fd, f"{os.getpid()}\n{note}\n".encode(), 0)

    def __enter__(self) -> FolderLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()

    def release(self) -> None:
        if self._fd is None:
            return
        _HELD.pop(self.path, None)
        with contextlib.suppress(OSError):
            os.ftruncate(self._fd, 0)
        os.close(self._fd)  # closing the only descriptor of the open file lets the lock go
        self._fd = None


def _open_lock_file(path: Path) -> int:
    flags = os.O_CLOEXEC | getattr(os, "O_NOFOLLOW", 0)
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT | flags, 0o600)
    except PermissionError:
        return os.open(path, os.O_RDONLY | flags)  # a read-only folder with the file in it


def held_here(folder: Path, name: str) -> bool:
    """True while this process holds the lock ``name`` on ``folder``."""
    return lock_path(folder, name) in _HELD


def held_elsewhere(folder: Path, name: str) -> bool:
    """True while another process holds the lock ``name`` on ``folder``; never takes it."""
    path = lock_path(folder, name)
    if path in _HELD or sys.platform == "win32":
        return False
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    except OSError:
        return False  # no lock file: nobody ever held it here
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return False
    finally:
        os.close(fd)
    return False


def holder_note(folder: Path, name: str) -> str:
    """What the holder wrote into the lock file (after its process id), or ''."""
    try:
        text = lock_path(folder, name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""
    return text.split("\n", 1)[1].strip() if "\n" in text else ""


def holder_pid(folder: Path, name: str) -> int | None:
    """The process id of whoever holds the lock ``name`` on ``folder`` (this process included);
    None when nobody does, 0 when it is held by a process that has not written its id yet."""
    if held_here(folder, name):
        return os.getpid()
    if not held_elsewhere(folder, name):
        return None
    try:
        first = lock_path(folder, name).read_text(encoding="utf-8").split("\n", 1)[0]
        return int(first)
    except (OSError, UnicodeDecodeError, ValueError):
        return 0
