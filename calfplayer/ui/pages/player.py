"""The player: the exercise, its picture and steps, the big counter in its ring, and the controls.

The page only renders ``player_view`` and forwards presses to the controller; keyboard shortcuts
live on the main window so they work wherever the focus is.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from calfplayer.domain.exercises import Exercise
from calfplayer.domain.plan import Plan
from calfplayer.ui.player_controller import EXTRA_REST_S, PlayerController
from calfplayer.ui.player_view import PlayerView, Stage, player_view
from calfplayer.ui.theme import current_palette
from calfplayer.ui.widgets.common import MARGIN, button, label, page_layout
from calfplayer.ui.widgets.icons import icon
from calfplayer.ui.widgets.illustration import ExerciseIllustration
from calfplayer.ui.widgets.ring import ProgressRing
from calfplayer.ui.widgets.steps import StepList

# The next exercise's figure is prepared this long after the switch to an exercise, in a turn of
# the event loop of its own, rather than in the frame that switches to it.
PREPARE_AFTER_MS = 1000


def _control(name: str, text: str, accessible: str, shortcut_hint: str) -> QToolButton:
    control = QToolButton()
    control.setObjectName("control")
    control.setText(text)
    control.setAccessibleName(accessible)
    control.setToolTip(f"{accessible} ({shortcut_hint})")
    control.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
    control.setIconSize(QSize(28, 28))
    control.setCursor(Qt.CursorShape.PointingHandCursor)
    control.setProperty("iconName", name)
    control.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a tap leaves no focus mark behind
    return control


class PlayerPage(QWidget):
    stop_requested = Signal()

    def __init__(self, controller: PlayerController) -> None:
        super().__init__()
        self.controller = controller
        self._exercise: Exercise | None = None
        self._shown_reasons: set[str] = set()
        self.view: PlayerView | None = None
        outer = page_layout(self)
        body = QVBoxLayout()
        body.setContentsMargins(MARGIN, 12, MARGIN, 4)
        body.setSpacing(6)
        outer.addLayout(body, 1)

        self._build_header(body)
        self.illustration = ExerciseIllustration()
        body.addWidget(self.illustration, 3)
        self.ring = ProgressRing()
        body.addWidget(self.ring, 5)
        self._build_steps_and_actions(body)
        outer.addLayout(self._build_controls())

        controller.changed.connect(self.refresh)
        controller.frame.connect(self.refresh_time)
        self.retheme()

    def _build_header(self, body: QVBoxLayout) -> None:
        self.notice = label("", "playerNotice")
        self.notice.hide()
        body.addWidget(self.notice)
        self.history_banner = label("", "notice")
        self.history_banner.setAccessibleName("History problem")
        self.history_banner.hide()
        body.addWidget(self.history_banner)
        self.position = label("", "small", wrap=False)
        where = QHBoxLayout()
        self.routine_name = label("", "small", wrap=False)
        self.routine_name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        where.addWidget(self.position)
        where.addWidget(self.routine_name, 1, Qt.AlignmentFlag.AlignRight)
        body.addLayout(where)
        self.heading = label("", "heading")
        self.heading.setAccessibleName("Exercise")
        body.addWidget(self.heading)
        self.subheading = label("", "subheading")
        body.addWidget(self.subheading)
        chips = QHBoxLayout()
        chips.setSpacing(8)
        self.set_chip = label("", "chip", wrap=False)
        self.side_chip = label("", "chip", wrap=False)
        chips.addWidget(self.set_chip)
        chips.addWidget(self.side_chip)
        chips.addStretch(1)
        self.hurt_button = button("That hurt", "hurt", "That hurt: mark this set")
        self.hurt_button.setToolTip("Mark this exercise, set and side as painful (H)")
        self.hurt_button.clicked.connect(self.mark_hurt)
        chips.addWidget(self.hurt_button)
        body.addLayout(chips)

    def _build_steps_and_actions(self, body: QVBoxLayout) -> None:
        self.steps = StepList()
        self.steps.setMinimumHeight(60)
        self.steps.setMaximumHeight(150)
        body.addWidget(self.steps, 2)

        self.next_label = label("", "muted")
        self.next_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        body.addWidget(self.next_label)

        self.action_stack = QStackedWidget()
        self.action_stack.setFixedHeight(76)
        self.action_stack.addWidget(QWidget())
        rest_row = QWidget()
        rest_layout = QHBoxLayout(rest_row)
        rest_layout.setContentsMargins(0, 4, 0, 4)
        self.more_rest = button(f"+{EXTRA_REST_S} s", "", f"Add {EXTRA_REST_S} seconds of rest")
        self.skip_rest = button("Skip rest", "primary", "Skip the rest")
        self.more_rest.clicked.connect(lambda: self.controller.extend_rest(EXTRA_REST_S))
        self.skip_rest.clicked.connect(self.controller.skip_rest)
        rest_layout.addWidget(self.more_rest, 1)
        rest_layout.addWidget(self.skip_rest, 2)
        self.action_stack.addWidget(rest_row)
        self.rep_done = button("Rep done", "huge", "Rep done")
        self.rep_done.setToolTip("Rep done (Enter)")
        self.rep_done.clicked.connect(self.controller.rep_done)
        self.action_stack.addWidget(self.rep_done)
        body.addWidget(self.action_stack)

    def _build_controls(self) -> QHBoxLayout:
        controls = QHBoxLayout()
        controls.setContentsMargins(MARGIN - 8, 0, MARGIN - 8, 14)
        controls.setSpacing(0)
        self.stop_button = _control("stop", "Stop", "Stop the workout", "Esc")
        self.back_button = _control("back", "Back", "Back", "Left arrow")
        self.pause_button = _control("pause", "", "Pause", "Space")
        self.pause_button.setObjectName("playPause")
        self.pause_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.pause_button.setIconSize(QSize(34, 34))
        self.skip_button = _control("skip", "Skip", "Skip to the next exercise", "Right arrow")
        self.mute_button = _control("sound", "Sound", "Mute", "M")
        self.mute_button.setCheckable(True)
        for control in (
            self.stop_button,
            self.back_button,
            self.pause_button,
            self.skip_button,
            self.mute_button,
        ):
            controls.addWidget(control, 1, Qt.AlignmentFlag.AlignCenter)
        self.stop_button.clicked.connect(self.stop_requested.emit)
        self.back_button.clicked.connect(self.controller.back)
        self.pause_button.clicked.connect(self.controller.toggle_pause)
        self.skip_button.clicked.connect(self.controller.skip)
        self.mute_button.clicked.connect(self.controller.toggle_mute)
        return controls

    def mark_hurt(self) -> None:
        """The button and the H key: the mark is kept and the button says so for a moment."""
        if self.controller.mark_hurt() is not None:
            self.hurt_button.setText("Noted")
            # Tied to the button, so the timer goes with it if the window closes first.
            QTimer.singleShot(2000, self.hurt_button, lambda: self.hurt_button.setText("That hurt"))

    # --- rendering ---------------------------------------------------------------------------

    def retheme(self) -> None:
        palette = current_palette()
        for control in (self.stop_button, self.back_button, self.skip_button, self.mute_button):
            control.setIcon(icon(str(control.property("iconName")), palette.text))
        self.pause_button.setIcon(
            icon(str(self.pause_button.property("iconName")), palette.on_accent)
        )

    def show_notice_once(self, reason: str | None) -> None:
        if reason and reason not in self._shown_reasons:
            self._shown_reasons.add(reason)
            self.notice.setText(reason)
            self.notice.show()
        else:
            self.notice.hide()

    def refresh_time(self) -> None:
        session = self.controller.session
        if session is None:
            return
        view = player_view(session)
        self.view = view
        self.ring.set_state(view.ring_fraction, view.big_text, self._word(view), view.paused)
        self.illustration.set_pose(view.pose)

    def refresh(self) -> None:
        session = self.controller.session
        if session is None:
            return
        view = player_view(session)
        self.view = view
        problem = self.controller.history_problem()
        self.history_banner.setText(problem or "")
        self.history_banner.setVisible(bool(problem))
        exercise = session.plan.item(session.segment.item_index).exercise
        if exercise is not self._exercise:
            self._show_exercise(exercise)
            self._prepare_next(session.plan, session.segment.item_index + 1)
        self.position.setText(view.position)
        self.routine_name.setText(session.plan.routine.name)
        self.heading.setText(view.heading)
        self.subheading.setText(view.exercise_name if view.heading != view.exercise_name else "")
        self.subheading.setVisible(view.heading != view.exercise_name)
        self.set_chip.setText(view.set_text)
        self.side_chip.setText(view.side_text)
        self.side_chip.setVisible(bool(view.side_text))
        self.next_label.setText(view.next_text)
        self.next_label.setVisible(bool(view.next_text))
        self.ring.set_state(view.ring_fraction, view.big_text, self._word(view), view.paused)
        self.illustration.reduce_motion = self.controller.context.settings.reduce_motion
        self.illustration.set_pose(view.pose)
        self.steps.set_current(view.step_index)
        self.steps.setVisible(view.stage is not Stage.REST)
        page = {Stage.REST: 1, Stage.SELF_PACED: 2}.get(view.stage, 0)
        self.action_stack.setCurrentIndex(page)
        self.action_stack.setVisible(page != 0)
        self._set_pause_look(view.paused)
        muted = self.controller.muted
        self.mute_button.setChecked(muted)
        self.mute_button.setText("Muted" if muted else "Sound")
        self.mute_button.setAccessibleName("Unmute" if muted else "Mute")
        self.mute_button.setProperty("iconName", "muted" if muted else "sound")
        self.mute_button.setIcon(icon("muted" if muted else "sound", current_palette().text))

    def _word(self, view: PlayerView) -> str:
        return "Paused" if view.paused else view.phase_word

    def _set_pause_look(self, paused: bool) -> None:
        name = "play" if paused else "pause"
        if self.pause_button.property("iconName") != name:
            self.pause_button.setProperty("iconName", name)
            self.pause_button.setIcon(icon(name, current_palette().on_accent))
        self.pause_button.setAccessibleName("Resume" if paused else "Pause")
        self.pause_button.setToolTip(("Resume" if paused else "Pause") + " (Space)")

    def prepare(self, plan: Plan) -> None:
        """Prepares the first exercise's figure while the preview is read, ahead of Start."""
        self._prepare_next(plan, 0, delay_ms=0)

    def _prepare_next(self, plan: Plan, item_index: int, delay_ms: int = PREPARE_AFTER_MS) -> None:
        if item_index >= len(plan.routine.items):
            return
        upcoming = plan.item(item_index).exercise
        QTimer.singleShot(
            delay_ms,
            self.illustration,
            lambda: self.illustration.prepare(upcoming),
        )

    def _show_exercise(self, exercise: Exercise) -> None:
        self._exercise = exercise
        self.illustration.set_exercise(exercise)
        self.steps.set_steps(exercise.steps)

    def current_step_text(self) -> str:
        return self.steps.current_text()
