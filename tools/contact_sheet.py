#!/usr/bin/env python3
"""Render the exercise drawings (and the app icon) with Qt, to check them.

Default: draws every ``assets/exercises/<id>-start.svg`` / ``<id>-end.svg``
pair into a labelled grid (start | end, exercise name underneath) and saves
it as ``docs/screenshots/exercises.png``.  The drawings use
``currentColor``, which QSvgRenderer does not know, so the colour is put
into the SVG text before loading (dark grey on white).

``--icons``: renders ``assets/icons/calfplayer.svg`` to
``assets/icons/hicolor/<N>x<N>/calfplayer.png`` for the usual sizes.

Needs PySide6; runs headless (QT_QPA_PLATFORM=offscreen is set for you).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen
from PySide6.QtSvg import QSvgRenderer

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from calfplayer.domain.exercises import Catalogue

ROOT = Path(__file__).resolve().parent.parent
EX_DIR = ROOT / "assets" / "exercises"
SHEET = ROOT / "docs" / "screenshots" / "exercises.png"
ICON = ROOT / "assets" / "icons" / "calfplayer.svg"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

CATALOGUE = Catalogue.load(EX_DIR)
IDS = list(CATALOGUE)

INK = "#333333"
CELL = 200  # each drawing is shown at 200 x 200 px
GAP = 8  # between start and end
PAD = 24  # around each pair
LABEL_H = 34
COLS = 3


def renderer(svg_path: Path, colour: str | None = None) -> QSvgRenderer:
    text = svg_path.read_text()
    if colour:
        text = text.replace("currentColor", colour)
    r = QSvgRenderer(QByteArray(text.encode()))
    if not r.isValid():
        raise SystemExit(f"invalid SVG: {svg_path}")
    return r


def exercise_name(ex_id: str) -> str:
    return CATALOGUE[ex_id].name


def contact_sheet(out: Path = SHEET) -> None:
    pair_w = 2 * CELL + GAP
    rows = (len(IDS) + COLS - 1) // COLS
    w = COLS * (pair_w + 2 * PAD)
    h = rows * (CELL + LABEL_H + 2 * PAD)
    img = QImage(w, h, QImage.Format_ARGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    p.setRenderHint(QPainter.Antialiasing)
    font = QFont("DejaVu Sans", 11)
    small = QFont("DejaVu Sans", 8)
    for i, ex_id in enumerate(IDS):
        cx = (i % COLS) * (pair_w + 2 * PAD) + PAD
        cy = (i // COLS) * (CELL + LABEL_H + 2 * PAD) + PAD
        for j, phase in enumerate(("start", "end")):
            x = cx + j * (CELL + GAP)
            rect = QRectF(x, cy, CELL, CELL)
            renderer(EX_DIR / f"{ex_id}-{phase}.svg", INK).render(p, rect)
            p.setPen(QPen(QColor("#cccccc"), 1))
            p.drawRect(rect)
            p.setFont(small)
            p.setPen(QColor("#888888"))
            p.drawText(QRectF(x + 4, cy + 2, CELL - 8, 14), Qt.AlignLeft, phase)
        p.setFont(font)
        p.setPen(QColor("#222222"))
        p.drawText(
            QRectF(cx, cy + CELL + 4, pair_w, LABEL_H - 4),
            Qt.AlignHCenter | Qt.AlignTop,
            exercise_name(ex_id),
        )
    p.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    img.save(str(out))
    print(f"wrote {out}")


def render_icons() -> None:
    r = renderer(ICON)
    for n in ICON_SIZES:
        img = QImage(n, n, QImage.Format_ARGB32)
        img.fill(Qt.transparent)
        p = QPainter(img)
        p.setRenderHint(QPainter.Antialiasing)
        p.setRenderHint(QPainter.SmoothPixmapTransform)
        r.render(p, QRectF(0, 0, n, n))
        p.end()
        out = ROOT / "assets" / "icons" / "hicolor" / f"{n}x{n}" / "calfplayer.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        img.save(str(out))
        print(f"wrote {out}")


def main(argv: list[str]) -> None:
    app = QGuiApplication(argv[:1])  # noqa: F841  (fonts need an app)
    if "--icons" in argv:
        render_icons()
    else:
        contact_sheet()


if __name__ == "__main__":
    main(sys.argv)
