"""The probe that checks a build carries its run-time parts names each missing part."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from calfplayer import bundle_probe


def test_this_install_has_every_part():
    done = subprocess.run(
        [sys.executable, "-m", "calfplayer.bundle_probe"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    report = json.loads(done.stdout.splitlines()[-1])
    assert report == {"ok": True, "checks": {"assets": "ok", "qt": "ok", "speech": "ok"}}
    assert done.returncode == 0


def test_a_missing_qt_plugin_is_named(qapp, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(bundle_probe.QT_PLUGINS, "sensors", "qtnosuchplugin")
    assert "the Qt plugin sensors/qtnosuchplugin is missing" in bundle_probe.check_qt()


def test_a_speech_engine_that_does_not_start_is_reported(monkeypatch: pytest.MonkeyPatch):
    import pyttsx3

    def no_engine(*args: object, **kwargs: object) -> None:
        raise RuntimeError("libespeak-ng.so.1: cannot open shared object file")

    monkeypatch.setattr(pyttsx3, "init", no_engine)
    result = bundle_probe.check_speech_driver()
    assert "driver is shipped but its engine did not start" in result
    assert "libespeak-ng" in result


def test_any_failure_makes_the_probe_fail(monkeypatch: pytest.MonkeyPatch, capsys):
    def broken() -> str:
        raise ImportError("No module named 'PySide6.QtMultimedia'")

    monkeypatch.setitem(bundle_probe.CHECKS, "qt", broken)
    monkeypatch.setitem(bundle_probe.CHECKS, "speech", lambda: "ok")
    assert bundle_probe.main() == 1
    report = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert report["ok"] is False
    assert report["checks"]["qt"] == "ImportError: No module named 'PySide6.QtMultimedia'"
