#!/usr/bin/env python3
"""Generate the exercise illustrations and the app icon for calfplayer.

Every exercise gets two side-view line drawings, ``<id>-start.svg`` and
``<id>-end.svg``, in ``assets/exercises/``.  All figures come from one tiny
pose model so that they look alike: fixed bone lengths, the same head, the
same line width.  A pose is built from a few anchor points (hip, feet,
hands); knees and elbows are found with two-bone inverse kinematics, so a
foot placed on the floor or a hand placed on a wall stays there.

The drawings use ``stroke="currentColor"`` only, so the app can recolour
them.  Limbs on the far side of the body are drawn half transparent.

Run from anywhere:  python3 tools/draw_exercises.py
Stdlib only.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "assets" / "exercises"
ICON_PATH = ROOT / "assets" / "icons" / "calfplayer.svg"

# ---------------------------------------------------------------- geometry

FLOOR = 232  # y of the floor line
BODY_W = 6  # stroke width of the figure
PROP_W = 4  # stroke width of props (wall, chair, table ...)
ARROW_W = 4  # stroke width of motion arrows
FAR_OPACITY = 0.45  # limbs on the far side of the body

THIGH, SHIN = 52, 50
UPPER_ARM, FOREARM = 36, 34
TORSO, NECK, HEAD_R = 62, 8, 13
LEG = THIGH + SHIN

# Foot in its own frame: ankle at the origin, facing +x, sole flat on y=+11.
# It is drawn as a small solid wedge (heel to ball) plus a line for the toes.
ANKLE_H = 11
HEEL = (-6.0, 11.0)
BALL = (22.0, 11.0)
FOOT_SHAPE = [(1.0, -1.0), (-9.0, 4.0), HEEL, BALL, (17.0, 6.0)]
TOE_LEN = 10.0


def add(a, b):
    return (a[0] + b[0], a[1] + b[1])


def sub(a, b):
    return (a[0] - b[0], a[1] - b[1])


def mul(a, k):
    return (a[0] * k, a[1] * k)


def dist(a, b):
    return math.hypot(a[0] - b[0], a[1] - b[1])


def rot(p, deg):
    """Rotate p about the origin; positive degrees turn +x towards +y (down)."""
    r = math.radians(deg)
    c, s = math.cos(r), math.sin(r)
    return (p[0] * c - p[1] * s, p[0] * s + p[1] * c)


def polar(deg_from_up, length):
    """Vector of the given length; 0 = straight up, 90 = towards +x."""
    r = math.radians(deg_from_up)
    return (math.sin(r) * length, -math.cos(r) * length)


def two_bone(root, target, l1, l2, bend):
    """Middle joint of a two-bone limb from root to target.

    bend = +1 puts the joint on the left of the root->target direction
    (seen on screen, y down), -1 on the right.  A target out of reach is
    pulled in so the limb ends straight, pointing at it.
    """
    d = dist(root, target)
    if d < 1e-6:
        return root, target
    u = mul(sub(target, root), 1.0 / d)
    if d >= l1 + l2:
        end = add(root, mul(u, l1 + l2))
        return add(root, mul(u, l1)), end
    d = max(d, abs(l1 - l2) + 1e-3)
    a = (l1 * l1 - l2 * l2 + d * d) / (2 * d)
    h = math.sqrt(max(l1 * l1 - a * a, 0.0))
    base = add(root, mul(u, a))
    normal = (u[1], -u[0])  # left of the direction on screen
    return add(base, mul(normal, h * bend)), target


# ------------------------------------------------------------------ pose


class Foot:
    """A foot placed either by its ankle or by its ball, tilted by `pitch`.

    pitch is the clockwise tilt on screen: > 0 lifts the heel (toes go
    down), < 0 lifts the toes (foot flexed up / heel dropped).
    With toes_flat the toes stay parallel to the floor (standing on tiptoe);
    otherwise they follow the foot (pointing the foot).
    """

    def __init__(self, ankle=None, ball=None, pitch=0.0, toes_flat=True, toe_pitch=None):
        self.pitch = pitch
        self.toes_flat = toes_flat
        self.toe_pitch = toe_pitch
        rb = rot(BALL, pitch)
        if ball is not None:
            self.ankle = sub(ball, rb)
        else:
            self.ankle = ankle

    def points(self):
        a = self.ankle
        heel = add(a, rot(HEEL, self.pitch))
        ball = add(a, rot(BALL, self.pitch))
        tp = self.toe_pitch if self.toe_pitch is not None else 0.0 if self.toes_flat else self.pitch
        toe = add(ball, rot((TOE_LEN, 0.0), tp))
        return heel, ball, toe

    def outline(self):
        return [add(self.ankle, rot(p, self.pitch)) for p in FOOT_SHAPE]


class Figure:
    """A stick figure facing +x, made of a head, a torso and four limbs."""

    def __init__(self, hip, torso=0.0, head=None):
        self.hip = hip
        self.shoulder = add(hip, polar(torso, TORSO))
        hdir = torso if head is None else head
        self.neck_top = add(self.shoulder, polar(hdir, NECK))
        self.head = add(self.shoulder, polar(hdir, NECK + HEAD_R))
        self.limbs = []  # (points, near)

    def leg(self, foot: Foot, bend=1, near=True, hip=None):
        """bend=+1: knee forward (+x) for a leg hanging down."""
        h = hip or self.hip
        # For a limb pointing down, "left of direction" on screen is +x.
        knee, ankle = two_bone(h, foot.ankle, THIGH, SHIN, bend)
        foot.ankle = ankle
        return self.add_leg(h, knee, foot, near)

    def add_leg(self, hip, knee, foot, near=True):
        """Add a leg whose joints are already known."""
        _heel, ball, toe = foot.points()
        self.limbs.append(([hip, knee, foot.ankle], near, False))
        self.limbs.append((foot.outline(), near, True))
        self.limbs.append(([ball, toe], near, False))
        return self

    def free_leg(self, thigh_deg, shin_deg, foot_deg, near=True):
        """A leg in the air, given by absolute segment angles (0 = down,
        positive = swinging forward, i.e. counter-clockwise on screen)."""
        knee = add(self.hip, rot((0.0, THIGH), -thigh_deg))
        ankle = add(knee, rot((0.0, SHIN), -shin_deg))
        foot = Foot(ankle=ankle, pitch=foot_deg, toes_flat=False)
        return self.add_leg(self.hip, knee, foot, near)

    def arm(self, hand, bend=-1, near=True):
        """bend=-1: elbow down/back for an arm reaching forward."""
        elbow, hand = two_bone(self.shoulder, hand, UPPER_ARM, FOREARM, bend)
        self.limbs.append(([self.shoulder, elbow, hand], near, False))
        self.hand = hand
        return self

    def svg(self):
        out = []
        for pts, near, solid in self.limbs:
            if not near:
                out.append(path(pts, opacity=FAR_OPACITY, closed=solid))
        out.append(path([self.hip, self.shoulder, self.neck_top]))
        for pts, near, solid in self.limbs:
            if near:
                out.append(path(pts, closed=solid))
        out.append(circle(self.head, HEAD_R))
        return out


# ------------------------------------------------------------- svg bits


def fmt(v):
    s = f"{v:.1f}"
    return s[:-2] if s.endswith(".0") else s


def path(pts, width=BODY_W, opacity=None, closed=False):
    """Polyline; closed=True makes it a solid (filled) shape."""
    d = "M" + " L".join(f"{fmt(x)} {fmt(y)}" for x, y in pts)
    extra = ""
    if closed:
        d += " Z"
        extra = ' fill="currentColor"'
    if opacity is not None:
        extra += f' opacity="{opacity}"'
    w = f' stroke-width="{width}"' if width != BODY_W else ""
    return f'<path d="{d}"{w}{extra}/>'


def raw(d, width=PROP_W, opacity=None):
    extra = f' stroke-opacity="{opacity}"' if opacity is not None else ""
    return f'<path d="{d}" stroke-width="{width}"{extra}/>'


def circle(c, r):
    return f'<circle cx="{fmt(c[0])}" cy="{fmt(c[1])}" r="{r}" fill="currentColor" stroke="none"/>'


def arrow(pts, width=ARROW_W, head=9):
    """A motion arrow along a polyline (or a smooth curve through 3 points)."""
    if len(pts) == 3:
        a, c, b = pts
        d = f"M{fmt(a[0])} {fmt(a[1])} Q{fmt(c[0])} {fmt(c[1])} {fmt(b[0])} {fmt(b[1])}"
        tail = c
    else:
        d = "M" + " L".join(f"{fmt(x)} {fmt(y)}" for x, y in pts)
        tail = pts[-2]
    tip = pts[-1]
    ang = math.degrees(math.atan2(tip[1] - tail[1], tip[0] - tail[0]))
    w1 = add(tip, rot((-head, 0.0), ang + 35))
    w2 = add(tip, rot((-head, 0.0), ang - 35))
    d += f" M{fmt(w1[0])} {fmt(w1[1])} L{fmt(tip[0])} {fmt(tip[1])} L{fmt(w2[0])} {fmt(w2[1])}"
    return raw(d, width)


def arc_arrow(center, radius, a0, a1, width=ARROW_W, head=9):
    """Arrow along a circular arc; angles in degrees, screen coords."""
    n = 16
    pts = []
    for i in range(n + 1):
        t = math.radians(a0 + (a1 - a0) * i / n)
        pts.append((center[0] + radius * math.cos(t), center[1] + radius * math.sin(t)))
    return arrow(pts, width, head)


def floor(x0=8, x1=248, y=FLOOR):
    return raw(f"M{x0} {y} L{x1} {y}")


def wall(x, top=16):
    x = round(x)
    hatch = " ".join(f"M{x} {y} L{x + 8} {y - 8}" for y in range(top + 14, FLOOR, 22))
    return [raw(f"M{x} {top} L{x} {FLOOR}"), raw(hatch, 2.5)]


def table(x0, x1, top):
    x0, x1, top = round(x0), round(x1), round(top)
    a, b = x0 + 12, x1 - 12
    return raw(
        f"M{x0} {top} L{x1} {top} M{a} {top} L{a} {FLOOR} "
        f"M{b} {top} L{b} {FLOOR} M{a} {top + 12} L{b} {top + 12}"
    )


def chair(x_back, x_front, seat):
    return raw(
        f"M{x_back - 4} {seat - 72} L{x_back} {seat} L{x_front} {seat} "
        f"M{x_back + 3} {seat} L{x_back + 3} {FLOOR} "
        f"M{x_front - 3} {seat} L{x_front - 3} {FLOOR}"
    )


def step(x0, x1, h):
    return raw(f"M{x0} {FLOOR} L{x0} {FLOOR - h} L{x1} {FLOOR - h} L{x1} {FLOOR}")


def mat(x0, x1, h=6):
    return raw(f"M{x0} {FLOOR} L{x0} {FLOOR - h} L{x1} {FLOOR - h} L{x1} {FLOOR}", 3)


def svg_doc(parts):
    body = "\n  ".join(parts)
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 256 256" '
        f'fill="none" stroke="currentColor" stroke-width="{BODY_W:d}" '
        f'stroke-linecap="round" stroke-linejoin="round">\n  {body}\n</svg>\n'
    )


# ------------------------------------------------------------- helpers


def zoomed(parts, zoom, x_from, x_to):
    """Parts scaled by zoom about the floor line, moving x_from to x_to."""
    dx = x_to - zoom * x_from
    dy = FLOOR - zoom * FLOOR
    return [f'<g transform="matrix({zoom} 0 0 {zoom} {fmt(dx)} {fmt(dy)})">', *parts, "</g>"]


def hip_over(ankle, dx=0.0, reach=1.0):
    """Hip placed dx ahead of the ankle, the leg stretched to reach*LEG."""
    length = LEG * reach
    return (ankle[0] + dx, ankle[1] - math.sqrt(max(length * length - dx * dx, 0.0)))


def floor_ball(x, y=FLOOR):
    """Ball of the foot resting on a surface at height y."""
    return (x, y)


# ------------------------------------------------------------ exercises


def calf_stretch(end):
    parts = [floor(), *wall(222)]
    if not end:
        ankle = (150, FLOOR - ANKLE_H)
        f = Figure(hip_over(ankle, -2), torso=4)
        f.leg(Foot(ankle=ankle), near=False)
        f.leg(Foot(ankle=(ankle[0] + 2, ankle[1])))
        f.arm((222 - 3, 66), bend=-1, near=False)
        f.arm((222 - 3, 70), bend=-1)
    else:
        back = (66, FLOOR - ANKLE_H)
        front = (170, FLOOR - ANKLE_H)
        hip = hip_over(back, 62, 1.0)
        f = Figure(hip, torso=30)
        f.leg(Foot(ankle=front), bend=1, near=False)
        f.leg(Foot(ankle=back))
        f.arm((222 - 3, 84), bend=-1, near=False)
        f.arm((222 - 3, 88), bend=-1)
        parts.append(arrow([(hip[0] + 4, hip[1] - 22), (hip[0] + 40, hip[1] - 22)]))
        parts.append(arrow([(back[0] - 20, FLOOR - 44), (back[0] - 20, FLOOR - 12)]))
    return parts + f.svg()


def standing(ball, pitch, dx=-2.0, reach=1.0, torso=2.0):
    """A figure standing on both feet (drawn on top of each other)."""
    foot = Foot(ball=ball, pitch=pitch)
    f = Figure(hip_over(foot.ankle, dx, reach), torso=torso)
    f.leg(Foot(ball=ball, pitch=pitch), near=False)
    f.leg(foot)
    return f, foot


def heel_arrow(foot, length=44):
    """Upward arrow just behind a lifted heel."""
    heel = foot.points()[0]
    x = heel[0] - 16
    return arrow([(x, FLOOR - 6), (x, FLOOR - 6 - length)])


def band_plantarflexion(end):
    parts = []
    hip = (58, FLOOR - 14)
    f = Figure(hip, torso=-6)
    ankle = (hip[0] + LEG - 2, FLOOR - 12)
    pitch = -14 if end else -94
    foot = Foot(ankle=ankle, pitch=pitch, toes_flat=False)
    f.leg(Foot(ankle=ankle, pitch=pitch, toes_flat=False), near=False)
    f.leg(foot)
    hand = (hip[0] + 36, hip[1] - 40)
    f.arm(hand, bend=-1, near=False)
    f.arm(hand, bend=-1)
    _heel, ball, _toe = foot.points()
    # The band wraps around the sole just below the toes.
    sole_dir = rot((1.0, 0.0), pitch)
    out = rot((0.0, 1.0), pitch)
    wrap = add(ball, mul(out, 5))
    p1 = add(wrap, mul(sole_dir, 6))
    p2 = add(wrap, mul(sole_dir, -12))
    band = (
        f"M{fmt(hand[0])} {fmt(hand[1])} L{fmt(p1[0])} {fmt(p1[1])} "
        f"Q{fmt(wrap[0] + out[0] * 7)} {fmt(wrap[1] + out[1] * 7)} "
        f"{fmt(p2[0])} {fmt(p2[1])} L{fmt(hand[0])} {fmt(hand[1])}"
    )
    parts.append(raw(band, 3.5))
    if end:
        parts.append(arc_arrow(ankle, 40, -92, -34))
    # The seated figure is long and low: drawn larger than the others, scaled about the floor,
    # so the foot and the band read at small sizes.
    return [floor(), *zoomed([*parts, *f.svg()], 1.4, 30, 18)]


def seated_calf_raise(end):
    seat = FLOOR - 62
    parts = [floor(), chair(48, 100, seat)]
    hip = (74, seat - 7)
    f = Figure(hip, torso=-2)
    pitch = 34 if end else 0
    ball = floor_ball(148)
    f.leg(Foot(ball=ball, pitch=pitch), near=False)
    foot = Foot(ball=ball, pitch=pitch)
    f.leg(foot)
    # hand rests on the thigh, near the knee
    knee = f.limbs[-2][0][1]
    f.arm(add(mul(add(hip, knee), 0.5), (14, -8)), bend=-1)
    if end:
        parts.append(heel_arrow(foot, 38))
    return parts + f.svg()


def calf_raise(end):
    ball = floor_ball(118)
    top_pose, _ = standing(ball, 40)
    sh = top_pose.shoulder  # the table suits the raised pose
    hand = (sh[0] + 30, sh[1] + 56)
    parts = [floor(), table(hand[0] - 8, 246, hand[1] + 4)]
    f, foot = standing(ball, 40 if end else 0)
    f.arm(hand, bend=-1)
    if end:
        parts.append(heel_arrow(foot, 46))
    return parts + f.svg()


def soleus_raise(end):
    h = 36
    ball = (104, FLOOR - h)
    pose = {"dx": -8, "reach": 0.96, "torso": 6}
    top_pose, _ = standing(ball, 34, **pose)
    sh = top_pose.shoulder
    hand = (sh[0] + 52, sh[1] + 44)
    parts = [step(ball[0] - 6, ball[0] + 96, h), table(hand[0] - 8, 250, hand[1] + 4)]
    f, foot = standing(ball, 34 if end else -24, **pose)
    f.arm(hand, bend=-1)
    heel = foot.points()[0]
    x = ball[0] - 44
    if end:
        parts.append(arrow([(x, FLOOR - h + 4), (x, FLOOR - h - 40)]))
    else:
        # the heel drops below the step's edge
        parts.append(arrow([(x, heel[1] - 44), (x, heel[1] - 4)]))
    # standing on a step makes the figure taller than the box: drawn a little smaller
    return [floor(), *zoomed(parts + f.svg(), 0.86, 128, 128)]


def single_leg_calf_raise(end):
    ball = floor_ball(128)

    def pose(pitch):
        foot = Foot(ball=ball, pitch=pitch)
        f = Figure(hip_over(foot.ankle, -2), torso=3)
        f.free_leg(thigh_deg=8, shin_deg=-80, foot_deg=120, near=False)
        f.leg(foot)
        return f, foot

    top_pose, _ = pose(40)
    sh = top_pose.shoulder
    hand = (sh[0] + 55, sh[1] + 26)
    parts = [floor(), *wall(hand[0] + 3)]
    f, foot = pose(40 if end else 0)
    f.arm(hand, bend=-1)
    if end:
        parts.append(heel_arrow(foot, 46))
    return parts + f.svg()


def downward_dog(end):
    s = FLOOR - 6  # top of the mat
    parts = [floor(), mat(22, 234)]
    hand = (204, s - 3)
    if not end:
        shoulder = (hand[0] - 2, hand[1] - (UPPER_ARM + FOREARM) + 2)
        knee_y = s - 3  # knee resting on the mat
        hip_y = knee_y - THIGH  # thigh straight up from it
        hip = (shoulder[0] - math.sqrt(TORSO**2 - (hip_y - shoulder[1]) ** 2), hip_y)
        knee = (hip[0], knee_y)
        torso = math.degrees(math.atan2(shoulder[0] - hip[0], hip[1] - shoulder[1]))
        f = Figure(hip, torso=torso, head=torso - 10)
        # knees down, toes tucked under
        ankle = (knee[0] - 46, s - 24)
        for near in (False, True):
            f.add_leg(f.hip, knee, Foot(ankle=ankle, pitch=66, toe_pitch=0), near)
        f.arm(hand, bend=1, near=False)
        f.arm(hand, bend=1)
    else:
        pitch = 22
        hip_y = 128
        hip = (
            hand[0] - math.sqrt((TORSO + UPPER_ARM + FOREARM) ** 2 - (hand[1] - hip_y) ** 2),
            hip_y,
        )
        ankle_h = BALL[0] * math.sin(math.radians(pitch)) + BALL[1] * math.cos(math.radians(pitch))
        ankle_y = s - 3 - ankle_h
        ankle = (hip[0] - math.sqrt(LEG**2 - (ankle_y - hip[1]) ** 2), ankle_y)
        ang = math.degrees(math.atan2(hand[0] - hip[0], -(hand[1] - hip[1])))
        f = Figure(hip, torso=ang, head=ang + 40)
        f.leg(Foot(ankle=ankle, pitch=pitch), bend=1, near=False)
        f.leg(Foot(ankle=ankle, pitch=pitch), bend=1)
        f.arm(hand, bend=1, near=False)
        f.arm(hand, bend=1)
        parts.append(arrow([(hip[0] + 2, hip[1] + 64), (hip[0] + 2, hip[1] + 22)]))
    return parts + f.svg()


def single_leg_deadlift(end):
    parts = [floor()]
    ankle = (150, FLOOR - ANKLE_H)
    if not end:
        f = Figure(hip_over(ankle, 0), torso=0)
        f.leg(Foot(ankle=(ankle[0] - 2, ankle[1])), near=False)
        f.leg(Foot(ankle=ankle))
        f.arm(add(f.shoulder, polar(174, 70)), bend=1, near=False)
        f.arm(add(f.shoulder, polar(172, 70)), bend=1)
    else:
        hip = hip_over(ankle, -8, 0.97)
        f = Figure(hip, torso=78, head=84)
        f.leg(Foot(ankle=ankle), bend=1)
        # lifted leg: stretched out behind, in line with the torso
        f.free_leg(thigh_deg=-98, shin_deg=-102, foot_deg=85, near=True)
        f.arm(add(f.shoulder, polar(182, 70)), bend=1, near=False)
        f.arm(add(f.shoulder, polar(178, 70)), bend=1)
        parts.append(arc_arrow(hip, 96, 128, 160))
    return parts + f.svg()


def short_foot(end):
    """Close-up of the inside of the right foot, seen from the side."""
    fl = 206
    parts = [raw(f"M8 {fl} L248 {fl}")]
    if not end:
        sole = (
            f"M214 {fl - 2} L176 {fl - 2} "
            f"C150 {fl - 3} 118 {fl - 6} 98 {fl - 4} "
            f"C84 {fl - 2} 74 {fl - 1} 66 {fl - 2}"
        )
        top = (
            f"M214 {fl - 2} C222 {fl - 8} 218 {fl - 20} 204 {fl - 20} "
            f"L180 {fl - 22} C160 {fl - 30} 136 {fl - 52} 120 {fl - 76} "
            f"L114 44"
        )
        ball_x = 176
    else:
        sole = (
            f"M214 {fl - 2} L168 {fl - 2} "
            f"C150 {fl - 12} 126 {fl - 34} 104 {fl - 30} "
            f"C88 {fl - 22} 76 {fl - 4} 66 {fl - 2}"
        )
        top = (
            f"M214 {fl - 2} C222 {fl - 8} 218 {fl - 20} 204 {fl - 20} "
            f"L174 {fl - 24} C156 {fl - 38} 134 {fl - 60} 120 {fl - 82} "
            f"L114 44"
        )
        ball_x = 168
    heel = (
        f"M66 {fl - 2} C44 {fl - 4} 40 {fl - 36} 58 {fl - 52} "
        f"C68 {fl - 62} 76 {fl - 80} 76 {fl - 110} L74 44"
    )
    parts.append(raw(sole, BODY_W))
    parts.append(raw(top, BODY_W))
    parts.append(raw(heel, BODY_W))
    # toe crease
    parts.append(raw(f"M{ball_x + 22} {fl - 6} L{ball_x + 26} {fl - 18}", 3))
    if end:
        parts.append(arrow([(118, fl + 40), (118, fl - 8)]))
        parts.append(arrow([(196, fl - 46), (164, fl - 46)]))
    return parts


EXERCISES = {
    "calf-stretch": calf_stretch,
    "band-plantarflexion": band_plantarflexion,
    "seated-calf-raise": seated_calf_raise,
    "calf-raise": calf_raise,
    "soleus-raise": soleus_raise,
    "single-leg-calf-raise": single_leg_calf_raise,
    "downward-dog": downward_dog,
    "single-leg-deadlift": single_leg_deadlift,
    "short-foot": short_foot,
}


# ------------------------------------------------------------------ icon

ICON_BG = "#1d8a7a"
ICON_FG = "#ffffff"


def icon_svg():
    """A white lower leg up on its toes, with a play triangle, on teal."""
    # back of the leg bulges at the calf, narrows to the Achilles tendon,
    # the heel is well off the floor and the toes rest on the floor line
    leg = (
        "M90 34 L130 34 C131 80 134 120 142 154 L200 198 "
        "C214 208 208 222 192 222 L170 222 L118 190 "
        "C100 182 94 166 102 150 C108 136 98 122 88 106 "
        "C76 86 80 56 90 34 Z"
    )
    play = "M166 46 L222 80 L166 114 Z"
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 256 256">\n'
        f'  <rect x="8" y="8" width="240" height="240" rx="56" fill="{ICON_BG}"/>\n'
        '  <g transform="translate(0,-8)">\n'
        f'  <path d="{leg}" fill="{ICON_FG}"/>\n'
        f'  <path d="{play}" fill="{ICON_FG}" stroke="{ICON_FG}" '
        'stroke-width="12" stroke-linejoin="round"/>\n'
        f'  <path d="M44 230 L212 230" stroke="{ICON_FG}" stroke-width="12" '
        'stroke-linecap="round" fill="none"/>\n'
        "  </g>\n"
        "</svg>\n"
    )


def check_bounds(name, parts, margin=4):
    """Warn when a drawing pokes out of the 256 x 256 box (after any zoomed group's scaling)."""
    zoom, dx, dy = 1.0, 0.0, 0.0
    for part in parts:
        if part.startswith("<g"):
            zoom, _, _, _, dx, dy = (float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", part))
            continue
        if part.startswith("</g"):
            zoom, dx, dy = 1.0, 0.0, 0.0
            continue
        r = 0
        if part.startswith("<circle"):
            r = HEAD_R
            nums = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", part)][:2]
        else:
            m = re.search(r'd="([^"]*)"', part)
            nums = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", m.group(1))]
        xs = [zoom * v + dx for v in nums[0::2]]
        ys = [zoom * v + dy for v in nums[1::2]]
        r *= zoom
        if any(v - r < margin or v + r > 256 - margin for v in xs + ys):
            print(f"warning: {name} reaches the edge: {part[:70]}")


def main():
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for ex_id, draw in EXERCISES.items():
        for phase in ("start", "end"):
            parts = draw(phase == "end")
            check_bounds(f"{ex_id}-{phase}", parts)
            (OUT_DIR / f"{ex_id}-{phase}.svg").write_text(svg_doc(parts))
    ICON_PATH.parent.mkdir(parents=True, exist_ok=True)
    ICON_PATH.write_text(icon_svg())
    print(f"wrote {2 * len(EXERCISES)} drawings to {OUT_DIR} and {ICON_PATH}")


if __name__ == "__main__":
    main()
