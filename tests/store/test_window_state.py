"""The window's remembered place: a small file that is written whole or not at all, and read
back leniently (a bad file only means the window opens at its first placement)."""

from __future__ import annotations

import json

import pytest

from calfplayer.domain.window_geometry import WindowState
from calfplayer.paths import AppPaths
from calfplayer.store.window_state import WindowStateStore


def test_a_saved_state_is_read_back(data_dir) -> None:
    store = WindowStateStore(AppPaths.under(data_dir).window_state_file)
    assert store.load() is None
    state = WindowState(10, 20, 600, 700, full_screen=True)
    store.save(state)
    assert WindowStateStore(store.path).load() == state
    assert [p.name for p in store.path.parent.iterdir()] == ["window.json"]


@pytest.mark.parametrize(
    "text",
    [
        "{not json",
        "[1, 2]",
        json.dumps({"x": 1, "y": 2, "width": "wide", "height": 3}),
        json.dumps({"x": 1, "y": 2, "width": 0, "height": 300}),
        json.dumps({"x": 1, "y": 2, "width": True, "height": 300}),
        json.dumps({"x": 1, "width": 300, "height": 300}),
    ],
)
def test_an_unusable_file_is_no_state(data_dir, text) -> None:
    path = AppPaths.under(data_dir).window_state_file
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
    assert WindowStateStore(path).load() is None


def test_a_state_that_cannot_be_written_is_a_sentence(data_dir) -> None:
    from calfplayer.app.errors import AppError
    from calfplayer.app.window_state import WindowPlacement

    paths = AppPaths.under(data_dir)
    paths.config.parent.mkdir(parents=True, exist_ok=True)
    paths.config.write_text("a file where the config folder should be", encoding="utf-8")
    with pytest.raises(AppError, match="size and place could not be saved"):
        WindowPlacement(paths).save(WindowState(5, 6, 500, 900))
    assert WindowPlacement(paths).load() is None
