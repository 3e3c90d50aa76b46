"""Setting the start-up objects aside: once, and only what is alive."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from calfplayer.ui.collector import set_start_up_objects_aside


class Node:
    def __init__(self) -> None:
        self.partner: Node | None = None


@pytest.fixture
def unfrozen() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_garbage_is_collected_first_and_the_rest_set_aside_once(unfrozen) -> None:  # type: ignore[no-untyped-def]
    cycle = Node()
    cycle.partner = Node()
    cycle.partner.partner = cycle
    gone = weakref.ref(cycle)
    kept = Node()
    del cycle
    set_start_up_objects_aside()
    assert gone() is None, "a cycle that was already garbage is not frozen for good"
    frozen = gc.get_freeze_count()
    assert frozen > 0
    assert not any(obj is kept for obj in gc.get_objects()), "alive: out of every generation"
    later = [Node() for _ in range(50)]
    set_start_up_objects_aside()
    assert gc.get_freeze_count() == frozen, "only once per run"
    assert any(obj is later[0] for obj in gc.get_objects())
