"""The wheel, installed into a fresh virtual environment, gives a working calfplayer."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from calfplayer import __version__
from calfplayer.cli import build_parser

REPO = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


def has_subcommand(name: str) -> bool:
    parser = build_parser()
    return any(
        name in action.choices
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
    )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    # --no-isolation: the same build backend (hatchling, in the test extra) without fetching it.
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), REPO],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (built,) = dist.glob("calfplayer-*.whl")
    return built


@pytest.fixture(scope="module")
def venv_bin(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A fresh venv, no system site-packages, with the wheel and what it declares it needs.

    pip resolves the wheel's own dependencies from the package index rather than borrowing this
    .venv's packages through a .pth file: slower (about 10 s here, where the index is a local
    mirror; PySide6 is large elsewhere) but honest, since a dependency the wheel forgets to declare
    must fail here as it would for a person installing with pip or pipx. pip's cache lives in the
    test's temporary HOME, so it is not reused between runs.
    """
    venv = tmp_path_factory.mktemp("venv") / "env"
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120
    )
    python = venv / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", str(wheel)],
        check=True,
        capture_output=True,
        timeout=900,
    )
    yield venv / "bin"
    shutil.rmtree(venv, ignore_errors=True)  # about 400 MB of Qt


def run(venv_bin: Path, *command: str, **env: str) -> subprocess.CompletedProcess[str]:
    # Away from the checkout, so nothing can be imported from it by accident.
    return subprocess.run(
        [str(venv_bin / command[0]), *command[1:]],
        cwd=venv_bin,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_wheel_ships_assets_and_both_commands_but_no_build_tools(wheel: Path):
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        metadata = archive.read(f"calfplayer-{__version__}.dist-info/METADATA").decode()
        entry_points = archive.read(f"calfplayer-{__version__}.dist-info/entry_points.txt")
    assert "calfplayer/assets/routines/movement-snack.json" in names
    assert "calfplayer/assets/icons/calfplayer.svg" in names
    assert "calfplayer/py.typed" in names
    for language in ("de", "es", "en"):
        assert f"calfplayer/translations/calfplayer_{language}.qm" in names
    assert b"calfplayer-gui = calfplayer.__main__:main" in entry_points
    requirements = [line for line in metadata.splitlines() if line.startswith("Requires-Dist:")]
    runtime = [line for line in requirements if "extra ==" not in line]
    assert any("pyttsx3" in line for line in runtime)
    assert not any("pyinstaller" in line.lower() for line in runtime)


def test_installed_version_and_list(venv_bin: Path):
    version = run(venv_bin, "calfplayer", "--version")
    assert version.stdout.strip() == f"calfplayer {__version__}"
    listing = run(venv_bin, "calfplayer", "list", "--json")
    assert listing.returncode == 0, listing.stderr
    ids = {row["id"] for row in json.loads(listing.stdout)}
    assert {"movement-snack", "gentle-start"} <= ids


def test_installed_app_has_its_qt_parts_and_speech_driver(venv_bin: Path):
    probe = run(venv_bin, "python", "-m", "calfplayer.bundle_probe")
    assert json.loads(probe.stdout.splitlines()[-1]) == {
        "ok": True,
        "checks": {"assets": "ok", "qt": "ok", "speech": "ok"},
    }, probe.stderr


def test_installed_window_opens_and_quits(venv_bin: Path):
    window = run(venv_bin, "calfplayer-gui", CALFPLAYER_QUIT_AFTER_MS="0")
    assert window.returncode == 0, window.stderr
    assert "first paint" in window.stderr


# Turns on by itself once the doctor subcommand exists.
@pytest.mark.skipif(not has_subcommand("doctor"), reason="no `calfplayer doctor` subcommand yet")
def test_installed_doctor_runs(venv_bin: Path):
    assert run(venv_bin, "calfplayer", "doctor", "--help").returncode == 0
    # Missing sound (as on CI) is a warning; an error here means the install lacks a part.
    doctor = run(venv_bin, "calfplayer", "doctor", "--json")
    assert doctor.returncode == 0, doctor.stdout + doctor.stderr
    assert isinstance(json.loads(doctor.stdout), dict)
