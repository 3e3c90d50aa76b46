"""What the voice says, and when: a pure function from engine events to cues.

A rep's count closes it ("up… hold… down… four"), and it doubles as the signal to start the next
rep, so after the first rep of a set the word for going up is not spoken again. Cues that fall due
together are spoken one after the other, in the order given here. Beeps are separate cues that may
sound over the voice.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum

from calfplayer.domain.clock import FakeClock
from calfplayer.domain.exercises import Exercise
from calfplayer.domain.plan import Plan, SegmentKind
from calfplayer.domain.session import Event, EventKind, Session


class CueLevel(IntEnum):
    COUNTS = 1  # rep counts and "three, two, one"
    PHASES = 2  # and the phase words: up, hold, down
    COACH = 3  # and the exercise, its first step, sides, rest, halfway, next up, the end

    @property
    def label(self) -> str:
        return {1: "Counts only", 2: "Counts and phases", 3: "Coach"}[self.value]

    @classmethod
    def from_name(cls, name: str) -> CueLevel:
        return {"counts": cls.COUNTS, "phases": cls.PHASES, "coach": cls.COACH}[name]


BEEP_TICK = "beep.tick"
BEEP_END = "beep.end"


@dataclass(frozen=True)
class Cue:
    key: str  # stable name, e.g. "rep.5", "phase.hold", "side.switch.left"
    text: str  # what is spoken; empty for a beep
    due_ms: int  # workout time
    exercise_id: str = ""

    @property
    def is_beep(self) -> bool:
        return self.key.startswith("beep.")


_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def number_words(number: int) -> str:
    """English words for 0–999, as a person would say a count: 42 -> "forty-two"."""
    if not 0 <= number <= 999:
        raise ValueError(f"cannot say {number}")
    if number < 20:
        return _ONES[number]
    if number < 100:
        tens, ones = divmod(number, 10)
        return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    hundreds, rest = divmod(number, 100)
    return f"{_ONES[hundreds]} hundred" + (f" and {number_words(rest)}" if rest else "")


def seconds_words(seconds: int) -> str:
    if seconds % 60 == 0 and seconds >= 60:
        minutes = seconds // 60
        return "one minute" if minutes == 1 else f"{number_words(minutes)} minutes"
    return f"{number_words(seconds)} seconds"


def cues_for_events(events: Iterable[Event], plan: Plan, level: CueLevel) -> list[Cue]:
    cues: list[Cue] = []
    for event in events:
        cues += _cues_for_event(event, plan, level)
    return cues


def _cues_for_event(event: Event, plan: Plan, level: CueLevel) -> list[Cue]:
    segment = event.segment
    item = plan.item(segment.item_index)
    exercise = item.exercise
    at = event.at_ms

    def cue(key: str, text: str) -> Cue:
        return Cue(key, text, at, exercise.id)

    match event.kind:
        case EventKind.REP_COMPLETED if segment.kind is SegmentKind.HOLD:
            cues = [cue(BEEP_END, "")]
            if item.reps > 1 and event.value is not None:
                cues.append(cue(f"rep.{event.value}", number_words(event.value)))
            return cues
        case EventKind.REP_COMPLETED if event.value is not None:
            return [cue(f"rep.{event.value}", number_words(event.value))]
        case EventKind.COUNTDOWN if event.value is not None:
            return [cue(BEEP_TICK, ""), cue(f"count.{event.value}", number_words(event.value))]
        case EventKind.HALFWAY if level >= CueLevel.COACH:
            return [cue("halfway", "Halfway.")]
        case EventKind.TEN_SECONDS_LEFT if level >= CueLevel.COACH:
            return [cue("left.10", "Ten seconds left.")]
        case EventKind.WORKOUT_COMPLETED if level >= CueLevel.COACH:
            return [cue("complete", "Workout complete. Well done.")]
        case EventKind.SEGMENT_STARTED:
            return [cue(key, text) for key, text in _segment_cues(plan, event, level)]
    return []


def _segment_cues(plan: Plan, event: Event, level: CueLevel) -> list[tuple[str, str]]:
    segment = event.segment
    item = plan.item(segment.item_index)
    exercise = item.exercise
    words = exercise.phase_words
    phases = level >= CueLevel.PHASES
    coach = level >= CueLevel.COACH
    match segment.kind:
        case SegmentKind.SETUP if coach:
            lines = [next_up(exercise), first_step(exercise)]
            if item.per_side and segment.side is not None:
                lines.append((f"side.first.{segment.side}", f"Start with your {segment.side} leg."))
            return lines
        case SegmentKind.UP if phases and segment.rep == 1:
            return [phase_cue(words.up)]
        case SegmentKind.TOP if phases:
            return [phase_cue(words.top)]
        case SegmentKind.DOWN if phases:
            return [phase_cue(words.down)]
        case SegmentKind.HOLD if phases:
            return [phase_cue("Hold")]
        case SegmentKind.RELAX if phases:
            return [phase_cue("Relax")]
        case SegmentKind.SWITCH if coach and segment.side is not None:
            return [(f"side.switch.{segment.side}", f"Switch to your {segment.side} leg.")]
        case SegmentKind.REST if coach and segment.duration_ms:
            seconds = round(segment.duration_ms / 1000)
            return [(f"rest.{seconds}", f"Rest, {seconds_words(seconds)}.")]
    return []


def phase_cue(word: str) -> tuple[str, str]:
    return f"phase.{word.lower()}", word.lower()


def next_up(exercise: Exercise) -> tuple[str, str]:
    return f"next.{exercise.id}", f"Next: {exercise.name.lower()}."


def first_step(exercise: Exercise) -> tuple[str, str]:
    return f"step.{exercise.id}", exercise.steps[0].text


def cue_schedule(plan: Plan, level: CueLevel) -> list[Cue]:
    """Every cue of the plan played straight through, self-paced reps taking their estimate."""
    clock = FakeClock()
    session = Session(plan, clock)
    events = session.start()
    while not session.finished:
        due = session.next_event_at()
        if due is None:  # a self-paced rep waits for the person
            clock.advance(session.segment.planned_ms)
            events += session.rep_done()
            continue
        clock.set(due)
        events += session.advance()
    return cues_for_events(events, plan, level)


def spoken_texts(plan: Plan) -> dict[str, str]:
    """Every spoken cue the plan can need at any level, by key: what to render ahead of time."""
    texts = {cue.key: cue.text for cue in cue_schedule(plan, CueLevel.COACH) if not cue.is_beep}
    return dict(sorted(texts.items()))
