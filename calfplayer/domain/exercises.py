"""The exercise catalogue: what each exercise is, how to do it and its usual dosage."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from calfplayer.domain.figure_file import FigureSpec, read_figure
from calfplayer.domain.jsonfile import Checker, FileProblems, Problem, read_json_file
from calfplayer.i18n import translatable, translate

# By the id the exercise files use; the names are shown, translated with context "Equipment".
EQUIPMENT_NAMES = {
    "wall": translatable("Equipment", "a wall"),
    "band": translatable("Equipment", "a resistance band"),
    "chair": translatable("Equipment", "a chair"),
    "table": translatable("Equipment", "a table"),
    "step": translatable("Equipment", "a step"),
    "mat": translatable("Equipment", "a mat"),
}


class Kind(StrEnum):
    REPS = "reps"
    HOLD = "hold"


class StepPhase(StrEnum):
    """The part of the movement a step describes, so the player can highlight it at that time."""

    SETUP = "setup"  # getting into the start position
    UP = "up"  # the movement: rising, pushing, hinging
    HOLD = "hold"  # staying there: the top of a repetition, or a held stretch
    DOWN = "down"  # coming back under control
    RETURN = "return"  # letting go at the end of a hold


@dataclass(frozen=True)
class Step:
    text: str
    phase: StepPhase


# The phases a movement passes through: each needs a step to highlight while it lasts.
PHASES_NEEDED = {
    Kind.REPS: (StepPhase.SETUP, StepPhase.UP, StepPhase.DOWN),
    Kind.HOLD: (StepPhase.SETUP, StepPhase.HOLD),
}


@dataclass(frozen=True)
class Tempo:
    """Milliseconds for the three phases of one repetition."""

    up_ms: int
    top_ms: int
    down_ms: int

    @property
    def rep_ms(self) -> int:
        return self.up_ms + self.top_ms + self.down_ms


@dataclass(frozen=True)
class Dosage:
    sets: int
    reps: int  # for a hold exercise: the number of holds in one set
    tempo: Tempo | None  # reps exercises only
    hold_ms: int | None  # hold exercises only
    relax_ms: int  # between the holds of one set
    rest_ms: int
    setup_ms: int


# Phase words are English here, as in the exercise files; translated (context "Exercises") when
# spoken or shown.
HOLD_WORD = translatable("Exercises", "Hold")
RELAX_WORD = translatable("Exercises", "Relax")


@dataclass(frozen=True)
class PhaseWords:
    up: str = translatable("Exercises", "Up")
    top: str = HOLD_WORD
    down: str = translatable("Exercises", "Down")


@dataclass(frozen=True)
class Exercise:
    id: str
    name: str
    kind: Kind
    one_sided: bool
    equipment: tuple[str, ...]
    muscles: tuple[str, ...]
    why: str
    steps: tuple[Step, ...]
    cautions: tuple[str, ...]
    phase_words: PhaseWords
    dosage: Dosage
    figure: FigureSpec


class Catalogue(Mapping[str, Exercise]):
    """Exercises by id, in a stable order (the order of the full programme)."""

    def __init__(self, exercises: list[Exercise]) -> None:
        self._by_id = {exercise.id: exercise for exercise in exercises}

    def __getitem__(self, key: str) -> Exercise:
        return self._by_id[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_id)

    def __len__(self) -> int:
        return len(self._by_id)

    @classmethod
    def load(cls, folder: Path) -> Catalogue:
        exercises = [_load_exercise(path) for path in sorted(folder.glob("*.json"))]
        if not exercises:
            raise FileProblems(
                str(folder), [Problem("", translate("FileChecks", "holds no exercise files"))]
            )
        order = {name: index for index, name in enumerate(PROGRAMME_ORDER)}
        exercises.sort(key=lambda exercise: (order.get(exercise.id, len(order)), exercise.id))
        return cls(exercises)


PROGRAMME_ORDER = (
    "calf-stretch",
    "band-plantarflexion",
    "seated-calf-raise",
    "calf-raise",
    "soleus-raise",
    "single-leg-calf-raise",
    "downward-dog",
    "single-leg-deadlift",
    "short-foot",
)

_EXERCISE_KEYS = (
    "id",
    "name",
    "kind",
    "one_sided",
    "equipment",
    "muscles",
    "why",
    "steps",
    "cautions",
    "dosage",
    "figure",
)


def _load_exercise(path: Path) -> Exercise:
    data = read_json_file(path)
    check = Checker()
    exercise = _read_exercise(check, data, path.stem)
    if check.problems or exercise is None:
        raise FileProblems(str(path), check.problems)
    return exercise


def _texts(check: Checker, value: Any, place: str, low: int, high: int) -> tuple[str, ...]:
    found = [
        check.text(entry, where, max_len=200)
        for where, entry in check.items(value, place, low, high)
    ]
    return tuple(text for text in found if text is not None)


def _steps(check: Checker, value: Any, kind: Kind) -> tuple[Step, ...]:
    before = len(check.problems)
    steps = []
    for where, entry in check.items(value, "steps", 1, 6):
        obj = check.obj(entry, where, ("phase", "text"), ())
        if obj is None or "phase" not in obj or "text" not in obj:
            continue
        text = check.text(obj["text"], f"{where}.text", max_len=200)
        phase = check.choice(obj["phase"], f"{where}.phase", [p.value for p in StepPhase])
        if text is not None and phase is not None:
            steps.append(Step(text, StepPhase(phase)))
    if len(check.problems) > before:
        return tuple(steps)
    named = {step.phase for step in steps}
    for phase in PHASES_NEEDED[kind]:
        if phase not in named:
            message = translate(
                "FileChecks", 'has no "{phase}" step: the player highlights one in that phase'
            )
            check.fail("steps", message.format(phase=phase))
    return tuple(steps)


def _read_exercise(check: Checker, data: Any, file_stem: str) -> Exercise | None:
    obj = check.obj(data, "", _EXERCISE_KEYS, ("phase_words",))
    if obj is None or check.problems:
        return None
    if obj["id"] != file_stem:
        check.fail(
            "id",
            translate("FileChecks", 'must match the file name "{name}"').format(name=file_stem),
        )
    kind = Kind(check.choice(obj["kind"], "kind", [k.value for k in Kind]) or Kind.REPS)
    equipment = tuple(
        check.choice(entry, where, list(EQUIPMENT_NAMES)) or ""
        for where, entry in check.items(obj["equipment"], "equipment", 0, 6)
    )
    words = PhaseWords()
    if "phase_words" in obj:
        raw = check.obj(obj["phase_words"], "phase_words", ("up", "top", "down"), ())
        if raw is not None and not check.problems:
            words = PhaseWords(
                *(
                    check.text(raw[key], f"phase_words.{key}", max_len=12) or ""
                    for key in ("up", "top", "down")
                )
            )
    figure = read_figure(check, obj["figure"])
    if figure is None:
        return None
    exercise = Exercise(
        id=obj["id"],
        name=check.text(obj["name"], "name", max_len=60) or "",
        kind=kind,
        one_sided=bool(check.boolean(obj["one_sided"], "one_sided")),
        equipment=equipment,
        muscles=_texts(check, obj["muscles"], "muscles", 1, 8),
        why=check.text(obj["why"], "why", max_len=400) or "",
        steps=_steps(check, obj["steps"], kind),
        cautions=_texts(check, obj["cautions"], "cautions", 0, 4),
        phase_words=words,
        dosage=_read_dosage(check, obj["dosage"], kind),
        figure=figure,
    )
    return None if check.problems else exercise


def _read_dosage(check: Checker, value: Any, kind: Kind) -> Dosage:
    common = ("sets", "rest", "setup")
    if kind is Kind.REPS:
        obj = check.obj(value, "dosage", (*common, "reps", "tempo"), ())
    else:
        obj = check.obj(value, "dosage", (*common, "hold"), ("reps", "relax"))
    if obj is None or check.problems:
        return Dosage(1, 1, None, None, 0, 0, 0)
    tempo = None
    hold_ms = None
    if kind is Kind.REPS:
        raw = check.obj(obj["tempo"], "dosage.tempo", ("up", "top", "down"), ()) or {}
        tempo = Tempo(
            check.seconds(raw.get("up"), "dosage.tempo.up", 0.5, 30) or 0,
            check.seconds(raw.get("top"), "dosage.tempo.top", 0, 30) or 0,
            check.seconds(raw.get("down"), "dosage.tempo.down", 0.5, 30) or 0,
        )
    else:
        hold_ms = check.seconds(obj["hold"], "dosage.hold", 1, 600)
    return Dosage(
        sets=check.integer(obj["sets"], "dosage.sets", 1, 20) or 1,
        reps=check.integer(obj.get("reps", 1), "dosage.reps", 1, 100) or 1,
        tempo=tempo,
        hold_ms=hold_ms,
        relax_ms=check.seconds(obj.get("relax", 3), "dosage.relax", 0, 60) or 0,
        rest_ms=check.seconds(obj["rest"], "dosage.rest", 0, 600) or 0,
        setup_ms=check.seconds(obj["setup"], "dosage.setup", 0, 120) or 0,
    )


def equipment_label(equipment: str) -> str:
    """The equipment id's name in the language in use ("a wall"); an unknown id as it is."""
    name = EQUIPMENT_NAMES.get(equipment)
    return translate("Equipment", name) if name is not None else equipment
