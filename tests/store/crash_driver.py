"""Plays a short, fast routine in real time into the history file, like the player does.

    python tests/store/crash_driver.py DATA_DIR [--workouts N]

It starts the way the app starts (``prepare_history``), then plays each workout through a Session
driven by the SystemClock, with a HistoryRecorder. Right after ``record()`` returns for a finished
set it prints that set as one JSON line and flushes, so whoever reads stdout knows the set was
committed before the line was written. The crash tests kill it with SIGKILL at random moments.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from calfplayer.domain.clock import SystemClock
from calfplayer.domain.exercises import Catalogue
from calfplayer.domain.plan import build_plan
from calfplayer.domain.routines import parse_routine
from calfplayer.domain.session import Session
from calfplayer.paths import AppPaths
from calfplayer.resources import asset
from calfplayer.store.recorder import HistoryRecorder, prepare_history

# One set a second: the shortest reps the routine format allows, no rest and no setup.
FAST_ROUTINE = {
    "format": 1,
    "id": "crash-fast",
    "name": "Crash test, fast",
    "items": [
        {
            "exercise": "calf-raise",
            "sets": 6,
            "reps": 1,
            "tempo": {"up": 0.5, "top": 0, "down": 0.5},
            "rest": 0,
            "setup": 0,
        },
        {
            "exercise": "single-leg-calf-raise",
            "sets": 3,
            "reps": 1,
            "tempo": {"up": 0.5, "top": 0, "down": 0.5},
            "rest": 0,
            "setup": 0,
            "switch": 0,
        },
    ],
}


def say(**fields: object) -> None:
    print(json.dumps(fields), flush=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--workouts", type=int, default=1)
    args = parser.parse_args()
    paths = AppPaths.under(args.data_dir)
    clock = SystemClock()
    at_start = prepare_history(paths, clock)
    offer = at_start.resume
    say(event="start", notice=at_start.notice, resume=None if offer is None else offer.session_id)
    plan = build_plan(parse_routine(FAST_ROUTINE, "crash-fast", Catalogue.load(asset("exercises"))))
    recorder = HistoryRecorder(paths.history_db, clock=clock)
    for _ in range(args.workouts):
        session = Session(plan, clock)
        recorder.begin(plan, clock.wall_now())
        events = session.start()
        while True:
            recorder.record(events)
            for event in events:
                if event.result is not None:
                    result = event.result
                    say(
                        event="set",
                        session=recorder.session_id,
                        item=result.item_index,
                        set=result.set_number,
                        side=None if result.side is None else result.side.value,
                        problem=recorder.problem(),
                    )
            due = session.next_event_at()
            if due is None:
                break
            time.sleep(max(0, due - clock.monotonic_ms()) / 1000)
            events = session.advance()
        recorder.finish("completed", clock.wall_now())
        say(event="finished", session=recorder.session_id, problem=recorder.problem())
    recorder.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
