"""A workout: resuming one that was cut off, and rating one that ended.

The workout itself runs in the player (its timer is the window's), recording each set through
``History.recorder``; what comes before and after it is here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from calfplayer.app.changes import Change, ChangeBus
from calfplayer.app.errors import AppError
from calfplayer.app.history import History
from calfplayer.domain.exercises import Catalogue
from calfplayer.domain.jsonfile import FileProblems
from calfplayer.domain.plan import Plan, build_plan
from calfplayer.domain.recording import Rating
from calfplayer.domain.routines import Routine, parse_routine
from calfplayer.i18n import translate

if TYPE_CHECKING:
    from calfplayer.domain.record import ResumeOffer, Resumption


@dataclass(frozen=True)
class ResumedWorkout:
    """A cut-off workout made ready to go on, into the same session."""

    routine: Routine  # as it was played then (its snapshot), not as its file is today
    plan: Plan
    resumption: Resumption  # where it goes on, and what was done before


class Workouts:
    def __init__(self, history: History, catalogue: Catalogue, changes: ChangeBus) -> None:
        self.history = history
        self.catalogue = catalogue
        self.changes = changes

    def resume(self, offer: ResumeOffer) -> ResumedWorkout:
        """The rest of a cut-off session, planned from the routine as it was then (its
        snapshot), not as its file is today. Raises AppError when that snapshot is unusable."""
        try:
            # A snapshot in the history is read whatever its planned time.
            routine = parse_routine(
                offer.routine, f"session {offer.session_id}", self.catalogue, limit_time=False
            )
        except FileProblems as problems:
            raise AppError(
                translate("AppWorkouts", "That workout cannot be resumed: {problems}").format(
                    problems=problems.describe()
                )
            ) from None
        self.history.resume_offer = None
        return ResumedWorkout(routine, build_plan(routine), offer.resumption)

    def rate(self, rating: Rating) -> str | None:
        """Keeps the rating of the workout just ended; returns a sentence when the history
        could not take it yet (it is kept and written as soon as it can be)."""
        recorder = self.history.recorder
        recorder.rate(rating)
        self.changes.emit(Change.HISTORY)
        return recorder.problem()
