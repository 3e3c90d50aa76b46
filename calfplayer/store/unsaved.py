"""Sets the history could not take, kept in a file of JSON lines until they can be brought in.

When the app must quit while its history cannot be written (a full disk, a read-only folder, a
history it cannot use), what waits in memory goes to a file in another writable place: the state
folder, else the cache folder, else the temp folder. Its name carries a digest of the data folder,
so the next start of that data folder finds it. Bringing a file in adds each workout, set, mark and
rating that is not in the history yet, so bringing the same file twice adds nothing; the file is
removed only once everything in it is in.

Each line is one JSON object: a ``workout`` (its routine as played, start, end and rating), then
the ``set`` and ``hurt`` lines that belong to it (``workout`` gives its ``key``).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from calfplayer.domain.clock import Clock
from calfplayer.domain.record import HurtMark, SessionStatus, SetResult
from calfplayer.domain.recording import Rating
from calfplayer.i18n import translate
from calfplayer.paths import AppPaths
from calfplayer.store.files import write_atomically
from calfplayer.store.history import HistoryStore
from calfplayer.store.set_rows import SIDES

UNSAVED_FORMAT = 1


@dataclass
class UnsavedWorkout:
    """What of one workout is not in the history yet."""

    routine: dict[str, Any]  # as played (routine format v1)
    plan_total_ms: int
    started_at: datetime
    session_id: int | None  # its session row when it was written (or resumed), else None
    sets: list[SetResult] = field(default_factory=list)  # a checkpoint last, if any
    hurts: list[HurtMark] = field(default_factory=list)
    finish: tuple[SessionStatus, datetime] | None = None
    rating: Rating | None = None

    @property
    def empty(self) -> bool:
        nothing = not self.sets and not self.hurts
        return nothing and self.finish is None and self.rating is None


def unsaved_prefix(paths: AppPaths) -> str:
    digest = hashlib.sha256(str(paths.data.resolve()).encode()).hexdigest()[:12]
    return f"calfplayer-unsaved-{digest}-"


def places(paths: AppPaths) -> list[Path]:
    """Where unsaved sets may be kept, best first."""
    return [paths.state, paths.cache, Path(tempfile.gettempdir())]


def keep_unsaved(paths: AppPaths, workouts: list[UnsavedWorkout], clock: Clock) -> Path:
    """Writes the workouts to a new file in the first place that takes it; returns the file.
    Raises OSError when no place could."""
    stamp = clock.wall_now().strftime("%Y%m%d-%H%M%S")
    text = unsaved_text(workouts)
    failure: OSError | None = None
    for place in places(paths):
        target = place / f"{unsaved_prefix(paths)}{stamp}-{os.getpid()}.jsonl"
        try:
            write_atomically(target, text)
        except OSError as error:
            failure = error
            continue
        return target
    assert failure is not None
    raise failure


def unsaved_files(paths: AppPaths) -> list[Path]:
    """Files of unsaved sets this data folder left behind, oldest first."""
    found: list[Path] = []
    prefix = unsaved_prefix(paths)
    for place in dict.fromkeys(places(paths)):
        try:
            found += [
                p
                for p in place.iterdir()
                if p.name.startswith(prefix) and p.suffix == ".jsonl" and p.is_file()
            ]
        except OSError:
            continue
    return sorted(found, key=lambda p: p.name)


def bring_in(store: HistoryStore, path: Path) -> int:
    """Adds what the file holds and is not in the history yet; returns how many sets were
    added. The file is removed once everything in it is in (and kept if anything fails)."""
    added = 0
    for workout in read_unsaved(path):
        session_id = _session_for(store, workout)
        for done in workout.sets:
            found = store.find_set(session_id, done)
            if done.checkpoint:
                if found is None or found[1]:
                    store.save_checkpoint(session_id, done, None if found is None else found[0])
                    added += found is None
            elif found is None:
                store.add_set(session_id, done)
                added += 1
            elif found[1]:
                store.add_set(session_id, done, replacing=found[0])  # the set ended after all
        for mark in workout.hurts:
            if not store.has_hurt_mark(session_id, mark):
                store.add_hurt_mark(session_id, mark)
        record = store.session(session_id)
        if workout.finish is not None and record is not None and not record.status.finished:
            store.finish_session(session_id, *workout.finish)
        rating = workout.rating
        if rating is not None and record is not None and record.effort is None:
            store.rate_session(session_id, rating.effort, rating.pain, rating.note)
    path.unlink(missing_ok=True)
    return added


def _session_for(store: HistoryStore, workout: UnsavedWorkout) -> int:
    routine_id = str(workout.routine.get("id", ""))
    if workout.session_id is not None:
        record = store.session(workout.session_id)
        if record is not None and record.routine_id == routine_id:
            return workout.session_id
    found = store.find_session(routine_id, workout.started_at)
    if found is not None:
        return found
    return store.add_session(workout.routine, workout.plan_total_ms, workout.started_at)


def put_aside(path: Path) -> Path:
    """Keeps the file but no longer offers it (the person said "Not now")."""
    aside = path.with_name(f"{path.name}.not-now")
    with contextlib.suppress(OSError):
        os.replace(path, aside)
    return aside


def unsaved_text(workouts: list[UnsavedWorkout]) -> str:
    lines = []
    for key, workout in enumerate(w for w in workouts if not w.empty):
        status, ended = workout.finish if workout.finish is not None else (None, None)
        rating = workout.rating
        lines.append(
            {
                "format": UNSAVED_FORMAT,
                "kind": "workout",
                "key": key,
                "session_id": workout.session_id,
                "routine": workout.routine,
                "plan_total_ms": workout.plan_total_ms,
                "started_at": workout.started_at.isoformat(),
                "status": None if status is None else status.value,
                "ended_at": None if ended is None else ended.isoformat(),
                "rating": None
                if rating is None
                else {"effort": rating.effort, "pain": rating.pain, "note": rating.note},
            }
        )
        lines += [{"kind": "set", "workout": key, **_set_fields(done)} for done in workout.sets]
        lines += [{"kind": "hurt", "workout": key, **_hurt_fields(mark)} for mark in workout.hurts]
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)


def read_unsaved(path: Path) -> list[UnsavedWorkout]:
    """Raises ValueError (with a sentence) when the file is not one of these."""
    workouts: dict[int, UnsavedWorkout] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            kind = item["kind"]
            if kind == "workout":
                if item.get("format") != UNSAVED_FORMAT:
                    raise ValueError(
                        translate("StoreUnsaved", "a format this calfplayer does not know")
                    )
                workouts[item["key"]] = _workout(item)
            elif kind == "set":
                workouts[item["workout"]].sets.append(_set(item))
            elif kind == "hurt":
                workouts[item["workout"]].hurts.append(_hurt(item))
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError(
                translate(
                    "StoreUnsaved", "{path}, line {number}, cannot be read ({reason})."
                ).format(path=path, number=number, reason=error)
            ) from None
    return list(workouts.values())


def _workout(item: dict[str, Any]) -> UnsavedWorkout:
    rating = item.get("rating")
    status = item.get("status")
    return UnsavedWorkout(
        routine=dict(item["routine"]),
        plan_total_ms=int(item["plan_total_ms"]),
        started_at=datetime.fromisoformat(item["started_at"]),
        session_id=item.get("session_id"),
        finish=None
        if status is None
        else (SessionStatus(status), datetime.fromisoformat(item["ended_at"])),
        rating=None
        if rating is None
        else Rating(rating.get("effort"), rating.get("pain"), rating.get("note", "")),
    )


def _set_fields(done: SetResult) -> dict[str, Any]:
    fields = done._asdict()
    fields["side"] = None if done.side is None else done.side.value
    fields["started_at"] = done.started_at.isoformat()
    fields["ended_at"] = done.ended_at.isoformat()
    return fields


def _set(item: dict[str, Any]) -> SetResult:
    values = {name: item[name] for name in SetResult._fields if name in item}
    values["side"] = SIDES[item["side"]]
    values["started_at"] = datetime.fromisoformat(item["started_at"])
    values["ended_at"] = datetime.fromisoformat(item["ended_at"])
    return SetResult(**values)


def _hurt_fields(mark: HurtMark) -> dict[str, Any]:
    return {
        "item_index": mark.item_index,
        "exercise_id": mark.exercise_id,
        "set_number": mark.set_number,
        "side": None if mark.side is None else mark.side.value,
        "at": mark.at.isoformat(),
        "workout_ms": mark.workout_ms,
    }


def _hurt(item: dict[str, Any]) -> HurtMark:
    return HurtMark(
        item["item_index"],
        item["exercise_id"],
        item["set_number"],
        SIDES[item["side"]],
        datetime.fromisoformat(item["at"]),
        item["workout_ms"],
    )
