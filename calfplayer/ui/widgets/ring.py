"""The progress ring with the big counter in its middle: what a person reads from across a room."""

from __future__ import annotations

import math
from dataclasses import dataclass

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
        self._painted = 0.0  # the sweep as last asked to be repainted
        self._big = ""
        self._word = ""
        self._dimmed = False
        self._wide = False
        # The two fonts, worked out once per size and text rather than on every frame.
        self._fonts: tuple[tuple[object, ...], QFont, QFont] | None = None
        self._backdrop_cache: tuple[tuple[object, ...], QPixmap] | None = None
        self._texts_area_cache: tuple[tuple[object, ...], QRect] | None = None
        self._shape_cache: tuple[tuple[int, int, bool], _Shape] | None = None
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
        # Less than half a degree of sweep since the last repaint is hardly seen from across a
        # room: not worth one. (Frames come about once per degree; the sweep is measured from
        # the last repaint, so steps a little under a degree still add up and show.)
        painted = self._painted
        moved = abs(fraction - painted) * 720 >= 1 or fraction in (0.0, 1.0)
        before = (self._big, self._word)
        self._fraction, self._big, self._word, self._dimmed = fraction, big, word, dimmed
        if moved or fraction < painted:
            self._painted = fraction
        if texts_changed:
            self._tell_screen_readers(big, word if phase_changed else None)
        if dim_changed:
            self.update()
            return
        if texts_changed:
            # Only the texts, where they were and where they are now: at a segment change the
            # rest of a full-screen ring is a large area that has not changed.
            self.update(self._changed_texts_area(before, (big, word)))
        if fraction != painted and (fraction in (0.0, 1.0) or fraction < painted):
            self.update(self._track_band())
        elif moved:
            # Only the stretch of track the sweep has just covered: each repaint has a cost of
            # its own, and more so the more of the window it covers.
            self.update(self._sweep_area(painted, fraction))

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

    def _shape(self) -> _Shape:
        key = (self.width(), self.height(), self._wide)
        if self._shape_cache is None or self._shape_cache[0] != key:
            self._shape_cache = (key, _Shape.of(self.width(), self.height(), self._wide))
        return self._shape_cache[1]

    def _thickness(self) -> float:
        return self._shape().thickness

    def _track(self) -> QRectF:
        return QRectF(self._shape().track)

    def _inner(self) -> QRectF:
        return QRectF(self._shape().inner)

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
            painter.setPen(pen)
            rounded = self._shape().rounded
            if rounded is None:
                painter.drawArc(box, 90 * 16, -round(self._fraction * 360 * 16))
            elif self._fraction < 1:
                painter.drawPath(rounded.part(0, self._fraction * rounded.length))
            else:
                painter.drawPath(rounded.path())
        painter.end()

    def _sweep_area(self, start: float, end: float) -> QRect:
        """The part of the widget the sweep covers between two fractions, caps included."""
        track = self._shape().rounded
        if track is not None:
            covered = track.part(start * track.length, end * track.length)
        else:
            box = self._track()
            covered = QPainterPath()
            covered.arcMoveTo(box, 90 - start * 360)
            covered.arcTo(box, 90 - start * 360, -(end - start) * 360)
        reach = self._thickness()
        return covered.boundingRect().adjusted(-reach, -reach, reach, reach).toAlignedRect()

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
        rounded = self._shape().rounded
        if rounded is not None:
            painter.drawPath(rounded.path())
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
        area = QRectF()
        for font, at, words, _ in self._lines_for(big, word):
            area = area.united(_drawn_area(font, at, words))
        return area.toAlignedRect()

    def _changed_texts_area(self, before: tuple[str, str], after: tuple[str, str]) -> QRect:
        """Where the texts differ: a countdown's new second ("0:23" to "0:22") changes one or
        two of its huge digits, which then are all that is repainted."""
        if not self._wide:
            return self.rect()
        old, new = self._lines_for(*before), self._lines_for(*after)
        same_places = len(old) == len(new) and all(
            (was[0], was[1], len(was[2])) == (now[0], now[1], len(now[2]))
            for was, now in zip(old, new, strict=True)
        )
        if not same_places:
            return self._texts_area(*before).united(self._texts_area(*after))
        area = QRectF()
        for (font, at, was, _), (_, _, now, _) in zip(old, new, strict=True):
            metrics = QFontMetricsF(font)
            for index, (one, other) in enumerate(zip(was, now, strict=True)):
                if one != other:
                    place = at + QPointF(metrics.horizontalAdvance(now[:index]), 0)
                    area = area.united(_drawn_area(font, place, one))
                    area = area.united(_drawn_area(font, place, other))
        return area.toAlignedRect()

    def _lines_for(self, big: str, word: str) -> list[tuple[QFont, QPointF, str, bool]]:
        """The lines as ``_wide_lines`` places them for these texts."""
        shown = self._big, self._word
        self._big, self._word = big, word
        try:
            return self._wide_lines()
        finally:
            self._big, self._word = shown

    def _track_band(self) -> QRegion:
        """The band of the widget the track and the sweep lie in; the texts lie inside it."""
        return self._shape().band


@dataclass(frozen=True)
class _Shape:
    """Where the ring's parts lie at one size: worked out once per size, as every frame asks."""

    thickness: float
    track: QRectF  # the line the track's pen follows
    inner: QRectF  # the room for the texts
    band: QRegion  # the part of the widget the track and the sweep lie in
    rounded: RoundedTrack | None  # the wide ring's track

    @staticmethod
    def of(width: int, height: int, wide: bool) -> _Shape:
        side = min(width, height)
        thickness = max(8.0, side * (0.045 if wide else 0.055))
        half = thickness / 2
        whole = QRect(0, 0, width, height)
        if wide:
            track = QRectF(whole).adjusted(half, half, -half, -half)
            inside = round(thickness) + 2
            band = QRegion(whole).subtracted(
                QRegion(whole.adjusted(inside, inside, -inside, -inside))
            )
        else:
            track = QRectF(
                (width - side) / 2 + half, (height - side) / 2 + half, *(2 * [side - thickness])
            )
            band = QRegion(whole)
        pad = thickness * (0.9 if wide else 1.5)
        inner = track.adjusted(pad, pad, -pad, -pad)
        return _Shape(thickness, track, inner, band, RoundedTrack(track) if wide else None)


def _drawn_area(font: QFont, at: QPointF, text: str) -> QRectF:
    """Where ``text`` drawn from the baseline point ``at`` puts ink, with room for smoothing
    and for the kerning of its neighbours."""
    margin = max(4.0, font.pixelSize() * 0.04)
    drawn = QFontMetricsF(font).boundingRect(text).translated(at)
    return drawn.adjusted(-margin, -margin, margin, margin)


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


class RoundedTrack:
    """The wide ring's track: a rounded rectangle inside ``box``, followed clockwise from the
    middle of its top edge, where the circle's progress starts too. Lengths along it are worked
    out from its straight sides and quarter circles, without flattening a path: a full-screen
    frame asks for them several times."""

    def __init__(self, box: QRectF) -> None:
        radius = min(box.height(), box.width()) * 0.25
        left, top, right, bottom = box.left(), box.top(), box.right(), box.bottom()
        straight_across, straight_down = box.width() - 2 * radius, box.height() - 2 * radius
        self._radius = radius
        self._start = QPointF(box.center().x(), top)
        # Each piece: its length, and either a line's two ends or a corner's centre and the
        # angle it starts at (in degrees on screen, clockwise from pointing right).
        quarter = math.pi * radius / 2
        self._pieces: list[tuple[float, QPointF, QPointF | None, float]] = [
            (right - radius - box.center().x(), self._start, QPointF(right - radius, top), 0),
            (quarter, QPointF(right - radius, top + radius), None, -90),
            (straight_down, QPointF(right, top + radius), QPointF(right, bottom - radius), 0),
            (quarter, QPointF(right - radius, bottom - radius), None, 0),
            (straight_across, QPointF(right - radius, bottom), QPointF(left + radius, bottom), 0),
            (quarter, QPointF(left + radius, bottom - radius), None, 90),
            (straight_down, QPointF(left, bottom - radius), QPointF(left, top + radius), 0),
            (quarter, QPointF(left + radius, top + radius), None, 180),
            (box.center().x() - left - radius, QPointF(left + radius, top), self._start, 0),
        ]
        self.length = sum(piece[0] for piece in self._pieces)

    def path(self) -> QPainterPath:
        """The whole track, closed."""
        path = self.part(0, self.length)
        path.closeSubpath()
        return path

    def part(self, start: float, end: float) -> QPainterPath:
        """The stretch of track between two lengths from its start."""
        path = QPainterPath(self.point_at(start))
        reached = 0.0
        for length, first, last, angle in self._pieces:
            begin, finish = max(start, reached), min(end, reached + length)
            if finish > begin or (length == 0 and start <= reached <= end):
                if last is None:
                    size = 2 * self._radius
                    corner = QRectF(first.x() - self._radius, first.y() - self._radius, size, size)
                    degrees = 90 / length if length else 0
                    # Qt counts angles anticlockwise; on screen the track turns clockwise.
                    path.arcTo(
                        corner,
                        -(angle + (begin - reached) * degrees),
                        -(finish - begin) * degrees,
                    )
                else:
                    path.lineTo(_along(first, last, (finish - reached) / length if length else 1))
            reached += length
            if reached >= end:
                break
        return path

    def point_at(self, along: float) -> QPointF:
        """Where the track is this far from its start."""
        reached = 0.0
        for length, first, last, angle in self._pieces:
            if along <= reached + length or reached + length >= self.length:
                share = min(1.0, max(0.0, (along - reached) / length)) if length else 1.0
                if last is not None:
                    return _along(first, last, share)
                turned = math.radians(angle + share * 90)
                return QPointF(
                    first.x() + self._radius * math.cos(turned),
                    first.y() + self._radius * math.sin(turned),
                )
            reached += length
        return self._start


def _along(first: QPointF, last: QPointF, share: float) -> QPointF:
    return first + (last - first) * share
