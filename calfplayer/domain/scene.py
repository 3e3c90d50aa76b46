"""The room an exercise is drawn in: floor, wall, chair, table, step, mat and band, to scale.

Every length is in centimetres, x forward (the way the figure faces), y up, the floor at y = 0.
All nine exercises share one view of SCENE_WIDTH by SCENE_HEIGHT, so a figure is the same size in
every drawing.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

SCENE_WIDTH = 220.0
SCENE_HEIGHT = 220.0
SCENE_BOTTOM = -10.0  # a strip of floor under the floor line

# Sizes of ordinary furniture.
CHAIR_SEAT = 46.0
CHAIR_DEPTH = 42.0
CHAIR_BACK = 88.0  # top of the backrest above the floor
TABLE_TOP = 90.0  # a kitchen table or counter: the height a hand steadies on
TABLE_DEPTH = 60.0
TABLE_THICKNESS = 3.5
STEP_HEIGHT = 18.0
STEP_DEPTH = 32.0
MAT_THICKNESS = 1.5


class Prop(StrEnum):
    WALL = "wall"
    CHAIR = "chair"
    TABLE = "table"
    STEP = "step"
    MAT = "mat"
    BAND = "band"  # drawn between the near hand and the near foot, not placed


class Surface(StrEnum):
    """What a foot, a hand or the seat can rest on."""

    FLOOR = "floor"
    WALL = "wall"
    CHAIR = "chair"
    TABLE = "table"
    STEP = "step"
    MAT = "mat"


@dataclass(frozen=True)
class Placed:
    """A prop from ``x`` (its near edge: the side the figure is on) to ``to`` (mats only)."""

    prop: Prop
    x: float = 0.0
    to: float = 0.0

    @property
    def span(self) -> tuple[float, float]:
        """The x range of the prop's top surface (a wall's is the plane of its face)."""
        match self.prop:
            case Prop.CHAIR:
                return (self.x, self.x + CHAIR_DEPTH)
            case Prop.TABLE:
                return (self.x, self.x + TABLE_DEPTH)
            case Prop.STEP:
                return (self.x, self.x + STEP_DEPTH)
            case Prop.MAT:
                return (self.x, self.to)
            case _:
                return (self.x, self.x)

    @property
    def top(self) -> float:
        return {
            Prop.CHAIR: CHAIR_SEAT,
            Prop.TABLE: TABLE_TOP,
            Prop.STEP: STEP_HEIGHT,
            Prop.MAT: MAT_THICKNESS,
        }.get(self.prop, 0.0)


@dataclass(frozen=True)
class Scene:
    props: tuple[Placed, ...]

    def find(self, prop: Prop) -> Placed | None:
        return next((placed for placed in self.props if placed.prop is prop), None)

    @property
    def has_band(self) -> bool:
        return self.find(Prop.BAND) is not None


def surface_height(scene: Scene, surface: Surface) -> float:
    """The height a foot, hand or seat rests at on ``surface``; 0 for the floor."""
    if surface is Surface.FLOOR or surface is Surface.WALL:
        return 0.0
    placed = scene.find(Prop(surface.value))
    return placed.top if placed is not None else 0.0
