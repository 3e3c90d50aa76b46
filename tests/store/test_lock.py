"""The lock file that keeps one process per data folder: real processes, real flock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from calfplayer.store.lock import hold_lock, lock_holder

HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from calfplayer.store.lock import hold_lock
    held = hold_lock(Path(sys.argv[1]), "test.lock")
    print("held" if held else "refused", flush=True)
    time.sleep(60)
    """
)


def start_holder(folder: Path) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(folder)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "held"
    return holder


def test_a_second_process_is_refused_and_can_name_the_holder(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    holder = start_holder(folder)
    try:
        assert hold_lock(folder, "test.lock") is None
        assert lock_holder(folder, "test.lock") == holder.pid
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
    # A holder that died without letting go leaves its file, not its lock.
    assert (folder / "test.lock").exists()
    assert lock_holder(folder, "test.lock") is None
    taken = hold_lock(folder, "test.lock")
    assert taken is not None
    assert lock_holder(folder, "test.lock") == os.getpid()
    taken.release()
    assert lock_holder(folder, "test.lock") is None


def test_released_it_can_be_taken_again_and_no_file_means_nobody(tmp_path: Path) -> None:
    assert lock_holder(tmp_path, "none.lock") is None
    held = hold_lock(tmp_path / "made", "mine.lock")
    assert held is not None
    with held:
        assert (tmp_path / "made" / "mine.lock").read_text().split()[0] == str(os.getpid())
    again = hold_lock(tmp_path / "made", "mine.lock")
    assert again is not None
    again.release()
    again.release()  # twice is harmless
