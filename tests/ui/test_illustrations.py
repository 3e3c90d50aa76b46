"""The exercise drawings: each loads, draws a real picture, takes the theme's ink, and blends."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from calfplayer.resources import asset
from calfplayer.ui.widgets.illustration import ExerciseIllustration, render_drawing

SIDE = 256


def _drawing_names() -> list[str]:
    return sorted(path.name for path in asset("exercises").glob("*.svg"))


def _inked(image: QImage) -> list[QColor]:
    """Every pixel that is not (nearly) transparent."""
    return [
        image.pixelColor(x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 40
    ]


def test_there_are_two_drawings_for_each_of_the_nine_exercises() -> None:
    names = _drawing_names()
    assert len(names) == 18
    assert sum(name.endswith("-start.svg") for name in names) == 9


@pytest.mark.parametrize("name", _drawing_names())
def test_each_drawing_loads_and_renders_a_real_picture(qapp, name) -> None:
    text = asset("exercises", name).read_text(encoding="utf-8")
    assert "currentColor" in text
    renderer = QSvgRenderer(QByteArray(text.replace("currentColor", "#000000").encode()))
    assert renderer.isValid()
    image = QImage(SIDE, SIDE, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    share = len(_inked(image)) / (SIDE * SIDE)
    # A figure and its prop in lines: more than a speck, far less than a filled square.
    assert 0.04 < share < 0.4, f"{name}: {share:.1%} of the square is drawn"


@pytest.mark.parametrize("ink", ["#1B1C1A", "#EEF1EE"])
def test_drawings_take_the_ink_they_are_given(qapp, ink) -> None:
    pixmap = render_drawing("calf-raise-end.svg", ink, 128)
    assert pixmap is not None
    wanted = QColor(ink)
    solid = [c for c in _inked(pixmap.toImage()) if c.alpha() == 255]
    assert solid
    # Stroke and fill are the one ink; only the far-side limbs are fainter, never another colour.
    off = [
        c for c in solid if abs(c.red() - wanted.red()) > 90 or abs(c.blue() - wanted.blue()) > 90
    ]
    assert len(off) < len(solid) * 0.02


def test_start_and_end_pose_look_different(qapp) -> None:
    for start in (name for name in _drawing_names() if name.endswith("-start.svg")):
        end = start.replace("-start", "-end")
        first = render_drawing(start, "#000000", 96)
        second = render_drawing(end, "#000000", 96)
        assert first is not None and second is not None
        a, b = first.toImage(), second.toImage()
        changed = sum(
            1
            for y in range(96)
            for x in range(96)
            if (a.pixelColor(x, y).alpha() > 40) != (b.pixelColor(x, y).alpha() > 40)
        )
        assert changed > 150, f"{start} and {end} differ in only {changed} pixels"


def _shown(picture: ExerciseIllustration) -> QImage:
    return picture.grab().toImage()


def _differs(a: QImage, b: QImage) -> int:
    return sum(
        1 for y in range(a.height()) for x in range(a.width()) if a.pixel(x, y) != b.pixel(x, y)
    )


def test_the_picture_cross_fades_from_start_to_end(qtbot) -> None:
    picture = ExerciseIllustration()
    qtbot.addWidget(picture)
    picture.resize(120, 120)
    only_start = ExerciseIllustration()
    qtbot.addWidget(only_start)
    only_start.resize(120, 120)
    only_start.set_image("calf-raise-start.svg")
    only_end = ExerciseIllustration()
    qtbot.addWidget(only_end)
    only_end.resize(120, 120)
    only_end.set_image("calf-raise-end.svg")

    picture.set_poses("calf-raise-start.svg", "calf-raise-end.svg")
    picture.set_pose(0.0)
    assert picture.image == "calf-raise-start.svg"
    assert _differs(_shown(picture), _shown(only_start)) == 0
    picture.set_pose(1.0)
    assert picture.image == "calf-raise-end.svg"
    assert _differs(_shown(picture), _shown(only_end)) == 0
    picture.set_pose(0.5)
    halfway = _shown(picture)
    assert _differs(halfway, _shown(only_start)) > 50
    assert _differs(halfway, _shown(only_end)) > 50


def test_pose_is_kept_between_zero_and_one(qtbot) -> None:
    picture = ExerciseIllustration()
    qtbot.addWidget(picture)
    picture.set_pose(1.7)
    assert picture.pose == 1.0
    picture.set_pose(-3)
    assert picture.pose == 0.0


def test_a_missing_end_drawing_falls_back_to_the_start(qtbot) -> None:
    picture = ExerciseIllustration()
    qtbot.addWidget(picture)
    picture.resize(100, 100)
    reference = ExerciseIllustration()
    qtbot.addWidget(reference)
    reference.resize(100, 100)
    reference.set_image("calf-raise-start.svg")
    picture.set_poses("calf-raise-start.svg", "no-such-drawing.svg")
    picture.set_pose(1.0)
    assert picture.has_drawing
    assert _differs(_shown(picture), _shown(reference)) == 0


def _count_renders(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    from calfplayer.ui.widgets import illustration

    rendered: list[str] = []
    real = illustration.render_drawing

    def counting(name: str, colour: str, side: int, ratio: float = 1.0):  # type: ignore[no-untyped-def]
        rendered.append(name)
        return real(name, colour, side, ratio)

    monkeypatch.setattr(illustration, "render_drawing", counting)
    return rendered


def test_a_prepared_exercise_is_shown_without_rendering_again(qtbot, monkeypatch) -> None:
    rendered = _count_renders(monkeypatch)
    picture = ExerciseIllustration()
    qtbot.addWidget(picture)
    picture.resize(120, 120)
    picture.set_poses("calf-raise-start.svg", "calf-raise-end.svg")
    before = _shown(picture)
    assert rendered == ["calf-raise-start.svg", "calf-raise-end.svg"]

    picture.prepare("calf-stretch-start.svg", "calf-stretch-end.svg")
    assert rendered[2:] == ["calf-stretch-start.svg", "calf-stretch-end.svg"]
    assert _differs(_shown(picture), before) == 0  # still the shown exercise
    picture.set_poses("calf-stretch-start.svg", "calf-stretch-end.svg")
    stretch = _shown(picture)
    assert len(rendered) == 4  # painted from what was prepared
    assert _differs(stretch, before) > 50

    reference = ExerciseIllustration()
    qtbot.addWidget(reference)
    reference.resize(120, 120)
    reference.set_poses("calf-stretch-start.svg", "calf-stretch-end.svg")
    assert _differs(stretch, _shown(reference)) == 0


def test_nothing_is_prepared_before_the_first_paint(qtbot, monkeypatch) -> None:
    rendered = _count_renders(monkeypatch)
    picture = ExerciseIllustration()
    qtbot.addWidget(picture)
    picture.prepare("calf-stretch-start.svg", "calf-stretch-end.svg")
    assert rendered == []  # its size is not known yet


def test_only_a_few_rendered_exercises_are_kept(qtbot, monkeypatch) -> None:
    rendered = _count_renders(monkeypatch)
    picture = ExerciseIllustration()
    qtbot.addWidget(picture)
    picture.resize(64, 64)
    picture.set_image("calf-raise-start.svg")
    _shown(picture)
    others = [name for name in _drawing_names() if name != "calf-raise-start.svg"]
    for name in others[:3]:
        picture.prepare(name, name)
    rendered.clear()
    _shown(picture)  # the shown drawing was pushed out by newer ones and is rendered again
    assert rendered == ["calf-raise-start.svg"]
