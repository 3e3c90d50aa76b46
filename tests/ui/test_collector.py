"""Setting what lives aside from full garbage collections, and bringing it back."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from calfplayer.ui.collector import collect_and_set_aside, set_aside


class Node:
    def __init__(self) -> None:
        self.partner: Node | None = None


def cycle() -> Node:
    first = Node()
    first.partner = Node()
    first.partner.partner = first
    return first


def tracked(obj: object) -> bool:
    """Still walked by the collector's passes (set-aside objects are in none of its generations)."""
    return any(candidate is obj for candidate in gc.get_objects())


@pytest.fixture(autouse=True)
def nothing_set_aside_after() -> Iterator[None]:
    yield
    gc.unfreeze()


def test_garbage_is_collected_and_what_lives_is_set_aside() -> None:
    garbage = cycle()
    gone = weakref.ref(garbage)
    alive = Node()
    del garbage
    collect_and_set_aside()
    assert gone() is None
    assert not tracked(alive)


def test_garbage_set_aside_is_reclaimed_at_the_next_collection() -> None:
    kept = cycle()
    collect_and_set_aside()
    gone = weakref.ref(kept)
    del kept  # a cycle: only a collection can free it, and it was set aside
    gc.collect()
    assert gone() is not None, "set aside: ordinary passes leave it"
    collect_and_set_aside()
    assert gone() is None


def test_set_aside_moves_what_was_made_since_without_a_pass() -> None:
    collect_and_set_aside()
    garbage = cycle()
    gone = weakref.ref(garbage)
    del garbage
    rows = [Node() for _ in range(100)]
    assert tracked(rows[0])
    set_aside()
    assert not tracked(rows[0])
    assert gone() is not None, "no pass was made"
    collect_and_set_aside()
    assert gone() is None
