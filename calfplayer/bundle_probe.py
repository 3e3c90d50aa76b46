"""Checks that a build of calfplayer carries everything the window and the voice load at run time.

Run as ``calfplayer -m calfplayer.bundle_probe`` in the desktop bundle (packaging/check-bundle.sh)
or as ``python -m calfplayer.bundle_probe`` anywhere. It prints one JSON object, ``{"ok": bool,
"checks": {name: "ok" | problem}}``, and exits 1 when any check failed. It looks only at what a
build must ship (Qt modules and plugins, the speech driver, the assets); telling a person what
their machine lacks is the doctor's job.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path


def check_assets() -> str:
    from calfplayer.resources import asset

    routines = list(asset("routines").glob("*.json"))
    return "ok" if routines else f"no routine files in {asset('routines')}"


# Plugins Qt loads by folder at run time; a build that leaves one out fails only when it is needed.
QT_PLUGINS = {
    "iconengines": "qsvgicon",  # sharp SVG icons at every size
    "imageformats": "qsvg",  # SVG pictures through QImage and QIcon
    "multimedia": "ffmpegmediaplugin",  # QSoundEffect's backend
}
if sys.platform.startswith("linux"):
    QT_PLUGINS["platforms"] = "qxcb"


def check_qt() -> str:
    from PySide6.QtCore import QLibraryInfo
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtMultimedia import QMediaFormat
    from PySide6.QtSvg import QSvgRenderer

    from calfplayer.resources import asset

    # Offscreen: the probe needs no screen, and must not abort for want of one.
    app = QGuiApplication.instance() or QGuiApplication(["probe", "-platform", "offscreen"])
    problems = []
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    for folder, name in QT_PLUGINS.items():
        if not any(plugins.joinpath(folder).glob(f"*{name}.*")):
            problems.append(f"the Qt plugin {folder}/{name} is missing from {plugins}")
    if not QSvgRenderer(str(asset("icons", "calfplayer.svg"))).isValid():
        problems.append("QtSvg cannot read the app icon")
    # Empty when no multimedia backend could be loaded, and then no sound plays at all.
    if not QMediaFormat().supportedFileFormats(QMediaFormat.ConversionMode.Decode):
        problems.append("no Qt multimedia backend could be loaded")
    del app
    return "ok" if not problems else "; ".join(problems)


def check_speech_driver() -> str:
    import importlib

    import pyttsx3

    driver = {"win32": "sapi5", "darwin": "nsss"}.get(sys.platform, "espeak")
    importlib.import_module(f"pyttsx3.drivers.{driver}")
    try:
        engine = pyttsx3.init(driver)
    except (RuntimeError, OSError) as error:
        # The driver module is in the build; the engine itself is the system's (espeak-ng).
        return f"the {driver} driver is shipped but its engine did not start: {error}"
    with tempfile.TemporaryDirectory() as folder:
        wav = Path(folder) / "probe.wav"
        engine.save_to_file("ready", str(wav))
        engine.runAndWait()
        size = wav.stat().st_size if wav.exists() else 0
    return "ok" if size > 1000 else f"the {driver} engine wrote no sound"


CHECKS: dict[str, Callable[[], str]] = {
    "assets": check_assets,
    "qt": check_qt,
    "speech": check_speech_driver,
}


def main() -> int:
    results: dict[str, str] = {}
    for name, check in CHECKS.items():
        try:
            results[name] = check()
        except Exception as error:  # a missing module or plugin is exactly what this reports
            results[name] = f"{type(error).__name__}: {error}"
    ok = all(result == "ok" for result in results.values())
    # The speech engine may print to stdout ("Audio saved to ..."); the JSON is the last line.
    print(json.dumps({"ok": ok, "checks": results}), flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
