"""Connects the history to the window: the resume card, ratings, "that hurt", settings, delete-all.

Kept apart from main_window.py so the window's own code stays about pages and navigation.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut

from calfplayer.domain.jsonfile import FileProblems
from calfplayer.domain.plan import build_plan
from calfplayer.domain.recording import Rating
from calfplayer.domain.routines import parse_routine
from calfplayer.store.db import StoreError
from calfplayer.store.history import ResumeOffer
from calfplayer.ui.pages.settings_history import WeeklyGoal, YourData
from calfplayer.ui.widgets.resume_card import ResumeCard

if TYPE_CHECKING:
    from calfplayer.ui.main_window import MainWindow


class HistoryWiring(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.context = window.context
        self.resume_card: ResumeCard | None = None
        self.weekly_goal = WeeklyGoal(self.context)
        self.your_data = YourData()
        window.settings.add_section("Weekly goal", self.weekly_goal)
        window.settings.add_section("Your data", self.your_data)
        self.weekly_goal.changed.connect(lambda _goal: window.history.load())
        self.weekly_goal.problem.connect(window.add_notice)
        self.your_data.delete_all.connect(self.delete_all)
        window.history.notice.connect(window.add_notice)
        window.controller.finished.connect(self._finished)
        window.controller.changed.connect(self._show_problem)
        window.pages.currentChanged.connect(self._page_changed)
        hurt = QShortcut(QKeySequence(Qt.Key.Key_H), window)
        hurt.setContext(Qt.ShortcutContext.WindowShortcut)
        hurt.activated.connect(window.player.mark_hurt)
        hurt.setEnabled(False)
        window.shortcuts["H"] = hurt
        if self.context.resume_offer is not None:
            self.offer_resume(self.context.resume_offer)

    # --- resume --------------------------------------------------------------------------------

    def offer_resume(self, offer: ResumeOffer) -> None:
        self.drop_resume_card()
        card = self.resume_card = ResumeCard(offer)
        card.resume.connect(self.resume)
        card.discard.connect(self.discard)
        self.window.workouts.add_top_card(card)

    def drop_resume_card(self) -> None:
        if self.resume_card is not None:
            self.resume_card.hide()
            self.resume_card.deleteLater()
            self.resume_card = None
        self.context.resume_offer = None

    def resume(self, offer: ResumeOffer) -> None:
        """Plays the rest of the cut-off session, into the same session, from its snapshot."""
        if self.window.controller.active:
            return
        try:
            # A snapshot in the history is read whatever its planned time.
            routine = parse_routine(
                offer.routine,
                f"session {offer.session_id}",
                self.context.catalogue,
                limit_time=False,
            )
        except FileProblems as problems:
            self.window.add_notice(f"That workout cannot be resumed: {problems.describe()}")
            return
        self.drop_resume_card()
        from calfplayer.ui.frame import Page

        plan = build_plan(routine)
        self.window.preview.show_routine(routine)
        self.window.show_page(Page.PLAYER)
        self.window.controller.start(
            plan, resume=(offer.session_id, offer.item_index, offer.set_number)
        )

    def discard(self, offer: ResumeOffer) -> None:
        """The sets done stay in the history; only the offer goes."""
        try:
            self.context.history_store().dismiss_resume(offer.session_id)
        except (StoreError, sqlite3.Error) as error:
            self.window.add_notice(f"The unfinished workout could not be put away: {error}")
        self.drop_resume_card()

    # --- after a workout -------------------------------------------------------------------------

    def _finished(self, _status: str) -> None:
        if self.window.controller.session is None:
            return
        names = {exercise.id: exercise.name for exercise in self.context.catalogue.values()}
        rating = self.window.summary.show_rating(self.window.controller.hurts, names)
        rating.saved.connect(self.rate)

    def rate(self, rating: Rating) -> None:
        self.context.recorder.rate(rating)
        self.window.summary.show_problem(self.context.recorder.problem())

    def _show_problem(self) -> None:
        self.window.summary.show_problem(self.window.controller.history_problem())

    def _page_changed(self, index: int) -> None:
        if self.window.pages.widget(index) is self.window.history:
            self.window.history.show_list()
            self.window.history.load()

    # --- settings --------------------------------------------------------------------------------

    def delete_all(self) -> None:
        if self.window.controller.active:
            self.window.add_notice("Stop the workout before deleting your data.")
            return
        self.drop_resume_card()
        try:
            self.context.delete_all_data()
        except StoreError as error:
            self.window.add_notice(str(error))
        else:
            self.window.add_notice("All your data was deleted. calfplayer starts afresh.")
        for name, radio in self.window.settings.theme_buttons.items():
            radio.setChecked(name == self.context.settings.theme)
        self.weekly_goal.show_current()
        self.window.workouts.show_routines(self.context.library.routines)
        self.window.apply_theme()
        self.window.history.load()
