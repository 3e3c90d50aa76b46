"""The only bridge between the Qt event loop and the workout engine.

One precise single-shot timer is aimed at ``Session.next_event_at()``, so each rep, countdown and
segment change is handled the millisecond it falls due; a second, modest-rate timer repaints only
while the ring visibly moves. Every batch of events goes straight to the cue sink and the recorder.
Nothing here reads or writes files.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from calfplayer.audio.sink import CueSink
from calfplayer.domain.cues import cues_for_events
from calfplayer.domain.plan import Plan, SegmentKind
from calfplayer.domain.progress import PlannedWork, WorkoutProgress, workout_progress
from calfplayer.domain.record import HurtMark, Resumption, SessionStatus
from calfplayer.domain.recording import checkpoint_mark
from calfplayer.domain.session import Event, EventKind, Session, State
from calfplayer.ui.context import AppContext
from calfplayer.ui.player_view import EASE_INTO_HOLD_MS
from calfplayer.ui.screensaver import NoScreenKeeper, ScreenKeeper

# Frames: the figure, while it moves, at up to 30 a second; the ring alone (a hold, a rest) about
# once per degree of its sweep, but no more than 6 times a second once that keeps each step at
# 3 degrees or less. Each frame costs the window a repaint and a round trip to the display
# server, whatever its size, which over a long hold adds up to more than the sweep is worth: it
# moves slowly enough there for small steps to read as one movement.
FASTEST_FRAME_MS = 34  # at most 30 frames a second
RING_ONLY_FRAME_MS = 167  # at most 6 frames a second where only the ring moves
SLOWEST_FRAME_MS = 250
MOST_DEGREES_PER_FRAME = 3
EXTRA_REST_S = 15
# While the history cannot take what was done, it is tried again this often (so every set kept
# is written within a few seconds of writing working again).
RETRY_SAVING_MS = 1000
translate = QCoreApplication.translate
_ENDINGS = frozenset({EventKind.WORKOUT_COMPLETED, EventKind.STOPPED})


class PlayerController(QObject):
    changed = Signal()  # something other than the passing of time changed: re-read everything
    frame = Signal()  # time passed: the ring and countdown may have moved
    finished = Signal(object)  # the SessionStatus: completed, partial or ended early
    voice_lost = Signal()  # the voice was found not to work: voice_notice() says why

    def __init__(
        self,
        context: AppContext,
        screen_keeper: ScreenKeeper | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.session: Session | None = None
        self.muted = False
        self.started_at: datetime | None = None
        self.record_problem: str | None = None
        self.hurts: list[HurtMark] = []  # this workout's "that hurt" marks, before a cut-off too
        self.earlier: Resumption | None = None  # what was kept before a cut-off, when resumed
        self._checkpointed: tuple[object, ...] | None = None  # the last checkpoint's mark
        self._keeper = screen_keeper or NoScreenKeeper()
        self._event_timer = QTimer(self)
        self._event_timer.setSingleShot(True)
        self._event_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._event_timer.timeout.connect(self.tick)
        self._frame_timer = QTimer(self)
        self._frame_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._frame_timer.timeout.connect(self._next_frame)
        self._retry_timer = QTimer(self)
        self._retry_timer.setInterval(RETRY_SAVING_MS)
        self._retry_timer.timeout.connect(self._retry_saving)
        context.on_cue_sink_changed(self._sink_changed)
        self._listen_to(context.cue_sink)

    # --- reading ---------------------------------------------------------------------------

    @property
    def plan(self) -> Plan | None:
        return self.session.plan if self.session is not None else None

    @property
    def active(self) -> bool:
        """A workout has started and not yet ended."""
        return self.session is not None and self.session.state in (State.RUNNING, State.PAUSED)

    @property
    def sink(self) -> CueSink:
        return self.context.cue_sink

    def progress(self) -> WorkoutProgress | None:
        """Planned against done for the whole workout: a resumed one counts the sets kept
        before its cut-off too (a set played again counts once, as played the last time)."""
        session = self.session
        if session is None:
            return None
        earlier = self.earlier.sets if self.earlier is not None else ()
        sets = [*earlier, *session.results]
        return workout_progress(PlannedWork.of(session.plan), sets, self.hurts)

    def time_taken_ms(self) -> int:
        """Workout time, pauses excluded, over every part of a resumed workout."""
        if self.session is None:
            return 0
        earlier = self.earlier.taken_ms if self.earlier is not None else 0
        return earlier + self.session.elapsed_ms()

    @property
    def voice_off_for_run(self) -> bool:
        """Started with --no-voice: nothing is spoken or beeped until the next start."""
        return self.context.no_voice

    def voice_notice(self) -> str | None:
        """What the player says about the voice: off for this run, or why it cannot be heard."""
        if self.voice_off_for_run:
            return translate("PlayerController", "Voice off for this run (--no-voice).")
        reason = self.sink.unavailable_reason()
        if not reason:
            return None
        return translate("PlayerController", "Voice unavailable: {reason}").format(reason=reason)

    def next_tick_in_ms(self) -> int | None:
        return self._event_timer.remainingTime() if self._event_timer.isActive() else None

    def frame_interval_ms(self) -> int | None:
        return self._frame_timer.interval() if self._frame_timer.isActive() else None

    # --- driving -----------------------------------------------------------------------------

    def start(self, plan: Plan, resume: Resumption | None = None) -> None:
        """``resume``: to carry on a cut-off session where it was left."""
        if self.active:
            self.stop()
        session = self.session = Session(plan, self.context.clock)
        self.started_at = self.context.clock.wall_now()
        self.record_problem = None
        self.earlier = resume
        self.hurts = list(resume.hurts) if resume is not None else []
        self.sink.prepare(plan)
        self.sink.set_level(self.context.cue_level)
        self.sink.set_muted(self.muted)
        resumed = resume.session_id if resume is not None else None
        started = self.started_at
        self._safely(lambda: self.context.recorder.begin(plan, started, resumed_session=resumed))
        self._keeper.inhibit()
        self._handle(
            session.start()
            if resume is None
            else session.start_at(resume.item_index, resume.set_number)
        )

    def tick(self) -> None:
        """Catches the session up with the clock (the precise timer calls this)."""
        if self.session is not None:
            self._handle(self.session.advance())

    def toggle_pause(self) -> None:
        if self.session is None:
            return
        if self.session.state is State.PAUSED:
            self.resume()
        else:
            self.pause()

    def pause(self) -> None:
        if self.session is not None and self.session.state is State.RUNNING:
            self.sink.cancel()
            self._keeper.release()
            self._handle(self.session.pause(), changed=True)
            self._checkpoint(force=True)  # a hold paused part-way is kept as far as it went

    def resume(self) -> None:
        if self.session is not None and self.session.state is State.PAUSED:
            self._keeper.inhibit()
            self._handle(self.session.resume(), changed=True)

    def ask_paused(self, question: Callable[[], bool]) -> bool:
        """Asks ``question`` with the workout paused and silent, so nothing is missed and no time
        counts while the person reads it. On False the workout goes on as before (running, or
        still paused if it was); on True it stays paused, for the caller to end it."""
        was_running = self.session is not None and self.session.state is State.RUNNING
        self.pause()
        answer = question()
        if not answer and was_running:
            self.resume()
        return answer

    def back(self) -> None:
        self._control(lambda session: session.back(), cancel=True)

    def skip(self) -> None:
        self._control(lambda session: session.skip(), cancel=True)

    def rep_done(self) -> None:
        self._control(lambda session: session.rep_done())

    def extend_rest(self, seconds: int = EXTRA_REST_S) -> None:
        self._control(lambda session: session.extend_rest(seconds))

    def skip_rest(self) -> None:
        self._control(lambda session: session.skip_rest(), cancel=True)

    def stop(self) -> None:
        """Ends the workout now, keeping what was done (the caller has asked the person)."""
        self._control(lambda session: session.stop(), cancel=True)

    def mark_hurt(self) -> HurtMark | None:
        """ "That hurt": marks the current exercise, set and side; the workout goes on."""
        session = self.session
        if session is None or not self.active:
            return None
        segment = session.segment
        hurt = HurtMark(
            item_index=segment.item_index,
            exercise_id=segment.exercise_id,
            set_number=session.set_number,
            side=segment.side,
            at=self.context.clock.wall_now(),
            workout_ms=session.elapsed_ms(),
        )
        self.hurts.append(hurt)
        self._safely(lambda: self.context.recorder.mark_hurt(hurt))
        self.changed.emit()
        return hurt

    def history_problem(self) -> str | None:
        """Why the history cannot be saved right now, else None (the player's banner)."""
        return self.record_problem

    def toggle_mute(self) -> None:
        self.muted = not self.muted
        self.sink.set_muted(self.muted)
        self.changed.emit()

    def shutdown(self) -> None:
        """Ends any workout as cut off and silences every sound: the app is quitting without
        the person having stopped (the computer shutting down, a signal). The workout is kept
        as interrupted, with the set in progress as its checkpoint, and offered for resuming."""
        session = self.session
        if session is not None and self.active:
            self._handle(session.advance())
        if session is not None and self.active:
            self._event_timer.stop()
            self._frame_timer.stop()
            self._checkpoint(force=True)
            session.stop()  # its events are not a person's stop: none of them is recorded
            ended = self.context.clock.wall_now()
            self._safely(lambda: self.context.recorder.finish(SessionStatus.INTERRUPTED, ended))
        self._keeper.release()
        self.sink.shutdown()

    # --- inside ------------------------------------------------------------------------------

    def _next_frame(self) -> None:
        self._checkpoint()
        self.frame.emit()
        session = self.session
        if session is not None and session.state is State.RUNNING:
            wanted = self._frame_interval(session)
            if wanted is not None and wanted != self._frame_timer.interval():
                self._frame_timer.setInterval(wanted)  # a hold's figure has eased in

    def _frame_interval(self, session: Session) -> int | None:
        duration = session.segment_duration_ms()
        if not duration:
            return None
        return frame_interval_ms(session.segment.kind, duration, session.segment_elapsed_ms())

    def _checkpoint(self, *, force: bool = False) -> None:
        """Keeps the set in progress after each rep and each few seconds of a hold, so a crash
        inside a set loses at most that much of it."""
        session = self.session
        work = session.work_in_set() if session is not None else None
        if session is None or work is None:
            return
        mark = checkpoint_mark(work)
        if mark != self._checkpointed or force:
            current = session.set_in_progress()
            if current is None:
                return
            self._checkpointed = mark
            self._safely(lambda: self.context.recorder.checkpoint(current))

    def _control(self, action: Callable[[Session], list[Event]], *, cancel: bool = False) -> None:
        if self.session is None or not self.active:
            return
        if cancel:
            self.sink.cancel()
        self._handle(action(self.session), changed=True)

    def _handle(self, events: Sequence[Event], *, changed: bool = False) -> None:
        session = self.session
        if session is None:
            return
        if events:
            self.sink.play(cues_for_events(events, session.plan, self.context.cue_level))
            self._safely(lambda: self.context.recorder.record(events))
            if any(event.kind is EventKind.REP_COMPLETED for event in events):
                self._checkpoint()
        self._arm()
        if any(event.kind in _ENDINGS for event in events):
            progress = self.progress()
            assert progress is not None
            self._finish(progress.status(stopped=session.state is State.STOPPED))
        elif events or changed:
            self.changed.emit()

    def _arm(self) -> None:
        session = self.session
        due = session.next_event_at() if session is not None else None
        if session is None or due is None:
            self._event_timer.stop()
        else:
            self._event_timer.start(max(0, due - self.context.clock.monotonic_ms()))
        interval = self._frame_interval(session) if session is not None else None
        if session is not None and interval is not None and session.state is State.RUNNING:
            if not self._frame_timer.isActive() or self._frame_timer.interval() != interval:
                self._frame_timer.start(interval)
        else:
            self._frame_timer.stop()

    def _finish(self, status: SessionStatus) -> None:
        self._event_timer.stop()
        self._frame_timer.stop()
        self._keeper.release()
        ended = self.context.clock.wall_now()
        self._safely(lambda: self.context.recorder.finish(status, ended))
        self.finished.emit(status)

    def _safely(self, call: Callable[[], None]) -> None:
        # The history is never a reason to interrupt a workout: a fault becomes a sentence.
        try:
            call()
        except Exception as error:
            self.record_problem = translate(
                "PlayerController", "This workout could not be saved to your history ({error})."
            ).format(error=error)
            return
        # The recorder retries on its own: once it has written everything the banner goes.
        self.record_problem = self.context.recorder.problem()
        self.keep_trying()

    def keep_trying(self) -> None:
        """Tries again every RETRY_SAVING_MS while anything is not saved, workout or not."""
        if self.context.recorder.waiting() and not self._retry_timer.isActive():
            self._retry_timer.start()

    @property
    def retrying(self) -> bool:
        return self._retry_timer.isActive()

    def _retry_saving(self) -> None:
        recorder = self.context.recorder
        recorder.retry()
        if not recorder.waiting():
            self._retry_timer.stop()
        problem = recorder.problem()
        if problem != self.record_problem:
            self.record_problem = problem
            self.changed.emit()

    def _sink_changed(self, sink: CueSink) -> None:
        sink.set_muted(self.muted)
        sink.set_level(self.context.cue_level)
        if self.active and self.plan is not None:
            sink.prepare(self.plan)
        self._listen_to(sink)
        if sink.unavailable_reason():
            self.voice_lost.emit()

    def _listen_to(self, sink: CueSink) -> None:
        # A sink replaced since may still report: only the one in use speaks for the voice.
        sink.on_unavailable(lambda _reason: self._voice_lost(sink))

    def _voice_lost(self, sink: CueSink) -> None:
        if sink is self.sink:
            self.voice_lost.emit()


def frame_interval_ms(kind: SegmentKind, duration_ms: int, elapsed_ms: int) -> int:
    """How often to repaint a timed segment of this kind and length, this far into it."""
    if kind in (SegmentKind.HOLD, SegmentKind.RELAX) and elapsed_ms < EASE_INTO_HOLD_MS:
        return FASTEST_FRAME_MS  # the figure moves into or out of the held pose
    per_degree = duration_ms // 360
    if kind in (SegmentKind.UP, SegmentKind.DOWN):  # the figure moves all the way through
        wanted = per_degree
    else:
        widest_step = duration_ms * MOST_DEGREES_PER_FRAME // 360
        wanted = max(per_degree, min(RING_ONLY_FRAME_MS, widest_step))
    return max(FASTEST_FRAME_MS, min(SLOWEST_FRAME_MS, wanted))
