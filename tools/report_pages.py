#!/usr/bin/env python3
"""Render the progress report's pages as pictures: ``tools/report_pages.py DIR``.

A report of the last four weeks of the generated 12-week history (tools/sample_history.py), with
a plan for the week and a step up applied, made by the same code as `calfplayer report` and
rendered page by page with poppler's ``pdftoppm``. Files: DIR/report.pdf, DIR/report-page-N.png.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from calfplayer.app.application import Application
from calfplayer.app.report import Period
from calfplayer.domain.clock import FakeClock
from calfplayer.domain.progression import AdviceKind, AppliedStep
from calfplayer.paths import AppPaths
from calfplayer.store.step_log import append_step
from calfplayer.ui.report_pdf import Paper, write_pdf
from tools.sample_history import fill_history

HISTORY_END = datetime(2026, 11, 23, 20, 0, tzinfo=timezone(timedelta(hours=1)))


def make_report(data: Path, target: Path) -> int:
    paths = AppPaths.under(data)
    fill_history(paths.history_db, weeks=12, today=HISTORY_END)
    planning = Application.create(paths, FakeClock(wall_start=HISTORY_END - timedelta(weeks=10)))
    planning.plan.add_routine("gentle-start", "mon,wed,fri", "18:00")
    planning.history.close()
    append_step(
        paths.step_log,
        AppliedStep(
            HISTORY_END - timedelta(days=9, hours=1),
            AdviceKind.STEP_UP,
            "gentle-start-mine",
            "Gentle start (mine)",
            "Two more reps per set: Seated calf raise 12 → 14 reps",
        ),
    )
    app = Application.create(paths, FakeClock(wall_start=HISTORY_END + timedelta(hours=1)))
    report = app.report(Period.last_weeks(HISTORY_END.date()), include_notes=True)
    app.history.close()
    return write_pdf(report, target, Paper.A4)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temp:
        pdf = Path(temp) / "report.pdf"
        pages = make_report(Path(temp) / "data", pdf)
        for old in out.glob("report-page-*.png"):
            old.unlink()
        subprocess.run(
            ["pdftoppm", "-r", "90", "-png", str(pdf), str(out / "report-page")], check=True
        )
    print(f"{pages} pages: {', '.join(sorted(p.name for p in out.glob('report-page-*.png')))}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
