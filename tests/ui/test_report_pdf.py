"""The report on paper from the window: History › Report saves a PDF or prints through QPrinter,
with the same drawing as `calfplayer report`; read back with poppler's pdftotext and pdfinfo."""

from __future__ import annotations

import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtPrintSupport import QPrinter

from calfplayer.app.report import Period
from calfplayer.domain.clock import FakeClock
from calfplayer.ui.report_dialog import ReportDialog
from calfplayer.ui.report_pdf import Paper, draw_report, setup_device, write_pdf
from tests.app.report_history import seed_report_history

NOVEMBER = Period(date(2026, 11, 1), date(2026, 11, 30))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(wall_start=datetime(2026, 12, 5, 9, 0, tzinfo=UTC))


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def page_size(path: Path) -> str:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    [line] = [line for line in info.stdout.splitlines() if line.startswith("Page size:")]
    return line.partition(":")[2].strip()


def pdf_printer(target: Path, paper: Paper) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    setup_device(printer, paper)
    return printer


def test_printing_draws_the_same_report_as_the_pdf_file(history_context, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seed_report_history(history_context.paths)
    report = history_context.app.report(NOVEMBER, include_notes=True)
    saved = tmp_path / "saved.pdf"
    assert write_pdf(report, saved, Paper.A4) >= 2
    printed = tmp_path / "printed.pdf"
    printer = pdf_printer(printed, Paper.A4)
    assert printer.outputFormat() is QPrinter.OutputFormat.PdfFormat
    draw_report(report, printer)
    assert printed.stat().st_size > 0
    # The same text (the printer's finer resolution moves the spaces between cells a little).
    assert "".join(pdf_text(printed).split()) == "".join(pdf_text(saved).split())
    assert page_size(printed) == page_size(saved) == "595 x 842 pts (A4)"


def test_the_dialog_asks_the_last_four_weeks_and_prints_what_is_chosen(
    history_context,
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    seed_report_history(history_context.paths)
    dialog = ReportDialog(history_context)
    qtbot.addWidget(dialog)
    assert dialog.period() == Period(date(2026, 11, 8), date(2026, 12, 5))
    assert dialog.notes.isChecked()
    dialog.first.setDate(QDate(2026, 11, 1))
    dialog.last.setDate(QDate(2026, 11, 30))
    dialog.notes.setChecked(False)
    report = dialog.report()
    assert report is not None and report.period == NOVEMBER and report.notes is None
    said: list[str] = []
    dialog.notice.connect(said.append)
    target = tmp_path / "printed.pdf"
    dialog.print_on(report, pdf_printer(target, Paper.LETTER))
    assert said == ["Report sent to the printer (3 pages)."]
    text = pdf_text(target)
    assert "6 (5 completed, 1 ended early)" in text and "Left out of this report" in text
    assert page_size(target) == "612 x 792 pts (letter)"


def test_the_dialog_saves_a_pdf_where_asked_and_says_why_not_when_it_cannot(
    history_context,
    qtbot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    seed_report_history(history_context.paths)
    dialog = ReportDialog(history_context)
    qtbot.addWidget(dialog)
    said: list[str] = []
    dialog.notice.connect(said.append)
    where = tmp_path / "no-such-folder" / "r.pdf"
    monkeypatch.setattr(dialog, "ask_target", lambda _period: where)
    dialog.save_pdf()
    assert said == [] and not where.parent.exists()
    assert "could not be written" in dialog.problem.text()
    where = tmp_path / "r.pdf"
    dialog.save_pdf()
    assert said == [f"Report saved to {where} (3 pages)."]
    assert "Calf exercise progress report" in pdf_text(where)


def test_a_period_that_ends_before_it_starts_is_said_in_the_dialog(history_context, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ReportDialog(history_context)
    qtbot.addWidget(dialog)
    dialog.first.setDate(QDate(2026, 11, 30))
    dialog.last.setDate(QDate(2026, 11, 1))
    assert dialog.report() is None
    assert "starts" in dialog.problem.text()


def test_the_history_page_has_a_report_button_that_opens_the_dialog(
    history_window,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    opened: list[ReportDialog] = []

    def exec_(self: ReportDialog) -> int:
        opened.append(self)
        return 0

    monkeypatch.setattr(ReportDialog, "exec", exec_)
    history_window.history.report_button.click()
    assert len(opened) == 1 and opened[0].windowTitle() == "Progress report"
