"""A private PulseAudio server with a null sink, and a recorder of what it plays.

Used by the audio tests and the cue-timing benchmark. The server lives in a temporary folder, is
reached only through ``PULSE_SERVER`` and is killed by its pid, so it never touches anyone's sound.
"""

from __future__ import annotations

import array
import os
import shutil
import subprocess
import time
import wave
from dataclasses import dataclass, field
from pathlib import Path

SINK = "calfplayer_test"
RECORD_RATE = 16_000


def _dies_with_us(command: list[str]) -> list[str]:
    """The command, killed when the test or benchmark process dies, even by an abort."""
    return ["setpriv", "--pdeathsig", "KILL", *command] if shutil.which("setpriv") else command


@dataclass
class PrivatePulse:
    folder: Path
    process: subprocess.Popen[bytes] | None = None
    env: dict[str, str] = field(default_factory=dict)

    def start(self) -> None:
        run, state = self.folder / "run", self.folder / "state"
        run.mkdir(parents=True)
        state.mkdir(parents=True)
        socket = self.folder / "native"
        self.env = {
            "PULSE_RUNTIME_PATH": str(run),
            "PULSE_STATE_PATH": str(state),
            "PULSE_SERVER": f"unix:{socket}",
        }
        self.process = subprocess.Popen(
            _dies_with_us(
                [
                    "pulseaudio",
                    "-n",
                    "--daemonize=no",
                    "--use-pid-file=no",
                    "--exit-idle-time=-1",
                    "--disable-shm=yes",
                    "-L",
                    f"module-null-sink sink_name={SINK}",
                    "-L",
                    f"module-native-protocol-unix socket={socket} auth-anonymous=1",
                ]
            ),
            env={**os.environ, **self.env},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while not self._answers():
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the private PulseAudio server did not start")
            time.sleep(0.05)

    def _answers(self) -> bool:
        probe = subprocess.run(
            ["pactl", "info"],
            env={**os.environ, **self.env},
            capture_output=True,
            check=False,
        )
        return probe.returncode == 0

    def apply(self) -> None:
        """Points this process (and the children it starts) at the private server."""
        os.environ.update(self.env)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(5)


class Recorder:
    """parec on the null sink's monitor, its sample index tied to the monotonic clock."""

    def __init__(self, pulse: PrivatePulse, path: Path) -> None:
        self.path = path
        self.pulse = pulse
        self.process: subprocess.Popen[bytes] | None = None
        self.origin_ms = 0.0  # monotonic ms of the recording's first sample (best estimate)

    def start(self) -> None:
        self.process = subprocess.Popen(
            _dies_with_us(
                [
                    "parec",
                    "-d",
                    f"{SINK}.monitor",
                    "--raw",
                    "--format=s16le",
                    f"--rate={RECORD_RATE}",
                    "--channels=1",
                    "--latency-msec=5",
                ]
            ),
            env={**os.environ, **self.pulse.env},
            stdout=self.path.open("wb"),
            stderr=subprocess.DEVNULL,
        )
        # Tie samples to the clock: the least-delayed of many (bytes written, time) readings.
        offsets = []
        deadline = time.monotonic() + 1.0
        while time.monotonic() < deadline:
            size = self.path.stat().st_size
            now = time.monotonic_ns() / 1e6
            if size > 0:
                offsets.append(now - size / 2 / RECORD_RATE * 1000)
            time.sleep(0.002)
        if not offsets:
            raise RuntimeError("parec recorded nothing")
        self.origin_ms = min(offsets)

    def stop(self) -> list[int]:
        if self.process is not None:
            time.sleep(0.3)
            self.process.terminate()
            self.process.wait(5)
        samples = array.array("h")
        samples.frombytes(self.path.read_bytes()[: self.path.stat().st_size // 2 * 2])
        return list(samples)


def onsets(samples: list[int], gap_ms: int = 120, level: int = 600) -> list[tuple[float, float]]:
    """(start ms, end ms) of each burst of sound, bursts closer than ``gap_ms`` merged."""
    window = RECORD_RATE // 1000  # 1 ms
    bursts: list[list[float]] = []
    for start in range(0, len(samples) - window, window):
        chunk = samples[start : start + window]
        if max(chunk) > level or -min(chunk) > level:
            at = start / RECORD_RATE * 1000
            if bursts and at - bursts[-1][1] <= gap_ms:
                bursts[-1][1] = at + 1
            else:
                bursts.append([at, at + 1])
    return [(begin, end) for begin, end in bursts]


def pulse_tools_missing() -> str | None:
    for tool in ("pulseaudio", "parec", "pactl", "espeak-ng"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (make test installs it)"
    return None


def save_wav(samples: list[int], path: Path) -> None:
    with wave.open(str(path), "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(RECORD_RATE)
        sound.writeframes(array.array("h", samples).tobytes())
