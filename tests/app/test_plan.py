"""The plan's use cases on real files: the plan file, the choices file and a real history."""

from __future__ import annotations

import json
from datetime import UTC, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from calfplayer.app.changes import Change, ChangeBus
from calfplayer.app.errors import AppError
from calfplayer.app.history import History
from calfplayer.app.plan import PlanService
from calfplayer.app.routines import Routines
from calfplayer.domain.adherence import DayStatus
from calfplayer.domain.clock import FakeClock
from calfplayer.domain.exercises import Catalogue
from calfplayer.domain.schedule import SlotState
from calfplayer.paths import AppPaths
from calfplayer.resources import asset
from tests.app.plan_history import record_session

BERLIN = ZoneInfo("Europe/Berlin")
# Monday 5 January 2026, 12:00 in Berlin.
NOON = datetime(2026, 1, 5, 12, 0, tzinfo=BERLIN)


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path / "data")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(wall_start=NOON.astimezone(UTC))


def service(
    paths: AppPaths, clock: FakeClock, changes: ChangeBus | None = None, **options
) -> PlanService:  # type: ignore[no-untyped-def]
    changes = changes or ChangeBus()
    catalogue = Catalogue.load(asset("exercises"))
    routines = Routines(paths, catalogue, changes)
    history = History(paths, catalogue, changes, clock)
    return PlanService(paths, routines, history, changes, clock, zone=BERLIN, **options)


def test_adding_writes_the_file_and_says_so(paths: AppPaths, clock: FakeClock) -> None:
    changes = ChangeBus()
    heard: list[str] = []
    changes.listen(Change.PLAN, lambda: heard.append("plan"))
    plan = service(paths, clock, changes)
    plan.add_routine("gentle-start", "mon,wed,fri", "18:00")
    plan.add_snack("movement-snack", "2h", "09:00", "17:00", "mon-fri")
    assert heard == ["plan", "plan"]
    assert [view.text for view in plan.entries()] == [
        "Gentle start: Mon, Wed, Fri at 18:00",
        "Movement snack: every 2 h from 09:00 to 17:00, Mon–Fri",
    ]
    saved = json.loads(paths.plan_file.read_text())
    assert saved["entries"][0] == {
        "routine": "gentle-start",
        "days": ["mon", "wed", "fri"],
        "at": "18:00",
        "added": "2026-01-05",
    }
    assert service(paths, clock).current == plan.current, "read back the same"


@pytest.mark.parametrize(
    ("routine", "days", "at", "says"),
    [
        ("gentle-start", "mon", "24:00", '"24:00" is not a time of day'),
        ("gentle-start", "mon,funday", "18:00", '"funday" is not a day'),
        ("no-such-routine", "mon", "18:00", 'no routine "no-such-routine"'),
    ],
)
def test_bad_input_changes_nothing(  # type: ignore[no-untyped-def]
    paths: AppPaths, clock: FakeClock, routine, days, at, says
) -> None:
    plan = service(paths, clock)
    plan.add_routine("balance-builder", "tue", "07:30")
    before = paths.plan_file.read_bytes()
    with pytest.raises(AppError, match=says):
        plan.add_routine(routine, days, at)
    with pytest.raises(AppError):
        plan.add_snack("movement-snack", "2h", "17:00", "09:00", "mon")
    assert paths.plan_file.read_bytes() == before
    assert sorted(p.name for p in paths.data.glob("plan*")) == ["plan.json"]


def test_a_change_goes_on_top_of_the_file_as_it_is_now(paths: AppPaths, clock: FakeClock) -> None:
    window = service(paths, clock)
    command_line = service(paths, clock)
    command_line.add_routine("gentle-start", "mon", "18:00")
    window.add_routine("balance-builder", "tue", "08:00")  # the window has not re-read yet
    assert [entry.routine_id for entry in service(paths, clock).current.entries] == [
        "gentle-start",
        "balance-builder",
    ]


def test_a_damaged_file_means_no_plan_said_and_kept_aside(
    paths: AppPaths, clock: FakeClock
) -> None:
    paths.data.mkdir(parents=True)
    paths.plan_file.write_text(
        '{"format": 1, "entries": [{"routine": "x", "days": ["mon"], "at": "31:00"}]}'
    )
    original = paths.plan_file.read_text()
    plan = service(paths, clock)
    assert plan.current.entries == ()
    assert plan.problem is not None and '"31:00" is not a time of day' in plan.problem
    [kept] = list(paths.data.glob("plan.json.damaged-*"))
    assert kept.read_text() == original and str(kept) in plan.problem
    plan.add_routine("gentle-start", "mon", "18:00")
    assert kept.read_text() == original, "a new plan never overwrites the damaged one"


def test_the_command_line_leaves_a_damaged_file_in_place_and_refuses(
    paths: AppPaths, clock: FakeClock
) -> None:
    paths.data.mkdir(parents=True)
    paths.plan_file.write_text("not json at all")
    plan = service(paths, clock, keep_damaged_aside=False)
    assert plan.problem is not None
    with pytest.raises(AppError, match="plan clear"):
        plan.add_routine("gentle-start", "mon", "18:00")
    assert paths.plan_file.read_text() == "not json at all"
    kept = plan.clear()
    assert kept is not None and kept.read_text() == "not json at all"
    assert json.loads(paths.plan_file.read_text())["entries"] == []


def test_an_entry_whose_routine_was_deleted_is_marked_not_dropped(
    paths: AppPaths, clock: FakeClock
) -> None:
    paths.routines.mkdir(parents=True)
    own = paths.routines / "stairs.json"
    own.write_text(
        json.dumps(
            {
                "format": 1,
                "id": "stairs",
                "name": "Stairs",
                "items": [{"exercise": "calf-raise", "sets": 1, "reps": 5}],
            }
        )
    )
    plan = service(paths, clock)
    plan.add_routine("stairs", "mon", "11:00")
    assert [item.state for item in (i.view for i in plan.today())] == [SlotState.DUE]
    own.unlink()
    plan.routines.reload_if_changed()
    [entry] = plan.entries()
    assert entry.missing and "no longer exists" in entry.text and entry.routine_name == "stairs"
    assert plan.today() == [], "an entry that cannot be played is never due"
    assert json.loads(paths.plan_file.read_text())["entries"][0]["routine"] == "stairs"


def test_done_today_from_the_real_history(paths: AppPaths, clock: FakeClock) -> None:
    plan = service(paths, clock)
    plan.add_routine("gentle-start", "mon", "18:00")
    plan.add_routine("balance-builder", "mon", "11:00")
    record_session(paths, "gentle-start", NOON.replace(hour=8), status="ended early", reps_done=3)
    record_session(paths, "balance-builder", NOON.replace(hour=9), reps_done=0)
    states = {item.view.slot.routine_id: item.view.state for item in plan.today()}
    assert states == {"gentle-start": SlotState.DONE, "balance-builder": SlotState.DUE}, (
        "a session ended early with a set done counts; one with nothing done does not"
    )
    record_session(paths, "balance-builder", NOON.replace(hour=10), status="interrupted")
    assert all(item.view.state is SlotState.DONE for item in plan.today())


def test_skip_and_later_are_kept_and_honoured_after_a_restart(
    paths: AppPaths, clock: FakeClock
) -> None:
    plan = service(paths, clock)
    plan.add_routine("gentle-start", "mon", "11:00")
    plan.add_routine("balance-builder", "mon", "11:30")
    [first, second] = plan.today()
    assert [first.view.state, second.view.state] == [SlotState.DUE, SlotState.DUE]
    until = plan.later(first, 30)
    plan.skip_today("balance-builder")
    again = service(paths, clock)
    states = [item.view.state for item in again.today()]
    assert states == [SlotState.LATER, SlotState.SKIPPED]
    assert again.due(again.today()) == []
    clock.advance(30 * 60_000)
    assert [item.routine_name for item in again.due(again.today())] == ["Gentle start"]
    assert until.astimezone(BERLIN).time() == time(12, 30)
    assert paths.plan_choices_file.is_file()


def test_the_record_against_the_real_history(paths: AppPaths, clock: FakeClock) -> None:
    plan = service(paths, clock)
    plan.add_routine("gentle-start", "daily", "08:00")
    record_session(paths, "gentle-start", NOON.replace(hour=7))
    record = plan.record()
    assert record.week[0].status is DayStatus.DONE
    assert (record.done, record.planned, record.streak) == (1, 1, 1)
    assert [day.status for day in record.week[1:]] == [DayStatus.TO_COME] * 6


def test_what_is_next(paths: AppPaths, clock: FakeClock) -> None:
    plan = service(paths, clock)
    assert plan.upcoming(plan.today()) is None
    plan.add_routine("gentle-start", "wed", "18:00")
    upcoming = plan.upcoming(plan.today())
    assert upcoming is not None
    name, when, due = upcoming
    assert (name, when.date().isoformat(), when.hour, due) == (
        "Gentle start",
        "2026-01-07",
        18,
        False,
    )


def test_deleting_all_data_removes_the_plan_and_its_choices(
    paths: AppPaths, clock: FakeClock
) -> None:
    from calfplayer.app.application import Application

    app = Application.create(paths, clock)
    app.plan.add_routine("gentle-start", "mon", "11:00")
    app.plan.skip_today("gentle-start")
    assert paths.plan_file.is_file() and paths.plan_choices_file.is_file()
    app.delete_all_data()
    assert not paths.plan_file.exists() and not paths.plan_choices_file.exists()
    assert app.plan.current.entries == () and app.plan.entries() == []
    app.history.close()
