"""The least a player needs to sound a routine: a precise timer aimed at the next event.

Used by the audio tests and the benchmarks, which play routines without the window. Self-paced
reps are marked done when their estimate has passed, as a person would.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from calfplayer.audio.sink import CueSink
from calfplayer.domain.clock import Clock, SystemClock
from calfplayer.domain.cues import Cue, CueLevel, cues_for_events
from calfplayer.domain.plan import Plan
from calfplayer.domain.session import Event, Session


class RoutineDriver(QObject):
    finished = Signal()

    def __init__(
        self, plan: Plan, sink: CueSink, level: CueLevel, clock: Clock | None = None
    ) -> None:
        super().__init__()
        self.clock = clock or SystemClock()
        self.session = Session(plan, self.clock)
        self.plan = plan
        self.sink = sink
        self.level = level
        self.played: list[Cue] = []
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._sound(self.session.start())
        self._aim()

    def _tick(self) -> None:
        self._sound(self.session.advance())
        self._aim()

    def _sound(self, events: list[Event]) -> None:
        cues = cues_for_events(events, self.plan, self.level)
        if cues:
            self.played += cues
            self.sink.play(cues)

    def _aim(self) -> None:
        if self.session.finished:
            self.finished.emit()
            return
        due = self.session.next_event_at()
        if due is None:  # a self-paced rep: done after its estimate
            self.timer.timeout.disconnect()
            self.timer.timeout.connect(self._rep_done)
            self.timer.start(self.session.segment.planned_ms)
            return
        self.timer.start(max(0, due - self.clock.monotonic_ms()))

    def _rep_done(self) -> None:
        self.timer.timeout.disconnect()
        self.timer.timeout.connect(self._tick)
        self._sound(self.session.rep_done())
        self._aim()
