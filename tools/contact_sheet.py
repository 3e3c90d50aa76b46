#!/usr/bin/env python3
"""Render the exercise figures (and the app icon) with Qt, to check them.

Default: draws every exercise's start and end pose with the app's own figure painter, the
exercise's steps beside them, one exercise a row, and saves the sheet in the light and the dark
theme as ``docs/screenshots/exercises.png`` and ``exercises-dark.png``.

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
from calfplayer.ui.theme import DARK, LIGHT, Palette
from calfplayer.ui.widgets.figure_painter import FigureColours, FigurePainter

ROOT = Path(__file__).resolve().parent.parent
EX_DIR = ROOT / "assets" / "exercises"
SHEETS = {
    "light": ROOT / "docs" / "screenshots" / "exercises.png",
    "dark": ROOT / "docs" / "screenshots" / "exercises-dark.png",
}
ICON = ROOT / "assets" / "icons" / "calfplayer.svg"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

CELL = 400  # each pose is drawn at 400 x 400 px, twice the earlier sheet
GAP = 8  # between start and end
PAD = 24
TEXT_W = 520
TITLE_H = 40


def renderer(svg_path: Path) -> QSvgRenderer:
    r = QSvgRenderer(QByteArray(svg_path.read_bytes()))
    if not r.isValid():
        raise SystemExit(f"invalid SVG: {svg_path}")
    return r


def contact_sheet(palette: Palette, out: Path, only: list[str] | None = None) -> None:
    catalogue = Catalogue.load(EX_DIR)
    ids = [ex_id for ex_id in catalogue if not only or ex_id in only]
    colours = FigureColours.from_palette(palette)
    row_h = TITLE_H + CELL + PAD
    w = PAD + 2 * CELL + GAP + PAD + TEXT_W + PAD
    h = PAD + len(ids) * row_h
    img = QImage(w, h, QImage.Format.Format_ARGB32)
    img.fill(QColor(palette.bg))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    title = QFont("DejaVu Sans", 15, QFont.Weight.Bold)
    body = QFont("DejaVu Sans", 12)
    small = QFont("DejaVu Sans", 10)
    for row, ex_id in enumerate(ids):
        exercise = catalogue[ex_id]
        y = PAD + row * row_h
        p.setFont(title)
        p.setPen(QColor(palette.text))
        p.drawText(
            QRectF(PAD, y, w - 2 * PAD, TITLE_H - 8), Qt.AlignmentFlag.AlignLeft, exercise.name
        )
        top = y + TITLE_H
        figure = FigurePainter(exercise.figure)
        for column, (mix, caption) in enumerate(((0.0, "start"), (1.0, "end"))):
            rect = QRectF(PAD + column * (CELL + GAP), top, CELL, CELL)
            p.fillRect(rect, QColor(palette.surface))
            figure.paint(p, rect, mix, colours)
            p.setPen(QPen(QColor(palette.border), 1))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(rect)
            p.setFont(small)
            p.setPen(QColor(palette.muted))
            p.drawText(rect.adjusted(8, 6, -8, -6), Qt.AlignmentFlag.AlignLeft, caption)
        text = QRectF(PAD + 2 * CELL + GAP + PAD, top, TEXT_W, CELL)
        steps = "\n\n".join(f"{n}. {line}" for n, line in enumerate(exercise.steps, 1))
        p.setFont(body)
        p.setPen(QColor(palette.text))
        p.drawText(text, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, steps)
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
        return
    only = [arg for arg in argv[1:] if not arg.startswith("-")]
    for theme, palette in (("light", LIGHT), ("dark", DARK)):
        out = SHEETS[theme]
        if "--out" in argv:
            out = Path(argv[argv.index("--out") + 1]) / out.name
            only = [name for name in only if name != argv[argv.index("--out") + 1]]
        contact_sheet(palette, out, only or None)


if __name__ == "__main__":
    main(sys.argv)
