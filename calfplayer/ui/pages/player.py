"""The player: the exercise, its picture and steps, the big counter in its ring, and the controls.

The page only renders ``player_view`` and forwards presses to the controller; keyboard shortcuts
live on the main window so they work wherever the focus is.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from calfplayer.domain.exercises import Exercise
from calfplayer.domain.plan import Plan
from calfplayer.ui.frame import DEFAULT_SIZE
from calfplayer.ui.player_controller import EXTRA_REST_S, PlayerController
from calfplayer.ui.player_view import (
    PlayerView,
    Stage,
    moving_view,
    next_exercise_text,
    player_view,
)
from calfplayer.ui.theme import current_palette
from calfplayer.ui.widgets.common import MARGIN, button, label, page_layout
from calfplayer.ui.widgets.icons import icon
from calfplayer.ui.widgets.illustration import ExerciseIllustration
from calfplayer.ui.widgets.ring import ProgressRing
from calfplayer.ui.widgets.steady_label import SteadyLabel, TickingLabel
from calfplayer.ui.widgets.steps import StepList
from calfplayer.ui.widgets.workout_progress import WorkoutProgress

translate = QCoreApplication.translate

# The next exercise's figure is prepared this long after the switch to an exercise, in a turn of
# the event loop of its own, rather than in the frame that switches to it.
PREPARE_AFTER_MS = 1000


def _control(name: str, text: str, accessible: str, shortcut_hint: str) -> QToolButton:
    control = QToolButton()
    control.setObjectName("control")
    control.setText(text)
    control.setAccessibleName(accessible)
    control.setToolTip(
        translate("PlayerPage", "{action} ({key})").format(action=accessible, key=shortcut_hint)
    )
    control.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
    control.setIconSize(QSize(28, 28))
    control.setCursor(Qt.CursorShape.PointingHandCursor)
    control.setProperty("iconName", name)
    control.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a tap leaves no focus mark behind
    return control


# A window this much wider than tall turns the player to its landscape layout; it turns back
# only under the lower figure, so a window near the threshold does not flip back and forth.
LANDSCAPE_AT = 1.25
PORTRAIT_UNDER = 1.1
# In landscape the drawing's column takes this share of the width.
DRAWING_SHARE = 0.45
UNLIMITED = 16_777_215  # Qt's largest widget size (QWIDGETSIZE_MAX)
REP_DONE_HEIGHT = 76
REST_ROW_HEIGHT = 60  # the touch-sized buttons' 48 px and the row's margins
LANDSCAPE_POSE_STEPS = 24  # blends of the start and end pose drawn in a movement, in landscape


def is_landscape(width: int, height: int, was_landscape: bool) -> bool:
    ratio = width / max(1, height)
    return ratio >= PORTRAIT_UNDER if was_landscape else ratio >= LANDSCAPE_AT


def type_sizes(width: int, height: int, landscape: bool) -> dict[str, int]:
    """Pixel sizes of the player's text, by label role, growing with the window's shorter side:
    in landscape from the default size up to a 1366×768 full screen and beyond; in portrait
    from the minimum width up."""
    short = min(width, height)
    if landscape:
        unit = max(0.6, short / 768)
        sizes = {"heading": 40, "subheading": 30, "chip": 46, "nextUp": 46, "step": 26}
        sizes |= {"stepCurrent": 32, "small": 20, "muted": 46, "control": 16, "hurt": 18}
    else:
        unit = min(1.6, max(0.85, short / 420))
        sizes = {"heading": 26, "subheading": 20, "chip": 25, "nextUp": 23, "step": 16}
        sizes |= {"stepCurrent": 19, "small": 14, "muted": 20, "control": 12, "hurt": 13}
    return {role: round(size * unit) for role, size in sizes.items()}


def _line_height(line: QLabel, width: int) -> int:
    """A label's height at this width: when it is empty, a line of its font and the pixel its
    layout may round up to."""
    metrics = line.fontMetrics()
    return max(metrics.height() + 1, metrics.lineSpacing(), line.heightForWidth(width))


def _type_sheet(sizes: dict[str, int]) -> str:
    kinds = {"control": "QToolButton", "hurt": "QPushButton"}
    return "\n".join(
        f"{kinds.get(role, 'QLabel')}#{role} {{ font-size: {px}px; }}" for role, px in sizes.items()
    )


class _WrappedLine(QLabel):
    """A wrapping line that keeps the height its lines need at its width: a long name of what
    comes next takes two lines instead of losing its second one to the drawing above it. The
    height is a set minimum, which every layout keeps (a wrapping label's own hint is for one
    line)."""

    def __init__(self, role: str) -> None:
        super().__init__()
        self.setObjectName(role)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def show_text(self, text: str) -> None:
        self.setText(text)
        self._keep_lines()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._keep_lines()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._keep_lines()

    def _keep_lines(self) -> None:
        # A hidden line has not been laid out: its width is not the one it will have.
        if self.width() > 0 and self.isVisible():
            self.setMinimumHeight(max(0, self.heightForWidth(self.width())))


class PlayerPage(QWidget):
    stop_requested = Signal()

    def __init__(self, controller: PlayerController) -> None:
        super().__init__()
        self.controller = controller
        self._exercise: Exercise | None = None
        self._shown_reasons: set[str] = set()
        self._landscape = False
        self._type: dict[str, int] = {}
        self._plan: Plan | None = None
        self._next_names: tuple[str, ...] = ()  # what a rest may show coming next, in landscape
        self._chips_stacked = False  # in landscape, once stacked at this size they stay so
        self.view: PlayerView | None = None
        outer = page_layout(self)
        body = QVBoxLayout()
        body.setContentsMargins(MARGIN, 10, MARGIN, 4)
        body.setSpacing(6)
        outer.addLayout(body, 1)

        self._build_header(body)
        # The exercise's column (its name, set, side and drawing) and the count's column (the
        # ring, the steps, what comes next): one above the other in portrait, side by side in
        # landscape.
        self.split = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.split.setSpacing(6)
        body.addLayout(self.split, 1)
        self.exercise_column = QVBoxLayout()
        self.exercise_column.setSpacing(6)
        self._build_exercise(self.exercise_column)
        self.illustration = ExerciseIllustration()
        self.exercise_column.addWidget(self.illustration, 1)
        self.count_column = QVBoxLayout()
        self.count_column.setSpacing(6)
        self.ring = ProgressRing()
        self.count_column.addWidget(self.ring, 5)
        self._build_steps_and_actions(self.count_column)
        self.split.addLayout(self.exercise_column, 3)
        self.split.addLayout(self.count_column, 5)
        outer.addLayout(self._build_controls())

        controller.changed.connect(self.refresh)
        controller.frame.connect(self.refresh_time)
        controller.voice_lost.connect(self._voice_lost)
        self.retheme()
        self._arrange(DEFAULT_SIZE.width(), DEFAULT_SIZE.height())

    @property
    def landscape(self) -> bool:
        return self._landscape

    def _build_header(self, body: QVBoxLayout) -> None:
        self.notice = label("", "playerNotice")
        self.notice.hide()
        body.addWidget(self.notice)
        self.history_banner = label("", "notice")
        self.history_banner.setAccessibleName(translate("PlayerPage", "History problem"))
        self.history_banner.hide()
        body.addWidget(self.history_banner)
        self.progress = WorkoutProgress()
        body.addWidget(self.progress)
        self.position = label("", "small", wrap=False)
        self.time_left = TickingLabel("small")
        self.time_left.setAccessibleName(translate("PlayerPage", "Workout time left"))
        where = QHBoxLayout()
        # Between the two, wrapping onto a second line when a long name meets a narrow window.
        self.routine_name = label("", "small")
        self.routine_name.setMinimumWidth(1)
        self.routine_name.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        where.addWidget(self.position)
        where.addWidget(self.routine_name, 1)
        where.addWidget(self.time_left)
        body.addLayout(where)

    def _build_exercise(self, column: QVBoxLayout) -> None:
        self.heading = SteadyLabel("heading")
        self.heading.setAccessibleName(translate("PlayerPage", "Exercise"))
        title_row = QHBoxLayout()
        title_row.setSpacing(8)
        title_row.addWidget(self.heading, 1)
        self.hurt_button = button(
            translate("PlayerPage", "That hurt"),
            "hurt",
            translate("PlayerPage", "That hurt: mark this set"),
        )
        self.hurt_button.setToolTip(
            translate("PlayerPage", "Mark this exercise, set and side as painful (H)")
        )
        self.hurt_button.clicked.connect(self.mark_hurt)
        title_row.addWidget(self.hurt_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(title_row)
        self.subheading = SteadyLabel("subheading")
        self.subheading.hide()  # until there is something to say (set by refresh)
        # In landscape its line is kept while it is hidden (see _arrange), so that the drawing
        # under it keeps its size from one segment to the next.
        column.addWidget(self.subheading)
        # Side by side when the two fit the width, else one above the other.
        self.chips = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.chips.setSpacing(8)
        self.set_chip = label("", "chip", wrap=False)
        self.side_chip = label("", "chip", wrap=False)
        self.chips.addWidget(self.set_chip, 0, Qt.AlignmentFlag.AlignLeft)
        self.chips.addWidget(self.side_chip, 0, Qt.AlignmentFlag.AlignLeft)
        self.chips.addStretch(1)
        column.addLayout(self.chips)

    def _steady_names(self) -> None:
        """In landscape the exercise's name and the line under it are as tall as the longest
        name in the workout, so that the drawing under them keeps its size."""
        names = (
            tuple(dict.fromkeys(item.exercise.name for item in self._plan.routine.items))
            if self._landscape and self._plan is not None
            else ()
        )
        self.heading.set_alternatives(names)
        self.subheading.set_alternatives(names)
        self._next_names = (
            tuple(dict.fromkeys(next_exercise_text(item) for item in self._plan.routine.items))
            if self._landscape and self._plan is not None
            else ()
        )

    def _fit_chips(self, resized: bool = False) -> None:
        """Side by side when both fit, else one above the other. In landscape, once one above
        the other at a size they stay so until the window is resized (the right leg's words are
        wider than the left's), so that the drawing under them keeps its size."""
        if resized:
            self._chips_stacked = False
        shown = [chip for chip in (self.set_chip, self.side_chip) if not chip.isHidden()]
        needed = sum(chip.sizeHint().width() for chip in shown) + self.chips.spacing()
        room = self.window().width() - 2 * MARGIN
        if self._landscape:
            room = round(room * DRAWING_SHARE)
        stacked = needed > room or (self._landscape and self._chips_stacked)
        self._chips_stacked = stacked
        wanted = QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight
        if self.chips.direction() != wanted:
            self.chips.setDirection(wanted)

    def _show_next(self, view: PlayerView) -> None:
        self.next_card.setVisible(view.stage is Stage.REST)
        self.next_name.show_text(view.next_name)
        self.next_dose.setText(view.next_dose)
        self.next_side.setText(view.next_side)
        self.next_side.setVisible(bool(view.next_side))
        self.set_chip.show()
        self._make_room_for_next(view)

    def _make_room_for_next(self, view: PlayerView) -> None:
        """On a short portrait window a rest's next exercise (a long name takes two lines)
        needs the room of the finished set's name and count: they give way, since the lines of
        what comes next say which exercise and which set it is."""
        if view.stage is not Stage.REST or self._landscape:
            return
        page = self.layout()
        for finished in (self.subheading, self.set_chip):
            if page is not None:
                page.activate()
            if self.minimumSizeHint().height() <= self.height():
                return
            finished.hide()

    def _build_steps_and_actions(self, column: QVBoxLayout) -> None:
        # Under the ring, what changes from one segment to the next: the steps, what comes next,
        # the rest's and a self-paced rep's buttons. In landscape this area keeps one height
        # (see _fix_below_ring), so a segment change never resizes the ring beside it: on a full
        # screen that would repaint most of the window.
        self.below_ring = QWidget()
        body = self._below_layout = QVBoxLayout(self.below_ring)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(column.spacing())
        column.addWidget(self.below_ring, 2)
        self.steps = StepList()
        self.steps.setMaximumHeight(150)
        body.addWidget(self.steps, 1)

        self.next_label = label("", "muted")
        self.next_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.next_label.hide()
        body.addWidget(self.next_label)

        # A rest shows what comes after it in large type: the exercise, its dose and the leg.
        self.next_card = QWidget()
        self.next_card.setAccessibleName(translate("PlayerPage", "Next"))
        next_column = self._card_layout = QVBoxLayout(self.next_card)
        next_column.setContentsMargins(0, 0, 0, 0)
        next_column.setSpacing(2)
        self.next_name = _WrappedLine("nextUp")
        self.next_dose = label("", "nextUp")
        self.next_side = label("", "nextUp")
        for line in (self.next_name, self.next_dose, self.next_side):
            line.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            next_column.addWidget(line)
        self.next_card.hide()
        body.addWidget(self.next_card)

        self.action_stack = QStackedWidget()
        self.action_stack.setFixedHeight(REP_DONE_HEIGHT)
        self.action_stack.addWidget(QWidget())
        self.action_stack.hide()  # shown for a rest and a rep at one's own pace
        rest_row = QWidget()
        rest_layout = QHBoxLayout(rest_row)
        rest_layout.setContentsMargins(0, 4, 0, 4)
        self.more_rest = button(
            translate("PlayerPage", "+%n s", None, EXTRA_REST_S),
            "",
            translate("PlayerPage", "Add %n seconds of rest", None, EXTRA_REST_S),
        )
        self.skip_rest = button(
            translate("PlayerPage", "Skip rest"),
            "primary",
            translate("PlayerPage", "Skip the rest"),
        )
        self.more_rest.clicked.connect(lambda: self.controller.extend_rest(EXTRA_REST_S))
        self.skip_rest.clicked.connect(self.controller.skip_rest)
        rest_layout.addWidget(self.more_rest, 1)
        rest_layout.addWidget(self.skip_rest, 2)
        self.action_stack.addWidget(rest_row)
        rep_done = translate("PlayerPage", "Rep done")
        self.rep_done = button(rep_done, "huge", rep_done)
        self.rep_done.setToolTip(translate("PlayerPage", "Rep done (Enter)"))
        self.rep_done.clicked.connect(self.controller.rep_done)
        self.action_stack.addWidget(self.rep_done)
        body.addWidget(self.action_stack)

    def _build_controls(self) -> QHBoxLayout:
        controls = QHBoxLayout()
        controls.setContentsMargins(MARGIN - 8, 0, MARGIN - 8, 14)
        controls.setSpacing(0)
        self.stop_button = _control(
            "stop",
            translate("PlayerPage", "Stop"),
            translate("PlayerPage", "Stop the workout"),
            translate("PlayerPage", "Esc", "key"),
        )
        self.back_button = _control(
            "back",
            translate("PlayerPage", "Back"),
            translate("PlayerPage", "Back"),
            translate("PlayerPage", "Left arrow", "key"),
        )
        self.pause_button = _control(
            "pause", "", translate("PlayerPage", "Pause"), translate("PlayerPage", "Space", "key")
        )
        self.pause_button.setObjectName("playPause")
        self.pause_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.pause_button.setIconSize(QSize(34, 34))
        self.skip_button = _control(
            "skip",
            translate("PlayerPage", "Skip"),
            translate("PlayerPage", "Skip to the next exercise"),
            translate("PlayerPage", "Right arrow", "key"),
        )
        self.mute_button = _control(
            "sound",
            translate("PlayerPage", "Sound"),
            translate("PlayerPage", "Mute"),
            translate("PlayerPage", "M", "key"),
        )
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
            self.hurt_button.setText(translate("PlayerPage", "Noted"))
            # Tied to the button, so the timer goes with it if the window closes first.
            QTimer.singleShot(
                2000,
                self.hurt_button,
                lambda: self.hurt_button.setText(translate("PlayerPage", "That hurt")),
            )

    # --- layout ------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        window = self.window()
        self._arrange(window.width(), window.height())

    def _arrange(self, width: int, height: int) -> None:
        """The layout and text sizes for a window of this size."""
        landscape = is_landscape(width, height, self._landscape)
        if landscape != self._landscape:
            self._landscape = landscape
            self.split.setDirection(
                QBoxLayout.Direction.LeftToRight if landscape else QBoxLayout.Direction.TopToBottom
            )
            drawing, count = (45, 55) if landscape else (3, 5)
            self.split.setStretch(0, drawing)
            self.split.setStretch(1, count)
            self.split.setSpacing(MARGIN * 2 if landscape else 6)
            self.ring.set_wide(landscape)
            self.next_label.setObjectName("nextUp" if landscape else "muted")
            self._steady_names()
        sizes = type_sizes(width, height, landscape)
        if sizes != self._type:
            self._type = sizes
            self.setStyleSheet(_type_sheet(sizes))
            self.steps.setMaximumHeight(round(sizes["stepCurrent"] * 5))
            controls_icon = 40 if landscape and min(width, height) >= 700 else 28
            for control in (self.stop_button, self.back_button, self.skip_button):
                control.setIconSize(QSize(controls_icon, controls_icon))
            self.mute_button.setIconSize(QSize(controls_icon, controls_icon))
        if landscape:
            # The drawing's column keeps its share however long the texts beside it are.
            self.illustration.setMinimumWidth(round((width - 2 * MARGIN) * DRAWING_SHARE * 0.9))
        else:
            self.illustration.setMinimumSize(64, 64)
        self._keep_subheading_line(landscape)
        self._fit_chips(resized=True)
        self._fix_below_ring()

    def _keep_subheading_line(self, landscape: bool) -> None:
        for kept in (self.subheading, self.side_chip):
            policy = kept.sizePolicy()
            policy.setRetainSizeWhenHidden(landscape)
            kept.setSizePolicy(policy)
        self.subheading.ensurePolished()
        line = self.subheading.fontMetrics().lineSpacing() if landscape else 0
        self.subheading.setMinimumHeight(line)

    def _fix_below_ring(self) -> None:
        """In landscape, the area under the ring as tall as a rest needs (what comes next and
        its buttons) and at least as tall as the steps with what comes next: one height for every
        segment, worked out from the fonts at this size and, where a long name wraps, the texts.
        In portrait it takes what its parts ask for, as the phone-sized window is cheap to
        repaint."""
        if not self._landscape:
            # A layout does not ask a widget inside it for the height its wrapped lines need
            # at its width: worked out here from the parts shown.
            width = max(1, self.width() - 2 * MARGIN)
            shown = [
                part.heightForWidth(width)
                if part.hasHeightForWidth()
                else max(part.minimumHeight(), part.minimumSizeHint().height())
                for part in (self.steps, self.next_label, self.next_card, self.action_stack)
                if not part.isHidden()
            ]
            needed = sum(shown) + self._below_layout.spacing() * max(0, len(shown) - 1)
            self.below_ring.setMaximumHeight(UNLIMITED)
            self.below_ring.setMinimumHeight(needed)
            return
        width = max(1, self.below_ring.width())
        spacing = self._below_layout.spacing()
        card_lines = (self.next_name, self.next_dose, self.next_side)
        for line in (*card_lines, self.next_label):
            line.ensurePolished()
        # The next exercise's name as tall as the tallest it will show in this workout, so that
        # a long name that wraps does not change the height from one rest to the next.
        metrics = self.next_name.fontMetrics()
        wrap = Qt.TextFlag.TextWordWrap
        name = max(
            [_line_height(self.next_name, width)]
            + [
                metrics.boundingRect(0, 0, width, 0, wrap, text).height() + 1
                for text in self._next_names
            ]
        )
        card = (
            name
            + sum(_line_height(line, width) for line in card_lines[1:])
            + 2 * self._card_layout.spacing()
        )
        rest = card + spacing + max(REP_DONE_HEIGHT, REST_ROW_HEIGHT)
        next_line = _line_height(self.next_label, width)
        moving = self.steps.maximumHeight() + spacing + next_line
        height = max(rest, moving)
        if self.below_ring.minimumHeight() != height or self.below_ring.maximumHeight() != height:
            self.below_ring.setFixedHeight(height)

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

    def _voice_lost(self) -> None:
        """Learnt mid-workout (a workout started at once runs before the voice is brought in):
        said now, not at the next start."""
        notice = self.controller.voice_notice()
        if self.controller.active and notice and notice not in self._shown_reasons:
            self.show_notice_once(notice)

    def refresh_time(self) -> None:
        """A frame: only what time moves. The rest changes with the session's events, which
        ``refresh`` shows."""
        session = self.controller.session
        if session is None or self.view is None:
            self.refresh()
            return
        moving = moving_view(session)
        view = self.view = replace(
            self.view,
            big_text=moving.big_text,
            ring_fraction=moving.ring_fraction,
            pose=moving.pose,
            workout_fraction=moving.workout_fraction,
            time_left=moving.time_left,
        )
        self.ring.set_state(view.ring_fraction, view.big_text, self._word(view), view.paused)
        self.illustration.set_pose(self._pose(view.pose))
        if view.time_left != self.time_left.text():
            # The whole workout's line moves with its time left, once a second: between two
            # seconds it would move by a pixel or two, each a repaint of its own.
            self.progress.set_fraction(view.workout_fraction)
            self.time_left.show_text(view.time_left)

    def refresh(self) -> None:
        session = self.controller.session
        if session is None:
            return
        view = player_view(session)
        self.view = view
        problem = self.controller.history_problem()
        self.history_banner.setText(problem or "")
        self.history_banner.setVisible(bool(problem))
        self._follow_exercise(session.plan, session.segment.item_index)
        self.position.setText(view.position)
        self.routine_name.setText(session.plan.routine.shown_name)
        self.heading.setText(view.heading)
        self.subheading.setText(view.exercise_name if view.heading != view.exercise_name else "")
        self.subheading.setVisible(view.heading != view.exercise_name)
        self.set_chip.setText(view.set_text)
        self.side_chip.setText(view.side_text)
        self.side_chip.setVisible(bool(view.side_text))
        self._fit_chips()
        self.next_label.setText(view.next_text)
        self.next_label.setVisible(bool(view.next_text) and view.stage is not Stage.REST)
        self._show_next(view)
        self.progress.set_fraction(view.workout_fraction)
        self.time_left.show_text(view.time_left)
        self.illustration.set_mirrored(view.mirrored)
        self.ring.set_state(view.ring_fraction, view.big_text, self._word(view), view.paused)
        self.illustration.reduce_motion = self.controller.context.settings.reduce_motion
        self.illustration.set_pose(self._pose(view.pose))
        self.steps.set_current(view.step_index)
        self.steps.setVisible(view.stage is not Stage.REST)
        page = {Stage.REST: 1, Stage.SELF_PACED: 2}.get(view.stage, 0)
        self.action_stack.setCurrentIndex(page)
        # In portrait the rest's buttons take less height than Rep done: the room goes to what
        # comes next. In landscape the area keeps one height (see _fix_below_ring).
        short = page == 1 and not self._landscape
        self.action_stack.setFixedHeight(REST_ROW_HEIGHT if short else REP_DONE_HEIGHT)
        self.action_stack.setVisible(page != 0)
        self._fix_below_ring()
        self._set_pause_look(view.paused)
        off = self.controller.voice_off_for_run
        muted = self.controller.muted or off
        self.mute_button.setChecked(muted)
        self.mute_button.setEnabled(not off)
        voice_off = translate("PlayerPage", "Voice off for this run (--no-voice)")
        self.mute_button.setToolTip(voice_off if off else translate("PlayerPage", "Mute (M)"))
        self.mute_button.setText(
            translate("PlayerPage", "Voice off")
            if off
            else translate("PlayerPage", "Muted")
            if muted
            else translate("PlayerPage", "Sound")
        )
        self.mute_button.setAccessibleName(
            voice_off
            if off
            else translate("PlayerPage", "Unmute")
            if muted
            else translate("PlayerPage", "Mute")
        )
        self.mute_button.setProperty("iconName", "muted" if muted else "sound")
        self.mute_button.setIcon(icon("muted" if muted else "sound", current_palette().text))

    def _follow_exercise(self, plan: Plan, item_index: int) -> None:
        if plan is not self._plan:
            self._plan = plan
            self._steady_names()
        exercise = plan.item(item_index).exercise
        if exercise is not self._exercise:
            self._show_exercise(exercise)
            self._prepare_next(plan, item_index + 1)

    def _pose(self, pose: float) -> float:
        """The pose to draw: in landscape in steps of 1/LANDSCAPE_POSE_STEPS, since every blend
        of the large drawing is a large area to repaint; a phone-sized drawing takes every one."""
        if not self._landscape:
            return pose
        return round(pose * LANDSCAPE_POSE_STEPS) / LANDSCAPE_POSE_STEPS

    def _word(self, view: PlayerView) -> str:
        return translate("PlayerPage", "Paused") if view.paused else view.phase_word

    def _set_pause_look(self, paused: bool) -> None:
        name = "play" if paused else "pause"
        if self.pause_button.property("iconName") != name:
            self.pause_button.setProperty("iconName", name)
            self.pause_button.setIcon(icon(name, current_palette().on_accent))
        self.pause_button.setAccessibleName(
            translate("PlayerPage", "Resume") if paused else translate("PlayerPage", "Pause")
        )
        self.pause_button.setToolTip(
            translate("PlayerPage", "Resume (Space)")
            if paused
            else translate("PlayerPage", "Pause (Space)")
        )

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
        self.steps.set_steps([translate("Exercises", step.text) for step in exercise.steps])

    def current_step_text(self) -> str:
        return self.steps.current_text()
