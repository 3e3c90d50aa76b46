"""Drawing an exercise's scene and figure with QPainter, at any size, in the theme's colours.

The figure is filled, rounded shapes with an outline: each part's chains of circles (from the
domain's rig) are joined by their common tangents into one path, drawn first grown by the outline
width in the ink and then at its own size in the part's shade. Far limbs are a lighter shade than
near ones, the working muscle is the accent colour, and an accent arrow runs beside the part that
moves. Everything is drawn in centimetres through one transform, so all nine exercises share one
scale.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QPaintEngine,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QRegion,
    QTransform,
)

from calfplayer.domain.figure import (
    ANKLE_H,
    BALL_C,
    BodyPart,
    Chain,
    Figure,
    Leg,
    Limb,
    Muscle,
    Piece,
    Point,
    Pose,
    blend,
    body_parts,
    solve,
)
from calfplayer.domain.figure_file import FigureSpec
from calfplayer.domain.scene import (
    CHAIR_BACK,
    CHAIR_DEPTH,
    CHAIR_SEAT,
    MAT_THICKNESS,
    SCENE_BOTTOM,
    SCENE_HEIGHT,
    SCENE_WIDTH,
    STEP_DEPTH,
    STEP_HEIGHT,
    TABLE_DEPTH,
    TABLE_THICKNESS,
    TABLE_TOP,
    Placed,
    Prop,
)
from calfplayer.ui.theme import Palette

OUTLINE_CM = 0.9
OUTLINE_MIN_PX = 1.0
ARROW_SAMPLES = 9
TRAVEL_STEPS = 16
TRAVELLING_POINTS = (
    "head",
    "shoulder",
    "hip",
    *(f"{limb}_{part}" for limb in Limb for part in ("knee", "heel", "toe", "elbow", "wrist")),
)
ARROW_SHORTEST = 16.0  # cm as seen: a shorter movement gets an arrow this long, centred on it
CLOSE_UP_ZOOM = 2.2
CLOSE_UP_RADIUS = 36.0
KEPT_LENSES = 24  # enough for every step of an arch's rise at one size
# How far the band reaches beyond the near hand's and foot's circles, in cm (the fist round it).
BAND_REACH_CM = 9.0
CLOSE_UP_CENTRE = (SCENE_WIDTH - CLOSE_UP_RADIUS - 6, SCENE_HEIGHT + SCENE_BOTTOM - 62)


def _mix(a: QColor, b: QColor, share: float) -> QColor:
    """``share`` of the way from a to b."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * share),
        round(a.green() + (b.green() - a.green()) * share),
        round(a.blue() + (b.blue() - a.blue()) * share),
    )


@dataclass(frozen=True)
class FigureColours:
    background: QColor
    ink: QColor  # the near parts' outline
    far_ink: QColor
    near: QColor  # fill of the near limbs and the trunk
    far: QColor
    accent: QColor  # the working muscle and the arrow
    prop: QColor  # outline of the furniture and the floor
    prop_fill: QColor
    band: QColor

    @classmethod
    def from_palette(cls, palette: Palette) -> FigureColours:
        bg, text = QColor(palette.bg), QColor(palette.text)
        dark = palette.name == "dark"
        return cls(
            background=bg,
            ink=text,
            far_ink=_mix(bg, text, 0.55),
            near=_mix(bg, text, 0.42 if dark else 0.30),
            far=_mix(bg, text, 0.22 if dark else 0.14),
            accent=QColor(palette.accent),
            prop=_mix(bg, text, 0.6),
            prop_fill=_mix(bg, text, 0.12 if dark else 0.07),
            band=QColor("#D9822B" if dark else "#B4561B"),
        )


def scale_for(rect: QRectF) -> float:
    """Pixels a centimetre when the scene is fitted into ``rect``."""
    return min(rect.width() / SCENE_WIDTH, rect.height() / SCENE_HEIGHT)


def _placed(rect: QRectF, mirrored: bool) -> QTransform:
    """The scene onto ``rect``, flipped left to right when ``mirrored``."""
    transform = fit(rect)
    if mirrored:
        transform = transform * QTransform(-1, 0, 0, 1, 2 * rect.center().x(), 0)
    return transform


def fit(rect: QRectF) -> QTransform:
    """Centimetres of the scene onto ``rect``: one scale for every exercise, y up, centred."""
    scale = scale_for(rect)
    left = rect.center().x() - SCENE_WIDTH * scale / 2
    top = rect.center().y() - SCENE_HEIGHT * scale / 2
    floor_y = top + (SCENE_HEIGHT + SCENE_BOTTOM) * scale
    return QTransform(scale, 0, 0, -scale, left, floor_y)


SMOOTH_PX = 0.5  # how far a circle's polygon may stray from the circle, in pixels


def _arc(
    points: list[QPointF], x: float, y: float, r: float, start: float, turn: float, px: float
) -> None:
    """Points on a circle from angle ``start`` through ``turn`` radians (either way), close
    enough together that at ``px`` pixels a centimetre the corners do not show."""
    widest = 2 * math.acos(max(0.0, 1 - SMOOTH_PX / max(r * px, SMOOTH_PX)))
    steps = max(1, math.ceil(abs(turn) / max(widest, 0.05)))
    for index in range(steps + 1):
        angle = start + turn * index / steps
        points.append(QPointF(x + r * math.cos(angle), y + r * math.sin(angle)))


def _turn(a: float, b: float) -> float:
    """The shorter signed turn from angle a to angle b, in radians."""
    return (b - a + math.pi) % (2 * math.pi) - math.pi


def _outline(chain: Chain, px: float, grow: float) -> QPolygonF:
    """One polygon around a chain of circles: down its right side, round the far end, back up
    its left side and round the near end (counter-clockwise, like every other piece)."""
    circles = [(x, y, r + grow) for x, y, r in chain]
    # A circle inside its neighbour adds nothing to the outline.
    kept = [circles[0]]
    for x, y, r in circles[1:]:
        kx, ky, kr = kept[-1]
        apart = math.hypot(x - kx, y - ky)
        if apart + r <= kr:
            continue
        if apart + kr <= r:
            kept[-1] = (x, y, r)
            continue
        kept.append((x, y, r))
    if len(kept) == 1:
        x, y, r = kept[0]
        points: list[QPointF] = []
        _arc(points, x, y, r, 0.0, 2 * math.pi, px)
        return QPolygonF(points)
    headings = []
    for (x1, y1, r1), (x2, y2, r2) in itertools.pairwise(kept):
        heading = math.atan2(y2 - y1, x2 - x1)
        spread = math.acos(max(-1.0, min(1.0, (r1 - r2) / math.hypot(x2 - x1, y2 - y1))))
        headings.append((heading, spread))
    points = []
    last = len(kept) - 1
    # The right side, forward; each joint rounded on the circle there.
    for index, (x, y, r) in enumerate(kept):
        if index == 0:
            continue
        heading, spread = headings[index - 1]
        if index < last:
            onward, onward_spread = headings[index]
            begin = heading - spread
            _arc(points, x, y, r, begin, _turn(begin, onward - onward_spread), px)
        else:
            begin = heading - spread
            _arc(points, x, y, r, begin, 2 * spread, px)
    # The left side, back; then round the near end.
    for index in range(last - 1, -1, -1):
        x, y, r = kept[index]
        heading, spread = headings[index]
        begin = heading + spread
        if index > 0:
            back, back_spread = headings[index - 1]
            _arc(points, x, y, r, begin, _turn(begin, back + back_spread), px)
        else:
            _arc(points, x, y, r, begin, 2 * (math.pi - spread), px)
    return QPolygonF(points)


@lru_cache(maxsize=512)
def _piece_path(circles: Chain, px: float, grow: float) -> QPainterPath:
    """A piece's outline in its bone's frame: worked out once per size, then only moved."""
    path = QPainterPath()
    path.addPolygon(_outline(circles, px, grow))
    path.closeSubpath()
    return path


def _shape(pieces: tuple[Piece, ...], px: float, grow: float = 0.0) -> QPainterPath:
    """The pieces in place, as one shape (overlaps filled once)."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    # Sizes close enough to look the same share their outlines.
    px, grow = float(f"{px:.2g}"), round(grow, 3)
    for piece in pieces:
        place = QTransform()
        place.translate(*piece.origin)
        place.rotate(piece.angle)
        path.addPath(place.map(_piece_path(piece.circles, px, grow)))
    return path


def _outlined(
    painter: QPainter,
    pieces: tuple[Piece, ...],
    px: float,
    colours: tuple[QColor, QColor],
    width: float,
) -> None:
    """The pieces filled in the second colour, with an outline ``width`` wide in the first: the
    shape grown by the outline in the ink, and the shape itself over it."""
    painter.setPen(Qt.PenStyle.NoPen)
    for colour, grow in zip(colours, (width, 0.0), strict=True):
        painter.setBrush(colour)
        painter.drawPath(_shape(pieces, px, grow))


class FigurePainter:
    """Paints one exercise; keeps what does not change between frames (the arrow's path)."""

    def __init__(self, spec: FigureSpec) -> None:
        self.spec = spec
        self._arrow: list[Point] | None = None
        self._travel: float | None = None
        self._lenses: dict[tuple[object, ...], QImage] = {}  # the close-up, drawn, by its look
        self._recent_parts: dict[float, list[BodyPart]] = {}  # the last poses' parts, by mix

    def pose_at(self, mix: float) -> Pose:
        return blend(self.spec.start, self.spec.end, mix)

    def travel(self) -> float:
        """The most any point of the body moves, in cm, for the whole way from start to end
        (measured in steps, at the fastest step): how far a change of pose shows."""
        if self._travel is None:
            figures = [solve(self.pose_at(step / TRAVEL_STEPS)) for step in range(TRAVEL_STEPS + 1)]
            fastest = max(
                math.dist(before.point(name), after.point(name))
                for before, after in itertools.pairwise(figures)
                for name in TRAVELLING_POINTS
            )
            self._travel = fastest * TRAVEL_STEPS
        return self._travel

    def arrow_path(self) -> list[Point]:
        """The arrow's points: the moving part's path from the start to the end pose, set off."""
        if self._arrow is None:
            part, (dx, dy) = self.spec.arrow.part, self.spec.arrow.offset
            points = []
            for step in range(ARROW_SAMPLES):
                x, y = solve(self.pose_at(step / (ARROW_SAMPLES - 1))).point(part)
                points.append((x + dx, y + dy))
            self._arrow = _at_least(_trimmed(points), ARROW_SHORTEST / self._zoom)
        return self._arrow

    @property
    def _zoom(self) -> float:
        return CLOSE_UP_ZOOM if self.spec.close_up else 1.0

    def paint(
        self,
        painter: QPainter,
        rect: QRectF,
        mix: float,
        colours: FigureColours,
        *,
        mirrored: bool = False,
    ) -> Pose:
        """The whole picture at ``mix`` (0 the start pose, 1 the end) fitted into ``rect``.
        Returns the one pose it drew."""
        pose = self.pose_at(mix)
        figure = solve(pose)
        transform = _placed(rect, mirrored)
        scale = abs(transform.m11())
        outline = max(OUTLINE_CM, OUTLINE_MIN_PX / scale)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setTransform(transform, combine=True)
        self._scene(painter, colours, outline)
        self._figure(painter, figure, colours, outline)
        if self.spec.scene.has_band:
            self._band(painter, figure, colours, outline)
        if self.spec.close_up:
            self._close_up(painter, figure, colours, outline)
        else:
            _arrow(painter, self.arrow_path(), colours, outline)
        painter.restore()
        return pose

    def changed_area(self, rect: QRectF, before: float, after: float, *, mirrored: bool) -> QRect:
        """The pixels of the picture in ``rect`` that differ between two poses: the body parts
        that moved, where they were and where they are, with the band and the close-up that go
        with them. The scene and the arrow stay put, so a frame repaints only what moved rather
        than the whole drawing, which on a full screen is a large area."""
        old, new = self._parts_at(before), self._parts_at(after)
        moved = [
            part for was, now in zip(old, new, strict=True) if was != now for part in (was, now)
        ]
        if not moved:
            return QRect()
        if self.spec.scene.has_band:
            # The band runs from the near hand to the near foot: where either moves, it does.
            moved += [part for part in (*old, *new) if part.name in ("near_arm", "near_leg")]
        transform = _placed(rect, mirrored)
        outline = max(OUTLINE_CM, OUTLINE_MIN_PX / abs(transform.m11()))
        reach = outline + (BAND_REACH_CM if self.spec.scene.has_band else 0.0)
        circles = [
            circle
            for part in moved
            for piece in (*part.pieces, *part.muscle)
            for circle in piece.placed()
        ]
        box = QRectF(
            QPointF(min(x - r for x, _, r in circles), min(y - r for _, y, r in circles)),
            QPointF(max(x + r for x, _, r in circles), max(y + r for _, y, r in circles)),
        ).adjusted(-reach, -reach, reach, reach)
        if self.spec.close_up:
            box = box.united(_lens_rect().adjusted(-outline, -outline, outline, outline))
        # A pixel more each way for the smoothing at the edges.
        return transform.mapRect(box).toAlignedRect().adjusted(-2, -2, 2, 2)

    def _parts_at(self, mix: float) -> list[BodyPart]:
        parts = self._recent_parts.get(mix)
        if parts is None:
            parts = body_parts(solve(self.pose_at(mix)), self.spec.muscle, self.spec.working)
            self._recent_parts[mix] = parts
            while len(self._recent_parts) > 2:
                del self._recent_parts[next(iter(self._recent_parts))]
        return parts

    # --- parts -----------------------------------------------------------------------------

    def _figure(
        self, painter: QPainter, figure: Figure, colours: FigureColours, outline: float
    ) -> None:
        px = abs(painter.transform().m11())
        for part in body_parts(figure, self.spec.muscle, self.spec.working):
            ink, fill = (colours.far_ink, colours.far) if part.far else (colours.ink, colours.near)
            _outlined(painter, part.pieces, px, (ink, fill), outline)
            if part.muscle:
                painter.setBrush(colours.accent)
                painter.drawPath(_shape(part.muscle, px))

    def _scene(self, painter: QPainter, colours: FigureColours, outline: float) -> None:
        painter.setPen(QPen(colours.prop, outline, c=Qt.PenCapStyle.RoundCap))
        painter.setBrush(colours.prop_fill)
        for placed in self.spec.scene.props:
            _prop(painter, placed)
        painter.setPen(QPen(colours.prop, outline * 1.6, c=Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(2, 0), QPointF(SCENE_WIDTH - 2, 0))

    def _band(
        self, painter: QPainter, figure: Figure, colours: FigureColours, outline: float
    ) -> None:
        leg = figure.legs[Limb.NEAR]
        arm = figure.arms[Limb.NEAR]
        fist = (  # where the hand closes round the band
            arm.wrist[0] + math.cos(math.radians(arm.hand)) * 8,
            arm.wrist[1] + math.sin(math.radians(arm.hand)) * 8,
        )
        under = [_foot_point(leg, (BALL_C[0] + dx, -ANKLE_H - 0.7)) for dx in (2.0, -5.0)]
        pen = QPen(colours.band, max(1.1, outline * 1.2))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        loop = QPolygonF([QPointF(*fist), QPointF(*under[0]), QPointF(*under[1]), QPointF(*fist)])
        painter.drawPolyline(loop)

    def _close_up(
        self, painter: QPainter, figure: Figure, colours: FigureColours, outline: float
    ) -> None:
        """The near foot magnified in a circle, for a movement too small to see at full size."""
        focus = self._close_up_focus()
        cx, cy = CLOSE_UP_CENTRE
        painter.setPen(QPen(colours.prop, outline))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(focus[0], focus[1] + 3), 16, 12)
        engine = painter.paintEngine()
        if engine is not None and engine.type() is QPaintEngine.Type.Raster:
            # In pixels the lens is drawn once per look and then copied: the foot in it moves
            # only with the arch.
            scene = painter.transform()
            lens = scene.mapRect(_lens_rect()).toAlignedRect()
            ratio = painter.device().devicePixelRatioF()
            key = self._lens_key(figure, colours, scene, lens, ratio)
            image = self._lenses.pop(key, None)
            if image is None:
                image = QImage(lens.size() * ratio, QImage.Format.Format_ARGB32_Premultiplied)
                image.setDevicePixelRatio(ratio)
                image.fill(Qt.GlobalColor.transparent)
                canvas = QPainter(image)
                canvas.setRenderHint(QPainter.RenderHint.Antialiasing)
                canvas.setTransform(scene * QTransform.fromTranslate(-lens.x(), -lens.y()))
                self._lens(canvas, figure, colours, outline)
                canvas.end()
            self._lenses[key] = image
            while len(self._lenses) > KEPT_LENSES:
                del self._lenses[next(iter(self._lenses))]
            painter.setTransform(QTransform())
            painter.drawImage(lens.topLeft(), image)
            painter.setTransform(scene)
        else:
            self._lens(painter, figure, colours, outline)
        painter.setPen(QPen(colours.prop, outline))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(cx, cy), CLOSE_UP_RADIUS, CLOSE_UP_RADIUS)

    def _lens_key(
        self,
        figure: Figure,
        colours: FigureColours,
        scene: QTransform,
        lens: QRect,
        ratio: float,
    ) -> tuple[object, ...]:
        """What the lens looks like: its place and size, the colours, where the near foot is (to a
        tenth of a pixel in the lens) and how high its arch (to a pixel)."""
        leg = figure.legs[Limb.NEAR]
        lens_px = abs(scene.m11()) * CLOSE_UP_ZOOM
        return (
            lens.x(),
            lens.y(),
            lens.width(),
            lens.height(),
            ratio,
            scene.m11() < 0,
            colours.background.rgba(),
            colours.ink.rgba(),
            colours.near.rgba(),
            colours.accent.rgba(),
            round(leg.ankle[0] * lens_px * 10),
            round(leg.ankle[1] * lens_px * 10),
            round(leg.foot * 10),
            round(leg.arch_rise * lens_px),
        )

    def _lens(
        self, painter: QPainter, figure: Figure, colours: FigureColours, outline: float
    ) -> None:
        """The inside of the close-up: the near foot below the knee, magnified, on its floor."""
        leg = figure.legs[Limb.NEAR]
        focus = self._close_up_focus()
        cx, cy = CLOSE_UP_CENTRE
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours.background)
        painter.drawEllipse(QPointF(cx, cy), CLOSE_UP_RADIUS, CLOSE_UP_RADIUS)
        # Clipped to the circle by a region in pixels, much quicker than a path; its rough edge
        # is covered by the circle's outline, drawn last.
        scene = painter.transform()
        lens = scene.mapRect(_lens_rect())
        painter.setTransform(QTransform())  # the region is given in pixels
        painter.setClipRegion(
            QRegion(lens.toAlignedRect(), QRegion.RegionType.Ellipse),
            Qt.ClipOperation.IntersectClip,
        )
        zoom = QTransform(CLOSE_UP_ZOOM, 0, 0, CLOSE_UP_ZOOM, 0, 0)
        painter.setTransform(
            QTransform.fromTranslate(-focus[0], -focus[1])
            * zoom
            * QTransform.fromTranslate(cx, cy)
            * scene
        )
        thin = outline / CLOSE_UP_ZOOM
        floor_pen = QPen(colours.prop, thin * 1.6)
        parts = body_parts(figure, self.spec.muscle, (Limb.NEAR,))
        near = next(part for part in parts if part.name == "near_leg")
        px = abs(painter.transform().m11())
        below_knee = near.pieces[1:]  # the thigh is outside the lens
        _outlined(painter, below_knee, px, (colours.ink, colours.near), thin * 1.5)
        gap = leg.arch_rise
        if gap > 0.05:
            # The lifted arch: daylight under the middle of the sole.
            middle = leg.point("arch")
            painter.setPen(QPen(colours.ink, thin * 1.5))
            painter.setBrush(colours.background)
            half = 6.0
            sole = QRectF(middle[0] - half, middle[1] - 2 * gap, 2 * half, 2 * gap)
            painter.drawChord(sole, 0, -180 * 16)  # the upper half: y points up here
        painter.setPen(floor_pen)
        painter.drawLine(QPointF(focus[0] - 40, 0), QPointF(focus[0] + 40, 0))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours.accent)
        painter.drawPath(_shape(near.muscle, px))
        _arrow(painter, self.arrow_path(), colours, thin * 1.4)
        painter.restore()

    def _close_up_focus(self) -> Point:
        ankle = solve(self.spec.start).legs[Limb.NEAR].ankle
        return (ankle[0] + 4.5, ankle[1] - 1.0)


def _lens_rect() -> QRectF:
    cx, cy = CLOSE_UP_CENTRE
    return QRectF(
        cx - CLOSE_UP_RADIUS, cy - CLOSE_UP_RADIUS, 2 * CLOSE_UP_RADIUS, 2 * CLOSE_UP_RADIUS
    )


def _trimmed(points: list[Point]) -> list[Point]:
    """A long path without its first and last stretch, so the arrow stops short of the body."""
    travelled = sum(math.dist(a, b) for a, b in itertools.pairwise(points))
    if travelled < 3 * ARROW_SHORTEST:
        return points
    return points[1:-1]


def _at_least(points: list[Point], length: float) -> list[Point]:
    """The path, or a straight one ``length`` long over its middle when it is shorter."""
    travelled = sum(math.dist(a, b) for a, b in itertools.pairwise(points))
    if travelled >= length:
        return points
    (x1, y1), (x2, y2) = points[0], points[-1]
    chord = math.hypot(x2 - x1, y2 - y1) or 1.0
    ux, uy = (x2 - x1) / chord, (y2 - y1) / chord
    mx, my = (x1 + x2) / 2, (y1 + y2) / 2
    half = length / 2
    return [(mx - ux * half, my - uy * half), (mx + ux * half, my + uy * half)]


def _foot_point(leg: Leg, local: Point) -> Point:
    c, s = math.cos(math.radians(leg.foot)), math.sin(math.radians(leg.foot))
    return (leg.ankle[0] + local[0] * c - local[1] * s, leg.ankle[1] + local[0] * s + local[1] * c)


def _prop(painter: QPainter, placed: Placed) -> None:
    x = placed.x
    match placed.prop:
        case Prop.WALL:
            # The wall runs to the edge of the scene, behind the figure's hands.
            painter.drawRect(QRectF(x, 0, SCENE_WIDTH - x, SCENE_HEIGHT + SCENE_BOTTOM - 4))
        case Prop.CHAIR:
            leg_w = 3.0
            painter.drawRect(QRectF(x - leg_w, 0, leg_w, CHAIR_BACK))  # back leg and backrest
            painter.drawRect(QRectF(x + CHAIR_DEPTH - leg_w, 0, leg_w, CHAIR_SEAT))
            painter.drawRect(QRectF(x - leg_w, CHAIR_SEAT - 4, CHAIR_DEPTH + leg_w, 4))
        case Prop.TABLE:
            top = TABLE_TOP - TABLE_THICKNESS
            painter.drawRect(QRectF(x + 4, 0, 3.5, top))
            painter.drawRect(QRectF(x + TABLE_DEPTH - 7.5, 0, 3.5, top))
            painter.drawRect(QRectF(x, top, TABLE_DEPTH, TABLE_THICKNESS))
        case Prop.STEP:
            painter.drawRect(QRectF(x, 0, STEP_DEPTH, STEP_HEIGHT))
        case Prop.MAT:
            painter.drawRect(QRectF(x, 0, placed.to - x, MAT_THICKNESS))
        case Prop.BAND:
            pass  # drawn with the figure, between the hand and the foot


def _arrow(painter: QPainter, points: list[Point], colours: FigureColours, outline: float) -> None:
    if len(points) < 2:
        return
    width = outline * 1.8
    pen = QPen(colours.accent, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    head = width * 3.2
    tip = points[-1]
    # The head points along the last stretch of the path that is longer than the head.
    back = next(
        (p for p in reversed(points[:-1]) if math.hypot(tip[0] - p[0], tip[1] - p[1]) > head),
        points[0],
    )
    heading = math.atan2(tip[1] - back[1], tip[0] - back[0])
    shaft_end = (tip[0] - math.cos(heading) * head * 0.6, tip[1] - math.sin(heading) * head * 0.6)
    shaft = [p for p in points[:-1] if math.hypot(p[0] - tip[0], p[1] - tip[1]) > head * 0.6]
    painter.drawPolyline(QPolygonF([QPointF(*p) for p in [*shaft, shaft_end]]))
    wing = math.radians(28)
    barbs = [
        (tip[0] - math.cos(heading + s * wing) * head, tip[1] - math.sin(heading + s * wing) * head)
        for s in (1, -1)
    ]
    painter.setBrush(colours.accent)
    painter.drawPolygon(QPolygonF([QPointF(*tip), QPointF(*barbs[0]), QPointF(*barbs[1])]))


def muscle_name(muscle: Muscle) -> str:
    """What the muscle is called where the picture is described: "the calf (gastrocnemius)"."""
    translate = QCoreApplication.translate
    return {
        Muscle.GASTROCNEMIUS: translate("ExercisePicture", "the calf (gastrocnemius)"),
        Muscle.SOLEUS: translate("ExercisePicture", "the deep calf (soleus)"),
        Muscle.ARCH: translate("ExercisePicture", "the arch of the foot"),
    }[muscle]
