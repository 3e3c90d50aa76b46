"""The exercise picture: one figure, posed part way, in the theme's colours, mirrored or still."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from calfplayer.domain.exercises import PROGRAMME_ORDER
from calfplayer.domain.figure import blend
from calfplayer.ui.theme import DARK, LIGHT, Palette
from calfplayer.ui.widgets.figure_painter import FigureColours, FigurePainter
from calfplayer.ui.widgets.illustration import ExerciseIllustration

SIDE = 240


@pytest.fixture
def theme():  # type: ignore[no-untyped-def]
    """Picks the palette the figure is drawn in, as the window's theme does; light afterwards."""
    app = QApplication.instance()
    assert app is not None
    yield lambda palette: app.setProperty("calfplayerPalette", palette.name)
    app.setProperty("calfplayerPalette", None)


def _shown(picture: ExerciseIllustration) -> QImage:
    return picture.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)


def _differs(a: QImage, b: QImage, slack: int = 0) -> int:
    """How many pixels differ by more than ``slack`` in some channel."""
    return sum(
        1
        for y in range(a.height())
        for x in range(a.width())
        if a.pixel(x, y) != b.pixel(x, y)
        and max(
            abs(((a.pixel(x, y) >> shift) & 255) - ((b.pixel(x, y) >> shift) & 255))
            for shift in (0, 8, 16, 24)
        )
        > slack
    )


def _picture(qtbot, exercise, width: int = SIDE, height: int = SIDE) -> ExerciseIllustration:  # type: ignore[no-untyped-def]
    picture = ExerciseIllustration()
    qtbot.addWidget(picture)
    picture.resize(width, height)
    picture.set_exercise(exercise)
    return picture


def _count(image: QImage, colour: QColor, slack: int = 6) -> int:
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() == 255
        and abs(image.pixelColor(x, y).red() - colour.red()) <= slack
        and abs(image.pixelColor(x, y).green() - colour.green()) <= slack
        and abs(image.pixelColor(x, y).blue() - colour.blue()) <= slack
    )


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
@pytest.mark.parametrize("exercise_id", PROGRAMME_ORDER)
def test_each_exercise_draws_a_filled_figure_with_its_muscle_and_arrow(
    qtbot, catalogue, theme, exercise_id, palette: Palette
) -> None:
    theme(palette)
    colours = FigureColours.from_palette(palette)
    for pose in (0.0, 1.0):
        picture = _picture(qtbot, catalogue[exercise_id])
        picture.set_pose(pose)
        image = _shown(picture)
        # A body of filled shapes, its outline, and the accent on the muscle and the arrow.
        assert _count(image, colours.near) > 800, (exercise_id, pose)
        assert _count(image, colours.ink, slack=30) > 150, (exercise_id, pose)
        assert _count(image, colours.accent) > 40, (exercise_id, pose)


def test_a_pose_part_way_is_one_figure_not_two_faded(qtbot, catalogue) -> None:
    exercise = catalogue["calf-raise"]
    picture = _picture(qtbot, exercise)
    picture.set_pose(0.5)
    halfway = _shown(picture)
    assert picture.drawn == [blend(exercise.figure.start, exercise.figure.end, 0.5)]

    # Exactly the one body at the halfway pose, painted alone: nothing of the start or end.
    alone = QImage(halfway.size(), QImage.Format.Format_ARGB32_Premultiplied)
    alone.fill(picture.palette().window().color())  # what the widget stands on
    canvas = QPainter(alone)
    FigurePainter(exercise.figure).paint(
        canvas, QRectF(0, 0, SIDE, SIDE), 0.5, FigureColours.from_palette(LIGHT)
    )
    canvas.end()
    assert _differs(_shown(picture), alone.convertToFormat(QImage.Format.Format_ARGB32)) == 0

    picture.set_pose(0.0)
    start = _shown(picture)
    picture.set_pose(1.0)
    end = _shown(picture)
    assert _differs(halfway, start) > 200
    assert _differs(halfway, end) > 200


def test_pose_is_kept_between_zero_and_one(qtbot, catalogue) -> None:
    picture = _picture(qtbot, catalogue["calf-raise"])
    picture.set_pose(1.7)
    assert picture.pose == 1.0
    picture.set_pose(-3)
    assert picture.pose == 0.0


def test_reduce_motion_shows_the_start_and_end_still(qtbot, catalogue) -> None:
    exercise = catalogue["seated-calf-raise"]
    picture = _picture(qtbot, exercise, width=SIDE * 2)
    picture.reduce_motion = True
    picture.set_pose(0.3)
    still = _shown(picture)
    assert picture.drawn == [exercise.figure.start, exercise.figure.end]
    picture.set_pose(0.8)
    assert _differs(_shown(picture), still) == 0
    # In a tall place the two stand one above the other.
    picture.resize(SIDE, SIDE * 2)
    _shown(picture)
    assert picture.drawn == [exercise.figure.start, exercise.figure.end]
    picture.reduce_motion = False
    _shown(picture)
    assert picture.drawn == [blend(exercise.figure.start, exercise.figure.end, 0.8)]


@pytest.mark.parametrize("exercise_id", ["calf-stretch", "single-leg-deadlift", "short-foot"])
def test_the_left_side_is_the_right_side_flipped(qtbot, catalogue, exercise_id) -> None:
    right = _picture(qtbot, catalogue[exercise_id])
    left = _picture(qtbot, catalogue[exercise_id])
    left.mirrored = True
    for pose in (0.0, 0.6, 1.0):
        right.set_pose(pose)
        left.set_pose(pose)
        flipped = _shown(right).flipped(Qt.Orientation.Horizontal)
        shown = _shown(left)
        assert left.drawn == right.drawn
        # Flipped pixel for pixel, but for the soft edges, which antialiasing shades a little
        # differently from the other side.
        assert _differs(shown, flipped, slack=64) < SIDE * SIDE * 0.002
        assert _differs(shown, _shown(right)) > 500


def _paint_counter(picture: ExerciseIllustration) -> list[int]:
    painted: list[int] = []
    real = picture.paintEvent

    def counting(event) -> None:  # type: ignore[no-untyped-def]
        painted.append(1)
        real(event)

    picture.paintEvent = counting  # type: ignore[method-assign]
    return painted


@pytest.mark.parametrize(("side", "repainted"), [(600, True), (60, False)])
def test_a_change_that_moves_nothing_by_a_pixel_is_not_repainted(
    qtbot, catalogue, side, repainted
) -> None:
    """A twentieth of a calf raise moves the heel about half a centimetre: a pixel and more
    in a large picture, a fraction of one in a thumbnail."""
    picture = _picture(qtbot, catalogue["calf-raise"], side, side)
    picture.show()
    qtbot.waitExposed(picture)
    painted = _paint_counter(picture)
    picture.set_pose(0.5)
    qtbot.waitUntil(lambda: len(painted) == 1)
    picture.set_pose(0.5 + 1 / 20)
    qtbot.wait(50)
    assert len(painted) == (2 if repainted else 1)
    assert picture.pose == (0.55 if repainted else 0.5)
