"""The "Resume where you left off" card on the Workouts page, and what its two buttons do."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from calfplayer.app.errors import AppError
from calfplayer.app.workouts import ResumedWorkout
from calfplayer.domain.record import ResumeOffer
from calfplayer.ui.context import AppContext
from calfplayer.ui.navigation import Navigator
from calfplayer.ui.pages.workouts import WorkoutsPage
from calfplayer.ui.widgets.resume_card import ResumeCard


class ResumeFlow(QObject):
    def __init__(
        self,
        context: AppContext,
        navigator: Navigator,
        workouts: WorkoutsPage,
        play: Callable[[ResumedWorkout], None],
        workout_running: Callable[[], bool],
    ) -> None:
        super().__init__(workouts)
        self.app = context.app
        self.navigator = navigator
        self.workouts = workouts
        self.play = play
        self.workout_running = workout_running
        self.card: ResumeCard | None = None

    def offer(self, offer: ResumeOffer) -> None:
        self.drop()
        card = self.card = ResumeCard(offer)
        card.resume.connect(self.resume)
        card.discard.connect(self.discard)
        self.workouts.add_top_card(card)

    def drop(self) -> None:
        if self.card is not None:
            self.card.hide()
            self.card.deleteLater()
            self.card = None
        self.app.history.resume_offer = None

    def resume(self, offer: ResumeOffer) -> None:
        """Plays the rest of the cut-off session, into the same session, from its snapshot."""
        if self.workout_running():
            return
        try:
            workout = self.app.workouts.resume(offer)
        except AppError as error:
            self.navigator.add_notice(str(error))
            return
        self.drop()
        self.play(workout)

    def discard(self, offer: ResumeOffer) -> None:
        """The sets done stay in the history; only the offer goes."""
        try:
            self.app.history.dismiss_resume(offer)
        except AppError as error:
            self.navigator.add_notice(str(error))
        self.drop()
