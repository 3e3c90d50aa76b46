"""Finds the files the app ships with, wherever calfplayer runs from.

In a checkout the assets sit at the repository root beside the package; in an installed wheel (and
in a bundle) they are copied into the package as ``calfplayer/assets``.
"""

from __future__ import annotations

from pathlib import Path

from calfplayer.i18n import translate

_PACKAGE_DIR = Path(__file__).resolve().parent


def assets_dir() -> Path:
    """The folder holding exercises/, routines/, theme/, icons/ and sounds/."""
    for candidate in (_PACKAGE_DIR / "assets", _PACKAGE_DIR.parent / "assets"):
        if (candidate / "exercises").is_dir():
            return candidate
    missing = translate(
        "Resources",
        "calfplayer's assets are missing: looked in {first} and {second}; reinstall calfplayer",
    )
    raise FileNotFoundError(
        missing.format(first=_PACKAGE_DIR / "assets", second=_PACKAGE_DIR.parent / "assets")
    )


def asset(*parts: str) -> Path:
    """The path of one shipped file, e.g. ``asset("exercises", "calf-raise.json")``."""
    return assets_dir().joinpath(*parts)
