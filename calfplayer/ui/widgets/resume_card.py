"""The Workouts page's "Resume where you left off" card: never a dialog, so nothing waits on it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout

from calfplayer.domain.record import ResumeOffer
from calfplayer.ui.widgets.common import button, label


def resume_text(offer: ResumeOffer) -> str:
    when = offer.started_at.strftime("%a %d %b, %H:%M")
    sets = f"{offer.sets_done} set{'' if offer.sets_done == 1 else 's'} done"
    return f"{offer.routine_name} was cut off ({when}, {sets})."


class ResumeCard(QFrame):
    resume = Signal(object)  # ResumeOffer
    discard = Signal(object)  # ResumeOffer

    def __init__(self, offer: ResumeOffer) -> None:
        super().__init__()
        self.offer = offer
        self.setObjectName("card")
        self.setAccessibleName("Resume where you left off")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(8)
        layout.addWidget(label("Resume where you left off", "subheading"))
        self.text = label(resume_text(offer), "muted")
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.discard_button = button("Discard", "", "Discard the unfinished workout")
        self.resume_button = button("Resume", "primary", "Resume where you left off")
        self.discard_button.clicked.connect(lambda: self.discard.emit(self.offer))
        self.resume_button.clicked.connect(lambda: self.resume.emit(self.offer))
        row.addWidget(self.discard_button, 1)
        row.addWidget(self.resume_button, 2)
        layout.addLayout(row)
