"""One process at a time per lock file: a lock the system lets go of when its holder dies.

``hold_lock(folder, name)`` takes ``folder/name`` (``fcntl.flock`` on Linux and macOS, a byte lock
on Windows) and writes the holder's process id into it, so another process can tell who holds it
(``lock_holder``) and ask that one to stop. A crashed holder leaves the file but not the lock.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

# On Windows the locked byte lies past the process id, so others can still read the id.
_WINDOWS_LOCKED_BYTE = 64


class HeldLock:
    """A lock this process holds until ``release`` (or until it exits)."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)

    def __enter__(self) -> HeldLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def hold_lock(folder: Path, name: str) -> HeldLock | None:
    """Takes the lock ``folder/name`` (making the folder); None when another process holds it.
    Raises OSError when the folder or the file cannot be made."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if not _try_lock(fd):
            os.close(fd)
            return None
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, f"{os.getpid()}\n".encode().ljust(_WINDOWS_LOCKED_BYTE - 1))
    except OSError:
        os.close(fd)
        raise
    return HeldLock(path, fd)


def lock_holder(folder: Path, name: str) -> int | None:
    """The process id of the process that holds ``folder/name``; None when nobody does."""
    path = folder / name
    if not path.exists():
        return None
    with contextlib.suppress(OSError):
        probe = hold_lock(folder, name)
        if probe is not None:
            probe.release()
            return None
        with contextlib.suppress(ValueError):
            return int(path.read_bytes()[: _WINDOWS_LOCKED_BYTE - 1].split()[0])
        return 0  # held, by a process that has not written its id yet
    return None


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCKED_BYTE, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCKED_BYTE, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
