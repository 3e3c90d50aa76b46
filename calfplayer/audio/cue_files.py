"""The sound files behind the cues: spoken cues rendered once into a cache, and the app's own beeps.

A spoken cue's file name is a hash of everything that changes how it sounds — engine, language,
voice, rate and text — so a change of voice never plays a stale file, and files are only ever
written under a temporary name and then renamed, so a half-written file is never played. Volume is
applied when playing, so it is not part of the key.
"""

from __future__ import annotations

import hashlib
import math
import os
import struct
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path

from calfplayer.domain.cues import BEEP_END, BEEP_TICK

BEEP_RATE = 44_100


@dataclass(frozen=True)
class Tone:
    hertz: float
    ms: int
    loudness: float  # 0-1 of full scale


TONES = {
    BEEP_TICK: Tone(880.0, 90, 0.45),  # "three, two, one": short and high
    BEEP_END: Tone(660.0, 320, 0.5),  # the end of a hold: longer and lower
}


def cue_file(
    cache_dir: Path, engine: str, voice: str | None, rate: int, text: str, language: str = "en"
) -> Path:
    key = "\x1f".join((engine, language, voice or "default", str(rate), text))
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
    return cache_dir / engine / f"{digest}.wav"


def wav_ms(path: Path) -> int | None:
    """The length of a usable WAV file in milliseconds, or None when it is missing or damaged."""
    try:
        with wave.open(str(path), "rb") as sound:
            frames, rate = sound.getnframes(), sound.getframerate()
    except (OSError, EOFError, wave.Error):
        return None
    return round(frames * 1000 / rate) if frames and rate else None


def beep_file(cache_dir: Path, key: str) -> Path:
    """The WAV of one beep, written the first time it is needed."""
    tone = TONES[key]
    path = cache_dir / "beeps" / f"{key}-{tone.hertz:g}-{tone.ms}-{tone.loudness:g}.wav"
    if wav_ms(path) is None:
        write_atomically(path, tone_frames(tone), BEEP_RATE)
    return path


def tone_frames(tone: Tone) -> bytes:
    count = BEEP_RATE * tone.ms // 1000
    fade = BEEP_RATE * 8 // 1000  # 8 ms in and out: no click at either end
    samples = []
    for index in range(count):
        envelope = min(1.0, index / fade, (count - 1 - index) / fade)
        value = math.sin(2 * math.pi * tone.hertz * index / BEEP_RATE)
        samples.append(round(32767 * tone.loudness * envelope * value))
    return struct.pack(f"<{count}h", *samples)


def write_atomically(path: Path, frames: bytes, rate: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".wav", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream, wave.open(stream, "wb") as sound:
            sound.setnchannels(1)
            sound.setsampwidth(2)
            sound.setframerate(rate)
            sound.writeframes(frames)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def cache_size(cache_dir: Path) -> tuple[int, int]:
    """How many files the cue cache holds and how many bytes they take."""
    files = total = 0
    if cache_dir.is_dir():
        for path in cache_dir.rglob("*.wav"):
            try:
                total += path.stat().st_size
            except OSError:
                continue
            files += 1
    return files, total
