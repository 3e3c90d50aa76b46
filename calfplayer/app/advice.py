"""The progression advice after a completed workout, and applying its step.

The rules are domain/progression.py. A step is applied only when the person asks, and then to
their own copy: a built-in routine is saved as a new routine of theirs, "(mine)", once; after that
the advice points to that copy instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from calfplayer.app.errors import AppError, file_faults
from calfplayer.app.history import History
from calfplayer.app.routines import Routines
from calfplayer.domain.routines import Routine, Source
from calfplayer.i18n import translate

if TYPE_CHECKING:  # the rules are read after a workout, never before the window's first paint
    from calfplayer.domain.progression import Advice


@dataclass(frozen=True)
class StepApplied:
    routine: Routine  # as saved
    unlogged: str | None = None  # a sentence when the step could not be added to the log


def copy_name(routine: Routine) -> str:
    return f"{routine.name} (mine)"[:80]


class Advisor:
    def __init__(self, history: History, routines: Routines) -> None:
        self.history = history
        self.routines = routines

    def advice_for(self, routine: Routine) -> Advice | None:
        """What the history (every rating written so far included) says about the routine."""
        from calfplayer.domain.progression import advise

        return advise(routine, self.history.recent_sessions(routine.id))

    def my_copy(self, routine: Routine) -> Routine | None:
        """The person's own copy of this built-in routine, made by an earlier step up."""
        if routine.source is Source.USER:
            return None
        name = copy_name(routine)
        mine = (r for r in self.routines.library.routines if r.source is Source.USER)
        return next((r for r in mine if r.name == name), None)

    def apply(self, routine: Routine, advice: Advice) -> StepApplied:
        """Saves the stepped routine (the person's own, or a new copy of a built-in one) and adds
        the step to the log the progress report shows; raises AppError when it cannot be saved.
        A log that cannot be written does not undo the step: the result says so instead."""
        from calfplayer.domain.progression import AppliedStep, apply_step, describe_change
        from calfplayer.store.step_log import append_step

        if advice.step is None:
            raise ValueError("this advice has no step to apply")
        stepped = apply_step(routine, advice.step)
        if routine.source is Source.USER:
            saved = self.routines.save(stepped)
        else:
            saved = self.routines.save_copy(stepped, copy_name(routine))
        step = AppliedStep(
            at=self.history.clock.wall_now().astimezone(),
            kind=advice.kind,
            routine_id=saved.id,
            routine_name=saved.name,
            change=describe_change(routine, advice.step),
        )
        try:
            with file_faults(
                translate("AppAdvice", "The step could not be added to your log of changes")
            ):
                append_step(self.history.paths.step_log, step)
        except AppError as error:
            return StepApplied(saved, str(error))
        return StepApplied(saved)
