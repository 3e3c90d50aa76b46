"""A step up applied from the advice goes into the log the progress report shows."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from calfplayer.app.application import Application
from calfplayer.domain.clock import FakeClock
from calfplayer.domain.progression import AdviceKind, RecentSession, advise
from calfplayer.paths import AppPaths
from calfplayer.store.step_log import read_steps

EASY = [RecentSession(completed=True, effort=3, pain=1) for _ in range(3)]


def make_app(tmp_path: Path) -> Application:
    clock = FakeClock(wall_start=datetime(2026, 11, 20, 17, 0, tzinfo=UTC))
    return Application.create(AppPaths.under(tmp_path / "data"), clock)


def test_applying_a_step_logs_its_date_routine_and_change(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    snack = app.routines.library.get("movement-snack")
    advice = advise(snack, EASY)
    assert advice is not None and advice.step is not None
    applied = app.advisor.apply(snack, advice)
    assert applied.unlogged is None
    [logged] = read_steps(app.paths.step_log).steps
    assert logged.at == datetime(2026, 11, 20, 17, 0, tzinfo=UTC)
    assert logged.kind is AdviceKind.STEP_UP
    assert (logged.routine_id, logged.routine_name) == (applied.routine.id, applied.routine.name)
    assert logged.change == "One more set: Seated calf raise 1 → 2 sets"


def test_a_log_that_cannot_be_written_keeps_the_step_and_says_so(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    app.paths.step_log.mkdir(parents=True)  # something else stands where the log goes
    snack = app.routines.library.get("movement-snack")
    advice = advise(snack, EASY)
    assert advice is not None
    applied = app.advisor.apply(snack, advice)
    assert applied.unlogged is not None
    assert applied.unlogged.startswith("The step could not be added to your log of changes")
    app.routines.reload()
    assert app.routines.library.get(applied.routine.id).items[0].sets == 2  # the step stands
