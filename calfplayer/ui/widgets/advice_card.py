"""The progression advice after a completed workout, as a card on the summary page.

The rules are calfplayer/domain/progression.py. A step up is applied only when the person clicks
it, and then to their own copy: a built-in routine is saved as a new routine of theirs, "(mine)",
once; after that the card opens that copy instead.
Easing back is only ever a message.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout

from calfplayer.domain.clock import Clock
from calfplayer.domain.progression import Advice, AdviceKind, RecentSession, advise, apply_step
from calfplayer.domain.routines import Routine, Source
from calfplayer.paths import AppPaths
from calfplayer.store.db import StoreError
from calfplayer.store.history import HistoryStore
from calfplayer.store.routines import OnClash, RoutineStore
from calfplayer.store.summaries import recent_sessions
from calfplayer.ui.context import AppContext
from calfplayer.ui.editor_form import new_id
from calfplayer.ui.widgets.common import button, label


def recent_history(paths: AppPaths, routine_id: str, clock: Clock) -> list[RecentSession]:
    """The routine's recent sessions, oldest first; none when there is no readable history."""
    if not paths.history_db.is_file():
        return []
    try:
        store = HistoryStore.open_for_reading(paths.history_db, clock)
    except (StoreError, sqlite3.Error, OSError):
        return []
    try:
        return recent_sessions(store, routine_id)
    except sqlite3.Error:
        return []
    finally:
        store.close()


class AdviceCard(QFrame):
    """Empty and hidden when there is nothing to advise; call ``refresh`` after a rating."""

    applied = Signal(object)  # the Routine saved with the step
    open_requested = Signal(object)  # the person's copy (Routine), already stepped up once

    def __init__(self, context: AppContext, routine: Routine) -> None:
        super().__init__()
        self.context = context
        self.routine = routine
        self.advice: Advice | None = None
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(8)
        self.heading = label("", "subheading")
        self.message = label("", "body")
        self.apply_button = button("Apply the step", "", "Apply the step up")
        self.apply_button.clicked.connect(self._pressed)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.refresh()

    def refresh(self) -> None:
        self.advice = advise(
            self.routine, recent_history(self.context.paths, self.routine.id, self.context.clock)
        )
        advice = self.advice
        self.setVisible(advice is not None)
        if advice is None:
            return
        stepping = advice.kind is AdviceKind.STEP_UP
        self.setObjectName("card" if stepping else "safety")
        self.style().unpolish(self)
        self.style().polish(self)
        self.heading.setText("Ready for more?" if stepping else "Time to ease back")
        self.message.setText(advice.message)
        self.apply_button.setVisible(stepping and advice.step is not None)
        self.apply_button.setEnabled(True)
        copy = self.my_copy()
        if copy is not None and stepping:
            # Stepping the built-in again would make a second copy of the same name; the
            # person does their copy next, and it gets its own advice.
            self.message.setText(
                f'{advice.message} You already have your own copy, "{copy.name}": do that one'
                " next time."
            )
            self.apply_button.setText("Open my copy")
            self.apply_button.setAccessibleName("Open my copy")
        elif self.routine.source is not Source.USER:
            self.apply_button.setText("Apply to my copy")
        else:
            self.apply_button.setText("Apply the step")

    def my_copy(self) -> Routine | None:
        """The person's own copy of this built-in routine, made by an earlier step up."""
        if self.routine.source is Source.USER:
            return None
        name = _copy_name(self.routine)
        mine = [r for r in self.context.library.routines if r.source is Source.USER]
        return next((routine for routine in mine if routine.name == name), None)

    def _pressed(self) -> None:
        copy = self.my_copy()
        if copy is not None:
            self.open_requested.emit(copy)
        else:
            self.apply()

    def apply(self) -> Routine | None:
        advice = self.advice
        if advice is None or advice.step is None:
            return None
        store = RoutineStore(self.context.paths.routines)
        library = self.context.library
        stepped = apply_step(self.routine, advice.step)
        try:
            if self.routine.source is Source.USER:
                saved = store.save(stepped)
            else:
                name = _copy_name(self.routine)
                taken = set(library.ids())
                copy = replace(stepped, id=new_id(name, taken), name=name)
                saved = store.add(copy, library, OnClash.KEEP_BOTH)
        except OSError as error:
            self.message.setText(f"The step could not be saved ({error.strerror or error}).")
            return None
        self.context.reload_library()
        self.apply_button.setEnabled(False)
        self.heading.setText("Step applied")
        self.message.setText(f'Saved to "{saved.name}". It is ready for your next workout.')
        self.applied.emit(saved)
        return saved


def _copy_name(routine: Routine) -> str:
    return f"{routine.name} (mine)"[:80]
