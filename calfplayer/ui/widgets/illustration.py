"""The exercise picture: the figure rig, posed between the exercise's start and end pose.

``set_pose`` moves the one figure (0 the start pose, 1 the end pose): the joint angles in between
are interpolated and the contacts kept, so there is only ever one body on screen. The player calls
it on every frame it already paints, so the picture needs no timer of its own, and a change that
moves no part of the body by a whole pixel is not repainted. With ``reduce_motion`` the picture
stops following the pose and shows the start and end poses side by side, still. ``mirrored`` draws
the other side's figure.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from calfplayer.domain.exercises import Exercise
from calfplayer.domain.figure import Pose
from calfplayer.ui.theme import current_palette
from calfplayer.ui.widgets.figure_painter import (
    FigureColours,
    FigurePainter,
    muscle_name,
    scale_for,
)

# Poses closer than this many pixels of movement look the same: they are not repainted.
SMALLEST_MOVE_PX = 1.0
HALVES_GAP = 0.05  # of the picture, between the still start and end poses
_KEPT_PAINTERS = 3  # the shown exercise, the next one, and one more


class ExerciseIllustration(QWidget):
    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self._exercise: Exercise | None = None
        self._painters: dict[str, FigurePainter] = {}
        self._pose = 0.0
        self._reduce_motion = False
        self._mirrored = False
        self._colours: tuple[str, FigureColours] | None = None
        self.drawn: list[Pose] = []  # the poses the last paint drew: one, or two when still
        self._compact = compact
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(56, 56) if compact else self.setMinimumSize(90, 90)
        self.setAccessibleName(QCoreApplication.translate("ExercisePicture", "Exercise picture"))

    # --- what is shown ---------------------------------------------------------------------

    @property
    def exercise(self) -> Exercise | None:
        return self._exercise

    @property
    def pose(self) -> float:
        return self._pose

    @property
    def has_drawing(self) -> bool:
        return self._exercise is not None

    @property
    def reduce_motion(self) -> bool:
        return self._reduce_motion

    @reduce_motion.setter
    def reduce_motion(self, still: bool) -> None:
        if still != self._reduce_motion:
            self._reduce_motion = still
            self.update()

    @property
    def mirrored(self) -> bool:
        """Draws the figure flipped left to right: the same exercise on the other side."""
        return self._mirrored

    @mirrored.setter
    def mirrored(self, flipped: bool) -> None:
        if flipped != self._mirrored:
            self._mirrored = flipped
            self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(64, 64) if self._compact else QSize(200, 200)

    def set_exercise(self, exercise: Exercise | None, description: str = "") -> None:
        if exercise is not None:
            works = muscle_name(exercise.figure.muscle)
            name = QCoreApplication.translate("Exercises", exercise.name)
            self.setAccessibleDescription(
                description
                or QCoreApplication.translate(
                    "ExercisePicture", "{exercise}: works {muscle}"
                ).format(exercise=name, muscle=works)
            )
        if exercise is not self._exercise:
            self._exercise = exercise
            self.update()

    def set_pose(self, mix: float) -> None:
        """0 shows the start pose, 1 the end pose, anything between the one figure part way."""
        mix = min(1.0, max(0.0, mix))
        if mix == self._pose:
            return  # a held pose: every frame of a hold comes here
        at_an_end = mix in (0.0, 1.0) and mix != self._pose
        if at_an_end or abs(mix - self._pose) >= self._visible_step():
            was, self._pose = self._pose, mix
            if not self._reduce_motion:
                self._update_between(was, mix)

    def _update_between(self, before: float, after: float) -> None:
        """Repaints only what moved between the two poses."""
        if self._exercise is None:
            self.update()
            return
        area = self._painter_for(self._exercise).changed_area(
            QRectF(self.rect()), before, after, mirrored=self._mirrored
        )
        if not area.isEmpty():
            self.update(area)

    def set_mirrored(self, mirrored: bool) -> None:
        """Draws the figure as its mirror image (the left side of a one-sided exercise)."""
        self.mirrored = mirrored

    def _visible_step(self) -> float:
        """The least change of pose that moves some part of the body by a pixel at this size."""
        if self._exercise is None:
            return 0.0
        travel_px = self._painter_for(self._exercise).travel() * scale_for(QRectF(self.rect()))
        return SMALLEST_MOVE_PX / travel_px if travel_px > 0 else 1.0

    def prepare(self, exercise: Exercise) -> None:
        """Works out another exercise's arrow and movement now, so that switching to it (the next
        exercise) costs its first frame nothing."""
        painter = self._painter_for(exercise)
        painter.arrow_path()
        painter.travel()

    # --- painting --------------------------------------------------------------------------

    def _painter_for(self, exercise: Exercise) -> FigurePainter:
        painter = self._painters.pop(exercise.id, None)
        if painter is None or painter.spec is not exercise.figure:
            painter = FigurePainter(exercise.figure)
        self._painters[exercise.id] = painter  # now the newest
        while len(self._painters) > _KEPT_PAINTERS:
            del self._painters[next(iter(self._painters))]
        return painter

    def _theme_colours(self) -> FigureColours:
        palette = current_palette()
        if self._colours is None or self._colours[0] != palette.name:
            self._colours = (palette.name, FigureColours.from_palette(palette))
        return self._colours[1]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect())
        if self._exercise is None:
            self.drawn = []
            self._placeholder(painter, area)
        else:
            figure = self._painter_for(self._exercise)
            colours = self._theme_colours()
            if self._reduce_motion:
                self.drawn = [
                    figure.paint(painter, half, mix, colours, mirrored=self._mirrored)
                    for half, mix in zip(_halves(area), (0.0, 1.0), strict=True)
                ]
            else:
                self.drawn = [
                    figure.paint(painter, area, self._pose, colours, mirrored=self._mirrored)
                ]
        painter.end()

    def _placeholder(self, painter: QPainter, area: QRectF) -> None:
        side = min(area.width(), area.height())
        box = QRectF(area.center().x() - side / 2, area.center().y() - side / 2, side, side)
        muted = QColor(self.palette().color(self.palette().ColorRole.PlaceholderText))
        pen = QPen(muted, max(2.0, side / 60))
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        inset = side * 0.12
        painter.drawRoundedRect(box.adjusted(inset, inset, -inset, -inset), side / 10, side / 10)
        figure = box.adjusted(side * 0.38, side * 0.3, -side * 0.38, -side * 0.3)
        pen.setStyle(Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        head = figure.width() * 0.35
        painter.drawEllipse(QRectF(figure.center().x() - head / 2, figure.top(), head, head))
        painter.drawLine(
            QPointF(figure.center().x(), figure.top() + head),
            QPointF(figure.center().x(), figure.bottom()),
        )


def _halves(area: QRectF) -> tuple[QRectF, QRectF]:
    """Two places for the still start and end poses, a little apart: side by side, or one above
    the other in a tall area, whichever draws them larger."""
    if area.width() >= area.height():
        gap = area.width() * HALVES_GAP
        width = (area.width() - gap) / 2
        return QRectF(area.left(), area.top(), width, area.height()), QRectF(
            area.right() - width, area.top(), width, area.height()
        )
    gap = area.height() * HALVES_GAP
    height = (area.height() - gap) / 2
    return QRectF(area.left(), area.top(), area.width(), height), QRectF(
        area.left(), area.bottom() - height, area.width(), height
    )
