"""The wide ring's track worked out by its sides and corners agrees with Qt's own measure of the
same rounded rectangle: the sweep is drawn and repainted by these lengths."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF

from calfplayer.ui.widgets.ring import RoundedTrack


def _near(one: QPointF, other: QPointF) -> bool:
    return (one - other).manhattanLength() < 0.5


@pytest.mark.parametrize(
    "box", [QRectF(10, 20, 900, 500), QRectF(0, 0, 300, 620), QRectF(5, 5, 400, 400)]
)
def test_lengths_along_the_track_agree_with_qt(qapp, box) -> None:
    del qapp
    track = RoundedTrack(box)
    drawn = track.path()
    assert track.length == pytest.approx(drawn.length(), rel=2e-3)
    assert _near(track.point_at(0), QPointF(box.center().x(), box.top()))
    for share in (0.05, 0.2, 0.37, 0.5, 0.61, 0.83, 0.99):
        expected = drawn.pointAtPercent(drawn.percentAtLength(share * drawn.length()))
        assert (track.point_at(share * track.length) - expected).manhattanLength() < 2, share


def test_a_stretch_of_track_runs_from_one_length_to_the_other(qapp) -> None:
    del qapp
    box = QRectF(0, 0, 800, 400)
    track = RoundedTrack(box)
    for start, end in [(0, 150), (120, 700), (900, 1500), (0, track.length * 0.999)]:
        part = track.part(start, end)
        assert _near(part.pointAtPercent(0), track.point_at(start))
        assert _near(part.pointAtPercent(1), track.point_at(end))
        assert part.length() == pytest.approx(end - start, rel=5e-3)
    # Every point of a stretch lies on the track's outline.
    inside = box.adjusted(-1, -1, 1, 1)
    corner = track.part(300, 800)
    for step in range(21):
        point = corner.pointAtPercent(step / 20)
        assert inside.contains(point), point
