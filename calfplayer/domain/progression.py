"""When to step up and when to ease back: the rules in docs/progression.md, as a pure function.

Strength comes from building up patiently, so a step up is suggested only after three completed
sessions that felt easy (effort at most 4) with pain not rising, and it is one small step. Rising
pain or repeated "that hurt" marks suggest easing back and checking with a clinician. A routine is
never changed here: ``apply_step`` returns a new routine for the caller to save when asked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from itertools import pairwise

from calfplayer.domain.exercises import Kind
from calfplayer.domain.routines import Routine, RoutineItem
from calfplayer.i18n import translate

SESSIONS_NEEDED = 3
EASY_EFFORT = 4
PAIN_RISE = 2
MAX_REPS = 15
MAX_HOLD_MS = 60_000
MAX_SETS = 3


@dataclass(frozen=True)
class RecentSession:
    """One past session of the routine, as the rules need it."""

    completed: bool
    effort: int | None
    pain: int | None
    hurt_exercises: frozenset[str] = frozenset()  # exercise ids marked "that hurt"


class StepKind(StrEnum):
    MORE_REPS = "more-reps"
    MORE_HOLD = "more-hold"
    MORE_SETS = "more-sets"


@dataclass(frozen=True)
class Step:
    kind: StepKind
    item_indexes: tuple[int, ...]


class AdviceKind(StrEnum):
    STEP_UP = "step-up"
    EASE_BACK = "ease-back"


@dataclass(frozen=True)
class Advice:
    kind: AdviceKind
    message: str
    step: Step | None = None  # what one click applies, for a step up


def advise(routine: Routine, history: Sequence[RecentSession]) -> Advice | None:
    """Advice after a session, from the routine's sessions oldest first (the newest included)."""
    caution = _ease_back(routine, history)
    if caution is not None:
        return caution
    recent = history[-SESSIONS_NEEDED:]
    if len(recent) < SESSIONS_NEEDED:
        return None
    if not all(s.completed and s.effort is not None and s.effort <= EASY_EFFORT for s in recent):
        return None
    pains = [s.pain for s in recent if s.pain is not None]
    if any(later > earlier for earlier, later in pairwise(pains)):
        return None
    step = next_step(routine)
    if step is None:
        return None
    return Advice(AdviceKind.STEP_UP, describe_step(routine, step), step)


def _ease_back(routine: Routine, history: Sequence[RecentSession]) -> Advice | None:
    pains = [s.pain for s in history[-SESSIONS_NEEDED:] if s.pain is not None]
    if len(pains) >= 2 and pains[-1] - min(pains[:-1]) >= PAIN_RISE:
        text = translate(
            "Progression",
            "Your pain went from {before} to {now} over your last sessions."
            " Ease back: fewer reps or sets, or a gentler routine, and check with your clinician.",
        )
        return Advice(AdviceKind.EASE_BACK, text.format(before=min(pains[:-1]), now=pains[-1]))
    recent = history[-SESSIONS_NEEDED:]
    names = {item.exercise.id: item.exercise.name for item in routine.items}
    for exercise_id, name in names.items():
        marked = sum(1 for s in recent if exercise_id in s.hurt_exercises)
        if marked >= 2:
            text = translate(
                "Progression",
                'You marked "{exercise}" as hurting in {marked} of your last {count} sessions.'
                " Ease back on it and check with your clinician before doing more.",
            )
            shown = text.format(
                exercise=translate("Exercises", name), marked=marked, count=len(recent)
            )
            return Advice(AdviceKind.EASE_BACK, shown)
    return None


def next_step(routine: Routine) -> Step | None:
    """The first of: two more reps, five more seconds of hold, one more set; where there is room."""
    for kind in StepKind:
        indexes = tuple(i for i, item in enumerate(routine.items) if _has_room(item, kind))
        if indexes:
            return Step(kind, indexes)
    return None


def _has_room(item: RoutineItem, kind: StepKind) -> bool:
    is_reps = item.exercise.kind is Kind.REPS
    match kind:
        case StepKind.MORE_REPS:
            return is_reps and item.reps < MAX_REPS
        case StepKind.MORE_HOLD:
            return not is_reps and item.hold_ms is not None and item.hold_ms < MAX_HOLD_MS
        case StepKind.MORE_SETS:
            return item.sets < MAX_SETS


def describe_step(routine: Routine, step: Step) -> str:
    """The advice to step up, shown to the person in the language in use."""
    names = ", ".join(
        translate("Exercises", routine.items[i].exercise.name).lower() for i in step.item_indexes
    )
    match step.kind:
        case StepKind.MORE_REPS:
            text = translate(
                "Progression",
                "Your last {count} sessions felt easy."
                " Ready for a small step up: two more reps in each set of {exercises}?",
            )
        case StepKind.MORE_HOLD:
            text = translate(
                "Progression",
                "Your last {count} sessions felt easy."
                " Ready for a small step up: five more seconds in each hold of {exercises}?",
            )
        case StepKind.MORE_SETS:
            text = translate(
                "Progression",
                "Your last {count} sessions felt easy."
                " Ready for a small step up: one more set of {exercises}?",
            )
    return text.format(count=SESSIONS_NEEDED, exercises=names)


def apply_step(routine: Routine, step: Step) -> Routine:
    items = list(routine.items)
    for index in step.item_indexes:
        item = items[index]
        match step.kind:
            case StepKind.MORE_REPS:
                items[index] = replace(item, reps=min(MAX_REPS, item.reps + 2))
            case StepKind.MORE_HOLD:
                hold = item.hold_ms or 0
                items[index] = replace(item, hold_ms=min(MAX_HOLD_MS, hold + 5000))
            case StepKind.MORE_SETS:
                items[index] = replace(item, sets=item.sets + 1)
    return replace(routine, items=tuple(items))


def describe_change(routine: Routine, step: Step) -> str:
    """What a step changes, exercise by exercise, in words for someone who never saw the app:
    "Two more reps per set: Calf raise 10 → 12 reps, Heel raise 8 → 10 reps".

    English in every language: the log of steps keeps this text as it was written.
    """
    stepped = apply_step(routine, step)
    changes = []
    for index in step.item_indexes:
        before, after = routine.items[index], stepped.items[index]
        match step.kind:
            case StepKind.MORE_REPS:
                amounts = f"{before.reps} → {after.reps} reps"
            case StepKind.MORE_HOLD:
                amounts = f"{(before.hold_ms or 0) // 1000} → {(after.hold_ms or 0) // 1000} s hold"
            case StepKind.MORE_SETS:
                amounts = f"{before.sets} → {after.sets} sets"
        changes.append(f"{before.exercise.name} {amounts}")
    what = {
        StepKind.MORE_REPS: "Two more reps per set",
        StepKind.MORE_HOLD: "Five more seconds per hold",
        StepKind.MORE_SETS: "One more set",
    }[step.kind]
    return f"{what}: {', '.join(changes)}"


@dataclass(frozen=True)
class AppliedStep:
    """A change the person applied to a routine from the advice, as the log of steps keeps it."""

    at: datetime  # timezone-aware
    kind: AdviceKind  # only a step up is applied today; easing back is advice alone
    routine_id: str  # the routine changed (the person's own copy of a built-in one)
    routine_name: str
    change: str  # describe_change
