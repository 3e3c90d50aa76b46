"""The speech child process: owns the speech engine, one job at a time, JSON lines on stdio.

pyttsx3 keeps one cached engine per process, keeps saving to file once ``save_to_file`` was used
and cannot cut an utterance short from another thread, so every engine lives in a process of its
own doing one kind of job, and the app ends it (with the ``aplay`` it may have started) by killing
its process group. Modes:

- ``render``: requests ``{"id", "text", "path", "voice", "rate"}``; writes the WAV atomically
  (a temporary name, then a rename) and answers ``{"id", "ok", "path"}`` or ``{"id", "error"}``.
- ``speak``: requests ``{"id", "text", "voice", "rate", "volume"}``; speaks it and answers
  ``{"id", "ok"}`` when the utterance is over.
- ``voices``: answers one ``{"voices": [{"id", "name", "languages"}]}`` and exits.

Every mode first answers ``{"ready": true, "engine": ..., "voices": n}`` or
``{"ready": false, "error": ...}``. ``--engine FILE.py:FUNCTION`` loads another engine factory (the
tests' fake engine).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import time
import wave
from pathlib import Path
from typing import Any, TextIO

# Silence kept around the sound so its onset and fade are not clipped.
_LEAD_KEEP_S = 0.005
_TAIL_KEEP_S = 0.04
_SILENCE_LEVEL = 300
RENDER_WAIT_S = 2.0  # of 32767: below this a 16-bit sample counts as silence


def speech_command(mode: str, engine: str = "pyttsx3") -> list[str]:
    """The command line that starts a speech child process in ``mode``."""
    command = [sys.executable, "-m", "calfplayer.audio.speech_process", mode]
    return command if engine == "pyttsx3" else [*command, "--engine", engine]


def driver_name() -> str:
    return {"win32": "sapi5", "darwin": "nsss"}.get(sys.platform, "espeak")


def _load_engine(spec: str) -> Any:
    if spec == "pyttsx3":
        if sys.platform == "win32":  # SAPI5 is COM: this thread must join an apartment first
            try:
                import comtypes

                comtypes.CoInitialize()
            except Exception:  # pyttsx3 reports the real problem below
                pass
        import pyttsx3

        return pyttsx3.init()
    path, _, function = spec.rpartition(":")
    module_spec = importlib.util.spec_from_file_location("calfplayer_speech_engine", path)
    if module_spec is None or module_spec.loader is None:
        raise RuntimeError(f"cannot load the speech engine from {path}")
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return getattr(module, function)()


def _voices(engine: Any) -> list[dict[str, Any]]:
    found = []
    for voice in engine.getProperty("voices") or []:
        languages = [str(language) for language in (getattr(voice, "languages", None) or [])]
        found.append({"id": str(voice.id), "name": str(voice.name), "languages": languages})
    return found


def trim_silence(path: Path) -> None:
    """Cuts the engine's leading and trailing silence so a cue sounds the moment it is played."""
    with wave.open(str(path), "rb") as source:
        params = source.getparams()
        frames = source.readframes(params.nframes)
    if params.sampwidth != 2 or params.nchannels != 1 or not frames:
        return
    samples = memoryview(frames).cast("h")
    loud = [index for index in range(len(samples)) if abs(samples[index]) > _SILENCE_LEVEL]
    if not loud:
        return
    rate = params.framerate
    first = max(0, loud[0] - int(rate * _LEAD_KEEP_S))
    last = min(len(samples), loud[-1] + int(rate * _TAIL_KEEP_S))
    with wave.open(str(path), "wb") as target:
        target.setnchannels(1)
        target.setsampwidth(2)
        target.setframerate(rate)
        target.writeframes(frames[first * 2 : last * 2])


def _appears(path: Path, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while True:
        if path.exists() and path.stat().st_size > 44:
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.005)


class _Worker:
    def __init__(self, engine: Any, out: TextIO) -> None:
        self.engine = engine
        self.out = out
        self.properties: dict[str, Any] = {}

    def answer(self, message: dict[str, Any]) -> None:
        self.out.write(json.dumps(message) + "\n")
        self.out.flush()

    def configure(self, request: dict[str, Any]) -> None:
        for name in ("voice", "rate", "volume"):
            value = request.get(name)
            if value is not None and self.properties.get(name) != value:
                self.engine.setProperty(name, value)
                self.properties[name] = value

    def render(self, request: dict[str, Any]) -> None:
        target = Path(request["path"])
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.stem}.{os.getpid()}.partial.wav")
        self.configure(request)
        for _attempt in range(2):
            # One save_to_file per runAndWait: two queued before one run write only the last file.
            self.engine.save_to_file(request["text"], str(partial))
            self.engine.runAndWait()
            # espeak writes the file from its own thread; now and then its loop ends first.
            if _appears(partial, RENDER_WAIT_S):
                break
        else:
            partial.unlink(missing_ok=True)
            raise RuntimeError("the speech engine wrote no sound")
        trim_silence(partial)
        os.replace(partial, target)
        self.answer({"id": request["id"], "ok": True, "path": str(target)})

    def speak(self, request: dict[str, Any]) -> None:
        self.configure(request)
        self.engine.say(request["text"])
        self.engine.runAndWait()
        self.answer({"id": request["id"], "ok": True})


def serve(mode: str, engine_spec: str, requests: TextIO, out: TextIO) -> int:
    try:
        engine = _load_engine(engine_spec)
        voices = _voices(engine)
    except Exception as error:  # no espeak-ng, no SAPI, a broken install: say why and stop
        out.write(json.dumps({"ready": False, "error": f"{type(error).__name__}: {error}"}) + "\n")
        out.flush()
        return 1
    if mode == "render" and hasattr(os, "nice"):
        os.nice(10)  # rendering ahead is never urgent: the window and live speech go first
    worker = _Worker(engine, out)
    name = "fake" if engine_spec != "pyttsx3" else driver_name()
    worker.answer({"ready": True, "engine": name, "voices": len(voices)})
    if mode == "voices":
        worker.answer({"voices": voices})
        return 0
    job = worker.render if mode == "render" else worker.speak
    for line in requests:
        if not line.strip():
            continue
        request = json.loads(line)
        try:
            job(request)
        except Exception as error:
            worker.answer({"id": request.get("id"), "error": f"{type(error).__name__}: {error}"})
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="calfplayer.audio.speech_process")
    parser.add_argument("mode", choices=["render", "speak", "voices"])
    parser.add_argument("--engine", default="pyttsx3", help="pyttsx3, or FILE.py:FUNCTION")
    args = parser.parse_args(argv)
    # The engine prints ("Audio saved to …") on stdout: keep the real stdout for answers only.
    answers = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    return serve(args.mode, args.engine, sys.stdin, answers)


if __name__ == "__main__":
    sys.exit(main())
