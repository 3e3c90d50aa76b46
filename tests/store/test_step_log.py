"""The log of steps applied: appended one whole line at a time, read back past a torn line."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from calfplayer.domain.progression import AdviceKind, AppliedStep
from calfplayer.store.step_log import append_step, read_steps

BERLIN_WINTER = timezone(timedelta(hours=1))


def step(day: int, change: str = "Two more reps per set: Calf raise 10 → 12 reps") -> AppliedStep:
    return AppliedStep(
        datetime(2026, 11, day, 18, 30, tzinfo=BERLIN_WINTER),
        AdviceKind.STEP_UP,
        "gentle-start-mine",
        "Gentle start (mine)",
        change,
    )


def test_steps_are_read_back_as_written_oldest_first(tmp_path: Path) -> None:
    log = tmp_path / "data" / "steps-applied.jsonl"
    append_step(log, step(20))
    append_step(log, step(3, "One more set: Short foot 2 → 3 sets"))
    read = read_steps(log)
    assert read.unreadable == 0
    assert read.steps == [step(3, "One more set: Short foot 2 → 3 sets"), step(20)]
    assert read.steps[1].at.utcoffset() == timedelta(hours=1)  # the person's clock kept
    assert len(log.read_text(encoding="utf-8").splitlines()) == 2


def test_no_log_yet_is_no_steps(tmp_path: Path) -> None:
    read = read_steps(tmp_path / "steps-applied.jsonl")
    assert read.steps == [] and read.unreadable == 0


def test_a_torn_last_line_is_passed_over_and_the_next_step_starts_a_line_of_its_own(
    tmp_path: Path,
) -> None:
    log = tmp_path / "steps-applied.jsonl"
    append_step(log, step(1))
    with log.open("ab") as torn:
        torn.write(b'{"format": 1, "at": "2026-11-0')
    append_step(log, step(2))
    read = read_steps(log)
    assert read.steps == [step(1), step(2)]
    assert read.unreadable == 1


def test_lines_of_another_format_or_without_a_time_zone_are_not_guessed_at(
    tmp_path: Path,
) -> None:
    log = tmp_path / "steps-applied.jsonl"
    log.write_text(
        '{"format": 2, "at": "2026-11-01T10:00:00+01:00", "kind": "step-up",'
        ' "routine_id": "a", "routine_name": "A", "change": "x"}\n'
        '{"format": 1, "at": "2026-11-01T10:00:00", "kind": "step-up",'
        ' "routine_id": "a", "routine_name": "A", "change": "x"}\n'
        "[1, 2]\n",
        encoding="utf-8",
    )
    read = read_steps(log)
    assert read.steps == [] and read.unreadable == 3


def test_a_log_that_cannot_be_written_raises(tmp_path: Path) -> None:
    log = tmp_path / "steps-applied.jsonl"
    log.mkdir()  # something else stands where the log goes
    with pytest.raises(OSError):
        append_step(log, step(2))
    assert log.is_dir() and not list(log.iterdir())


def test_a_step_kept_in_utc_reads_as_that_moment(tmp_path: Path) -> None:
    log = tmp_path / "steps-applied.jsonl"
    moment = datetime(2026, 11, 30, 23, 30, tzinfo=UTC)
    append_step(log, AppliedStep(moment, AdviceKind.STEP_UP, "a", "A", "x"))
    assert read_steps(log).steps[0].at == moment
