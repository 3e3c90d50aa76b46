"""What the player page shows at one moment, worked out from the session without Qt.

Keeping this pure means the page only copies fields into widgets, and tests can check what a person
would see at any moment of a workout without rendering anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from calfplayer.domain.exercises import Kind, PhaseWords, Step, StepPhase
from calfplayer.domain.plan import Plan, Segment, SegmentKind
from calfplayer.domain.routines import RoutineItem, Side
from calfplayer.domain.session import Session, State

translate = QCoreApplication.translate


class Stage(StrEnum):
    SETUP = "setup"  # get ready for an exercise
    REPS = "reps"  # a counted repetition on the tempo
    SELF_PACED = "self-paced"  # a repetition that waits for "Rep done"
    HOLD = "hold"
    RELAX = "relax"  # between holds
    SWITCH = "switch"  # change sides
    REST = "rest"  # between sets
    DONE = "done"


@dataclass(frozen=True)
class PlayerView:
    stage: Stage
    heading: str  # "Get ready", "Rest", "Switch sides" or the exercise name
    exercise_name: str
    position: str  # "Exercise 2 of 4"
    big_text: str  # "7 / 12" or "0:23"
    phase_word: str  # "Up", "Hold", "Down", "Relax", "Rest", …
    ring_fraction: float  # 0..1, how much of the current phase has passed
    set_text: str  # "Set 2 of 3"
    side_text: str  # "Right leg" or ""
    step_index: int  # the step to highlight, -1 for none
    next_text: str  # what comes after this rest or setup, "" otherwise
    paused: bool
    pose: float = 0.0  # the figure: 0 the start pose, 1 the end pose, between them part way
    workout_fraction: float = 0.0  # 0..1, how much of the whole workout's planned time has passed
    time_left: str = ""  # the whole workout's planned time still to go: "12:34 left"
    mirrored: bool = False  # the drawings show the right leg; the left is their mirror image
    # During a rest, what comes next in large type: "Next: Calf raise", "Set 2 of 3 · 12 reps",
    # "Left leg first"; "" otherwise.
    next_name: str = ""
    next_dose: str = ""
    next_side: str = ""


@dataclass(frozen=True)
class MovingView:
    """The part of a ``PlayerView`` that changes as time passes inside one segment: all that a
    frame needs to work out (the rest changes only with the session's events)."""

    big_text: str
    ring_fraction: float
    pose: float
    workout_fraction: float
    time_left: str


def countdown_text(ms: int) -> str:
    """Whole seconds still to go, rounded up, as m:ss: 22_100 -> "0:23"."""
    seconds = (ms + 999) // 1000
    return f"{seconds // 60}:{seconds % 60:02d}"


def side_words(segment: Segment) -> str:
    if segment.side is None:
        return ""
    if segment.side is Side.LEFT:
        return translate("PlayerView", "Left leg")
    return translate("PlayerView", "Right leg")


def side_first_words(segment: Segment) -> str:
    """The leg a set starts with: "Left leg first"."""
    if segment.side is None:
        return ""
    if segment.side is Side.LEFT:
        return translate("PlayerView", "Left leg first")
    return translate("PlayerView", "Right leg first")


def exercise_name(item: RoutineItem) -> str:
    return translate("Exercises", item.exercise.name)


def holds_text(reps: int, seconds: int) -> str:
    """ "3 holds of 20 s"."""
    return translate("PlayerView", "%n holds of {seconds} s", None, reps).format(seconds=seconds)


# The step to highlight in each kind of segment: the phase wanted, then the one to fall back on
# when the exercise has no step of that phase.
_STEP_PHASES: dict[SegmentKind, tuple[StepPhase, ...]] = {
    SegmentKind.SETUP: (StepPhase.SETUP,),
    SegmentKind.SWITCH: (StepPhase.SETUP,),  # the other side starts from the same position
    SegmentKind.UP: (StepPhase.UP,),
    # A short pause at the top: where the exercise has no step for it, the person is still
    # where the movement took them.
    SegmentKind.TOP: (StepPhase.HOLD, StepPhase.UP),
    SegmentKind.DOWN: (StepPhase.DOWN,),
    SegmentKind.REP: (StepPhase.UP,),  # a self-paced repetition starts with the movement
    SegmentKind.HOLD: (StepPhase.HOLD,),
    SegmentKind.RELAX: (StepPhase.RETURN,),  # letting go between holds
    # A rest ends straight in the next set's first movement, so what a resting person needs
    # from the steps is the position to be back in by then.
    SegmentKind.REST: (StepPhase.SETUP,),
}


def _step_for(segment: Segment, steps: tuple[Step, ...]) -> int:
    """The first step whose phase is what the body is doing in this segment, -1 for none."""
    for phase in _STEP_PHASES.get(segment.kind, ()):
        for index, step in enumerate(steps):
            if step.phase is phase:
                return index
    return -1


# A held stretch eases into its pose over this long, then stays still; letting go takes as long.
EASE_INTO_HOLD_MS = 2000


def ease(t: float) -> float:
    """Slow at both ends, quickest in the middle, as a body moves (0 and 1 stay put)."""
    t = min(1.0, max(0.0, t))
    return t * t * (3 - 2 * t)


def pose_mix(kind: SegmentKind, elapsed_ms: int, duration_ms: int) -> float:
    """How far the figure is from the start pose (0) toward the end pose (1) during a segment.

    Up and down follow the tempo, eased at both ends; the top of a rep holds the end pose; a held
    stretch eases into the end pose over its first EASE_INTO_HOLD_MS and then stays still, and
    relaxing eases back out the same way; setting up, switching and resting show the start.
    """
    fraction = elapsed_ms / duration_ms if duration_ms > 0 else 1.0
    easing = min(EASE_INTO_HOLD_MS, duration_ms)
    gently = elapsed_ms / easing if easing > 0 else 1.0
    match kind:
        case SegmentKind.UP:
            return ease(fraction)
        case SegmentKind.DOWN:
            return 1.0 - ease(fraction)
        case SegmentKind.TOP | SegmentKind.REP:
            return 1.0
        case SegmentKind.HOLD:
            return ease(gently)
        case SegmentKind.RELAX:
            return 1.0 - ease(gently)
        case _:
            return 0.0


def next_up_text(plan: Plan, segment: Segment) -> str:
    """For a rest: the set that follows. For a setup or switch: the first thing to do."""
    item = plan.item(segment.item_index)
    if segment.kind is SegmentKind.REST:
        if item.per_side and segment.side is Side.LEFT:
            text = translate("PlayerView", "Next: set {current} of {total}, left leg first")
        elif item.per_side and segment.side is not None:
            text = translate("PlayerView", "Next: set {current} of {total}, right leg first")
        else:
            text = translate("PlayerView", "Next: set {current} of {total}")
        return text.format(current=segment.set_number, total=item.sets)
    following = segment.item_index + 1
    if segment.kind is SegmentKind.SETUP and following < len(plan.routine.items):
        name = exercise_name(plan.item(following))
        return translate("PlayerView", "Then: {exercise}").format(exercise=name)
    return ""


def dose_text(item: RoutineItem) -> str:
    """One set's work: "12 reps", "30 s hold", "3 holds of 20 s"."""
    if item.exercise.kind is Kind.HOLD:
        seconds = round((item.hold_ms or 0) / 1000)
        if item.reps == 1:
            return translate("PlayerView", "%n s hold", None, seconds)
        return holds_text(item.reps, seconds)
    reps = item.reps  # a plain name: pyside6-lupdate skips a call whose count is dotted
    if reps == 1:
        return translate("PlayerView", "%n rep", None, reps)
    return translate("PlayerView", "%n reps", None, reps)


def _coming_after_rest(item: RoutineItem, rest: Segment) -> tuple[str, str, str]:
    """The exercise, the set with its dose, and the leg that follow a rest."""
    side = side_first_words(rest) if item.per_side else ""
    dose = translate("PlayerView", "Set {current} of {total} · {dose}").format(
        current=rest.set_number, total=item.sets, dose=dose_text(item)
    )
    return next_exercise_text(item), dose, side


def next_exercise_text(item: RoutineItem) -> str:
    """The first line of what a rest shows coming next."""
    return translate("PlayerView", "Next: {exercise}").format(exercise=exercise_name(item))


def workout_left_ms(session: Session, now: int | None = None) -> int:
    """The planned time still to go in the whole workout: the rest of this segment (its tempo's
    estimate while a rep waits for the person) and every segment after it."""
    segment = session.segment
    if session.finished:
        return 0
    remaining = session.segment_remaining_ms(now)
    if remaining is None:
        remaining = max(0, segment.planned_ms - session.segment_elapsed_ms(now))
    return remaining + session.plan.total_ms - segment.end_ms


def _into_segment(duration: int | None, remaining: int | None) -> tuple[float, int]:
    """How far into a timed segment: its share passed (0..1) and the milliseconds passed."""
    if not duration or remaining is None:
        return 0.0, 0
    return min(1.0, max(0.0, 1 - remaining / duration)), max(0, duration - remaining)


def _rep_phase_word(kind: SegmentKind, words: PhaseWords) -> str:
    """The exercise's own word for this part of a rep ("Up", "Hold", "Down")."""
    word = {SegmentKind.UP: words.up, SegmentKind.TOP: words.top}.get(kind, words.down)
    return translate("Exercises", word)


def moving_view(session: Session, now: int | None = None) -> MovingView:
    plan = session.plan
    segment = session.segment
    duration = session.segment_duration_ms()
    remaining = session.segment_remaining_ms(now)
    fraction, elapsed = _into_segment(duration, remaining)
    left_ms = workout_left_ms(session, now)
    total = plan.total_ms
    workout = 1.0 if not total else min(1.0, max(0.0, 1 - left_ms / total))
    time_left = translate("PlayerView", "{time} left").format(time=countdown_text(left_ms))
    if session.finished:
        return MovingView("", 1.0, 0.0, workout, time_left)
    if segment.kind in _COUNTED:
        big = f"{segment.rep or 0} / {plan.item(segment.item_index).reps}"
    else:
        big = countdown_text(remaining or 0)
    pose = pose_mix(segment.kind, elapsed, duration or 0)
    return MovingView(big, fraction, pose, workout, time_left)


# The segments whose big number counts repetitions; the others count down their time.
_COUNTED = frozenset({SegmentKind.UP, SegmentKind.TOP, SegmentKind.DOWN, SegmentKind.REP})


def player_view(session: Session, now: int | None = None) -> PlayerView:
    plan = session.plan
    segment = session.segment
    item = plan.item(segment.item_index)
    exercise = item.exercise
    words = exercise.phase_words
    position = translate("PlayerView", "Exercise {current} of {total}").format(
        current=segment.item_index + 1, total=len(plan.routine.items)
    )
    paused = session.state is State.PAUSED
    moving = moving_view(session, now)
    set_text = translate("PlayerView", "Set {current} of {total}").format(
        current=session.set_number, total=item.sets
    )
    side = side_words(segment) if item.per_side else ""
    name = exercise_name(item)
    heading = name
    next_text = ""
    match segment.kind:
        case SegmentKind.SETUP:
            stage, heading = Stage.SETUP, translate("PlayerView", "Get ready")
            # The same words inside the ring, where a language may need fewer of them.
            phase = translate("PlayerView", "Get ready", "in the ring")
            next_text = next_up_text(plan, segment)
            side = side_first_words(segment) if side else ""
        case SegmentKind.UP | SegmentKind.TOP | SegmentKind.DOWN:
            stage = Stage.REPS
            phase = _rep_phase_word(segment.kind, words)
        case SegmentKind.REP:
            stage, phase = Stage.SELF_PACED, translate("PlayerView", "Your pace")
        case SegmentKind.HOLD:
            stage, phase = Stage.HOLD, translate("PlayerView", "Hold")
            if item.reps > 1:
                phase = translate("PlayerView", "Hold {current} of {total}").format(
                    current=segment.rep, total=item.reps
                )
        case SegmentKind.RELAX:
            stage, phase = Stage.RELAX, translate("PlayerView", "Relax")
        case SegmentKind.SWITCH:
            stage, heading, phase = (
                Stage.SWITCH,
                translate("PlayerView", "Switch sides"),
                translate("PlayerView", "Switch"),
            )
        case _:
            rest = translate("PlayerView", "Rest")
            stage, heading, phase = Stage.REST, rest, rest
            next_text = next_up_text(plan, segment)
            set_text = translate("PlayerView", "Set {current} of {total} done").format(
                current=segment.set_number - 1, total=item.sets
            )
            side = ""
    if session.finished:
        stage, phase = Stage.DONE, ""
    if exercise.kind is Kind.HOLD and stage is Stage.SETUP and item.reps > 1:
        next_text = next_text or holds_text(item.reps, round((item.hold_ms or 0) / 1000))
    coming = _coming_after_rest(item, segment) if stage is Stage.REST else ("", "", "")
    return PlayerView(
        stage=stage,
        heading=heading,
        exercise_name=name,
        position=position,
        big_text=moving.big_text,
        phase_word=phase,
        ring_fraction=moving.ring_fraction,
        set_text=set_text,
        side_text=side,
        step_index=_step_for(segment, exercise.steps),
        next_text=next_text,
        paused=paused,
        pose=moving.pose,
        workout_fraction=moving.workout_fraction,
        time_left=moving.time_left,
        mirrored=segment.side is Side.LEFT,
        next_name=coming[0],
        next_dose=coming[1],
        next_side=coming[2],
    )
