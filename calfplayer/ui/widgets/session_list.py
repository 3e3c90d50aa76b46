"""The History list: week headings and one line per session, drawn by a delegate.

A model and a painted delegate rather than a widget per session, so ten thousand sessions open
and scroll as quickly as ten: the view asks only for the rows on screen, all of one height.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from calfplayer.domain.plan import format_duration
from calfplayer.domain.stats import local_day, week_start
from calfplayer.store.summaries import SessionOverview
from calfplayer.ui.theme import current_palette

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class WeekRow:
    week_start: date
    sessions: int
    today: date

    @property
    def text(self) -> str:
        this_week = week_start(self.today)
        if self.week_start == this_week:
            name = "This week"
        elif self.week_start == this_week - timedelta(weeks=1):
            name = "Last week"
        else:
            name = f"Week of {self.week_start.day} {self.week_start.strftime('%b %Y')}"
        return f"{name} · {self.sessions} session{'' if self.sessions == 1 else 's'}"


@dataclass(frozen=True)
class SessionRow:
    session: SessionOverview

    @property
    def when(self) -> str:
        moment = self.session.started_at
        return f"{moment.strftime('%a')} {moment.day} {moment.strftime('%b · %H:%M')}"

    @property
    def facts(self) -> str:
        s = self.session
        parts = [format_duration(s.duration_ms), f"{round(s.completion * 100)} %"]
        if s.pain is not None:
            parts.append(f"pain {s.pain}")
        return " · ".join(parts)

    @property
    def text(self) -> str:
        status = "" if self.session.status == "completed" else f", {self.session.status}"
        return f"{self.when}, {self.session.routine_name}{status}: {self.facts}"


Row = WeekRow | SessionRow


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
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.NoItemFlags


class SessionDelegate(QStyledItemDelegate):
    """Reads the rows straight from the model: painting asks for no Qt variants at all."""

    def __init__(self, model: SessionListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._cached_key: tuple[str, str] | None = None
        self._cached: tuple[QFont, dict[str, QColor]] = (QFont(), {})

    def row_height(self, option_font: QFont) -> int:
        from PySide6.QtGui import QFontMetrics

        return QFontMetrics(option_font).height() * 2 + 26

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802 - Qt's name
        del index
        return QSize(option.rect.width(), self.row_height(option.font))

    def _look(self, font: QFont) -> tuple[QFont, dict[str, QColor]]:
        """Fonts and colours made once per theme and font, not once per row painted."""
        palette = current_palette()
        key = (palette.name, font.key())
        if self._cached_key != key:
            bold = QFont(font)
            bold.setBold(True)
            names = ("text", "muted", "border", "surface", "accent", "accent_soft", "danger")
            self._cached = (bold, {name: QColor(getattr(palette, name)) for name in names})
            self._cached_key = key
        return self._cached

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        row = self.model.rows[index.row()]
        box: QRect = option.rect
        font: QFont = option.font
        bold, colour = self._look(font)
        if isinstance(row, WeekRow):
            painter.setFont(bold)
            painter.setPen(colour["muted"])
            text_box = box.adjusted(4, 0, -4, -6)
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
            painter.drawText(text_box, flags, row.text.upper())
            return
        assert isinstance(row, SessionRow)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = box.adjusted(0, 3, 0, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(colour["accent" if selected else "border"])
        painter.setBrush(colour["accent_soft" if selected else "surface"])
        painter.drawRoundedRect(card.adjusted(0, 0, -1, -1), 12, 12)
        inner = card.adjusted(14, 6, -14, -6)
        half = inner.height() // 2
        top = QRect(inner.left(), inner.top(), inner.width(), half)
        bottom = QRect(inner.left(), inner.top() + half, inner.width(), inner.height() - half)
        painter.setFont(bold)
        painter.setPen(colour["text"])
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(top, left, row.when)
        painter.drawText(top, right, row.facts)
        painter.setFont(font)
        painter.setPen(colour["muted"])
        session = row.session
        marks = f" · hurt ×{session.hurts}" if session.hurts else ""
        status = "" if session.status == "completed" else session.status
        metrics = painter.fontMetrics()
        status_width = metrics.horizontalAdvance(status) + 8 if status else 0
        name_box = bottom.adjusted(0, 0, -status_width, 0)
        name = metrics.elidedText(
            session.routine_name + marks, Qt.TextElideMode.ElideRight, name_box.width()
        )
        painter.drawText(name_box, left, name)
        if status:
            painter.setPen(colour["danger" if status == "interrupted" else "muted"])
            painter.drawText(bottom, right, status)


def session_list_view(model: SessionListModel, parent: QWidget | None = None) -> QListView:
    view = QListView(parent)
    view.setObjectName("sessionList")
    view.setAccessibleName("Past sessions")
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
