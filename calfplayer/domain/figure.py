"""The figure rig: one human body seen from the side, posed by joint angles and held by contacts.

A pose is a set of joint angles plus where the body rests: its root (one foot on a surface, or the
seat on a chair or the floor) and the other contacts that must hold (the other foot, the hands).
``solve`` turns a pose into points: the body is built out from the root with the joint angles, and
each limb with a contact is bent by two-bone inverse kinematics so its hand or foot lands where the
contact says. Moving between two poses interpolates the angles and the contacts (``blend``), so a
foot whose ball is planted in both poses stays planted while its heel rises.

Lengths are centimetres (a person of about 170 cm), angles degrees, x forward, y up, floor y = 0.
The body's shape is a chain of circles per part (``body_parts``); the drawing joins neighbouring
circles with their common tangents, so the shape code has no toolkit in it and can be checked here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from enum import StrEnum

Point = tuple[float, float]

# Segment lengths, after standard anthropometric proportions of a 170 cm adult.
THIGH = 42.0
SHIN = 42.0
TORSO = 49.0  # hip joint to shoulder joint
NECK = 6.0
HEAD_R = 11.0
UPPER_ARM = 30.0
FOREARM = 25.0
SEAT_DROP = 11.0  # hip joint to the sitting bones, along the trunk

# The foot in its own frame: ankle at the origin, toes toward +x, sole on y = -ANKLE_H when flat.
ANKLE_R = 3.6
KNEE_R = 5.0
HEEL_C, HEEL_R = (-3.5, -4.0), 3.2
BALL_C, BALL_R = (12.0, -5.0), 2.2
TOE_LEN, TOE_R = 4.5, 1.5
ANKLE_H = 7.2
FOOT_LENGTH = -HEEL_C[0] + HEEL_R + BALL_C[0] + TOE_LEN + TOE_R  # back of heel to toe tip
TOES_DROP = -9.0  # toes resting on a surface slope down from the ball this much
# The hand: wrist at the origin, fingers toward +x, palm on y = -WRIST_R.
WRIST_R = 2.6
HAND_CIRCLES = ((0.0, 0.0, WRIST_R), (10.0, -0.2, 2.4), (18.0, -1.1, 1.5))

JOINTS = (
    "trunk",  # lean from upright, + forward (used when the seat is the root)
    "head",  # neck flexion, + chin down
    "near_hip",  # flexion, + thigh forward of the trunk line
    "near_knee",  # flexion
    "near_ankle",  # plantarflexion, + toes pointed, - foot bent up
    "far_hip",
    "far_knee",
    "far_ankle",
    "near_shoulder",  # flexion, + arm forward of the trunk line
    "near_elbow",  # flexion
    "far_shoulder",
    "far_elbow",
    "arch",  # rise of the foot's arch (both feet), 0 relaxed
)


class Limb(StrEnum):
    NEAR = "near"
    FAR = "far"


@dataclass(frozen=True)
class FootPlace:
    """A foot resting on its ball at ``x`` on a surface at height ``y``; ``heel`` lifts the heel
    (degrees, + up, - down past a step's edge). The ball rolls, so it touches at any lift."""

    limb: Limb
    x: float
    y: float
    heel: float


@dataclass(frozen=True)
class HandPlace:
    """A hand flat on a surface: the wrist at ``wrist``, the fingers along ``direction``
    (degrees: 0 forward along a table or the floor, 90 up a wall)."""

    limb: Limb
    wrist: Point
    direction: float


@dataclass(frozen=True)
class SeatPlace:
    """The sitting bones resting at ``x`` on a surface at height ``y``."""

    x: float
    y: float


@dataclass(frozen=True)
class Pose:
    root: FootPlace | SeatPlace
    joints: tuple[float, ...]  # in the order of JOINTS
    feet: tuple[FootPlace, ...] = ()  # other feet that must stay where they are put
    hands: tuple[HandPlace, ...] = ()

    def joint(self, name: str) -> float:
        return self.joints[JOINTS.index(name)]


def _mix(a: float, b: float, t: float) -> float:
    return a + (b - a) * t


def _mix_point(a: Point, b: Point, t: float) -> Point:
    return (_mix(a[0], b[0], t), _mix(a[1], b[1], t))


def blend(start: Pose, end: Pose, t: float) -> Pose:
    """The pose ``t`` of the way from start (0) to end (1): angles and contacts interpolated.

    The two poses must rest on the same parts (the catalogue checks this when it loads)."""
    if t <= 0:
        return start
    if t >= 1:
        return end
    root: FootPlace | SeatPlace
    if isinstance(start.root, FootPlace) and isinstance(end.root, FootPlace):
        root = _blend_foot(start.root, end.root, t)
    else:
        root = SeatPlace(_mix(start.root.x, end.root.x, t), _mix(start.root.y, end.root.y, t))
    return Pose(
        root=root,
        joints=tuple(_mix(a, b, t) for a, b in zip(start.joints, end.joints, strict=True)),
        feet=tuple(_blend_foot(a, b, t) for a, b in zip(start.feet, end.feet, strict=True)),
        hands=tuple(
            HandPlace(a.limb, _mix_point(a.wrist, b.wrist, t), _mix(a.direction, b.direction, t))
            for a, b in zip(start.hands, end.hands, strict=True)
        ),
    )


def _blend_foot(a: FootPlace, b: FootPlace, t: float) -> FootPlace:
    return FootPlace(a.limb, _mix(a.x, b.x, t), _mix(a.y, b.y, t), _mix(a.heel, b.heel, t))


# --- vectors ---------------------------------------------------------------------------------


def _unit(degrees: float) -> Point:
    radians = math.radians(degrees)
    return (math.cos(radians), math.sin(radians))


def _along(origin: Point, degrees: float, length: float) -> Point:
    ux, uy = _unit(degrees)
    return (origin[0] + ux * length, origin[1] + uy * length)


def _in_frame(origin: Point, degrees: float, local: Point) -> Point:
    """``local`` (x along ``degrees``, y to its left) placed at ``origin``."""
    c, s = _unit(degrees)
    return (origin[0] + local[0] * c - local[1] * s, origin[1] + local[0] * s + local[1] * c)


def _angle(a: Point, b: Point) -> float:
    return math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))


def _turn(degrees: float) -> float:
    """An angle folded into -180..180."""
    return (degrees + 180.0) % 360.0 - 180.0


def distance(a: Point, b: Point) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


def two_bone(root: Point, target: Point, first: float, second: float, bend: int) -> Point:
    """The middle joint of a limb of two bones reaching from ``root`` toward ``target``.

    ``bend`` +1 puts the joint on the left of the root-to-target line (counter-clockwise), -1 on
    its right. A target out of reach leaves the limb straight, pointing at it."""
    reach = distance(root, target)
    heading = _angle(root, target)
    if reach >= first + second - 1e-9:
        return _along(root, heading, first)
    reach = max(reach, abs(first - second) + 1e-6)
    cosine = (first * first + reach * reach - second * second) / (2 * first * reach)
    opening = math.degrees(math.acos(max(-1.0, min(1.0, cosine))))
    return _along(root, heading + bend * opening, first)


# --- the solved figure -----------------------------------------------------------------------


@dataclass(frozen=True)
class Leg:
    hip: Point
    knee: Point
    ankle: Point
    foot: float  # direction of the foot from heel to toes, degrees
    toes: float  # direction of the toes from the ball
    arch: float

    def point(self, part: str) -> Point:
        match part:
            case "knee":
                return self.knee
            case "ankle":
                return self.ankle
            case "heel":  # the bottom of the heel
                return _in_frame(self.ankle, self.foot, (HEEL_C[0], HEEL_C[1] - HEEL_R))
            case "ball":  # the bottom of the ball of the foot
                centre = _in_frame(self.ankle, self.foot, BALL_C)
                return (centre[0], centre[1] - BALL_R)
            case "toe":
                return _along(self._ball_centre, self.toes, TOE_LEN)
            case "arch":
                middle = ((HEEL_C[0] + BALL_C[0]) / 2, -ANKLE_H + self.arch_rise)
                return _in_frame(self.ankle, self.foot, middle)
        raise KeyError(part)

    @property
    def _ball_centre(self) -> Point:
        return _in_frame(self.ankle, self.foot, BALL_C)

    @property
    def arch_rise(self) -> float:
        """How far the middle of the sole lifts off the ground, in cm."""
        return (BALL_C[0] - HEEL_C[0]) / 2 * math.tan(math.radians(max(0.0, self.arch)))


@dataclass(frozen=True)
class Arm:
    shoulder: Point
    elbow: Point
    wrist: Point
    hand: float  # direction of the fingers, degrees


@dataclass(frozen=True)
class Figure:
    hip: Point
    shoulder: Point
    head: Point  # centre of the head
    trunk: float  # direction hip to shoulder, degrees (90 upright)
    legs: dict[Limb, Leg]
    arms: dict[Limb, Arm]

    def point(self, name: str) -> Point:
        """A named point: "hip", "shoulder", "head", "seat", or "<near|far>_<knee|ankle|heel|
        ball|toe|arch|elbow|wrist>"."""
        match name:
            case "hip":
                return self.hip
            case "shoulder":
                return self.shoulder
            case "head":
                return self.head
            case "seat":
                return _along(self.hip, self.trunk + 180, SEAT_DROP)
        side, _, part = name.partition("_")
        limb = Limb(side)
        if part == "elbow":
            return self.arms[limb].elbow
        if part == "wrist":
            return self.arms[limb].wrist
        return self.legs[limb].point(part)

    def joint_angles(self) -> dict[str, float]:
        """The joint angles the solved figure really has, contacts and all (same names as
        JOINTS)."""
        angles = {"trunk": _turn(90 - self.trunk)}
        angles["head"] = _turn(self.trunk - _angle(self.shoulder, self.head))
        for limb, leg in self.legs.items():
            thigh, shin = _angle(leg.hip, leg.knee), _angle(leg.knee, leg.ankle)
            angles[f"{limb}_hip"] = _turn(thigh - self.trunk - 180)
            angles[f"{limb}_knee"] = _turn(thigh - shin)
            angles[f"{limb}_ankle"] = _turn(shin + 90 - leg.foot)
            angles["arch"] = leg.arch
        for limb, arm in self.arms.items():
            upper, fore = _angle(arm.shoulder, arm.elbow), _angle(arm.elbow, arm.wrist)
            angles[f"{limb}_shoulder"] = _turn(upper - self.trunk - 180)
            angles[f"{limb}_elbow"] = _turn(fore - upper)
        return angles


def _free_leg(hip: Point, trunk: float, hip_angle: float, knee: float, ankle: float) -> Leg:
    thigh = trunk + 180 + hip_angle
    shin = thigh - knee
    knee_point = _along(hip, thigh, THIGH)
    ankle_point = _along(knee_point, shin, SHIN)
    foot = shin + 90 - ankle
    return Leg(hip, knee_point, ankle_point, foot, foot + TOES_DROP, 0.0)


def _free_arm(shoulder: Point, trunk: float, shoulder_angle: float, elbow: float) -> Arm:
    upper = trunk + 180 + shoulder_angle
    fore = upper + elbow
    elbow_point = _along(shoulder, upper, UPPER_ARM)
    return Arm(shoulder, elbow_point, _along(elbow_point, fore, FOREARM), fore)


def _ankle_for(place: FootPlace) -> tuple[Point, float]:
    """Where the ankle is, and the foot's direction, for a foot resting as ``place`` says."""
    foot = -place.heel
    ball = (place.x, place.y + BALL_R)
    offset = _in_frame((0.0, 0.0), foot, BALL_C)
    return (ball[0] - offset[0], ball[1] - offset[1]), foot


def _body(pose: Pose, hip: Point, trunk: float) -> tuple[Point, dict[Limb, Leg], dict[Limb, Arm]]:
    joint = dict(zip(JOINTS, pose.joints, strict=True))
    shoulder = _along(hip, trunk, TORSO)
    legs = {
        limb: _free_leg(
            hip, trunk, joint[f"{limb}_hip"], joint[f"{limb}_knee"], joint[f"{limb}_ankle"]
        )
        for limb in Limb
    }
    arms = {
        limb: _free_arm(shoulder, trunk, joint[f"{limb}_shoulder"], joint[f"{limb}_elbow"])
        for limb in Limb
    }
    return shoulder, legs, arms


def solve(pose: Pose) -> Figure:
    """The figure's points for ``pose``: built out from its root, then every contact reached."""
    trunk = 90.0 - pose.joint("trunk")
    hip: Point = (0.0, 0.0)
    if isinstance(pose.root, FootPlace):
        # Turn the whole body about the root foot so that foot lies as the root says, then move
        # it so the ball rests where it should.
        _, legs, _ = _body(pose, hip, trunk)
        ankle, foot = _ankle_for(pose.root)
        trunk += foot - legs[pose.root.limb].foot
        _, legs, _ = _body(pose, hip, trunk)
        built = legs[pose.root.limb].ankle
        hip = (ankle[0] - built[0], ankle[1] - built[1])
    else:
        seat = _along(hip, trunk + 180, SEAT_DROP)
        hip = (pose.root.x - seat[0], pose.root.y - seat[1])
    shoulder, legs, arms = _body(pose, hip, trunk)
    arch = pose.joint("arch")
    resting = list(pose.feet)
    if isinstance(pose.root, FootPlace):
        resting.append(pose.root)
    for place in resting:
        ankle, foot = _ankle_for(place)
        knee = two_bone(hip, ankle, THIGH, SHIN, +1)
        ankle = _along(knee, _angle(knee, ankle), SHIN)  # stays short of a target out of reach
        legs[place.limb] = Leg(hip, knee, ankle, foot, 0.0 + TOES_DROP, arch)
    for limb, leg in legs.items():
        if leg.arch != arch:
            legs[limb] = replace(leg, arch=arch)
    for hand in pose.hands:
        elbow = two_bone(shoulder, hand.wrist, UPPER_ARM, FOREARM, -1)
        wrist = _along(elbow, _angle(elbow, hand.wrist), FOREARM)
        arms[hand.limb] = Arm(shoulder, elbow, wrist, hand.direction)
    head_direction = trunk - pose.joint("head")
    head = _along(shoulder, head_direction, NECK + HEAD_R)
    return Figure(hip, shoulder, head, trunk, legs, arms)


# --- the body's shape ------------------------------------------------------------------------

Circle = tuple[float, float, float]  # x, y, radius
Chain = tuple[Circle, ...]  # neighbouring circles are joined by their common tangents


@dataclass(frozen=True)
class Piece:
    """A chain of circles that moves with one bone: given in the bone's own frame (x along the
    bone from ``origin``, y to its left) and placed by turning it ``angle`` degrees. A piece's
    shape is the same in every pose, so a drawing can work it out once and only move it."""

    origin: Point
    angle: float
    circles: Chain

    def placed(self) -> Chain:
        """The circles where they are in the scene."""
        return tuple((*_in_frame(self.origin, self.angle, (x, y)), r) for x, y, r in self.circles)


@dataclass(frozen=True)
class BodyPart:
    name: str  # "far_arm", "far_leg", "trunk", "near_leg", "near_arm"
    far: bool  # drawn in the far shade, behind the trunk
    pieces: tuple[Piece, ...]
    muscle: tuple[Piece, ...] = ()  # the working muscle, drawn over the part in the accent


class Muscle(StrEnum):
    GASTROCNEMIUS = "gastrocnemius"
    SOLEUS = "soleus"
    ARCH = "arch"


# Shapes in their bones' frames: (distance along the bone, offset to its left, radius).
THIGH_SHAPE = ((0.0, 0.0, 7.5), (THIGH * 0.45, 0.4, 6.6), (THIGH, 0.0, KNEE_R))
# The calf bulges behind the shin: to the right of knee-to-ankle for a forward-facing foot.
SHIN_SHAPE = (
    (0.0, 0.0, KNEE_R),
    (SHIN * 0.3, -1.9, 5.4),
    (SHIN * 0.62, -0.9, 3.9),
    (SHIN, 0.0, ANKLE_R),
)
FOOT_SHAPE = ((*HEEL_C, HEEL_R), (0.0, 0.0, ANKLE_R), (*BALL_C, BALL_R))
SOLE_SHAPE = ((*HEEL_C, HEEL_R), (*BALL_C, BALL_R))
TOES_SHAPE = ((0.0, 0.0, BALL_R), (TOE_LEN, 0.0, TOE_R))
MUSCLE_SHAPES = {
    Muscle.GASTROCNEMIUS: (
        (SHIN * 0.06, -1.7, 3.6),
        (SHIN * 0.3, -2.0, 4.7),
        (SHIN * 0.58, -1.3, 2.3),
    ),
    Muscle.SOLEUS: ((SHIN * 0.34, -2.3, 3.6), (SHIN * 0.6, -1.5, 3.2), (SHIN * 0.84, -0.9, 2.0)),
}
UPPER_ARM_SHAPE = ((0.0, 0.0, 4.8), (UPPER_ARM, 0.0, 3.6))
FOREARM_SHAPE = ((0.0, 0.0, 3.6), (FOREARM * 0.3, 0.0, 3.8), (FOREARM, 0.0, WRIST_R))
TORSO_SHAPE = (
    (-0.5, 2.2, 10.5),
    (TORSO * 0.45, 0.0, 9.6),
    (TORSO * 0.72, -1.2, 11.0),
    (TORSO + 1.0, 0.4, 7.6),
)
NECK_SHAPE = ((4.0, 0.0, 5.0), (10.0, 0.0, 4.6))
HEAD_SHAPE = ((NECK + HEAD_R, 0.0, HEAD_R),)


def _from_head(angle: float, length: float, radius: float) -> Circle:
    """A circle ``length`` from the head's centre, ``angle`` degrees from straight up the neck."""
    x, y = _in_frame((NECK + HEAD_R, 0.0), angle, (length, 0.0))
    return (x, y, radius)


# A chin and a nose show which way the face looks.
FACE_SHAPE = (_from_head(-130, 6.5, 5.0), _from_head(-98, HEAD_R - 0.4, 1.8))


def _leg_pieces(leg: Leg) -> tuple[Piece, ...]:
    ball = _in_frame(leg.ankle, leg.foot, BALL_C)
    return (
        Piece(leg.hip, _angle(leg.hip, leg.knee), THIGH_SHAPE),
        Piece(leg.knee, _angle(leg.knee, leg.ankle), SHIN_SHAPE),
        Piece(leg.ankle, leg.foot, FOOT_SHAPE),
        Piece(leg.ankle, leg.foot, SOLE_SHAPE),
        Piece(ball, leg.toes, TOES_SHAPE),
    )


def _muscle_pieces(leg: Leg, muscle: Muscle) -> tuple[Piece, ...]:
    if muscle is not Muscle.ARCH:
        return (Piece(leg.knee, _angle(leg.knee, leg.ankle), MUSCLE_SHAPES[muscle]),)
    # The arch muscles: a band along the sole, raised in the middle as far as the arch is.
    middle = (HEEL_C[0] + BALL_C[0]) / 2
    band = (
        (HEEL_C[0] + 2.0, -ANKLE_H + 1.9, 1.6),
        (middle, -ANKLE_H + 2.0 + leg.arch_rise, 1.8),
        (BALL_C[0] - 2.5, -ANKLE_H + 1.8, 1.4),
    )
    return (Piece(leg.ankle, leg.foot, band),)


def _arm_pieces(arm: Arm) -> tuple[Piece, ...]:
    return (
        Piece(arm.shoulder, _angle(arm.shoulder, arm.elbow), UPPER_ARM_SHAPE),
        Piece(arm.elbow, _angle(arm.elbow, arm.wrist), FOREARM_SHAPE),
        Piece(arm.wrist, arm.hand, HAND_CIRCLES),
    )


def _trunk_pieces(figure: Figure) -> tuple[Piece, ...]:
    up_the_neck = _angle(figure.shoulder, figure.head)
    return (
        Piece(figure.hip, figure.trunk, TORSO_SHAPE),
        Piece(figure.shoulder, up_the_neck, NECK_SHAPE),
        Piece(figure.shoulder, up_the_neck, HEAD_SHAPE),
        Piece(figure.shoulder, up_the_neck, FACE_SHAPE),
    )


def body_parts(figure: Figure, muscle: Muscle | None, working: tuple[Limb, ...]) -> list[BodyPart]:
    """The figure's parts from back to front; the working muscle of each limb in ``working``
    goes with its leg."""
    parts = []
    for limb in (Limb.FAR, Limb.NEAR):
        far = limb is Limb.FAR
        leg = figure.legs[limb]
        tinted = _muscle_pieces(leg, muscle) if muscle is not None and limb in working else ()
        arm = BodyPart(f"{limb}_arm", far, _arm_pieces(figure.arms[limb]))
        leg_part = BodyPart(f"{limb}_leg", far, _leg_pieces(leg), tinted)
        if far:
            parts += [arm, leg_part, BodyPart("trunk", False, _trunk_pieces(figure))]
        else:
            parts += [leg_part, arm]
    return parts


def lowest_point(parts: list[BodyPart]) -> float:
    """The lowest y any part of the body reaches."""
    return min(y - r for part in parts for piece in part.pieces for _x, y, r in piece.placed())
