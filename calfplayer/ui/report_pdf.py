"""The progress report on paper: app/report.py's content drawn with QPainter on any paged device.

One drawing for every way out: ``write_pdf`` (QPdfWriter, the command line offscreen and "Save as
PDF") and ``draw_report`` on a QPrinter from the print dialog. The charts are the History page's
own (ui/widgets/charts.py), in the light palette. The content is laid out in blocks first, then
split into pages, so every page's footer can say "Page 2 of 3".
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from calfplayer.app.report import Report, day_text
from calfplayer.domain.record import SessionStatus
from calfplayer.domain.routines import Side
from calfplayer.i18n import current_language, translatable
from calfplayer.i18n.formats import day_and_month, decimal, short_date_with_year, time_of_day, whole
from calfplayer.ui.theme import LIGHT
from calfplayer.ui.translation import install_translators
from calfplayer.ui.widgets.charts import paint_bars, paint_line

translate = QCoreApplication.translate

MARGIN_MM = 16.0
RESOLUTION = 300  # dots per inch of the PDF's coordinates (the text stays text)
CHART_DPI = 96.0  # the charts are drawn in screen pixels, scaled to paper


class Paper(StrEnum):
    A4 = "a4"
    LETTER = "letter"

    @property
    def page_size(self) -> QPageSize:
        size = QPageSize.PageSizeId.Letter if self is Paper.LETTER else QPageSize.PageSizeId.A4
        return QPageSize(size)


def paper_for_locale() -> Paper:
    """Letter where the locale measures in US units, A4 everywhere else."""
    from PySide6.QtCore import QLocale

    system = QLocale.system().measurementSystem()
    return Paper.LETTER if system == QLocale.MeasurementSystem.ImperialUSSystem else Paper.A4


def ensure_gui() -> None:
    """Fonts need a Qt application; the command line makes one that needs no display, and
    hands it the language the command line chose, so the report is in that language."""
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["calfplayer"])
        install_translators(app, current_language())


# --- blocks and pages ------------------------------------------------------------------------


@dataclass
class _Block:
    height: float
    paint: Callable[[QPainter, QRectF], None]
    keep_with_next: bool = False
    header: _Block | None = None  # a table's header, drawn again atop a page the table runs onto


class _Writer:
    """Lays the report out as blocks the width of the page, measured on the device."""

    def __init__(self, painter: QPainter, device: QPagedPaintDevice) -> None:
        self.painter = painter
        self.dpi = float(device.logicalDpiY())
        self.width = float(device.width())
        self.height = float(device.height())
        self.blocks: list[_Block] = []
        base = QFont("sans-serif")
        base.setStyleHint(QFont.StyleHint.SansSerif)
        # No "fi" or "ff" ligatures: text copied out of the PDF (or searched) reads as written.
        base.setFeature(QFont.Tag("liga"), 0)
        self.fonts = {
            "title": self._font(base, 18, bold=True),
            "heading": self._font(base, 12.5, bold=True),
            "body": self._font(base, 9.5),
            "bold": self._font(base, 9.5, bold=True),
            "head": self._font(base, 8.5, bold=True),
            "small": self._font(base, 8),
        }
        self.gap = self.mm(2.2)
        self._metrics: dict[str, QFontMetricsF] = {}

    @staticmethod
    def _font(base: QFont, points: float, *, bold: bool = False) -> QFont:
        font = QFont(base)
        font.setPointSizeF(points)
        font.setBold(bold)
        return font

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    def metrics(self, style: str) -> QFontMetricsF:
        if style not in self._metrics:
            self._metrics[style] = QFontMetricsF(self.fonts[style], self.painter.device())
        return self._metrics[style]

    def text_height(self, style: str, text: str, width: float) -> float:
        """The height of ``text`` wrapped to ``width``: one line's without measuring the wrap
        when it fits (a year's report has thousands of table cells)."""
        metrics = self.metrics(style)
        if "\n" not in text and metrics.horizontalAdvance(text) <= width:
            return metrics.height()
        flags = int(Qt.TextFlag.TextWordWrap)
        return metrics.boundingRect(QRectF(0, 0, width, 1e7), flags, text).height()

    # --- what the content is made of ---

    def space(self, millimetres: float) -> None:
        self.blocks.append(_Block(self.mm(millimetres), lambda _p, _r: None))

    def text(self, text: str, style: str = "body", colour: str = LIGHT.text) -> None:
        flags = int(Qt.TextFlag.TextWordWrap)
        height = self.text_height(style, text, self.width)
        font = self.fonts[style]

        def paint(painter: QPainter, area: QRectF) -> None:
            painter.setFont(font)
            painter.setPen(QColor(colour))
            painter.drawText(area, flags, text)

        keep = style in ("heading", "title")
        self.blocks.append(_Block(height + self.gap / 2, paint, keep_with_next=keep))

    def heading(self, text: str) -> None:
        self.space(3)
        self.text(text, "heading", LIGHT.accent_ink)

    def table(
        self,
        columns: Sequence[tuple[str, float]],  # title and share of the width
        rows: Sequence[Sequence[str]],
        *,
        first_bold: bool = False,
    ) -> None:
        lefts = []
        left = 0.0
        for _title, share in columns:
            lefts.append(left)
            left += share * self.width
        widths = [share * self.width for _title, share in columns]
        pad = self.mm(1.2)

        def line(cells: Sequence[str], style: str, shade: bool, rule: bool) -> _Block:
            flags = int(Qt.TextFlag.TextWordWrap)
            # Measured in the font each cell is drawn in: a bold first column is wider.
            heights = [
                self.text_height("bold" if first_bold and number == 0 else style, cell, w - 2 * pad)
                for number, (cell, w) in enumerate(zip(cells, widths, strict=True))
            ]
            line_height = self.metrics(style).height()
            # A cell on one line is drawn at its baseline: no wrapping laid out for it, which
            # is most of the cost of a year's tables.
            one_line = [h <= line_height for h in heights]
            ascent = self.metrics(style).ascent()
            height = max(heights) + 2 * pad
            font, bold, text_colour = self.fonts[style], self.fonts["bold"], QColor(LIGHT.text)

            def paint(painter: QPainter, area: QRectF) -> None:
                if shade:
                    painter.fillRect(area, QColor(LIGHT.bg))
                painter.setPen(text_colour)
                for number, cell in enumerate(cells):
                    painter.setFont(bold if first_bold and number == 0 else font)
                    if one_line[number]:
                        at = QPointF(area.left() + lefts[number] + pad, area.top() + pad + ascent)
                        painter.drawText(at, cell)
                        continue
                    box = QRectF(
                        area.left() + lefts[number] + pad,
                        area.top() + pad,
                        widths[number] - 2 * pad,
                        area.height() - 2 * pad,
                    )
                    painter.drawText(box, flags, cell)
                if rule:
                    painter.setPen(QPen(QColor(LIGHT.border), self.mm(0.25)))
                    painter.drawLine(area.bottomLeft(), area.bottomRight())

            return _Block(height, paint)

        header = None
        if any(title for title, _share in columns):
            header = line([title for title, _share in columns], "head", False, True)
            header.keep_with_next = True
            self.blocks.append(header)
        for number, row in enumerate(rows):
            block = line(row, "body", number % 2 == 1, False)
            block.header = header
            self.blocks.append(block)
        self.space(1.5)

    def chart(self, title: str, draw: Callable[[QPainter, QRectF], None]) -> None:
        self.text(title, "bold")
        self.blocks[-1].keep_with_next = True
        height = self.mm(42)
        scale = self.dpi / CHART_DPI

        def paint(painter: QPainter, area: QRectF) -> None:
            painter.save()
            painter.translate(area.topLeft())
            painter.scale(scale, scale)
            font = QFont(self.fonts["small"])
            font.setPixelSize(11)
            painter.setFont(font)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            draw(painter, QRectF(0, 0, area.width() / scale, area.height() / scale))
            painter.restore()

        self.blocks.append(_Block(height, paint))

    # --- pages ---

    def pages(self, body_height: float) -> list[list[tuple[float, _Block]]]:
        """The blocks placed on pages: each with its top on its page."""
        pages: list[list[tuple[float, _Block]]] = [[]]
        y = 0.0
        blocks = self.blocks
        for index, block in enumerate(blocks):
            need = block.height
            following = index
            # A heading stays with its table's header, and the header with the first row.
            while blocks[following].keep_with_next and following + 1 < len(blocks):
                following += 1
                need += blocks[following].height
            if y > 0 and y + need > body_height:
                pages.append([])
                y = 0.0
                if block.header is not None:
                    pages[-1].append((y, block.header))
                    y += block.header.height
            pages[-1].append((y, block))
            y += block.height
        return pages


def _percent(part: float | None) -> str:
    if part is None:
        return "–"
    return translate("ReportPdf", "{percent} %").format(percent=round(part * 100))


def _of(done: int, planned: int) -> str:
    return translate("ReportPdf", "{done} of {planned}").format(done=done, planned=planned)


def _average(value: float | None) -> str:
    return "–" if value is None else decimal(value)


def _status_count(status: SessionStatus, count: int) -> str:
    """ "2 completed"."""
    if status is SessionStatus.COMPLETED:
        return translate("ReportPdf", "%n completed", None, count)
    if status is SessionStatus.PARTIAL:
        return translate("ReportPdf", "%n partial", None, count)
    if status is SessionStatus.ENDED_EARLY:
        return translate("ReportPdf", "%n ended early", None, count)
    if status is SessionStatus.INTERRUPTED:
        return translate("ReportPdf", "%n interrupted", None, count)
    return translate("ReportPdf", "%n in progress", None, count)


def _statuses(statuses: dict[SessionStatus, int]) -> str:
    return ", ".join(_status_count(status, count) for status, count in statuses.items() if count)


INTRO = translatable(
    "ReportPdf",
    "This report comes from calfplayer, an app the person uses to follow calf-strengthening"
    " routines at home. Each set is logged the moment it ends. After a session the person may rate"
    " its effort and pain from 0 to 10 and leave a note, and during a set they may press"
    ' "that hurt", which logs the exercise, set and leg.',
)
STATUS_WORDS = {
    SessionStatus.COMPLETED: translatable("ReportPdf", "completed: every planned set done in full"),
    SessionStatus.PARTIAL: translatable(
        "ReportPdf", "partial: played to the end with sets skipped or cut short"
    ),
    SessionStatus.ENDED_EARLY: translatable("ReportPdf", "ended early: stopped by the person"),
    SessionStatus.INTERRUPTED: translatable("ReportPdf", "interrupted: the app was cut off"),
    SessionStatus.IN_PROGRESS: translatable("ReportPdf", "in progress"),
}


def _content(report: Report, writer: _Writer) -> None:
    writer.text(translate("ReportPdf", "Calf exercise progress report"), "title")
    writer.text(report.period.text, "heading", LIGHT.text)
    writer.space(1)
    writer.text(translate("ReportPdf", INTRO), "body", LIGHT.muted)
    if report.empty:
        writer.heading(translate("ReportPdf", "No sessions in this period"))
        writer.text(
            translate("ReportPdf", "No exercise session was logged from {first} to {last}.").format(
                first=day_text(report.period.first), last=day_text(report.period.last)
            )
        )
        return
    _summary(report, writer)
    _plan(report, writer)
    _weeks(report, writer)
    _exercises(report, writer)
    _ratings(report, writer)
    _hurts(report, writer)
    _notes(report, writer)
    _steps(report, writer)
    for notice in report.notices:
        writer.text(notice, "small", LIGHT.danger)


def _summary(report: Report, writer: _Writer) -> None:
    writer.heading(translate("ReportPdf", "In short"))
    ratings = report.ratings
    pains = ratings.pains
    rows = [
        [
            translate("ReportPdf", "Sessions"),
            translate("ReportPdf", "{count} ({statuses})").format(
                count=report.sessions, statuses=_statuses(report.statuses)
            ),
        ],
        [
            translate("ReportPdf", "Sets done in full"),
            translate(
                "ReportPdf", "{done} of {planned} planned ({percent}), each leg counted"
            ).format(
                done=report.sets_done,
                planned=report.sets_planned,
                percent=_percent(report.share_done),
            ),
        ],
        [
            translate("ReportPdf", "Time exercising"),
            translate("ReportPdf", "{minutes} min in sets (rests and pauses left out)").format(
                minutes=whole(round(report.minutes))
            ),
        ],
    ]
    plan = report.plan
    if plan is None:
        rows.append(
            [
                translate("ReportPdf", "Plan for the week"),
                translate("ReportPdf", "No plan for the week was set"),
            ]
        )
    elif plan.problem is None:
        rows.append(
            [
                translate("ReportPdf", "Plan kept"),
                translate("ReportPdf", "{done} of {planned} planned times done ({percent})").format(
                    done=plan.done, planned=plan.planned, percent=_percent(plan.fraction)
                ),
            ]
        )
    if pains:
        rated = len(pains)
        rows.append(
            [
                translate("ReportPdf", "Pain after sessions"),
                translate(
                    "ReportPdf",
                    "%n rating(s), average {average}, lowest {lowest}, highest {highest};"
                    " first {first}, last {last}; trend: {trend}",
                    None,
                    rated,
                ).format(
                    average=decimal(sum(pains) / len(pains)),
                    lowest=min(pains),
                    highest=max(pains),
                    first=pains[0],
                    last=pains[-1],
                    trend=ratings.pain.direction,
                ),
            ]
        )
    else:
        rows.append(
            [
                translate("ReportPdf", "Pain after sessions"),
                translate("ReportPdf", "not rated in this period"),
            ]
        )
    efforts = ratings.efforts
    if efforts:
        rated = len(efforts)
        rows.append(
            [
                translate("ReportPdf", "Effort"),
                translate(
                    "ReportPdf",
                    "%n rating(s), average {average}, lowest {lowest}, highest {highest}",
                    None,
                    rated,
                ).format(
                    average=decimal(sum(efforts) / len(efforts)),
                    lowest=min(efforts),
                    highest=max(efforts),
                ),
            ]
        )
    rows.append([translate("ReportPdf", '"That hurt" marks'), str(len(report.hurts))])
    rows.append([translate("ReportPdf", "Steps up applied"), str(len(report.steps))])
    writer.table([("", 0.28), ("", 0.72)], rows, first_bold=True)


def _plan(report: Report, writer: _Writer) -> None:
    plan = report.plan
    if plan is None:
        return
    writer.heading(translate("ReportPdf", "The plan for the week"))
    if plan.problem is not None:
        writer.text(plan.problem)
        return
    writer.text(
        translate("ReportPdf", "The plan as it is now, held against the sessions of the period:")
    )
    for entry in plan.entries:
        writer.text(f"•  {entry}")
    writer.text(
        translate(
            "ReportPdf",
            "Adherence: {done} of {planned} planned times done ({percent}). A planned time"
            " counts as done when a session of its routine with at least one set done was"
            " started that day; times skipped or missed count as not done; an entry counts from"
            " the day it was added.",
        ).format(done=plan.done, planned=plan.planned, percent=_percent(plan.fraction)),
        "small",
        LIGHT.muted,
    )


def _weeks(report: Report, writer: _Writer) -> None:
    writer.heading(translate("ReportPdf", "Sessions per week"))
    weeks = report.weeks
    labels = [day_and_month(week.first) for week in weeks]
    values = [float(week.sessions) for week in weeks]
    writer.chart(
        translate("ReportPdf", "Sessions each week"),
        lambda painter, area: paint_bars(painter, area, LIGHT, labels, values),
    )
    with_plan = report.plan is not None and report.plan.problem is None
    columns = [
        (translate("ReportPdf", "Week"), 0.18),
        (translate("ReportPdf", "Sessions"), 0.1),
        (translate("ReportPdf", "How they ended"), 0.24),
        (translate("ReportPdf", "Sets in full"), 0.12),
        (translate("ReportPdf", "Minutes"), 0.1),
        (translate("ReportPdf", "Effort", "table column"), 0.08),
        (translate("ReportPdf", "Pain", "table column"), 0.09),
    ]
    if with_plan:
        columns.append((translate("ReportPdf", "Plan kept", "table column"), 0.09))
    rows = []
    for week in weeks:
        row = [
            week.label,
            str(week.sessions),
            _statuses(week.statuses) or "–",
            _of(week.sets_done, week.sets_planned),
            whole(round(week.minutes)),
            _average(week.effort),
            _average(week.pain),
        ]
        if with_plan:
            row.append(_of(week.planned_done or 0, week.planned_times or 0))
        rows.append(row)
    writer.table(_fit(columns), rows)
    shown = [status for status, count in report.statuses.items() if count]
    meanings = "; ".join(translate("ReportPdf", STATUS_WORDS[status]) for status in shown)
    writer.text(
        translate(
            "ReportPdf",
            "How a session ended: {meanings}. Effort and pain are the week's average rating"
            " (0-10); sets are counted each leg on its own.",
        ).format(meanings=meanings),
        "small",
        LIGHT.muted,
    )


@cache  # a year's report writes each day's date many times over
def _short(day: date) -> str:
    return short_date_with_year(day)


def _when(moment: datetime) -> str:
    return _short(moment.date())


def _fit(columns: list[tuple[str, float]]) -> list[tuple[str, float]]:
    total = sum(share for _title, share in columns)
    return [(title, share / total) for title, share in columns]


def _exercises(report: Report, writer: _Writer) -> None:
    writer.heading(translate("ReportPdf", "Each exercise, planned and done"))
    rows = []
    for row in report.exercises:
        held = (
            translate("ReportPdf", "{done} of {planned} s").format(
                done=row.hold_done_s, planned=row.hold_planned_s
            )
            if row.is_hold
            else "–"
        )
        planned = row.reps_planned
        amount = (
            translate("ReportPdf", "{done} of %n hold(s)", None, planned)
            if row.is_hold
            else translate("ReportPdf", "{done} of %n rep(s)", None, planned)
        )
        rows.append(
            [
                translate("Exercises", row.exercise),
                _leg(row.side),
                _of(row.sets_done, row.sets_planned),
                amount.format(done=row.reps_done),
                held,
            ]
        )
    writer.table(
        [
            (translate("ReportPdf", "Exercise"), 0.3),
            (translate("ReportPdf", "Leg"), 0.1),
            (translate("ReportPdf", "Sets in full"), 0.17),
            (translate("ReportPdf", "Reps or holds"), 0.23),
            (translate("ReportPdf", "Time held"), 0.2),
        ],
        rows,
    )
    writer.text(
        translate(
            "ReportPdf",
            "Done of planned over every session of the period. Each leg is counted on its own"
            ' for exercises done one leg at a time; "both" is an exercise done with both legs at'
            " once. A set played again counts as played the last time.",
        ),
        "small",
        LIGHT.muted,
    )


def _leg(side: Side | None) -> str:
    """Which leg, as the tables say it: left, right, or both at once."""
    if side is Side.LEFT:
        return translate("ReportPdf", "left")
    if side is Side.RIGHT:
        return translate("ReportPdf", "right")
    return translate("ReportPdf", "both")


def _ratings(report: Report, writer: _Writer) -> None:
    writer.heading(translate("ReportPdf", "Effort and pain"))
    points = report.ratings.points
    pain = [(p.day, p.pain) for p in points if p.pain is not None]
    effort = [(p.day, p.effort) for p in points if p.effort is not None]

    pain_labels, pain_values = _series(pain)
    effort_labels, effort_values = _series(effort)
    no_pain = translate("ReportPdf", "No pain ratings")
    no_effort = translate("ReportPdf", "No effort ratings")
    writer.chart(
        translate("ReportPdf", "Pain after each rated session (0-10): {trend}").format(
            trend=report.ratings.pain.direction
        ),
        lambda painter, area: paint_line(
            painter, area, LIGHT, pain_labels, pain_values, 10.0, no_pain
        ),
    )
    writer.chart(
        translate("ReportPdf", "Effort of each rated session (0-10)"),
        lambda painter, area: paint_line(
            painter, area, LIGHT, effort_labels, effort_values, 10.0, no_effort
        ),
    )
    writer.text(
        translate(
            "ReportPdf",
            "The trend compares the average of the last three pain ratings with the three before"
            " them: easing when it fell by 1 or more, rising when it rose by 1 or more, else"
            " steady.",
        ),
        "small",
        LIGHT.muted,
    )


def _series(values: list[tuple[date, int]]) -> tuple[list[str], list[float]]:
    """As the History page labels its pain chart: only the first and last dates."""
    labels = [""] * len(values)
    for end in (0, -1) if values else ():
        labels[end] = day_and_month(values[end][0])
    return labels, [float(value) for _day, value in values]


def _hurts(report: Report, writer: _Writer) -> None:
    writer.heading(translate("ReportPdf", '"That hurt" marks'))
    if not report.hurts:
        writer.text(translate("ReportPdf", 'No "that hurt" mark in this period.'))
        return
    rows = [
        [
            _when(hurt.when),
            time_of_day(hurt.when),
            hurt.routine,
            translate("Exercises", hurt.exercise),
            str(hurt.set_number),
            _leg(hurt.side),
        ]
        for hurt in report.hurts
    ]
    writer.table(
        [
            (translate("ReportPdf", "Date"), 0.24),
            (translate("ReportPdf", "Time"), 0.09),
            (translate("ReportPdf", "Routine"), 0.22),
            (translate("ReportPdf", "Exercise"), 0.27),
            (translate("ReportPdf", "Set"), 0.07),
            (translate("ReportPdf", "Leg"), 0.11),
        ],
        rows,
    )


def _notes(report: Report, writer: _Writer) -> None:
    writer.heading(translate("ReportPdf", "The person's notes"))
    if report.notes is None:
        writer.text(translate("ReportPdf", "Left out of this report by the person."))
        return
    if not report.notes:
        writer.text(translate("ReportPdf", "No notes in this period."))
        return
    rows = [[_when(note.when), note.routine, note.text] for note in report.notes]
    writer.table(
        [
            (translate("ReportPdf", "Date"), 0.24),
            (translate("ReportPdf", "Routine"), 0.22),
            (translate("ReportPdf", "Note"), 0.54),
        ],
        rows,
    )


def _steps(report: Report, writer: _Writer) -> None:
    writer.heading(translate("ReportPdf", "Steps up applied"))
    if report.steps:
        rows = [[_short(step.day), step.routine, step.change] for step in report.steps]
        writer.table(
            [
                (translate("ReportPdf", "Date"), 0.2),
                (translate("ReportPdf", "Routine"), 0.25),
                (translate("ReportPdf", "Change"), 0.55),
            ],
            rows,
        )
    else:
        writer.text(translate("ReportPdf", "No step up was applied to a routine in this period."))
    writer.text(
        translate(
            "ReportPdf",
            "calfplayer suggests a small step up after three completed sessions that felt easy"
            " with pain not rising, and applies it only when the person asks. When pain rises or"
            " an exercise is marked as hurting it suggests easing back and checking with a"
            " clinician; it never changes a routine for that by itself.",
        ),
        "small",
        LIGHT.muted,
    )


# --- drawing ---------------------------------------------------------------------------------


def draw_report(report: Report, device: QPagedPaintDevice) -> int:
    """Draws the report on ``device`` (a QPdfWriter, or a QPrinter of any kind); returns the
    number of pages. Raises OSError when the device cannot be painted on."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(translate("ReportPdf", "the report could not be started on this device"))
    try:
        writer = _Writer(painter, device)
        _content(report, writer)
        footer_height = writer.mm(10)
        pages = writer.pages(writer.height - footer_height)
        for number, page in enumerate(pages, start=1):
            if number > 1:
                device.newPage()
            for top, block in page:
                block.paint(painter, QRectF(0, top, writer.width, block.height))
            _footer(painter, writer, report, number, len(pages), footer_height)
    finally:
        painter.end()
    return len(pages)


def _footer(
    painter: QPainter, writer: _Writer, report: Report, number: int, count: int, height: float
) -> None:
    top = writer.height - height
    painter.setPen(QPen(QColor(LIGHT.border), writer.mm(0.25)))
    painter.drawLine(QPointF(0, top), QPointF(writer.width, top))
    painter.setFont(writer.fonts["small"])
    painter.setPen(QColor(LIGHT.muted))
    text_area = QRectF(0, top + writer.mm(1.5), writer.width * 0.86, height)
    painter.drawText(text_area, int(Qt.TextFlag.TextWordWrap), report.footer)
    page_area = QRectF(writer.width * 0.86, top + writer.mm(1.5), writer.width * 0.14, height)
    page = translate("ReportPdf", "Page {number} of {count}").format(number=number, count=count)
    painter.drawText(page_area, int(Qt.AlignmentFlag.AlignRight), page)


def setup_device(device: QPagedPaintDevice, paper: Paper) -> None:
    device.setPageSize(paper.page_size)
    device.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )


def write_pdf(report: Report, target: Path, paper: Paper) -> int:
    """Writes the report to ``target`` whole or not at all (a temporary file beside it, then
    renamed); returns the number of pages. Raises OSError with the reason."""
    ensure_gui()
    target = target.expanduser()
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".tmp", dir=target.parent if str(target.parent) else "."
    )
    os.close(handle)
    try:
        writer = QPdfWriter(temporary)
        writer.setResolution(RESOLUTION)
        writer.setCreator("calfplayer")
        writer.setTitle(
            translate("ReportPdf", "Calf exercise progress report, {period}").format(
                period=report.period.text
            )
        )
        setup_device(writer, paper)
        pages = draw_report(report, writer)
        del writer  # closes the file
        with open(temporary, "rb") as written:
            if not written.read(5).startswith(b"%PDF"):
                raise OSError(translate("ReportPdf", "the PDF could not be written"))
            os.fsync(written.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return pages
