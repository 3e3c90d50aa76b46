"""The waiting `calfplayer remind`: resident memory at most 35 MiB, no PySide6, and at most one
wake-up a minute between reminders.

On a private desktop (Xvfb, a D-Bus session bus, dunst; started and stopped here), the reminder
process is started with its clock two seconds before a planned time, so it has put up a reminder
(and so connected to D-Bus and imported the notification library) before it is measured. Then,
between that reminder and the next (hours away), its resident memory (VmRSS) is read and its
voluntary context switches (/proc/PID/status) are counted over 60 s: each wake-up from its sleep
is one. The baseline is a bare Python asyncio process doing nothing, measured in the same run.

Linux only: `python benchmarks/bench_remind.py [--seconds 60]`.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.desktop_session import (  # noqa: E402
    NEEDED,
    PrivateDesktop,
    available,
    missing_programs,
)

RSS_GOAL_MIB = 35
WAKES_GOAL_PER_MINUTE = 1
PROBE = ROOT / "tests" / "remind_probe.py"
PLAN_ADD = ("--days", "daily", "--at", "12:00")
BARE_ASYNCIO = "import asyncio; asyncio.run(asyncio.sleep(3600))"


def status_field(pid: int, name: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(name + ":"):
            return int(line.split()[1])
    raise KeyError(name)


def wait_for(check, seconds: float) -> None:  # type: ignore[no-untyped-def]
    for _ in range(int(seconds * 10)):
        if check():
            return
        time.sleep(0.1)
    raise SystemExit("bench_remind: gave up waiting")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=60)
    seconds = parser.parse_args().seconds
    if not available():
        print(f"bench_remind: skipped: needs Linux and {', '.join(missing_programs()) or NEEDED}")
        return 0
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        desktop = PrivateDesktop(folder / "desktop")
        processes: list[subprocess.Popen[bytes]] = []
        try:
            env = desktop.environment(
                CALFPLAYER_DATA_DIR=str(folder / "data"), XDG_CONFIG_HOME=str(folder / "cfg")
            )
            subprocess.run(
                [sys.executable, "-m", "calfplayer", "plan", "add", "gentle-start", *PLAN_ADD],
                env=env,
                check=True,
                capture_output=True,
            )
            now = datetime.now().astimezone()
            offset = now.replace(hour=11, minute=59, second=58, microsecond=0) - now
            modules_file = folder / "modules.json"
            remind = subprocess.Popen(
                [sys.executable, str(PROBE), str(modules_file), "remind"],
                env={**env, "CALFPLAYER_CLOCK_OFFSET_S": str(offset.total_seconds())},
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            bare = subprocess.Popen([sys.executable, "-c", BARE_ASYNCIO])
            processes += [remind, bare]
            wait_for(lambda: desktop.displayed() == 1, 30)
            time.sleep(2)  # the reminder's answers settled; from here it only waits
            before = status_field(remind.pid, "voluntary_ctxt_switches")
            time.sleep(seconds)
            wakes = status_field(remind.pid, "voluntary_ctxt_switches") - before
            rss_kib = status_field(remind.pid, "VmRSS")
            bare_kib = status_field(bare.pid, "VmRSS")
            os.kill(remind.pid, signal.SIGUSR1)
            wait_for(modules_file.exists, 10)
            modules = json.loads(modules_file.read_text())
        finally:
            for process in processes:
                if process.poll() is None:
                    os.kill(process.pid, signal.SIGTERM)
                    process.wait(timeout=20)
            desktop.stop()
    per_minute = wakes * 60 / seconds
    rss_mib = rss_kib / 1024
    print(f"waiting remind: VmRSS {rss_mib:.1f} MiB (goal <= {RSS_GOAL_MIB} MiB)")
    print(
        f"bare asyncio Python: VmRSS {bare_kib / 1024:.1f} MiB; "
        f"ratio {rss_kib / bare_kib:.2f}x the baseline"
    )
    print(
        f"wake-ups: {wakes} voluntary context switches in {seconds} s = {per_minute:.2f}/min "
        f"(goal <= {WAKES_GOAL_PER_MINUTE}/min)"
    )
    print(f"Qt modules imported: {modules['qt'] or 'none'}; notifier: {modules['notifier']}")
    met = rss_mib <= RSS_GOAL_MIB and per_minute <= WAKES_GOAL_PER_MINUTE and not modules["qt"]
    print("goal met" if met else "goal NOT met")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
