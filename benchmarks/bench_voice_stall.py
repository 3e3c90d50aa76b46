"""The worst GUI event-loop stall with the voice on against voice off, in the same run.

Plays the first SECONDS of "Gentle start" at the coach level (every cue) twice: once through the
real speaker (the cues rendered in the background while it plays, so the live fallback is used
too, at a private PulseAudio null sink) and once through the silent sink. A 5 ms precise timer
measures how late the event loop serves it; the worst lateness is the stall. Goal: at most 20 ms
with the voice on.

    .venv/bin/python benchmarks/bench_voice_stall.py [--seconds 60] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "audio")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from drive import RoutineDriver  # noqa: E402
from null_sink_setup import gentle_start_at_a_null_sink  # noqa: E402
from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402

from calfplayer.audio.sink import CueSink, SilentCueSink  # noqa: E402
from calfplayer.audio.speaker import Speaker  # noqa: E402
from calfplayer.domain.clock import SystemClock  # noqa: E402
from calfplayer.domain.cues import CueLevel  # noqa: E402
from calfplayer.domain.plan import Plan  # noqa: E402
from calfplayer.store.settings import VoiceSettings  # noqa: E402

TICK_MS = 5


def worst_stall(plan: Plan, sink: CueSink, seconds: float) -> float:
    """Plays the plan for ``seconds`` and returns the worst lateness of a 5 ms timer, in ms."""
    lateness: list[float] = []
    last = [time.monotonic()]

    def tick() -> None:
        now = time.monotonic()
        lateness.append((now - last[0]) * 1000 - TICK_MS)
        last[0] = now

    probe = QTimer()
    probe.setTimerType(Qt.TimerType.PreciseTimer)
    probe.timeout.connect(tick)
    sink.prepare(plan)  # as the window does when a routine is chosen
    driver = RoutineDriver(plan, sink, CueLevel.COACH)
    probe.start(TICK_MS)
    last[0] = time.monotonic()
    driver.start()
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    probe.stop()
    driver.timer.stop()
    sink.shutdown()
    return max(lateness[1:])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with gentle_start_at_a_null_sink() as (folder, _pulse, plan):
        on, off = [], []
        for run in range(args.runs):
            cache = folder / f"cache-{run}"  # empty: rendering happens during the run
            off.append(worst_stall(plan, SilentCueSink(), args.seconds))
            on.append(
                worst_stall(
                    plan, Speaker(cache, VoiceSettings(), clock=SystemClock()), args.seconds
                )
            )
    print(f"worst event-loop stall over {args.seconds:g} s of Gentle start, {args.runs} runs")
    print(f"  voice off: median {statistics.median(off):.1f} ms  (runs: {_list(off)})")
    print(f"  voice on : median {statistics.median(on):.1f} ms  (runs: {_list(on)})")
    print(f"  on / off: {statistics.median(on) / max(statistics.median(off), 0.1):.2f}x")
    return 0 if max(on) <= 20 else 1


def _list(values: list[float]) -> str:
    return ", ".join(f"{value:.1f}" for value in values)


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # skips Qt's teardown at interpreter exit, which can crash after the numbers
