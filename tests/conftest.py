"""Test set-up shared by every test: no real home folder, no real screen, no real sound."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt: widgets render offscreen unless a test asks for a real X server.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_SCALE_FACTOR_ROUNDING_POLICY", "PassThrough")


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test gets its own home and data dir, so nothing touches the real home folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    monkeypatch.setenv("CALFPLAYER_DATA_DIR", str(home / "calfplayer-data"))
    # Tests read English unless they ask for a language: the machine's own language must not
    # decide what a test sees, in this process or in the ones it starts.
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("CALFPLAYER_TRANSLATIONS_DIR", raising=False)
    from calfplayer import i18n

    i18n.use_language(i18n.ENGLISH)
    return home


@pytest.fixture
def data_dir(isolated_home: Path) -> Path:
    return isolated_home / "calfplayer-data"


@pytest.fixture(scope="session")
def catalogue():  # type: ignore[no-untyped-def]
    from calfplayer.domain.exercises import Catalogue
    from calfplayer.resources import asset

    return Catalogue.load(asset("exercises"))


@pytest.fixture(scope="session")
def library(catalogue):  # type: ignore[no-untyped-def]
    from calfplayer.domain.library import RoutineLibrary
    from calfplayer.resources import asset

    return RoutineLibrary.load(catalogue, asset("routines"), None)


@pytest.fixture
def repo_root() -> Iterator[Path]:
    yield Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def make_routine(catalogue):  # type: ignore[no-untyped-def]
    """Builds a Routine from routine-file items, e.g. make_routine({"exercise": "calf-raise"})."""
    from calfplayer.domain.routines import parse_routine

    def make(*items: dict[str, object], routine_id: str = "test-routine"):  # type: ignore[no-untyped-def]
        data = {"format": 1, "id": routine_id, "name": "Test routine", "items": list(items)}
        return parse_routine(data, "test.json", catalogue)

    return make


@pytest.fixture(scope="session")
def pseudo_catalogue_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with the pseudo-language's catalogue (``eo``, every text inside ⟦ ⟧)."""
    from tests.pseudo_language import build_pseudo_catalogue

    return build_pseudo_catalogue(tmp_path_factory.mktemp("pseudo-catalogue"))
