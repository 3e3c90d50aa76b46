"""Cue timing at a private PulseAudio null sink: do the counts land on the beat?

Plays the first MINUTES of the "Gentle start" routine (spoken counts, no beeps) through the real
speaker with cues rendered ahead of time, records the sink's monitor with parec, and compares the
intervals between consecutive cue onsets in the recording with the planned intervals: p95 error
(goal at most 20 ms), accumulated drift (goal: none) and the constant output delay from ``play``
to sound (goal at most 50 ms). In the same run, the first LIVE_MINUTES are played again with nothing
rendered, so every cue is synthesised live at cue time, for comparison.

    .venv/bin/python benchmarks/bench_cue_timing.py [--minutes 5] [--live-minutes 1]
"""

from __future__ import annotations

import argparse
import itertools
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
from pulse import PrivatePulse, Recorder, onsets  # noqa: E402
from PySide6.QtCore import QCoreApplication, QTimer  # noqa: E402

from calfplayer.audio.cue_log import CueLog, read_cue_log  # noqa: E402
from calfplayer.audio.renderer import plan_texts  # noqa: E402
from calfplayer.audio.speaker import Speaker  # noqa: E402
from calfplayer.domain.clock import SystemClock  # noqa: E402
from calfplayer.domain.cues import CueLevel  # noqa: E402
from calfplayer.store.settings import VoiceSettings  # noqa: E402


def wait_until(condition, seconds: float) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        QCoreApplication.processEvents()
        time.sleep(0.01)
    return True


def play(plan, folder: Path, pulse: PrivatePulse, minutes: float, prepared: bool) -> dict:  # type: ignore[no-untyped-def]
    log_path = folder / "cues.jsonl"
    sink = Speaker(
        folder / "cache",
        VoiceSettings(level="counts", beeps=False),
        CueLog(log_path),
        clock=SystemClock(),
    )
    if prepared:
        sink.prepare(plan)
        if not wait_until(lambda: sink.ready_texts() >= set(plan_texts(plan)), 120):
            raise SystemExit("the cues were not rendered within two minutes")
    else:
        wait_until(lambda: False, 1.5)  # let the live speech process start
    recorder = Recorder(pulse, folder / "monitor.raw")
    recorder.start()
    driver = RoutineDriver(plan, sink, CueLevel.COUNTS)
    done: list[bool] = []
    driver.finished.connect(lambda: done.append(True))
    QTimer.singleShot(int(minutes * 60_000), lambda: (driver.session.stop(), done.append(True)))
    driver.start()
    wait_until(lambda: bool(done), minutes * 60 + 30)
    driver.timer.stop()
    wait_until(lambda: False, 2.0)  # the last cue finishes sounding
    sink.shutdown()
    samples = recorder.stop()
    return analyse(read_cue_log(log_path), onsets(samples), recorder.origin_ms)


def analyse(entries: list[dict], bursts: list[tuple[float, float]], origin: float) -> dict:  # type: ignore[type-arg]
    # One group per play call that made a sound; its onset is the first burst after the call.
    groups: dict[float, dict] = {}  # type: ignore[type-arg]
    for entry in entries:
        if entry["how"] in ("cached", "live"):
            groups.setdefault(float(entry["asked_monotonic_ms"]), entry)
    matched = []
    starts = [origin + begin for begin, _ in bursts]
    for asked, entry in sorted(groups.items()):
        candidates = [start for start in starts if asked - 20 <= start <= asked + 1500]
        if candidates:
            matched.append((int(entry["due_ms"]), asked, candidates[0]))
    errors = []
    for (due_a, _, heard_a), (due_b, _, heard_b) in itertools.pairwise(matched):
        errors.append((heard_b - heard_a) - (due_b - due_a))
    delays = [heard - asked for _, asked, heard in matched]
    absolute = sorted(abs(error) for error in errors)
    p95 = absolute[min(len(absolute) - 1, int(0.95 * len(absolute)))] if absolute else float("nan")
    drift = (matched[-1][2] - matched[0][2]) - (matched[-1][0] - matched[0][0]) if matched else 0.0
    return {
        "cues": len(groups),
        "matched": len(matched),
        "p95_interval_error_ms": p95,
        "max_interval_error_ms": absolute[-1] if absolute else float("nan"),
        "drift_ms": drift,
        "delay_median_ms": statistics.median(delays) if delays else float("nan"),
        "delay_p95_ms": sorted(delays)[int(0.95 * (len(delays) - 1))] if delays else float("nan"),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--live-minutes", type=float, default=1.0)
    args = parser.parse_args()
    with gentle_start_at_a_null_sink() as (folder, pulse, plan):
        (folder / "cached").mkdir()
        (folder / "live").mkdir()
        cached = play(plan, folder / "cached", pulse, args.minutes, prepared=True)
        live = play(plan, folder / "live", pulse, args.live_minutes, prepared=False)
    print(f"cue timing over {args.minutes:g} min of Gentle start (spoken counts), null sink")
    for name, result in (("rendered ahead", cached), ("live at cue time", live)):
        print(
            f"  {name:16}: {result['matched']}/{result['cues']} cues heard, "
            f"interval error p95 {result['p95_interval_error_ms']:.1f} ms "
            f"(max {result['max_interval_error_ms']:.1f}), drift {result['drift_ms']:.1f} ms, "
            f"output delay median {result['delay_median_ms']:.1f} ms "
            f"(p95 {result['delay_p95_ms']:.1f})"
        )
    ratio = live["p95_interval_error_ms"] / max(cached["p95_interval_error_ms"], 0.1)
    print(f"  live / rendered p95 interval error: {ratio:.1f}x")
    ok = cached["p95_interval_error_ms"] <= 20 and abs(cached["drift_ms"]) <= 20
    return 0 if ok and cached["delay_median_ms"] <= 50 else 1


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # skips Qt's teardown at interpreter exit, which can crash after the numbers
