"""Fixtures for the store tests."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from calfplayer.domain.plan import Plan, build_plan
from calfplayer.domain.routines import Routine
from tests.store.history_helpers import FIXTURES, QUICK_ITEMS


@pytest.fixture
def quick_routine(make_routine) -> Routine:  # type: ignore[no-untyped-def]
    routine: Routine = make_routine(*QUICK_ITEMS, routine_id="quick")
    return routine


@pytest.fixture
def quick_plan(quick_routine: Routine) -> Plan:
    return build_plan(quick_routine)


@pytest.fixture
def fixture_copy(tmp_path: Path) -> Callable[[str], Path]:
    """A copy of a checked-in history file as <tmp>/data/history.sqlite3."""

    def copy(name: str) -> Path:
        target = tmp_path / "data" / "history.sqlite3"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(FIXTURES / name, target)
        return target

    return copy
