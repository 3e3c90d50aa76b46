"""The History list: week headings and one line per session, drawn by a delegate.

A model and a painted delegate rather than a widget per session, so ten thousand sessions open
and scroll as quickly as ten: the view asks only for the rows on screen, all of one height.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPixmap, QStaticText
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from calfplayer.domain.library import shown_routine_name
from calfplayer.domain.plan import format_duration
from calfplayer.domain.record import SessionOverview, SessionStatus
from calfplayer.domain.stats import local_day, week_start
from calfplayer.i18n.formats import (
    day_and_month,
    day_month_year_short,
    short_date,
    time_of_day,
    weekday_short,
)
from calfplayer.ui.theme import current_palette

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
_K = TypeVar("_K")
_V = TypeVar("_V")
_Index = QModelIndex | QPersistentModelIndex

translate = QCoreApplication.translate


@dataclass(frozen=True)
class WeekRow:
    week_start: date
    sessions: int
    today: date

    @property
    def text(self) -> str:
        this_week = week_start(self.today)
        sessions = self.sessions
        if self.week_start == this_week:
            text = translate("SessionList", "This week · %n session(s)", None, sessions)
        elif self.week_start == this_week - timedelta(weeks=1):
            text = translate("SessionList", "Last week · %n session(s)", None, sessions)
        else:
            text = translate("SessionList", "Week of {date} · %n session(s)", None, sessions)
        return text.format(date=day_month_year_short(self.week_start))


@dataclass(frozen=True)
class SessionRow:
    """Its two lines are formatted the first time they are painted, then kept."""

    session: SessionOverview

    @cached_property
    def when(self) -> str:
        return self.when_forms[0]

    @cached_property
    def when_forms(self) -> tuple[str, ...]:
        """The date and time, then shorter forms for a narrow row: without the weekday, then
        the weekday alone (the week's heading above says which week). The time stays whole."""
        moment = self.session.started_at
        day = moment.date()
        return tuple(
            translate("SessionList", "{date} · {time}").format(date=date, time=time_of_day(moment))
            for date in (short_date(day), day_and_month(day), weekday_short(day))
        )

    @cached_property
    def facts(self) -> str:
        s = self.session
        parts = [
            format_duration(s.duration_ms),
            translate("SessionList", "{percent} %").format(percent=round(s.completion * 100)),
        ]
        if s.effort is None and s.pain is None:
            parts.append(translate("SessionList", "not rated"))
        elif s.pain is not None:
            parts.append(translate("SessionList", "pain {pain}").format(pain=s.pain))
        return " · ".join(parts)

    @property
    def text(self) -> str:
        routine = shown_routine_name(self.session.routine_id, self.session.routine_name)
        facts = {"when": self.when, "routine": routine, "facts": self.facts}
        if self.session.status is SessionStatus.COMPLETED:
            return translate("SessionList", "{when}, {routine}: {facts}").format(**facts)
        return translate("SessionList", "{when}, {routine}, {status}: {facts}").format(
            status=self.session.status.label, **facts
        )


Row = WeekRow | SessionRow
_SESSION_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # asked for every paint


def group_by_week(sessions: Sequence[SessionOverview], today: date) -> list[Row]:
    """Newest first, each week under its heading (the person's local calendar weeks)."""
    rows: list[Row] = []
    heading_at = -1
    current: date | None = None
    count = 0
    for session in sessions:
        monday = week_start(local_day(session.started_at))
        if monday != current:
            if current is not None:
                rows[heading_at] = WeekRow(current, count, today)
            current, count, heading_at = monday, 0, len(rows)
            rows.append(WeekRow(monday, 0, today))
        rows.append(SessionRow(session))
        count += 1
    if current is not None:
        rows[heading_at] = WeekRow(current, count, today)
    return rows


class SessionListModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Row] = []
        self._last_heading = -1

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._last_heading = self._find_last_heading()
        self.endResetModel()

    def extend(self, sessions: Sequence[SessionOverview], today: date) -> None:
        """Appends older sessions (the next page); a week begun on the last page continues."""
        rows = group_by_week(sessions, today)
        if not rows:
            return
        first = rows[0]
        last = self.rows[self._last_heading] if self._last_heading >= 0 else None
        continues = isinstance(first, WeekRow) and isinstance(last, WeekRow)
        if continues and first.week_start == last.week_start:  # type: ignore[union-attr]
            merged = WeekRow(last.week_start, last.sessions + first.sessions, today)  # type: ignore[union-attr]
            self.rows[self._last_heading] = merged
            changed = self.index(self._last_heading)
            self.dataChanged.emit(changed, changed)
            rows = rows[1:]
        start = len(self.rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self.rows += rows
        self._last_heading = self._find_last_heading()
        self.endInsertRows()

    def _find_last_heading(self) -> int:
        for number in range(len(self.rows) - 1, -1, -1):
            if isinstance(self.rows[number], WeekRow):
                return number
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.text
        if role == ROW_ROLE:
            return row
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if index.isValid() and isinstance(self.rows[index.row()], SessionRow):
            return _SESSION_FLAGS
        return Qt.ItemFlag.NoItemFlags


class SessionDelegate(QStyledItemDelegate):
    """Reads the rows straight from the model: painting asks for no Qt variants at all.

    A scroll repaints every row on screen each frame, so a row's text lines are laid out once as
    static text and its card drawn once per size and state, then reused while it stays near the
    screen."""

    CACHED_ROWS = 256  # a few screens' worth, however long the list

    def __init__(self, model: SessionListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._look_key: tuple[str, str] | None = None
        self._current_look = _Look(QFont(), QFont(), {})
        self._lines: _Recent[tuple[int, int], _Lines] = _Recent(self.CACHED_ROWS)
        self._headings: _Recent[WeekRow, QStaticText] = _Recent(self.CACHED_ROWS)
        self._cards: dict[tuple[int, int, bool, float], QPixmap] = {}
        # A list read afresh may say something new under a session id already seen.
        model.modelReset.connect(self._forget_rows)

    def _forget_rows(self) -> None:
        self._lines.clear()
        self._headings.clear()

    def row_height(self, option_font: QFont) -> int:
        return QFontMetrics(option_font).height() * 2 + 26

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802 - Qt's name
        del index
        return QSize(option.rect.width(), self.row_height(option.font))

    def _look(self, font: QFont) -> _Look:
        """Fonts and colours made once per theme and font, not once per row painted."""
        palette = current_palette()
        key = (palette.name, font.key())
        if self._look_key != key:
            names = ("text", "muted", "border", "surface", "accent", "accent_soft", "danger")
            bold = QFont(font)
            bold.setBold(True)
            colour = {name: QColor(getattr(palette, name)) for name in names}
            self._current_look = _Look(QFont(font), bold, colour)  # option.font is only lent
            self._look_key = key
            self._forget_rows()
            self._cards.clear()
        return self._current_look

    def _card(self, size: QSize, selected: bool, look: _Look, ratio: float) -> QPixmap:
        """The row's rounded card, antialiased once per size and state rather than every paint."""
        key = (size.width(), size.height(), selected, ratio)
        card = self._cards.get(key)
        if card is None:
            card = QPixmap(round(size.width() * ratio), round(size.height() * ratio))
            card.setDevicePixelRatio(ratio)
            card.fill(Qt.GlobalColor.transparent)
            painter = QPainter(card)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(look.colour["accent" if selected else "border"])
            painter.setBrush(look.colour["accent_soft" if selected else "surface"])
            painter.drawRoundedRect(QRect(0, 0, size.width() - 1, size.height() - 1), 12, 12)
            painter.end()
            if len(self._cards) >= 8:  # the width changes as the window is resized
                self._cards.clear()
            self._cards[key] = card
        return card

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        row = self.model.rows[index.row()]
        box: QRect = option.rect
        look = self._look(option.font)
        if isinstance(row, WeekRow):
            heading = self._headings.get(row, lambda: _static(row.text.upper()))
            painter.setFont(look.bold)
            painter.setPen(look.colour["muted"])
            painter.drawStaticText(box.left() + 4, box.bottom() - 5 - look.bold_height, heading)
            return
        assert isinstance(row, SessionRow)
        card = box.adjusted(0, 3, 0, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        ratio = painter.device().devicePixelRatioF()
        painter.drawPixmap(card.topLeft(), self._card(card.size(), selected, look, ratio))
        inner = card.adjusted(14, 6, -14, -6)
        width, half = inner.width(), inner.height() // 2
        session = row.session
        lines = self._lines.get((session.id, width), lambda: _session_lines(row, look, width))
        # Each line centred in its half of the card, as AlignVCenter would place it.
        top_line = inner.top() + (half - look.bold_height) // 2
        bottom_line = inner.top() + half + (inner.height() - half - look.height) // 2
        painter.setFont(look.bold)
        painter.setPen(look.colour["text"])
        painter.drawStaticText(inner.left(), top_line, lines.when)
        painter.drawStaticText(inner.right() + 1 - lines.facts_width, top_line, lines.facts)
        painter.setFont(look.font)
        painter.setPen(look.colour["muted"])
        painter.drawStaticText(inner.left(), bottom_line, lines.name)
        if lines.status is not None:
            painter.setPen(
                look.colour["danger" if session.status is SessionStatus.INTERRUPTED else "muted"]
            )
            status_left = inner.right() + 1 - lines.status_width
            painter.drawStaticText(status_left, bottom_line, lines.status)


class _Recent(Generic[_K, _V]):
    """The values most recently asked for, up to ``size`` of them."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._values: OrderedDict[_K, _V] = OrderedDict()

    def get(self, key: _K, make: Callable[[], _V]) -> _V:
        value = self._values.get(key)
        if value is None:
            value = self._values[key] = make()
            if len(self._values) > self.size:
                self._values.popitem(last=False)
        else:
            self._values.move_to_end(key)
        return value

    def clear(self) -> None:
        self._values.clear()

    def __len__(self) -> int:
        return len(self._values)


class _Look:
    """The fonts, their line heights and the theme's colours a row is painted with."""

    def __init__(self, font: QFont, bold: QFont, colour: dict[str, QColor]) -> None:
        self.font, self.bold, self.colour = font, bold, colour

    @cached_property
    def metrics(self) -> QFontMetrics:
        return QFontMetrics(self.font)

    @cached_property
    def bold_metrics(self) -> QFontMetrics:
        return QFontMetrics(self.bold)

    @cached_property
    def height(self) -> int:
        return self.metrics.height()

    @cached_property
    def bold_height(self) -> int:
        return self.bold_metrics.height()


@dataclass(frozen=True, slots=True)
class _Lines:
    """A session row's text, laid out once."""

    when: QStaticText
    facts: QStaticText
    name: QStaticText
    status: QStaticText | None
    facts_width: int
    status_width: int


def _static(text: str) -> QStaticText:
    line = QStaticText(text)
    line.setTextFormat(Qt.TextFormat.PlainText)
    return line


def _session_lines(row: SessionRow, look: _Look, width: int) -> _Lines:
    session = row.session
    marks = (
        translate("SessionList", " · hurt ×{count}").format(count=session.hurts)
        if session.hurts
        else ""
    )
    status = "" if session.status is SessionStatus.COMPLETED else session.status.label
    status_width = look.metrics.horizontalAdvance(status) if status else 0
    name = look.metrics.elidedText(
        shown_routine_name(session.routine_id, session.routine_name) + marks,
        Qt.TextElideMode.ElideRight,
        width - (status_width + 8 if status else 0),
    )
    facts_width = look.bold_metrics.horizontalAdvance(row.facts)
    # On a narrow window (or in a language with longer dates) the date gives way to the figures:
    # first its shorter forms, and only then is it cut.
    room = max(0, width - facts_width - 8)
    fitting = (w for w in row.when_forms if look.bold_metrics.horizontalAdvance(w) <= room)
    when = next(fitting, None) or look.bold_metrics.elidedText(
        row.when_forms[-1], Qt.TextElideMode.ElideRight, room
    )
    return _Lines(
        when=_static(when),
        facts=_static(row.facts),
        name=_static(name),
        status=_static(status) if status else None,
        facts_width=facts_width,
        status_width=status_width,
    )


def session_list_view(model: SessionListModel, parent: QWidget | None = None) -> QListView:
    view = QListView(parent)
    view.setObjectName("sessionList")
    view.setAccessibleName(translate("SessionList", "Past sessions"))
    view.setModel(model)
    view.setItemDelegate(SessionDelegate(model, view))
    view.setUniformItemSizes(True)
    # Rows appended while older sessions load are laid out a batch per turn of the event loop.
    view.setLayoutMode(QListView.LayoutMode.Batched)
    view.setBatchSize(500)
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setMouseTracking(False)
    return view
