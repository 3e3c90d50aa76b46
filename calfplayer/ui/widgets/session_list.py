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

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
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
    def row_height(self, option_font: QFont) -> int:
        from PySide6.QtGui import QFontMetrics

        return QFontMetrics(option_font).height() * 2 + 26

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        del index
        return QSize(option.rect.width(), self.row_height(option.font))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        row = index.data(ROW_ROLE)
        palette = current_palette()
        box: QRect = option.rect
        font: QFont = option.font
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if isinstance(row, WeekRow):
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(QColor(palette.muted))
            text_box = box.adjusted(4, 0, -4, -6)
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
            painter.drawText(text_box, flags, row.text.upper())
            painter.restore()
            return
        assert isinstance(row, SessionRow)
        card = box.adjusted(0, 3, 0, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QColor(palette.accent if selected else palette.border))
        painter.setBrush(QColor(palette.accent_soft if selected else palette.surface))
        painter.drawRoundedRect(card.adjusted(0, 0, -1, -1), 12, 12)
        inner = card.adjusted(14, 6, -14, -6)
        half = inner.height() // 2
        top = QRect(inner.left(), inner.top(), inner.width(), half)
        bottom = QRect(inner.left(), inner.top() + half, inner.width(), inner.height() - half)
        strong = QFont(font)
        strong.setBold(True)
        painter.setFont(strong)
        painter.setPen(QColor(palette.text))
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(top, left, row.when)
        painter.drawText(top, right, row.facts)
        painter.setFont(font)
        painter.setPen(QColor(palette.muted))
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
            painter.setPen(QColor(palette.danger if status == "interrupted" else palette.muted))
            painter.drawText(bottom, right, status)
        painter.restore()


def session_list_view(model: SessionListModel, parent: QWidget | None = None) -> QListView:
    view = QListView(parent)
    view.setObjectName("sessionList")
    view.setAccessibleName("Past sessions")
    view.setModel(model)
    view.setItemDelegate(SessionDelegate(view))
    view.setUniformItemSizes(True)
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setMouseTracking(False)
    return view
