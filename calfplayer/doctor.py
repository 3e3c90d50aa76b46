"""``calfplayer doctor``: what works on this computer, and how to fix what does not.

It needs no display and never imports Qt itself: Qt and the speech engine are each tried in a
child process (Qt with the offscreen platform), so a broken library is reported, not crashed on.
Only what the app cannot run without is an error (Qt, the assets, a writable data dir); speech and
sound are warnings, because the app then runs silent.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass
from typing import Any

from calfplayer.audio import problems
from calfplayer.audio.cue_files import cache_size
from calfplayer.audio.speech_process import speech_command
from calfplayer.domain.exercises import Catalogue
from calfplayer.domain.library import RoutineLibrary
from calfplayer.i18n import translatable, translate
from calfplayer.i18n.formats import decimal
from calfplayer.paths import AppPaths
from calfplayer.resources import asset

OK, WARNING, ERROR = "ok", "warning", "error"
PROBE_TIMEOUT_S = 30


@dataclass(frozen=True)
class Check:
    name: str
    status: str  # ok, warning or error
    detail: str
    fix: str | None = None


def run_checks(paths: AppPaths) -> list[Check]:
    # "-m", not "-c": the bundle's binary runs modules (calfplayer/child_entry.py), not code.
    qt = _probe([sys.executable, "-m", "calfplayer.doctor"])
    return [
        _qt_check(qt),
        _assets_check(),
        *_speech_checks(),
        *_audio_checks(qt),
        _cache_check(paths),
        _data_dir_check(paths),
        _history_check(paths),
    ]


def report_json(checks: list[Check]) -> str:
    statuses = {check.status for check in checks}
    worst = next(status for status in (ERROR, WARNING, OK) if status in statuses or status == OK)
    return json.dumps({"status": worst, "checks": [asdict(c) for c in checks]}, indent=2)


# The checks' names as the text report shows them (the JSON report keeps them as they are).
CHECK_NAMES = {
    "Qt": translatable("Doctor", "Qt"),
    "assets": translatable("Doctor", "assets"),
    "speech engine": translatable("Doctor", "speech engine"),
    "live speech player": translatable("Doctor", "live speech player"),
    "audio": translatable("Doctor", "audio"),
    "audio library": translatable("Doctor", "audio library"),
    "audio output": translatable("Doctor", "audio output"),
    "cue cache": translatable("Doctor", "cue cache"),
    "data dir": translatable("Doctor", "data dir"),
    "history": translatable("Doctor", "history"),
}
_MARKS = {
    OK: translatable("Doctor", "ok  "),
    WARNING: translatable("Doctor", "warn"),
    ERROR: translatable("Doctor", "FAIL"),
}


def report_text(checks: list[Check]) -> str:
    lines = []
    for check in checks:
        name = CHECK_NAMES.get(check.name)
        lines.append(
            translate("Doctor", "[{mark}] {name}: {detail}").format(
                mark=translate("Doctor", _MARKS[check.status]),
                name=translate("Doctor", name) if name else check.name,
                detail=check.detail,
            )
        )
        if check.fix:
            lines.append(translate("Doctor", "       fix: {fix}").format(fix=check.fix))
    return "\n".join(lines)


def _probe(command: list[str], env: dict[str, str] | None = None) -> dict[str, Any]:
    """Runs a probe that prints JSON lines; its last JSON object, or an "error"."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    try:
        done = subprocess.run(
            command,
            capture_output=True,
            text=True,
            timeout=PROBE_TIMEOUT_S,
            env=environment,
            stdin=subprocess.DEVNULL,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        return {"error": str(error)}
    found: dict[str, Any] = {}
    for line in done.stdout.splitlines():
        try:
            value = json.loads(line)
        except ValueError:
            continue
        if isinstance(value, dict):
            found.update(value)
    if not found:
        last = (done.stderr.strip().splitlines() or [f"exit status {done.returncode}"])[-1]
        return {"error": last}
    return found


def qt_probe() -> None:
    """Runs in the child process: can Qt start offscreen, and what can it play on?"""
    result: dict[str, Any] = {}
    try:
        from PySide6 import QtCore
        from PySide6.QtGui import QGuiApplication

        result["qt_version"] = QtCore.qVersion()
        app = QGuiApplication(["calfplayer-doctor"])
        result["platform"] = app.platformName()
    except Exception as error:
        result["qt_error"] = f"{type(error).__name__}: {error}"
        print(json.dumps(result), flush=True)
        return
    try:
        import importlib

        multimedia = importlib.import_module("PySide6.QtMultimedia")
        outputs = multimedia.QMediaDevices.audioOutputs()
        result["audio_outputs"] = [device.description() for device in outputs]
    except Exception as error:
        result["multimedia_error"] = f"{type(error).__name__}: {error}"
    print(json.dumps(result), flush=True)


def _qt_check(qt: dict[str, Any]) -> Check:
    if "qt_version" in qt and "qt_error" not in qt:
        loads = translate("Doctor", "Qt {version} loads (platform {platform})")
        return Check("Qt", OK, loads.format(version=qt["qt_version"], platform=qt.get("platform")))
    detail = qt.get("qt_error") or qt.get("error") or translate("Doctor", "Qt did not start")
    if sys.platform.startswith("linux"):
        fix = translate(
            "Doctor",
            "reinstall calfplayer's Python packages: pip install --force-reinstall"
            " PySide6-Essentials; and the libraries Qt needs: bash"
            " packaging/ensure-system-packages.sh window",
        )
    else:
        fix = translate(
            "Doctor",
            "reinstall calfplayer's Python packages: pip install --force-reinstall"
            " PySide6-Essentials",
        )
    fails = translate("Doctor", "Qt does not load offscreen: {problem}").format(problem=detail)
    return Check("Qt", ERROR, fails, fix)


def _assets_check() -> Check:
    try:
        library = RoutineLibrary.load(Catalogue.load(asset("exercises")), asset("routines"), None)
    except Exception as error:
        what = translate("Doctor", "the exercises or routines cannot be loaded ({problem})")
        return Check(
            "assets", ERROR, what.format(problem=error), translate("Doctor", "reinstall calfplayer")
        )
    count = len(library.routines)
    return Check("assets", OK, translate("Doctor", "%n built-in routines", None, count))


def _speech_checks() -> list[Check]:
    voices = _probe(speech_command("voices"))
    checks = []
    if voices.get("ready"):
        count = len(voices.get("voices", []))
        detail = translate("Doctor", "pyttsx3 with the {driver} driver, %n voices", None, count)
        detail = detail.format(driver=voices.get("engine"))
        checks.append(Check("speech engine", OK, detail))
    else:
        trouble = problems.no_speech_engine(str(voices.get("error", "")))
        checks.append(Check("speech engine", WARNING, trouble.what, trouble.fix))
    if sys.platform.startswith("linux"):
        if shutil.which("aplay"):
            checks.append(Check("live speech player", OK, translate("Doctor", "aplay found")))
        else:
            trouble = problems.no_live_player()
            checks.append(Check("live speech player", WARNING, trouble.what, trouble.fix))
    return checks


def _audio_checks(qt: dict[str, Any]) -> list[Check]:
    if "qt_version" not in qt:
        return [Check("audio", WARNING, translate("Doctor", "not checked: Qt does not load"))]
    if "multimedia_error" in qt:
        trouble = problems.no_audio_library(qt["multimedia_error"])
        return [Check("audio library", WARNING, trouble.what, trouble.fix)]
    outputs = qt.get("audio_outputs", [])
    library = Check("audio library", OK, translate("Doctor", "QtMultimedia loads"))
    if not outputs:
        trouble = problems.no_audio_output()
        return [library, Check("audio output", WARNING, trouble.what, trouble.fix)]
    return [library, Check("audio output", OK, ", ".join(outputs))]


def _cache_check(paths: AppPaths) -> Check:
    files, size = cache_size(paths.cue_cache)
    detail = translate("Doctor", "{folder}: %n files, {size} MB", None, files)
    return Check("cue cache", OK, detail.format(folder=paths.cue_cache, size=decimal(size / 1e6)))


def _data_dir_check(paths: AppPaths) -> Check:
    try:
        paths.data.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=paths.data, prefix=".doctor-"):
            pass
    except OSError as error:
        fix = translate("Doctor", "make {folder} writable, or choose another with --data-dir DIR")
        what = translate("Doctor", "{folder} is not writable ({problem})")
        return Check(
            "data dir",
            ERROR,
            what.format(folder=paths.data, problem=error.strerror),
            fix.format(folder=paths.data),
        )
    return Check(
        "data dir", OK, translate("Doctor", "{folder} is writable").format(folder=paths.data)
    )


def _history_check(paths: AppPaths) -> Check:
    from calfplayer.store.db import HistoryUnavailable, check_is_history, schema_version

    path = paths.history_db
    if not path.exists() and not path.is_symlink():
        not_yet = translate("Doctor", "{file} not created yet (it is made by the first workout)")
        return Check("history", OK, not_yet.format(file=path))
    try:
        version = check_is_history(path)
    except HistoryUnavailable as problem:
        if path.exists() and not path.is_file():
            fix = translate(
                "Doctor", "move or rename it; calfplayer then starts a new history there"
            )
        elif "newer calfplayer" in str(problem):
            fix = translate(
                "Doctor",
                "update calfplayer to the version that wrote it (the file is kept as it is)",
            )
        else:
            fix = translate(
                "Doctor", "restore the backup kept beside it, or move the file away to start afresh"
            )
        return Check("history", WARNING, str(problem), fix)
    size = path.stat().st_size
    if version < schema_version():
        detail = translate(
            "Doctor",
            "{file}: schema version {version} (upgraded when the window next opens), %n bytes",
            None,
            size,
        )
    else:
        detail = translate("Doctor", "{file}: schema version {version}, %n bytes", None, size)
    return Check("history", OK, detail.format(file=path, version=version))


if __name__ == "__main__":
    qt_probe()
