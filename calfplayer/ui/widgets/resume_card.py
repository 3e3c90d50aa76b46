"""The Workouts page's "Resume where you left off" card: never a dialog, so nothing waits on it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout

from calfplayer.domain.library import shown_routine_name
from calfplayer.domain.record import ResumeOffer
from calfplayer.i18n.formats import short_date, time_of_day
from calfplayer.ui.widgets.common import button, label

translate = QCoreApplication.translate


def resume_text(offer: ResumeOffer) -> str:
    started = offer.started_at
    done = offer.sets_done  # a plain name: pyside6-lupdate skips a call whose count is dotted
    if done == 1:
        text = translate(
            "ResumeCard", "{routine} was cut off ({date}, {time}, %n set done).", None, 1
        )
    else:
        text = translate(
            "ResumeCard",
            "{routine} was cut off ({date}, {time}, %n sets done).",
            None,
            done,
        )
    return text.format(
        routine=shown_routine_name(offer.routine_id, offer.routine_name),
        date=short_date(started.date()),
        time=time_of_day(started),
    )


class ResumeCard(QFrame):
    resume = Signal(object)  # ResumeOffer
    discard = Signal(object)  # ResumeOffer

    def __init__(self, offer: ResumeOffer) -> None:
        super().__init__()
        self.offer = offer
        self.setObjectName("card")
        title = translate("ResumeCard", "Resume where you left off")
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(8)
        layout.addWidget(label(title, "subheading"))
        self.text = label(resume_text(offer), "muted")
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.discard_button = button(
            translate("ResumeCard", "Discard"),
            "",
            translate("ResumeCard", "Discard the unfinished workout"),
        )
        self.resume_button = button(translate("ResumeCard", "Resume"), "primary", title)
        self.discard_button.clicked.connect(lambda: self.discard.emit(self.offer))
        self.resume_button.clicked.connect(lambda: self.resume.emit(self.offer))
        row.addWidget(self.discard_button, 1)
        row.addWidget(self.resume_button, 2)
        layout.addLayout(row)
