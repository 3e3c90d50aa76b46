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
from calfplayer.domain.exercises import HOLD_WORD, RELAX_WORD, Exercise
from calfplayer.domain.plan import Plan, SegmentKind
from calfplayer.domain.routines import Side
from calfplayer.domain.session import Event, EventKind, Session
from calfplayer.i18n import translatable, translate
from calfplayer.i18n.formats import name_in_sentence


class CueLevel(IntEnum):
    COUNTS = 1  # rep counts and "three, two, one"
    PHASES = 2  # and the phase words: up, hold, down
    COACH = 3  # and the exercise, its first step, sides, rest, halfway, next up, the end

    @property
    def label(self) -> str:
        return translate("CueLevel", _LEVEL_LABELS[self.value - 1])

    @classmethod
    def from_name(cls, name: str) -> CueLevel:
        return {"counts": cls.COUNTS, "phases": cls.PHASES, "coach": cls.COACH}[name]


_LEVEL_LABELS = (
    translatable("CueLevel", "Counts only"),
    translatable("CueLevel", "Counts and phases"),
    translatable("CueLevel", "Coach"),
)

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


# Counts are spoken words: the voice reads "four" the same in every voice, where "4" may not be.
_ONES = (
    translatable("SpokenNumbers", "zero"),
    translatable("SpokenNumbers", "one"),
    translatable("SpokenNumbers", "two"),
    translatable("SpokenNumbers", "three"),
    translatable("SpokenNumbers", "four"),
    translatable("SpokenNumbers", "five"),
    translatable("SpokenNumbers", "six"),
    translatable("SpokenNumbers", "seven"),
    translatable("SpokenNumbers", "eight"),
    translatable("SpokenNumbers", "nine"),
    translatable("SpokenNumbers", "ten"),
    translatable("SpokenNumbers", "eleven"),
    translatable("SpokenNumbers", "twelve"),
    translatable("SpokenNumbers", "thirteen"),
    translatable("SpokenNumbers", "fourteen"),
    translatable("SpokenNumbers", "fifteen"),
    translatable("SpokenNumbers", "sixteen"),
    translatable("SpokenNumbers", "seventeen"),
    translatable("SpokenNumbers", "eighteen"),
    translatable("SpokenNumbers", "nineteen"),
)
_TENS = (
    "",
    "",
    translatable("SpokenNumbers", "twenty"),
    translatable("SpokenNumbers", "thirty"),
    translatable("SpokenNumbers", "forty"),
    translatable("SpokenNumbers", "fifty"),
    translatable("SpokenNumbers", "sixty"),
    translatable("SpokenNumbers", "seventy"),
    translatable("SpokenNumbers", "eighty"),
    translatable("SpokenNumbers", "ninety"),
)


def number_words(number: int) -> str:
    """Words for 0–999 in the language in use, as a person would say a count: 42 -> "forty-two".

    A language whose numbers do not join like English writes the joined forms as ``{number}``
    (digits), which its voice reads as words.
    """
    if not 0 <= number <= 999:
        raise ValueError(f"cannot say {number}")
    if number < 20:
        return translate("SpokenNumbers", _ONES[number])
    if number < 100:
        tens, ones = divmod(number, 10)
        if not ones:
            return translate("SpokenNumbers", _TENS[tens])
        return translate(
            "SpokenNumbers",
            "{tens}-{ones}",
            "21 to 99 in words, e.g. forty-two; {number} is the number in digits",
        ).format(
            tens=translate("SpokenNumbers", _TENS[tens]),
            ones=translate("SpokenNumbers", _ONES[ones]),
            number=number,
        )
    hundreds, rest = divmod(number, 100)
    values = {"hundreds": number_words(hundreds), "number": number}
    if not rest:
        return translate(
            "SpokenNumbers",
            "{hundreds} hundred",
            "100, 200 ... in words; {number} is the number in digits",
        ).format(**values)
    return translate(
        "SpokenNumbers",
        "{hundreds} hundred and {rest}",
        "101 to 999 in words; {number} is the number in digits",
    ).format(rest=number_words(rest), **values)


def seconds_words(seconds: int) -> str:
    if seconds % 60 == 0 and seconds >= 60:
        minutes = seconds // 60
        if minutes == 1:
            return translate("Cues", "one minute")
        return translate("Cues", "{minutes} minutes", "spoken; {minutes} in words").format(
            minutes=number_words(minutes)
        )
    return translate("Cues", "{seconds} seconds", "spoken; {seconds} in words").format(
        seconds=number_words(seconds)
    )


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
            return [cue("halfway", translate("Cues", "Halfway."))]
        case EventKind.TEN_SECONDS_LEFT if level >= CueLevel.COACH:
            return [cue("left.10", translate("Cues", "Ten seconds left."))]
        case EventKind.WORKOUT_COMPLETED if level >= CueLevel.COACH:
            return [cue("complete", translate("Cues", "Workout complete. Well done."))]
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
                lines.append(first_side(segment.side))
            return lines
        case SegmentKind.UP if phases and segment.rep == 1:
            return [phase_cue(words.up)]
        case SegmentKind.TOP if phases:
            return [phase_cue(words.top)]
        case SegmentKind.DOWN if phases:
            return [phase_cue(words.down)]
        case SegmentKind.HOLD if phases:
            return [phase_cue(HOLD_WORD)]
        case SegmentKind.RELAX if phases:
            return [phase_cue(RELAX_WORD)]
        case SegmentKind.SWITCH if coach and segment.side is not None:
            return [switch_side(segment.side)]
        case SegmentKind.REST if coach and segment.duration_ms:
            seconds = round(segment.duration_ms / 1000)
            text = translate("Cues", "Rest, {duration}.", "spoken: rest between sets")
            return [(f"rest.{seconds}", text.format(duration=seconds_words(seconds)))]
    return []


def phase_cue(word: str) -> tuple[str, str]:
    """``word`` is a phase word of the exercise files, in English: the key stays English."""
    return f"phase.{word.lower()}", translate("Exercises", word).lower()


def first_side(side: Side) -> tuple[str, str]:
    if side is Side.LEFT:
        return "side.first.left", translate("Cues", "Start with your left leg.")
    return "side.first.right", translate("Cues", "Start with your right leg.")


def switch_side(side: Side) -> tuple[str, str]:
    if side is Side.LEFT:
        return "side.switch.left", translate("Cues", "Switch to your left leg.")
    return "side.switch.right", translate("Cues", "Switch to your right leg.")


def next_up(exercise: Exercise) -> tuple[str, str]:
    text = translate("Cues", "Next: {exercise}.", "spoken before an exercise")
    return f"next.{exercise.id}", text.format(
        exercise=name_in_sentence(translate("Exercises", exercise.name))
    )


def first_step(exercise: Exercise) -> tuple[str, str]:
    return f"step.{exercise.id}", translate("Exercises", exercise.steps[0].text)


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
