"""History: the streak and this week against the goal, charts of the last weeks, every session.

Every figure comes from domain/stats.py fed by calfplayer/app/history.py; this page only lays
them out.
The list is a model with a painted delegate, so a long history opens as fast as a short one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from calfplayer.app.errors import AppError
from calfplayer.domain.adherence import PlanRecord
from calfplayer.domain.record import SessionOverview
from calfplayer.domain.recording import Rating
from calfplayer.domain.stats import (
    Adherence,
    PainTrend,
    RunningTotals,
    WeekTotal,
    active_days,
    current_streak,
    local_day,
    pain_trend,
    this_week,
    total_minutes,
    week_start,
    weekly_totals,
)
from calfplayer.i18n.formats import day_and_month, whole
from calfplayer.ui import dialogs
from calfplayer.ui.collector import collect_and_set_aside, set_aside
from calfplayer.ui.context import AppContext
from calfplayer.ui.pages.session_detail import SessionDetail
from calfplayer.ui.widgets.adherence import AdherenceCard, streak_text
from calfplayer.ui.widgets.charts import BarChart, LineChart
from calfplayer.ui.widgets.common import (
    MARGIN,
    button,
    card,
    label,
    page_layout,
    tab_in_reading_order,
)
from calfplayer.ui.widgets.flow import EvenColumns, FlowLayout
from calfplayer.ui.widgets.header_list import HeaderAndList
from calfplayer.ui.widgets.session_list import (
    SessionListModel,
    SessionRow,
    group_by_week,
    session_list_view,
)

WEEKS = 12  # the charts' span
PAGE = 100  # older sessions are read this many at a time, after the first paint

translate = QCoreApplication.translate


@dataclass(frozen=True)
class HistoryFigures:
    today: date
    streak: int
    week: Adherence
    weeks: list[WeekTotal]
    pain: PainTrend
    minutes: float


def figures(sessions: list[SessionOverview], today: date, goal: int) -> HistoryFigures:
    """``sessions`` newest first, as the list shows them."""
    summaries = [overview.summary() for overview in reversed(sessions)]
    return HistoryFigures(
        today=today,
        streak=current_streak(active_days(summaries), today),
        week=this_week(summaries, today, goal),
        weeks=weekly_totals(summaries, today, WEEKS),
        pain=pain_trend(summaries),
        minutes=total_minutes(summaries),
    )


def window_start(today: date) -> date:
    """The first day of the weeks the charts show: what the page reads before it paints."""
    return week_start(today) - timedelta(weeks=WEEKS - 1)


def ask_export_file(parent: QWidget) -> Path | None:
    """Where to write the export; the file's ending (.csv or .json) picks the format."""
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        translate("HistoryPage", "Export your history"),
        str(Path.home() / "calfplayer-history.csv"),
        translate("HistoryPage", "Spreadsheet (CSV) (*.csv);;Everything (JSON) (*.json)"),
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in (".csv", ".json"):
        path = path.with_suffix(".json" if "json" in chosen.lower() else ".csv")
    return path


def _tile(title: str) -> tuple[QWidget, QVBoxLayout]:
    tile = QWidget()
    layout = QVBoxLayout(tile)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(label(title.upper(), "section"))
    return tile, layout


class HistoryPage(QWidget):
    notice = Signal(str)  # a problem, in a sentence for the window's banner
    done = Signal(str)  # a confirmation of what was done, for the banner

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.sessions: list[SessionOverview] = []
        self.figures: HistoryFigures | None = None
        self._pending: list[int] = []  # older sessions still to read, newest first
        # The totals of the sessions read so far, completed page by page (load() starts them).
        self._totals = RunningTotals(local_day(context.clock.wall_now()))
        self._generation = 0
        self._stale = False  # the history changed since the list was read
        outer = page_layout(self)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        # The figures, the charts and the list, which scroll together on a short window.
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(MARGIN, MARGIN, MARGIN, 0)
        column.setSpacing(10)
        self.detail = SessionDetail()
        self.detail.back.connect(self.show_list)
        self.detail.delete_requested.connect(self.delete_session)
        self.detail.rated.connect(self.rate_session)

        # The title with its two actions beside it; on a narrow window with large text the
        # actions wrap under it rather than being cut.
        header = QWidget()
        heading = FlowLayout(header, spacing=4)
        heading.addWidget(label(translate("HistoryPage", "History"), "title"))
        self.export_button = button(
            translate("HistoryPage", "Export"),
            "flat",
            translate("HistoryPage", "Export your history as CSV or JSON"),
        )
        self.export_button.clicked.connect(self.export)
        heading.addWidget(self.export_button)
        self.report_button = button(
            translate("HistoryPage", "Report"),
            "flat",
            translate("HistoryPage", "A progress report to print or save as PDF"),
        )
        self.report_button.clicked.connect(self.open_report)
        heading.addWidget(self.report_button)
        column.addWidget(header)
        column.addWidget(self._strip())
        self.adherence = AdherenceCard()
        self.plan_record: PlanRecord | None = None
        column.addWidget(self.adherence)
        column.addWidget(self._charts())
        self.message = label("", "muted")
        column.addWidget(self.message)
        self.model = SessionListModel()
        self.list = session_list_view(self.model)
        self.list.clicked.connect(self._clicked)
        self.list.activated.connect(self._clicked)
        column.addWidget(self.list)
        self.overview = HeaderAndList(content, column, self.list)
        self.stack.addWidget(self.overview)
        self.stack.addWidget(self.detail)
        context.signals.history_changed.connect(self._changed_elsewhere)
        context.signals.settings_changed.connect(self._changed_elsewhere)
        context.signals.plan_changed.connect(self._changed_elsewhere)

    def _strip(self) -> QWidget:
        frame, layout = card()
        # The figures side by side; on a narrow window with large text one goes under the others.
        row = EvenColumns(spacing=12)
        layout.addLayout(row)
        values = []
        for title in (
            translate("HistoryPage", "Streak"),
            translate("HistoryPage", "This week"),
            translate("HistoryPage", "In total"),
        ):
            tile, tile_layout = _tile(title)
            value = label("", "subheading", wrap=False)
            tile_layout.addWidget(value)
            row.addWidget(tile)
            values.append(value)
        self.streak_text, self.week_text, self.total_text = values
        frame.setAccessibleName(translate("HistoryPage", "Streak, this week and total"))
        return frame

    def _charts(self) -> QWidget:
        frame, layout = card()
        # Equal buttons in a row, on two rows when their words do not fit side by side.
        choices = EvenColumns(spacing=4)
        self.chart_group = QButtonGroup(self)
        self.chart_buttons: list[QPushButton] = []
        self.chart_stack = QStackedWidget()
        self.sessions_chart = BarChart(translate("HistoryPage", "Sessions per week, last 12 weeks"))
        self.minutes_chart = BarChart(translate("HistoryPage", "Minutes per week, last 12 weeks"))
        self.pain_chart = LineChart(translate("HistoryPage", "Pain after each rated session"))
        for number, (text, description, chart) in enumerate(
            (
                (
                    translate("HistoryPage", "Sessions"),
                    translate("HistoryPage", "Show the chart of sessions"),
                    self.sessions_chart,
                ),
                (
                    translate("HistoryPage", "Minutes"),
                    translate("HistoryPage", "Show the chart of minutes"),
                    self.minutes_chart,
                ),
                (
                    translate("HistoryPage", "Pain"),
                    translate("HistoryPage", "Show the chart of pain"),
                    self.pain_chart,
                ),
            )
        ):
            choice = button(text, "segment", description)
            choice.setCheckable(True)
            choice.setChecked(number == 0)
            choice.clicked.connect(lambda _=False, n=number: self.show_chart(n))
            self.chart_group.addButton(choice)
            self.chart_buttons.append(choice)
            choices.addWidget(choice)
            self.chart_stack.addWidget(chart)
        layout.addLayout(choices)
        self.chart_caption = label("", "small")
        layout.addWidget(self.chart_caption)
        layout.addWidget(self.chart_stack)
        return frame

    # --- loading -----------------------------------------------------------------------------

    def load(self) -> None:
        """Reads the history again (the page is shown, a session was added or deleted).

        The weeks the charts show are read at once; older sessions follow a page at a time
        after the first paint, so the page opens equally fast with years of history."""
        collect_and_set_aside()  # see collector.py: full passes stay short while pages come in
        self._generation += 1
        self._stale = False
        self._pending = []
        today = local_day(self.context.clock.wall_now())
        self._totals = RunningTotals(today)
        history = self.context.app.history
        try:
            self.sessions = history.overviews(window_start(today))
            shown = {session.id for session in self.sessions}
            self._pending = [i for i in history.session_ids() if i not in shown]
        except AppError as error:
            self.sessions = []
            self.message.setText(str(error))
            self.message.show()
        else:
            empty = translate(
                "HistoryPage", "No workouts yet. Finished sets show here the moment they are done."
            )
            self.message.setText(empty if not self.sessions and not self._pending else "")
            self.message.setVisible(not self.sessions and not self._pending)
        self.figures = figures(self.sessions, today, self.context.settings.weekly_goal)
        self.plan_record = self._plan_record()
        self.adherence.show_record(self.plan_record)
        self._show_figures(self.figures)
        if self._pending:
            self._totals.add(overview.summary() for overview in self.sessions)
        self.model.set_rows(group_by_week(self.sessions, today))
        if self._pending:
            generation = self._generation
            QTimer.singleShot(0, lambda: self._load_more(generation))

    @property
    def loading(self) -> bool:
        """Older sessions are still being read into the list."""
        return bool(self._pending)

    def _load_more(self, generation: int) -> None:  # one page per turn of the event loop
        if generation != self._generation or self.figures is None:
            return  # loaded afresh since
        page, self._pending = self._pending[:PAGE], self._pending[PAGE:]
        try:
            older = self.context.app.history.overviews(ids=page)
        except AppError as error:
            self._pending = []
            self.notice.emit(str(error))
            return
        self.sessions += older
        self._totals.add(overview.summary() for overview in older)
        self.model.extend(older, self.figures.today)
        set_aside()  # the sessions just read live as long as the list
        if self._pending:
            QTimer.singleShot(0, lambda: self._load_more(generation))
            return
        # Everything is read: the totals that reach back beyond the charts' weeks.
        shown = self.figures
        totals = self._totals
        self.figures = replace(shown, minutes=totals.minutes, streak=totals.streak)
        self._show_figures(self.figures)

    def _plan_record(self) -> PlanRecord | None:
        """The plan against the history, when there is a plan."""
        plan = self.context.app.plan
        if not plan.current.entries:
            return None
        try:
            return plan.record()
        except AppError:
            return None  # the history's own fault is already said above the list

    def _show_figures(self, shown: HistoryFigures) -> None:
        self.streak_text.setText(streak_text(shown.streak))
        if self.plan_record is not None:  # with a plan, the streak counts planned days
            self.streak_text.setText(streak_text(self.plan_record.streak))
        self.week_text.setText(
            translate("HistoryPage", "{done} of {goal}").format(
                done=shown.week.done, goal=shown.week.goal
            )
        )
        self.week_text.setToolTip(
            translate("HistoryPage", "Goal met")
            if shown.week.met
            else translate("HistoryPage", "Sessions this week")
        )
        self.total_text.setText(
            translate("HistoryPage", "{minutes} min").format(minutes=whole(round(shown.minutes)))
        )
        labels = [day_and_month(w.week_start) for w in shown.weeks]
        self.sessions_chart.set_data(
            labels, [w.sessions for w in shown.weeks], goal=shown.week.goal
        )
        self.minutes_chart.set_data(labels, [round(w.minutes, 1) for w in shown.weeks])
        points = shown.pain.points
        # Only the first and last dates are written under the line.
        labels = [""] * len(points)
        for end in (0, -1) if points else ():
            labels[end] = day_and_month(points[end].day)
        self.pain_chart.set_data(labels, [p.pain for p in points])
        self.show_chart(self.chart_stack.currentIndex())

    def show_chart(self, number: int) -> None:
        self.chart_stack.setCurrentIndex(number)
        self.chart_buttons[number].setChecked(True)
        captions = (
            translate(
                "HistoryPage",
                "Sessions each week, the last 12 weeks; the dashed line is your weekly goal",
            ),
            translate("HistoryPage", "Minutes of exercise each week, the last 12 weeks"),
            translate(
                "HistoryPage", "Pain after each rated session, the last 12 weeks: {direction}"
            ).format(direction=self.figures.pain.direction)
            if self.figures is not None
            else "",
        )
        self.chart_caption.setText(captions[number])

    # --- a session -----------------------------------------------------------------------------

    def _clicked(self, index: QModelIndex) -> None:
        row = self.model.rows[index.row()] if index.isValid() else None
        if isinstance(row, SessionRow):
            self.open_session(row.session.id)

    def open_session(self, session_id: int) -> None:
        try:
            detail = self.context.app.history.session_detail(session_id)
        except AppError as error:
            self.notice.emit(str(error))
            return
        if detail is None:
            self.load()
            return
        self.detail.show_session(detail)
        self.stack.setCurrentWidget(self.detail)
        tab_in_reading_order(self.window())

    def _changed_elsewhere(self) -> None:
        """The list is read again when it shows, not while a session's page is open."""
        self._stale = True
        if self.isVisible() and self.stack.currentWidget() is self.overview:
            self.load()

    def show_afresh(self) -> None:
        """The page is opened: the list, read again."""
        self._stale = True
        self.show_list()

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.overview)
        if self._stale and self.isVisible():
            self.load()

    def rate_session(self, session_id: int, rating: Rating) -> None:
        try:
            self.context.app.history.rate_session(session_id, rating)
        except AppError as error:
            self.notice.emit(str(error))
            if self.detail.rating is not None:
                self.detail.rating.show_saved(str(error))
            return
        if self.detail.rating is not None:
            self.detail.rating.show_saved(None)

    def delete_session(self, session_id: int) -> None:
        if not dialogs.confirm(
            self,
            translate("HistoryPage", "Delete this session?"),
            translate(
                "HistoryPage", "Its sets, ratings and marks are removed from your history for good."
            ),
            translate("HistoryPage", "Delete"),
            translate("HistoryPage", "Keep it"),
        ):
            return
        try:
            self.context.app.history.delete_session(session_id)
        except AppError as error:
            self.notice.emit(str(error))
            return
        self.load()
        self.show_list()

    def export(self) -> None:
        target = ask_export_file(self)
        if target is None:
            return
        try:
            count = self.context.app.history.export(target)
        except AppError as error:
            self.notice.emit(str(error))
            return
        self.done.emit(
            translate("HistoryPage", "%n session(s) exported to {file}.", None, count).format(
                file=target
            )
        )

    def open_report(self) -> None:
        """History › Report: the dialog asks for the days, then saves or prints."""
        from calfplayer.ui.report_dialog import ReportDialog

        dialog = ReportDialog(self.context, self)
        dialog.notice.connect(self.done)  # only ever a confirmation: saved or printed
        dialog.exec()
