"""Audio tests: a private PulseAudio server with a null sink for the whole audio test session.

It is started before anything in this folder touches QtMultimedia (Qt connects to the sound server
once per process) and killed afterwards. On Linux a missing server is a failure, not a skip:
``make test`` installs it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pulse import PrivatePulse, Recorder, pulse_tools_missing

FAKE_ENGINE = str(Path(__file__).with_name("fake_engine.py")) + ":make"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if not sys.platform.startswith("linux"):
        skip = pytest.mark.skip(reason="the audio tests use PulseAudio, which needs Linux")
        for item in items:
            if "tests/audio" in str(item.path).replace("\\", "/"):
                item.add_marker(skip)


@pytest.fixture(scope="session", autouse=True)
def private_pulse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrivatePulse | None]:
    if not sys.platform.startswith("linux"):
        yield None
        return
    missing = pulse_tools_missing()
    if missing is not None:
        pytest.fail(missing)
    pulse = PrivatePulse(tmp_path_factory.mktemp("pulse"))
    pulse.start()
    pulse.apply()
    try:
        yield pulse
    finally:
        pulse.stop()


@pytest.fixture
def recorder(private_pulse: PrivatePulse, tmp_path: Path) -> Iterator[Recorder]:
    recording = Recorder(private_pulse, tmp_path / "monitor.raw")
    recording.start()
    yield recording
    if recording.process is not None and recording.process.poll() is None:
        recording.process.kill()
        recording.process.wait(5)


@pytest.fixture
def fake_engine_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    log = tmp_path / "engine-calls.jsonl"
    monkeypatch.setenv("FAKE_ENGINE_LOG", str(log))
    return log
