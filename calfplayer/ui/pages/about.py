"""About: what the programme is and is not, what it rests on, the version and the licences."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from calfplayer import __version__
from calfplayer.domain.exercises import Exercise
from calfplayer.i18n import translatable
from calfplayer.resources import asset
from calfplayer.ui.widgets.common import MARGIN, button, card, label, page_layout, scrolling_column
from calfplayer.ui.widgets.illustration import ExerciseIllustration

ABOUT_FIGURE = "calf-raise"  # the exercise About shows: the one the programme is built around
FIGURE_SIDE = 180

translate = QCoreApplication.translate
WHAT_IT_IS = translatable(
    "AboutPage",
    "calfplayer takes you through calf and ankle exercises at home: it shows each movement, "
    "counts the repetitions and times the holds and rests, out loud if you like. The exercises "
    "are ones physiotherapists commonly suggest for stronger calves, steadier ankles and easier "
    "walking.",
)
WHAT_IT_IS_NOT = translatable(
    "AboutPage",
    "It is for education and general fitness. It is not medical advice, a diagnosis or a "
    "treatment, and it does not know your body. Stop an exercise straight away if it causes a "
    "sharp pain, dizziness or swelling. If you have an injury, a health condition or pain that "
    "does not settle, ask your own doctor or physiotherapist before you start.",
)
REFERENCES = (
    "Ercan S. et al. (2017). Effects of isokinetic calf muscle exercise program on muscle "
    "strength and venous function in patients with chronic venous insufficiency. Phlebology "
    "33(4):261–266. doi:10.1177/0268355517695401",
    "Maritz C. A., Silbernagel K. G. (2016). A prospective cohort study on the effect of a "
    "balance training program, including calf muscle strengthening, in community-dwelling older "
    "adults. Journal of Geriatric Physical Therapy 39(3):125–131. doi:10.1519/jpt.0000000000000059",
    "Van Schaardenburgh M. et al. (2017). Calf raise exercise increases walking performance in "
    "patients with intermittent claudication. Journal of Vascular Surgery 65(5):1473–1482. "
    "doi:10.1016/j.jvs.2016.12.106",
)
# (part, licence, what it does here) for the parts the app is shipped with.
LICENCES = (
    (
        "calfplayer",
        "GPL-3.0-or-later",
        translatable("AboutPage", "this app: you may share and change it under the same terms"),
    ),
    (
        translatable("AboutPage", "Qt 6 and PySide6"),
        "LGPL-3.0",
        translatable("AboutPage", "the window, drawing and sound"),
    ),
    ("shiboken6", "LGPL-3.0", translatable("AboutPage", "the bridge between Python and Qt")),
    (
        "pyttsx3",
        "MPL-2.0",
        translatable("AboutPage", "asks the system's speech engine to speak the counts"),
    ),
    (
        "platformdirs",
        "MIT",
        translatable("AboutPage", "finds the right folders for your data and settings"),
    ),
    (
        "espeak-ng",
        "GPL-3.0-or-later",
        translatable("AboutPage", "the voice on Linux, where the app comes with it"),
    ),
)
LICENCE_NOTE = translatable(
    "AboutPage",
    "Qt, PySide6 and shiboken6 are used as separate libraries, so you may replace them with your "
    "own build. Each licence's full text comes with its part, and the source of every part is "
    "published by its authors.",
)


def licence_line(part: str, licence: str, role: str) -> str:
    """One part and its licence, in the language in use (the licence's name stays as it is)."""
    return translate("AboutPage", "•  {part} — {licence}: {role}").format(
        part=translate("AboutPage", part),
        licence=licence,
        role=translate("AboutPage", role),
    )


class AboutPage(QWidget):
    back_requested = Signal()

    def __init__(self, figure: Exercise | None = None) -> None:
        super().__init__()
        outer = page_layout(self)
        top = QHBoxLayout()
        top.setContentsMargins(8, 8, MARGIN, 0)
        self.back_button = button(
            translate("AboutPage", "‹  Settings"),
            "flat",
            translate("AboutPage", "Back to settings"),
        )
        self.back_button.clicked.connect(self.back_requested.emit)
        top.addWidget(self.back_button)
        top.addStretch(1)
        outer.addLayout(top)
        area, column = scrolling_column()
        column.setContentsMargins(MARGIN, 4, MARGIN, MARGIN)
        outer.addWidget(area, 1)
        self.scroll_area = area

        heading = QHBoxLayout()
        heading.setSpacing(14)
        logo = QLabel()
        logo.setPixmap(QIcon(str(asset("icons", "calfplayer.svg"))).pixmap(QSize(64, 64)))
        logo.setAccessibleName(translate("AboutPage", "calfplayer icon"))
        heading.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(label("calfplayer", "title"))
        self.version = label(
            translate("AboutPage", "Version {version}").format(version=__version__), "muted"
        )
        names.addWidget(self.version)
        heading.addLayout(names, 1)
        column.addLayout(heading)

        self.what_it_is = self._section(
            column, translate("AboutPage", "What it is"), translate("AboutPage", WHAT_IT_IS)
        )
        self.figure = ExerciseIllustration()
        self.figure.setFixedHeight(FIGURE_SIDE)
        self.figure.set_exercise(figure)
        self.figure.set_pose(1.0)
        self.figure.setVisible(figure is not None)
        column.addWidget(self.figure)
        self.what_it_is_not = self._section(
            column,
            translate("AboutPage", "What it is not"),
            translate("AboutPage", WHAT_IT_IS_NOT),
            "safety",
        )
        # The studies are cited as published, in English.
        self.references = self._section(
            column,
            translate("AboutPage", "What it rests on"),
            translate("AboutPage", "Studies of calf exercise that the programme's advice draws on:")
            + "\n\n"
            + "\n\n".join(f"{n}. {ref}" for n, ref in enumerate(REFERENCES, 1)),
        )
        self.licences = self._section(
            column,
            translate("AboutPage", "Licences"),
            "\n\n".join(licence_line(*entry) for entry in LICENCES)
            + "\n\n"
            + translate("AboutPage", LICENCE_NOTE),
        )
        column.addStretch(1)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # The text takes the keys (arrows, Page Down scroll it), not the first button on the page.
        self.scroll_area.setFocus()

    def _section(self, column: QVBoxLayout, title: str, text: str, role: str = "card") -> QLabel:
        frame, layout = card(role)
        frame.setAccessibleName(title)
        layout.addWidget(label(title.upper(), "section"))
        body = label(text, "body")
        # A reference's long DOI wraps within the line rather than widen the page past a narrow
        # window: the label's own guess at its least width would keep it whole.
        body.setMinimumWidth(1)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(body)
        column.addWidget(frame)
        return body
