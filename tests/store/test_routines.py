from __future__ import annotations

import json

import pytest

from calfplayer.domain.library import RoutineLibrary, free_id
from calfplayer.domain.routines import Source, load_routine
from calfplayer.resources import asset
from calfplayer.store.routines import OnClash, RoutineClash, RoutineStore


def own_library(catalogue, folder):
    return RoutineLibrary.load(catalogue, asset("routines"), folder)


def test_save_writes_a_file_that_loads_back_the_same(tmp_path, make_routine, catalogue):
    store = RoutineStore(tmp_path / "routines")
    routine = make_routine(
        {"exercise": "calf-raise", "reps": 14, "tempo": {"down": 3.5}}, routine_id="mine"
    )
    saved = store.save(routine)
    assert saved.source is Source.USER and saved.path == tmp_path / "routines" / "mine.json"
    again = load_routine(saved.path, catalogue)
    assert again.items == routine.items
    assert [p.name for p in (tmp_path / "routines").iterdir()] == ["mine.json"], (
        "no temp files left"
    )


def test_renaming_an_own_routine_leaves_no_duplicate(tmp_path, make_routine):
    from dataclasses import replace

    store = RoutineStore(tmp_path)
    saved = store.save(make_routine({"exercise": "calf-raise"}, routine_id="old-name"))
    store.save(replace(saved, id="new-name"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new-name.json"]


def test_clashing_ids_refuse_replace_or_keep_both(tmp_path, make_routine, catalogue):
    folder = tmp_path / "routines"
    store = RoutineStore(folder)
    store.save(make_routine({"exercise": "calf-raise", "reps": 10}, routine_id="mine"))
    incoming = make_routine({"exercise": "calf-raise", "reps": 12}, routine_id="mine")
    with pytest.raises(RoutineClash, match="one of your routines"):
        store.add(incoming, own_library(catalogue, folder), OnClash.REFUSE)
    assert load_routine(folder / "mine.json", catalogue).items[0].reps == 10, "nothing changed"
    store.add(incoming, own_library(catalogue, folder), OnClash.REPLACE)
    assert load_routine(folder / "mine.json", catalogue).items[0].reps == 12
    both = store.add(incoming, own_library(catalogue, folder), OnClash.KEEP_BOTH)
    assert both.id == "mine-2" and both.name == "Test routine (copy)"
    assert sorted(p.name for p in folder.iterdir()) == ["mine-2.json", "mine.json"]


def test_a_built_in_is_never_replaced(tmp_path, make_routine, catalogue):
    store = RoutineStore(tmp_path)
    incoming = make_routine({"exercise": "calf-raise"}, routine_id="gentle-start")
    with pytest.raises(RoutineClash, match="built-in"):
        store.add(incoming, own_library(catalogue, tmp_path), OnClash.REPLACE)
    assert (
        store.add(incoming, own_library(catalogue, tmp_path), OnClash.KEEP_BOTH).id
        == "gentle-start-2"
    )


def test_only_own_routines_can_be_deleted(tmp_path, make_routine, library):
    store = RoutineStore(tmp_path)
    saved = store.save(make_routine({"exercise": "calf-raise"}, routine_id="gone"))
    store.delete(saved)
    assert not saved.path.exists()
    with pytest.raises(ValueError, match="only your own"):
        store.delete(library.get("gentle-start"))


def test_free_id_takes_the_lowest_free_number():
    assert free_id("mine", {"mine"}) == "mine-2"
    assert free_id("mine", {"mine", "mine-2", "mine-3"}) == "mine-4"


def test_failed_write_leaves_the_old_file(tmp_path, make_routine, monkeypatch, catalogue):
    store = RoutineStore(tmp_path)
    store.save(make_routine({"exercise": "calf-raise", "reps": 10}, routine_id="safe"))

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.replace", fail)
    with pytest.raises(OSError, match="No space"):
        store.save(make_routine({"exercise": "calf-raise", "reps": 12}, routine_id="safe"))
    assert load_routine(tmp_path / "safe.json", catalogue).items[0].reps == 10
    assert [p.name for p in tmp_path.iterdir()] == ["safe.json"]
    assert json.loads((tmp_path / "safe.json").read_text())["id"] == "safe"
