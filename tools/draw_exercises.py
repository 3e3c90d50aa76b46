#!/usr/bin/env python3
"""Write each exercise's start and end pose as SVG for the README, and the app icon.

The figures are drawn by the app's own figure painter (calfplayer/ui/widgets/figure_painter.py)
from the poses in assets/exercises/*.json, through Qt's SVG generator, in the light theme's
colours: ``docs/exercises/<id>-start.svg`` and ``<id>-end.svg``. The icon is written to
``assets/icons/calfplayer.svg``.

Run from anywhere:  python3 tools/draw_exercises.py   (needs PySide6; runs headless)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QGuiApplication, QPainter
from PySide6.QtSvg import QSvgGenerator

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from calfplayer.domain.exercises import Catalogue
from calfplayer.ui.theme import LIGHT
from calfplayer.ui.widgets.figure_painter import FigureColours, FigurePainter

ROOT = Path(__file__).resolve().parent.parent

OUT_DIR = ROOT / "docs" / "exercises"
ICON_PATH = ROOT / "assets" / "icons" / "calfplayer.svg"
SIDE = 320


def write_svg(painter: FigurePainter, mix: float, colours: FigureColours, out: Path) -> None:
    generator = QSvgGenerator()
    generator.setFileName(str(out))
    generator.setSize(QSize(SIDE, SIDE))
    generator.setViewBox(QRectF(0, 0, SIDE, SIDE))
    generator.setTitle(out.stem)
    canvas = QPainter(generator)
    painter.paint(canvas, QRectF(0, 0, SIDE, SIDE), mix, colours)
    canvas.end()


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


def main() -> None:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841  (painting needs an app)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    colours = FigureColours.from_palette(LIGHT)
    catalogue = Catalogue.load(ROOT / "assets" / "exercises")
    for exercise in catalogue.values():
        painter = FigurePainter(exercise.figure)
        for mix, phase in ((0.0, "start"), (1.0, "end")):
            write_svg(painter, mix, colours, OUT_DIR / f"{exercise.id}-{phase}.svg")
    ICON_PATH.parent.mkdir(parents=True, exist_ok=True)
    ICON_PATH.write_text(icon_svg())
    print(f"wrote {2 * len(catalogue)} drawings to {OUT_DIR} and {ICON_PATH}")


if __name__ == "__main__":
    main()
