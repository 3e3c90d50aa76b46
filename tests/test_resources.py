"""Assets are found both in this checkout and in an installed wheel."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from calfplayer.resources import asset, assets_dir

REPO = Path(__file__).resolve().parent.parent


def shipped_files(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}


def test_checkout_finds_the_top_level_assets():
    assert assets_dir() == REPO / "assets"
    assert asset("exercises", "calf-raise.json").is_file()


@pytest.mark.slow
def test_an_installed_wheel_finds_every_asset(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(dist),
            str(REPO),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = dist.glob("calfplayer-*.whl")
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    probe = (
        "import sys; from calfplayer.resources import assets_dir; import calfplayer; "
        "print(assets_dir()); print(calfplayer.__file__)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    found, module = (Path(line) for line in result.stdout.splitlines())
    assert module.is_relative_to(target), "the probe must use the installed copy, not the checkout"
    assert found == target / "calfplayer" / "assets"
    assert shipped_files(found) == shipped_files(REPO / "assets")
