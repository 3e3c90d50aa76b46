"""The data folder's lock, held by real processes: every spelling of the folder meets the same
lock, it goes when its holder dies (even by SIGKILL), and what replaces the history respects it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from calfplayer.folder_lock import FolderLock, LockState, held_elsewhere
from calfplayer.instance import WINDOW_LOCK, window_address
from calfplayer.paths import AppPaths

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="flock is POSIX")

HOLDER = """
import sys
from pathlib import Path
from calfplayer.folder_lock import FolderLock, LockState
lock = FolderLock(Path(sys.argv[1]), sys.argv[2])
state = lock.acquire(note=sys.argv[3])
print(state.value, flush=True)
sys.stdin.read()
"""


class Holder:
    """Another process holding (or trying to take) a lock until it is told to end."""

    def __init__(self, folder: Path, name: str = "window", note: str = "") -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(folder), name, note],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        self.state = self.process.stdout.readline().strip()

    def end(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=10)

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    made = tmp_path / "data"
    made.mkdir()
    return made


def test_a_second_process_cannot_take_a_held_lock_and_gets_it_once_freed(folder) -> None:
    first = Holder(folder)
    try:
        assert first.state == "taken"
        second = Holder(folder)
        assert second.state == "held"
        second.end()
        assert held_elsewhere(folder, "window")
    finally:
        first.end()
    assert not held_elsewhere(folder, "window")
    lock = FolderLock(folder, "window")
    assert lock.acquire() is LockState.TAKEN
    lock.release()


def test_every_spelling_of_the_folder_meets_the_same_lock(folder, tmp_path) -> None:
    link = tmp_path / "link"
    link.symlink_to(folder)
    (tmp_path / "sub").mkdir()
    dotted = tmp_path / "sub" / ".." / "data"
    holder = Holder(link, note="/some/socket")
    try:
        assert holder.state == "taken"
        for spelling in (folder, dotted, link):
            assert held_elsewhere(spelling, WINDOW_LOCK), spelling
            assert window_address(AppPaths.under(spelling)) == "/some/socket"
        assert Holder(dotted).state == "held"
        other_tmp = {**os.environ, "TMPDIR": str(tmp_path)}
        probe = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; from pathlib import Path; from calfplayer.folder_lock import "
                "held_elsewhere; print(held_elsewhere(Path(sys.argv[1]), 'window'))",
                str(dotted),
            ],
            env=other_tmp,
            capture_output=True,
            text=True,
            check=True,
        )
        assert probe.stdout.strip() == "True"
    finally:
        holder.end()


def test_the_kernel_lets_go_when_the_holder_is_killed(folder) -> None:
    holder = Holder(folder)
    assert holder.state == "taken"
    holder.kill()
    assert not held_elsewhere(folder, "window")
    assert Holder(folder).state == "taken"


def test_locks_of_other_names_do_not_meet(folder) -> None:
    window = Holder(folder, "window")
    try:
        assert Holder(folder, "remind").state == "taken"
    finally:
        window.end()


def test_this_process_does_not_see_its_own_lock_as_another_window(folder) -> None:
    lock = FolderLock(folder, "window")
    assert lock.acquire() is LockState.TAKEN
    try:
        assert not held_elsewhere(folder, "window")
        assert Holder(folder).state == "held"
    finally:
        lock.release()


def test_delete_all_is_refused_while_a_window_holds_the_folder(folder) -> None:
    from calfplayer.app.application import Application
    from calfplayer.app.errors import AppError
    from calfplayer.domain.clock import FakeClock

    paths = AppPaths.under(folder)
    routines = paths.routines
    routines.mkdir()
    (routines / "mine.json").write_text("{}", encoding="utf-8")
    app = Application.create(paths, FakeClock())
    holder = Holder(folder)
    try:
        with pytest.raises(AppError, match="Close the calfplayer window first"):
            app.delete_all_data()
        assert (routines / "mine.json").exists()
    finally:
        holder.end()
    app.delete_all_data()
    assert not routines.exists()


def test_the_holder_of_a_lock_is_named_by_its_process_id(tmp_path):
    from calfplayer.folder_lock import FolderLock, LockState, holder_pid

    folder = tmp_path / "data"
    assert holder_pid(folder, "remind") is None  # no file: nobody
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from pathlib import Path\n"
            "from calfplayer.folder_lock import FolderLock\n"
            "print(FolderLock(Path(sys.argv[1]), 'remind').acquire().value, flush=True)\n"
            "time.sleep(60)\n",
            str(folder),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "taken"
        assert holder_pid(folder, "remind") == holder.pid
        assert FolderLock(folder, "remind").acquire() is LockState.HELD
    finally:
        holder.kill()
        holder.wait()
    assert holder_pid(folder, "remind") is None  # the file stays, the lock went with it
    with FolderLock(folder, "remind") as mine:
        assert mine.acquire() is LockState.TAKEN
        assert holder_pid(folder, "remind") == os.getpid()
    assert holder_pid(folder, "remind") is None
