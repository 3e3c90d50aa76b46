"""The progress ring with the big counter in its middle: what a person reads from across a room."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QRegion,
)
from PySide6.QtWidgets import QSizePolicy, QWidget


class ProgressRing(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fraction = 0.0
        self._big = ""
        self._word = ""
        self._dimmed = False
        self._wide = False
        # The two fonts, worked out once per size and text rather than on every frame.
        self._fonts: tuple[tuple[object, ...], QFont, QFont] | None = None
        self._backdrop_cache: tuple[tuple[object, ...], QPixmap] | None = None
        self._texts_area_cache: tuple[tuple[object, ...], QRect] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(110, 110)  # a short window at large text sizes
        self.setAccessibleName(QCoreApplication.translate("ProgressRing", "Progress"))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    # What tests and the page read back.
    @property
    def fraction(self) -> float:
        return self._fraction

    @property
    def big_text(self) -> str:
        return self._big

    @property
    def word(self) -> str:
        return self._word

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(280, 280)

    def set_state(self, fraction: float, big: str, word: str, dimmed: bool = False) -> None:
        fraction = min(1.0, max(0.0, fraction))
        if (fraction, big, word, dimmed) == (self._fraction, self._big, self._word, self._dimmed):
            return
        texts_changed = (big, word) != (self._big, self._word)
        phase_changed = word != self._word
        dim_changed = dimmed != self._dimmed
        # Less than a degree of sweep is hardly seen from across a room: not worth a repaint.
        moved = abs(fraction - self._fraction) * 360 >= 1 or fraction in (0.0, 1.0)
        grew_from = self._fraction
        before = (self._big, self._word)
        self._fraction, self._big, self._word, self._dimmed = fraction, big, word, dimmed
        if texts_changed:
            self._tell_screen_readers(big, word if phase_changed else None)
        if dim_changed or not self._wide:
            # The phone-sized ring is small: a frame repaints it whole, but only once its sweep
            # has moved by a degree or its texts have changed.
            if dim_changed or texts_changed or moved or fraction < grew_from:
                self.update()
            return
        if texts_changed:
            # Only the texts, where they were and where they are now: at a segment change the
            # rest of a full-screen ring is a large area that has not changed.
            self.update(self._texts_area(*before).united(self._texts_area(big, word)))
        if fraction in (0.0, 1.0) or fraction < grew_from:
            self.update(self._track_band())
        elif moved:
            # Only the stretch of track the sweep has just covered: on a full screen the whole
            # ring is a large area to repaint many times a second.
            self.update(self._sweep_area(grew_from, fraction))

    def _tell_screen_readers(self, count: str, new_phase: str | None) -> None:
        """The ring is read as its phase ("Up", "Hold", "Rest") with the count ("2 / 4", "0:12")
        as its description; a new phase is also announced, as a live region would be."""
        self.setAccessibleDescription(count)
        if new_phase is not None:
            self.setAccessibleName(
                new_phase or QCoreApplication.translate("ProgressRing", "Progress")
            )
            if new_phase and self.isVisible():
                QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, new_phase))

    @property
    def wide(self) -> bool:
        return self._wide

    def set_wide(self, wide: bool) -> None:
        """Wide: a rounded track around a count as large as the box allows (a landscape
        window); otherwise a circle with the count inside it."""
        if wide != self._wide:
            self._wide = wide
            self.update()

    def _thickness(self) -> float:
        side = min(self.width(), self.height())
        return max(8.0, side * (0.045 if self._wide else 0.055))

    def _track(self) -> QRectF:
        thickness = self._thickness()
        if self._wide:
            return QRectF(self.rect()).adjusted(
                thickness / 2, thickness / 2, -thickness / 2, -thickness / 2
            )
        side = min(self.width(), self.height())
        return QRectF(
            (self.width() - side) / 2 + thickness / 2,
            (self.height() - side) / 2 + thickness / 2,
            side - thickness,
            side - thickness,
        )

    def _inner(self) -> QRectF:
        thickness = self._thickness()
        pad = thickness * (0.9 if self._wide else 1.5)
        return self._track().adjusted(pad, pad, -pad, -pad)

    def _split(self) -> tuple[str, str]:
        """The count and what follows it: "7 / 12" is "7" and " / 12" in a wide ring, where
        the tail is drawn at half the size so the count itself can be as large as possible."""
        if self._wide and " / " in self._big:
            head, tail = self._big.split(" / ", 1)
            return head, f" / {tail}"
        return self._big, ""

    def count_font(self) -> QFont:
        """The font the count is drawn in at the widget's present size."""
        return self._sized_fonts()[0]

    def word_font(self) -> QFont:
        """The font the phase word is drawn in at the widget's present size."""
        return self._sized_fonts()[1]

    def _sized_fonts(self) -> tuple[QFont, QFont]:
        key = (self.size(), self.font(), self._big, self._word, self._wide)
        if self._fonts is None or self._fonts[0] != key:
            self._fonts = (key, self._count_font(), self._word_font())
        return self._fonts[1], self._fonts[2]

    def _count_font(self) -> QFont:
        font = QFont(self.font())
        font.setWeight(QFont.Weight.Bold)
        inner = self._inner()
        if not self._wide:
            share = 0.30 if len(self._big) > 5 else 0.34
            font.setPixelSize(max(12, round(inner.height() * share)))
            return font
        font.setPixelSize(_pixels_for_digits(font, inner.height() * 0.62))
        head, tail = self._split()
        for _ in range(3):  # narrower when the count is wider than the track
            width = _text_width(font, head) + _text_width(_scaled(font, 0.5), tail)
            if width <= inner.width() or font.pixelSize() <= 12:
                break
            font.setPixelSize(max(12, int(font.pixelSize() * inner.width() / width)))
        return font

    def _word_font(self) -> QFont:
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        inner = self._inner()
        if not self._wide:
            font.setPixelSize(max(10, round(inner.height() * 0.12)))
            return font
        font.setPixelSize(_pixels_for_digits(font, inner.height() * 0.14))
        while _text_width(font, self._word) > inner.width() and font.pixelSize() > 10:
            font.setPixelSize(font.pixelSize() - 2)
        return font

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        thickness = self._thickness()
        box = self._track()
        palette = self.palette()
        accent = palette.color(palette.ColorRole.Highlight)
        if self._dimmed:
            accent = QColor(palette.color(palette.ColorRole.PlaceholderText))
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._backdrop())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._wide and event.region().intersects(self._shown_texts_area()):
            self._paint_wide_texts(painter, *self._text_colours())
        if self._fraction > 0 and event.region().intersects(self._track_band()):
            pen = QPen(accent, thickness)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            if self._wide:
                path = _rounded_track(box)
                if self._fraction < 1:
                    length = path.length() / thickness
                    pen.setDashPattern([self._fraction * length, length + 1])
                painter.setPen(pen)
                painter.drawPath(path)
            else:
                painter.setPen(pen)
                painter.drawArc(box, 90 * 16, -round(self._fraction * 360 * 16))
        painter.end()

    def _sweep_area(self, start: float, end: float) -> QRect:
        """The part of the widget the sweep covers between two fractions, caps included."""
        box = self._track()
        points = [self._point_at(start + (end - start) * step / 8, box) for step in range(9)]
        xs, ys = [p.x() for p in points], [p.y() for p in points]
        reach = self._thickness()
        return QRectF(
            min(xs) - reach,
            min(ys) - reach,
            max(xs) - min(xs) + 2 * reach,
            max(ys) - min(ys) + 2 * reach,
        ).toAlignedRect()

    def _point_at(self, fraction: float, box: QRectF) -> QPointF:
        """Where the sweep's end is at this fraction, clockwise from the top."""
        if self._wide:
            path = _rounded_track(box)
            return path.pointAtPercent(path.percentAtLength(fraction * path.length()))
        angle = math.radians(90 - fraction * 360)
        centre = box.center()
        return QPointF(
            centre.x() + box.width() / 2 * math.cos(angle),
            centre.y() - box.height() / 2 * math.sin(angle),
        )

    def _text_colours(self) -> tuple[QColor, QColor]:
        palette = self.palette()
        muted = QColor(palette.color(palette.ColorRole.PlaceholderText))
        word_colour = palette.color(palette.ColorRole.Link) if not self._dimmed else muted
        return palette.color(palette.ColorRole.WindowText), word_colour

    def _shown_texts_area(self) -> QRect:
        """Where the texts shown now are drawn, worked out once per size and text: a frame of
        the sweep asks for it and must not lay the texts out again."""
        key = (self.size(), self._big, self._word)
        if self._texts_area_cache is None or self._texts_area_cache[0] != key:
            self._texts_area_cache = (key, self._texts_area(self._big, self._word))
        return self._texts_area_cache[1]

    def _backdrop(self) -> QPixmap:
        """The track, drawn once per size and colour, and in the phone-sized ring the texts too,
        once per text: a frame then only copies it and draws the sweep (large glyphs are filled
        as outlines, too costly to draw on every frame). In the wide ring a new text repaints
        only where the texts are, drawn over the track."""
        palette = self.palette()
        ratio = self.devicePixelRatioF()
        texts = () if self._wide else (self._big, self._word, self._dimmed)
        key = (self.size(), ratio, self._wide, palette.cacheKey(), *texts)
        if self._backdrop_cache is not None and self._backdrop_cache[0] == key:
            return self._backdrop_cache[1]
        pixmap = QPixmap(max(1, round(self.width() * ratio)), max(1, round(self.height() * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        # Opaque, in the page's own colour: a frame then repaints this widget alone, not the
        # page behind it first.
        pixmap.fill(palette.color(palette.ColorRole.Window))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(palette.color(palette.ColorRole.Mid), self._thickness())
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        box = self._track()
        if self._wide:
            painter.drawPath(_rounded_track(box))
        else:
            painter.drawEllipse(box)
            self._paint_texts(painter, *self._text_colours())
        painter.end()
        self._backdrop_cache = (key, pixmap)
        return pixmap

    def _paint_texts(self, painter: QPainter, text: QColor, word_colour: QColor) -> None:
        inner = self._inner()
        painter.setFont(self.count_font())
        painter.setPen(text)
        big_box = QRectF(inner.left(), inner.top(), inner.width(), inner.height() * 0.66)
        painter.drawText(
            big_box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, self._big
        )
        painter.setFont(self.word_font())
        painter.setPen(word_colour)
        word_box = QRectF(inner.left(), big_box.bottom(), inner.width(), inner.height() * 0.24)
        painter.drawText(
            word_box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self._word
        )

    def _paint_wide_texts(self, painter: QPainter, text: QColor, word_colour: QColor) -> None:
        for font, at, words, is_word in self._wide_lines():
            painter.setFont(font)
            painter.setPen(word_colour if is_word else text)
            painter.drawText(at, words)

    def _wide_lines(self) -> list[tuple[QFont, QPointF, str, bool]]:
        """Both lines placed by their glyphs as drawn, centred together in the track: (font,
        where the baseline starts, the text, whether it is the phase word)."""
        inner = self._inner()
        count, word = self.count_font(), self.word_font()
        count_height = QFontMetricsF(count).tightBoundingRect("0").height()
        word_metrics = QFontMetricsF(word)
        gap = word_metrics.height() * 0.5
        total = count_height + gap + word_metrics.ascent()
        baseline = inner.center().y() - total / 2 + count_height
        head, tail = self._split()
        tail_font = _scaled(count, 0.5)
        width = _text_width(count, head) + _text_width(tail_font, tail)
        left = inner.center().x() - width / 2
        lines = [(count, QPointF(left, baseline), head, False)]
        if tail:
            after_head = QPointF(left + _text_width(count, head), baseline)
            lines.append((tail_font, after_head, tail, False))
        word_left = inner.center().x() - _text_width(word, self._word) / 2
        word_baseline = baseline + gap + word_metrics.ascent()
        lines.append((word, QPointF(word_left, word_baseline), self._word, True))
        return lines

    def _texts_area(self, big: str, word: str) -> QRect:
        """Where the count and the phase word are drawn for these texts at the present size."""
        if not self._wide:
            return self.rect()
        shown = self._big, self._word
        self._big, self._word = big, word
        try:
            area = QRectF()
            for font, at, words, _ in self._wide_lines():
                metrics = QFontMetricsF(font)
                drawn = metrics.boundingRect(words).translated(at)
                area = area.united(drawn.adjusted(-4, -4, 4, 4))
            return area.toAlignedRect()
        finally:
            self._big, self._word = shown

    def _track_band(self) -> QRegion:
        """The band of the widget the track and the sweep lie in; the texts lie inside it."""
        inside = round(self._thickness()) + 2
        whole = QRegion(self.rect())
        if not self._wide:
            return whole
        return whole.subtracted(QRegion(self.rect().adjusted(inside, inside, -inside, -inside)))


def _scaled(font: QFont, factor: float) -> QFont:
    smaller = QFont(font)
    smaller.setPixelSize(max(6, round(font.pixelSize() * factor)))
    return smaller


def _text_width(font: QFont, text: str) -> float:
    return QFontMetricsF(font).horizontalAdvance(text) if text else 0.0


def _pixels_for_digits(font: QFont, digit_height: float) -> int:
    """The pixel size at which this font's digits are drawn ``digit_height`` tall."""
    probe = QFont(font)
    probe.setPixelSize(100)
    per_pixel = QFontMetricsF(probe).tightBoundingRect("0").height() / 100 or 0.72
    return max(10, int(digit_height / per_pixel))


def _rounded_track(box: QRectF) -> QPainterPath:
    """A rounded rectangle drawn clockwise from the middle of its top edge, where the circle's
    progress starts too."""
    radius = min(box.height(), box.width()) * 0.25
    diameter = radius * 2
    left, top, right, bottom = box.left(), box.top(), box.right(), box.bottom()
    path = QPainterPath(QPointF(box.center().x(), top))
    path.lineTo(right - radius, top)
    path.arcTo(QRectF(right - diameter, top, diameter, diameter), 90, -90)
    path.lineTo(right, bottom - radius)
    path.arcTo(QRectF(right - diameter, bottom - diameter, diameter, diameter), 0, -90)
    path.lineTo(left + radius, bottom)
    path.arcTo(QRectF(left, bottom - diameter, diameter, diameter), 270, -90)
    path.lineTo(left, top + radius)
    path.arcTo(QRectF(left, top, diameter, diameter), 180, -90)
    path.closeSubpath()
    return path
