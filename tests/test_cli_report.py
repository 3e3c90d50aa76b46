"""`calfplayer report` as a script uses it: a real subprocess, a real history and real PDFs, read
back with poppler's pdftotext and pdfinfo."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from calfplayer.domain.exercises import Catalogue
from calfplayer.paths import AppPaths
from calfplayer.resources import asset
from tests.app.report_history import FIRST, LAST, Seeded, seed_report_history, store_figures


def run(data_dir: Path, *args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return subprocess.run(
        [sys.executable, "-m", "calfplayer", "--data-dir", str(data_dir), "report", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
        check=False,
    )


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def pdf_info(path: Path) -> dict[str, str]:
    lines = subprocess.run(
        ["pdfinfo", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    return {key.strip(): value.strip() for key, _, value in (line.partition(":") for line in lines)}


@pytest.fixture
def seeded(data_dir: Path) -> Seeded:
    return seed_report_history(AppPaths.under(data_dir))


def test_the_report_holds_the_periods_numbers_and_none_from_outside_it(
    data_dir: Path, seeded: Seeded, tmp_path: Path
) -> None:
    target = tmp_path / "november.pdf"
    result = run(data_dir, "--from", FIRST, "--to", LAST, "-o", str(target), "--paper", "a4")
    assert result.returncode == 0, result.stderr
    assert "6 sessions" in result.stdout and str(target) in result.stdout
    text = pdf_text(target)
    done, planned, marks = store_figures(AppPaths.under(data_dir), seeded.inside)
    assert "1 November 2026 to 30 November 2026 (30 days)" in text
    assert "6 (5 completed, 1 ended early)" in text
    assert f"{done} of {planned} planned" in text
    assert "6 of 13 planned times done (46 %)" in text  # Mon, Wed, Fri of November
    pains = seeded.pains
    assert (
        f"{len(pains)} ratings, average {sum(pains) / len(pains):.1f}, lowest {min(pains)},"
        f" highest {max(pains)}; first {pains[0]}, last {pains[-1]}; trend: easing"
    ) in " ".join(text.split())
    names = {e.id: e.name for e in Catalogue.load(asset("exercises")).values()}
    lines = text.splitlines()
    for (exercise, number, leg), day in zip(
        marks, ("Wed 4 Nov 2026", "Mon 23 Nov 2026"), strict=True
    ):
        [line] = [line for line in lines if day in line and names[exercise] in line]
        assert line.split()[-2:] == [str(number), leg]
    assert "Calf felt tight on the stairs" in text and "Easier than last week" in text
    assert "Two more reps per set: Calf raise 10 → 12" in text
    for outside in ("Outside before", "Outside after", "Outside step", "Oct 2026", "2 Dec"):
        assert outside not in text
    assert "highest 9" not in text and "highest 8" not in text
    assert "The person's own exercise log, made with calfplayer on " in text
    assert "Not a clinical record." in text and "Page 1 of 3" in text
    assert pdf_info(target)["Page size"] == "595 x 842 pts (A4)"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_letter_paper_when_asked_and_where_the_locale_measures_in_us_units(
    data_dir: Path, seeded: Seeded, tmp_path: Path
) -> None:
    asked = tmp_path / "asked.pdf"
    assert (
        run(
            data_dir, "--from", FIRST, "--to", LAST, "-o", str(asked), "--paper", "letter"
        ).returncode
        == 0
    )
    assert pdf_info(asked)["Page size"] == "612 x 792 pts (letter)"
    for locale, size in (
        ("en_US.UTF-8", "612 x 792 pts (letter)"),
        ("de_DE.UTF-8", "595 x 842 pts (A4)"),
    ):
        target = tmp_path / f"{locale}.pdf"
        result = run(
            data_dir, "--from", FIRST, "--to", LAST, "-o", str(target), env={"LC_ALL": locale}
        )
        assert result.returncode == 0, result.stderr
        assert pdf_info(target)["Page size"] == size


def test_notes_are_left_out_when_asked(data_dir: Path, seeded: Seeded, tmp_path: Path) -> None:
    target = tmp_path / "r.pdf"
    assert (
        run(data_dir, "--from", FIRST, "--to", LAST, "-o", str(target), "--no-notes").returncode
        == 0
    )
    text = pdf_text(target)
    assert "Calf felt tight" not in text and "Left out of this report by the person." in text


def test_a_period_without_sessions_is_one_page_that_says_so(
    data_dir: Path, seeded: Seeded, tmp_path: Path
) -> None:
    target = tmp_path / "june.pdf"
    result = run(data_dir, "--from", "2026-06-01", "--to", "2026-06-30", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert pdf_info(target)["Pages"] == "1"
    text = pdf_text(target)
    assert "No sessions in this period" in text and "Page 1 of 1" in text


def test_the_last_four_weeks_by_default(data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "r.pdf"
    result = run(data_dir, "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert "(28 days)" in pdf_text(target)


@pytest.mark.parametrize(
    "args",
    [
        ["--from", "2026-11-31", "--to", "2026-12-01"],
        ["--from", "yesterday"],
        ["--from", "2026-11-30", "--to", "2026-11-01"],
    ],
)
def test_bad_dates_exit_2_with_the_usage(data_dir: Path, tmp_path: Path, args: list[str]) -> None:
    target = tmp_path / "r.pdf"
    result = run(data_dir, *args, "-o", str(target))
    assert result.returncode == 2
    assert result.stderr.startswith("usage: calfplayer") and "report" in result.stderr
    assert not target.exists()


def test_an_output_that_cannot_be_written_exits_1_with_the_reason_and_no_file(
    data_dir: Path, seeded: Seeded, tmp_path: Path
) -> None:
    missing = tmp_path / "no-such-folder" / "r.pdf"
    result = run(data_dir, "--from", FIRST, "--to", LAST, "-o", str(missing))
    assert result.returncode == 1
    assert "could not be written" in result.stderr and "No such file or directory" in result.stderr
    assert not missing.parent.exists()
    folder = tmp_path / "a-folder"
    folder.mkdir()
    result = run(data_dir, "--from", FIRST, "--to", LAST, "-o", str(folder))
    assert result.returncode == 1 and "could not be written" in result.stderr
    assert "Traceback" not in result.stderr
    assert folder.is_dir() and not list(folder.iterdir())
    assert [p.name for p in tmp_path.iterdir()] == ["a-folder"]  # no temporary file left
