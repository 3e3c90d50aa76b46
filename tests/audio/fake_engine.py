"""A stand-in for pyttsx3, loaded by the speech child process in tests (``--engine FILE:make``).

It records every call (with the process id that made it) to ``FAKE_ENGINE_LOG`` and can be told to
hang (``FAKE_ENGINE_HANG=say|save``), to be missing (``FAKE_ENGINE_MISSING=1``), or how long an
utterance lasts (``FAKE_ENGINE_SAY_MS``). While "speaking" it runs a ``sleep`` child, the way
pyttsx3 runs ``aplay``, so tests can check that it ends with its parent.
"""

from __future__ import annotations

import json
import math
import os
import struct
import subprocess
import threading
import time
import wave
from types import SimpleNamespace
from typing import Any


def _log(call: str, **details: Any) -> None:
    path = os.environ.get("FAKE_ENGINE_LOG")
    if path:
        entry = {"call": call, "pid": os.getpid(), "thread": threading.get_ident(), **details}
        with open(path, "a", encoding="utf-8") as stream:
            stream.write(json.dumps(entry) + "\n")


class FakeEngine:
    def __init__(self) -> None:
        self.properties: dict[str, Any] = {"rate": 200, "volume": 1.0, "voice": "fake/one"}
        self.job: tuple[str, str, str | None] | None = None

    def getProperty(self, name: str) -> Any:  # noqa: N802 - pyttsx3's spelling
        if name == "voices":
            return [
                SimpleNamespace(id="fake/one", name="Fake One", languages=["en"]),
                SimpleNamespace(id="fake/two", name="Fake Two", languages=["en-gb"]),
            ]
        return self.properties[name]

    def setProperty(self, name: str, value: Any) -> None:  # noqa: N802
        _log("setProperty", name=name, value=value)
        self.properties[name] = value

    def say(self, text: str) -> None:
        self.job = ("say", text, None)

    def save_to_file(self, text: str, path: str) -> None:
        self.job = ("save", text, path)

    def runAndWait(self) -> None:  # noqa: N802
        assert self.job is not None
        kind, text, path = self.job
        self.job = None
        _log(kind, text=text)
        if os.environ.get("FAKE_ENGINE_HANG") == kind:
            subprocess.run(["sleep", "1000"], check=False)
        if kind == "say":
            seconds = int(os.environ.get("FAKE_ENGINE_SAY_MS", "200")) / 1000
            subprocess.run(["sleep", str(seconds)], check=False)
            _log("said", text=text)
        else:
            assert path is not None
            _write_tone(path, 60 * len(text))


def _write_tone(path: str, ms: int) -> None:
    rate = 22050
    count = rate * ms // 1000
    samples = [round(8000 * math.sin(2 * math.pi * 440 * i / rate)) for i in range(count)]
    with wave.open(path, "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(rate)
        sound.writeframes(struct.pack(f"<{count}h", *samples))


def make() -> FakeEngine:
    if os.environ.get("FAKE_ENGINE_MISSING"):
        raise RuntimeError("This means you probably do not have eSpeak or eSpeak-ng installed!")
    if os.environ.get("FAKE_ENGINE_HANG") == "init":
        time.sleep(1000)
    _log("init")
    return FakeEngine()


def read_log(path: str) -> list[dict[str, Any]]:
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as stream:
        return [json.loads(line) for line in stream if line.strip()]
