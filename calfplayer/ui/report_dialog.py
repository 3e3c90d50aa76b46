"""History › Report: asks for the period (the last four weeks by default) and whether to include
the notes, then saves the progress report as a PDF or prints it through the system's dialog.
The content comes from app/report.py, the drawing from ui/report_pdf.py (as on the command line).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from calfplayer.app.errors import AppError
from calfplayer.app.report import Period, Report
from calfplayer.domain.stats import local_day
from calfplayer.ui.context import AppContext
from calfplayer.ui.report_pdf import draw_report, paper_for_locale, setup_device, write_pdf
from calfplayer.ui.widgets.common import button, label

translate = QCoreApplication.translate


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


class ReportDialog(QDialog):
    notice = Signal(str)  # what was done, or why it could not be, for the window's banner

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(translate("ReportDialog", "Progress report"))
        today = local_day(context.clock.wall_now(), context.app.plan.zone)
        default = Period.last_weeks(today)
        column = QVBoxLayout(self)
        column.addWidget(
            label(
                translate("ReportDialog", "A progress report to take to your physiotherapist"),
                "heading",
            )
        )
        column.addWidget(
            label(
                translate(
                    "ReportDialog",
                    "Your sessions, plan kept, each exercise planned and done, effort and pain,"
                    ' "that hurt" marks and steps applied, for the days you choose.',
                ),
                "muted",
            )
        )
        form = QFormLayout()
        self.first = QDateEdit(_qdate(default.first))
        self.last = QDateEdit(_qdate(default.last))
        for edit, name, caption in (
            (
                self.first,
                translate("ReportDialog", "First day"),
                translate("ReportDialog", "First day:"),
            ),
            (
                self.last,
                translate("ReportDialog", "Last day"),
                translate("ReportDialog", "Last day:"),
            ),
        ):
            edit.setCalendarPopup(True)
            # Qt's date format: the order of the parts and their punctuation are the
            # language's; the month's short name comes from Qt's own data for the language.
            edit.setDisplayFormat(
                translate("ReportDialog", "d MMM yyyy", "Qt date format: 9 Dec 2025")
            )
            edit.setMaximumDate(_qdate(today))
            edit.setAccessibleName(name)
            form.addRow(caption, edit)
        self.notes = QCheckBox(translate("ReportDialog", "Include my notes"))
        self.notes.setChecked(True)
        form.addRow("", self.notes)
        column.addLayout(form)
        self.problem = label("", "notice")
        self.problem.hide()
        column.addWidget(self.problem)
        buttons = QHBoxLayout()
        self.save_button = button(translate("ReportDialog", "Save as PDF…"), "primary")
        self.print_button = button(translate("ReportDialog", "Print…"))
        self.cancel_button = button(translate("ReportDialog", "Cancel"), "flat")
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_report)
        self.cancel_button.clicked.connect(self.reject)
        for widget in (self.save_button, self.print_button, self.cancel_button):
            buttons.addWidget(widget)
        column.addLayout(buttons)

    def period(self) -> Period:
        return Period.between(_day(self.first), _day(self.last))

    def report(self) -> Report | None:
        """The report for the days chosen, or None with the reason shown."""
        try:
            return self.context.app.report(self.period(), include_notes=self.notes.isChecked())
        except AppError as error:
            self.problem.setText(str(error))
            self.problem.show()
            return None

    def ask_target(self, period: Period) -> Path | None:
        name, _chosen = QFileDialog.getSaveFileName(
            self,
            translate("ReportDialog", "Save the report"),
            str(Path.home() / f"calfplayer-report-{period.first}-to-{period.last}.pdf"),
            translate("ReportDialog", "PDF (*.pdf)"),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")

    def save_pdf(self) -> None:
        report = self.report()
        if report is None:
            return
        target = self.ask_target(report.period)
        if target is None:
            return
        try:
            pages = write_pdf(report, target, paper_for_locale())
        except OSError as error:
            self.problem.setText(
                translate(
                    "ReportDialog", "The report could not be written to {file} ({reason})."
                ).format(file=target, reason=error.strerror or error)
            )
            self.problem.show()
            return
        self.notice.emit(
            translate("ReportDialog", "Report saved to {file} (%n page(s)).", None, pages).format(
                file=target
            )
        )
        self.accept()

    def print_report(self) -> None:
        report = self.report()
        if report is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        setup_device(printer, paper_for_locale())
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        self.print_on(report, printer)

    def print_on(self, report: Report, printer: QPrinter) -> None:
        """Draws the report on a printer set up in the print dialog (or a PDF printer)."""
        try:
            pages = draw_report(report, printer)
        except OSError as error:
            self.problem.setText(
                translate("ReportDialog", "The report could not be printed ({reason}).").format(
                    reason=error
                )
            )
            self.problem.show()
            return
        self.notice.emit(
            translate("ReportDialog", "Report sent to the printer (%n page(s)).", None, pages)
        )
        self.accept()
