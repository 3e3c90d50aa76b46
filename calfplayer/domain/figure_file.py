"""Reading an exercise's figure from its catalogue file, and checking that its poses can be held.

A figure names its props, the muscle that works, the arrow, and two poses. Besides the usual
checks (known fields, numbers in range), each pose is solved when the catalogue loads, and a pose
whose hand cannot reach its wall, whose foot misses its step or whose body goes through the floor
is refused with a sentence that says which and by how much.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from calfplayer.domain.figure import (
    HAND_CIRCLES,
    JOINTS,
    KNEE_R,
    WRIST_R,
    FootPlace,
    HandPlace,
    Limb,
    Muscle,
    Point,
    Pose,
    SeatPlace,
    blend,
    body_parts,
    distance,
    lowest_point,
    solve,
)
from calfplayer.domain.jsonfile import Checker, join
from calfplayer.domain.scene import SCENE_WIDTH, Placed, Prop, Scene, Surface, surface_height
from calfplayer.i18n import translate

REACH_SLACK = 0.5  # cm a hand or foot may fall short of its contact
FINGERTIPS = -70.0  # direction of a hand steadying on its fingertips: down and forward
TOUCH_SLACK = 1.5  # cm a resting part (a knee on the mat) may float above its surface
POINT_NAMES = (
    "hip",
    "shoulder",
    "head",
    "seat",
    *(f"{limb}_{part}" for limb in Limb for part in ("knee", "ankle", "heel", "ball", "toe")),
    *(f"{limb}_{part}" for limb in Limb for part in ("arch", "elbow", "wrist")),
)


@dataclass(frozen=True)
class Arrow:
    """An arrow beside the part that moves, along its path from the start to the end pose."""

    part: str  # a point name of Figure.point
    offset: Point  # cm from the part's path, so the arrow does not cover it


@dataclass(frozen=True)
class FigureSpec:
    scene: Scene
    start: Pose
    end: Pose  # the top of a repetition, or the pose a hold holds
    muscle: Muscle
    working: tuple[Limb, ...]  # the legs whose muscle is tinted
    arrow: Arrow
    key_joints: tuple[str, ...]  # the joints the movement is about
    close_up: bool  # a magnified near foot beside the figure, for movements too small to see


def _number(check: Checker, value: Any, place: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        check.fail(place, translate("FigureFile", "must be a number"))
        return low
    if not low <= value <= high:
        message = translate("FileChecks", "must be between {low} and {high} (got {value})")
        check.fail(place, message.format(low=f"{low:g}", high=f"{high:g}", value=f"{value:g}"))
        return low
    return float(value)


def _scene(check: Checker, value: Any, place: str) -> Scene:
    props = []
    for where, entry in check.items(value, place, 0, 4):
        obj = check.obj(entry, where, ("prop",), ("x", "to"))
        if obj is None:
            continue
        prop = check.choice(obj["prop"], join(where, "prop"), [p.value for p in Prop])
        if prop is None:
            continue
        x = _number(check, obj.get("x", 0), join(where, "x"), 0, SCENE_WIDTH)
        to = _number(check, obj.get("to", x), join(where, "to"), x, SCENE_WIDTH)
        props.append(Placed(Prop(prop), x, to))
    return Scene(tuple(props))


def _surface(check: Checker, scene: Scene, value: Any, place: str, x: float | None) -> float:
    """The height of the surface named ``value``; checks the scene has it under ``x``."""
    name = check.choice(value, place, [s.value for s in Surface])
    if name is None:
        return 0.0
    surface = Surface(name)
    if surface is Surface.FLOOR:
        return 0.0
    placed = scene.find(Prop(surface.value))
    if placed is None:
        message = translate("FigureFile", 'is "{name}", but the scene has no {name}')
        check.fail(place, message.format(name=name))
        return 0.0
    low, high = placed.span
    if x is not None and surface is not Surface.WALL and not low <= x <= high:
        message = translate("FigureFile", "x {x} is not over the {name} ({low} to {high})")
        check.fail(place, message.format(x=f"{x:g}", name=name, low=f"{low:g}", high=f"{high:g}"))
    return surface_height(scene, surface)


def _foot(check: Checker, scene: Scene, value: Any, place: str) -> FootPlace | None:
    obj = check.obj(value, place, ("foot", "on", "x"), ("heel",))
    if obj is None or "foot" not in obj or "on" not in obj or "x" not in obj:
        return None
    limb = check.choice(obj["foot"], join(place, "foot"), [limb.value for limb in Limb])
    x = _number(check, obj["x"], join(place, "x"), 0, SCENE_WIDTH)
    y = _surface(check, scene, obj["on"], join(place, "on"), x)
    heel = _number(check, obj.get("heel", 0), join(place, "heel"), -45, 75)
    return FootPlace(Limb(limb), x, y, heel) if limb is not None else None


def _hand(check: Checker, scene: Scene, value: Any, place: str) -> HandPlace | None:
    """A palm flat on a wall (``height``) or a surface (``x``), or fingertips on a surface."""
    obj = check.obj(value, place, ("hand", "on"), ("x", "height", "grip"))
    if obj is None or "hand" not in obj or "on" not in obj:
        return None
    limb = check.choice(obj["hand"], join(place, "hand"), [limb.value for limb in Limb])
    grip = check.choice(obj.get("grip", "palm"), join(place, "grip"), ("palm", "fingertips"))
    if grip == "fingertips" and obj["on"] != Surface.WALL.value:
        x = _number(check, obj.get("x"), join(place, "x"), 0, SCENE_WIDTH)
        top = _surface(check, scene, obj["on"], join(place, "on"), x)
        tip_x, tip_y, tip_r = HAND_CIRCLES[-1]
        angle = math.radians(FINGERTIPS)
        c, s = math.cos(angle), math.sin(angle)
        wrist = (x - (tip_x * c - tip_y * s), top + tip_r - (tip_x * s + tip_y * c))
        direction = FINGERTIPS
    elif obj["on"] == Surface.WALL.value:
        wall = scene.find(Prop.WALL)
        _surface(check, scene, obj["on"], join(place, "on"), None)
        height = _number(check, obj.get("height"), join(place, "height"), 0, 200)
        wrist = ((wall.x if wall else 0.0) - WRIST_R, height)
        direction = 90.0
    else:
        x = _number(check, obj.get("x"), join(place, "x"), 0, SCENE_WIDTH)
        wrist = (x, _surface(check, scene, obj["on"], join(place, "on"), x) + WRIST_R)
        direction = 0.0
    return HandPlace(Limb(limb), wrist, direction) if limb is not None else None


def _pose(
    check: Checker, scene: Scene, value: Any, place: str
) -> tuple[Pose, list[tuple[str, float]]]:
    """A pose and the parts it says rest on something: (point name, surface height)."""
    obj = check.obj(value, place, ("root", "joints"), ("feet", "hands", "touching")) or {}
    root: FootPlace | SeatPlace = SeatPlace(0.0, 0.0)
    raw_root = obj.get("root")
    if isinstance(raw_root, dict) and "seat" in raw_root:
        seat = check.obj(raw_root, join(place, "root"), ("seat", "x"), ())
        if seat is not None and "x" in seat:
            x = _number(check, seat["x"], join(place, "root.x"), 0, SCENE_WIDTH)
            root = SeatPlace(x, _surface(check, scene, seat["seat"], join(place, "root.seat"), x))
    elif raw_root is not None:
        root = _foot(check, scene, raw_root, join(place, "root")) or root
    angles = [0.0] * len(JOINTS)
    raw_joints = check.obj(obj.get("joints", {}), join(place, "joints"), (), JOINTS) or {}
    for name, angle in raw_joints.items():
        if name in JOINTS:
            low, high = (0, 30) if name == "arch" else (-180, 180)
            angles[JOINTS.index(name)] = _number(
                check, angle, join(place, f"joints.{name}"), low, high
            )
    feet = [
        _foot(check, scene, entry, where)
        for where, entry in check.items(obj.get("feet", []), join(place, "feet"), 0, 2)
    ]
    hands = [
        _hand(check, scene, entry, where)
        for where, entry in check.items(obj.get("hands", []), join(place, "hands"), 0, 2)
    ]
    touching = []
    for where, entry in check.items(obj.get("touching", []), join(place, "touching"), 0, 4):
        rest = check.obj(entry, where, ("part", "on"), ())
        if rest is not None and "part" in rest and "on" in rest:
            part = check.choice(rest["part"], join(where, "part"), POINT_NAMES)
            height = _surface(check, scene, rest["on"], join(where, "on"), None)
            if part is not None:
                touching.append((part, height))
    pose = Pose(
        root,
        tuple(angles),
        tuple(foot for foot in feet if foot is not None),
        tuple(hand for hand in hands if hand is not None),
    )
    return pose, touching


def _shape(pose: Pose) -> tuple[Any, ...]:
    root = ("foot", pose.root.limb) if isinstance(pose.root, FootPlace) else ("seat",)
    return root, [f.limb for f in pose.feet], [h.limb for h in pose.hands]


def _check_held(check: Checker, pose: Pose, place: str, touching: list[tuple[str, float]]) -> None:
    """Every contact is reached and nothing goes through the floor."""
    figure = solve(pose)
    for foot in pose.feet:
        gap = distance(figure.legs[foot.limb].point("ball"), (foot.x, foot.y))
        if gap > REACH_SLACK:
            message = translate("FigureFile", "the {limb} foot is {gap} cm short of its place")
            check.fail(place, message.format(limb=foot.limb, gap=f"{gap:.1f}"))
    for hand in pose.hands:
        gap = distance(figure.arms[hand.limb].wrist, hand.wrist)
        if gap > REACH_SLACK:
            message = translate("FigureFile", "the {limb} hand is {gap} cm short of its place")
            check.fail(place, message.format(limb=hand.limb, gap=f"{gap:.1f}"))
    for part, height in touching:
        gap = figure.point(part)[1] - height - (KNEE_R if part.endswith("_knee") else 0.0)
        if abs(gap) > TOUCH_SLACK:
            message = translate("FigureFile", "the {part} is {gap} cm off its surface")
            check.fail(place, message.format(part=part.replace("_", " "), gap=f"{gap:.1f}"))
    low = lowest_point(body_parts(figure, None, ()))
    if low < -REACH_SLACK:
        message = translate("FigureFile", "the body reaches {depth} cm below the floor")
        check.fail(place, message.format(depth=f"{-low:.1f}"))


def read_figure(check: Checker, value: Any, place: str = "figure") -> FigureSpec | None:
    keys = ("scene", "muscle", "working", "arrow", "key_joints", "start", "end")
    obj = check.obj(value, place, keys, ("close_up",))
    if obj is None or check.problems:
        return None
    scene = _scene(check, obj["scene"], join(place, "scene"))
    muscle = check.choice(obj["muscle"], join(place, "muscle"), [m.value for m in Muscle])
    working = tuple(
        Limb(check.choice(entry, where, [limb.value for limb in Limb]) or Limb.NEAR)
        for where, entry in check.items(obj["working"], join(place, "working"), 1, 2)
    )
    arrow_obj = check.obj(obj["arrow"], join(place, "arrow"), ("part", "offset"), ()) or {}
    part = check.choice(arrow_obj.get("part"), join(place, "arrow.part"), POINT_NAMES)
    offset = [
        _number(check, entry, where, -60, 60)
        for where, entry in check.items(arrow_obj.get("offset"), join(place, "arrow.offset"), 2, 2)
    ]
    key_joints = tuple(
        check.choice(entry, where, JOINTS) or ""
        for where, entry in check.items(obj["key_joints"], join(place, "key_joints"), 1, 4)
    )
    close_up = bool(check.boolean(obj.get("close_up", False), join(place, "close_up")))
    start, start_touching = _pose(check, scene, obj["start"], join(place, "start"))
    end, end_touching = _pose(check, scene, obj["end"], join(place, "end"))
    if check.problems or muscle is None or part is None or len(offset) != 2:
        return None
    if _shape(start) != _shape(end):
        message = translate("FigureFile", "must rest on the same parts as the start pose")
        check.fail(join(place, "end"), message)
        return None
    _check_held(check, start, join(place, "start"), start_touching)
    _check_held(check, end, join(place, "end"), end_touching)
    halfway = translate("FigureFile", "{place}: halfway between the poses").format(place=place)
    _check_held(check, blend(start, end, 0.5), halfway, [])
    if check.problems:
        return None
    return FigureSpec(
        scene=scene,
        start=start,
        end=end,
        muscle=Muscle(muscle),
        working=working,
        arrow=Arrow(part, (offset[0], offset[1])),
        key_joints=key_joints,
        close_up=close_up,
    )
