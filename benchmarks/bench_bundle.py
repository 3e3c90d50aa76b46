"""The desktop bundle's size and start-up, against a pip install of the wheel in the same run.

Builds what it measures when missing: the bundle (`make bundle`) and a fresh venv with the wheel
and its dependencies, like tests/test_packaging.py. Then, alternating bundle and venv runs:

- `calfplayer list`: process start to exit, median of RUNS runs each;
- the window: process start to its first paint, offscreen (CALFPLAYER_QUIT_AFTER_MS=0 prints the
  time of the first paint), median of RUNS runs each.

Sizes are the bytes of every file: dist/calfplayer/ against the venv the wheel was installed into,
and the bundle as a .tar.gz, the download a person would fetch.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BUNDLE = REPO / "dist" / "calfplayer"
RUNS = 15


def tree_bytes(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())


def make_venv(folder: Path) -> Path:
    dist = folder / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", dist, REPO],
        check=True,
        capture_output=True,
    )
    (wheel,) = dist.glob("*.whl")
    venv = folder / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", venv], check=True)
    pip = [sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "-q"]
    subprocess.run([*pip, wheel], check=True, capture_output=True)
    return venv


def run_seconds(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - started


def first_paint_seconds(command: list[str], env: dict[str, str]) -> float:
    started = time.time()
    done = subprocess.run(
        command,
        env={**env, "CALFPLAYER_QUIT_AFTER_MS": "0"},
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    line = next(line for line in done.stderr.splitlines() if "first paint at unix time" in line)
    return float(line.split("unix time ")[1].split(";")[0]) - started


def main() -> int:
    if not (BUNDLE / "calfplayer").exists():
        subprocess.run(["make", "-C", str(REPO), "bundle"], check=True)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        venv = make_venv(folder)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "CALFPLAYER_DATA_DIR": str(folder / "data"),
        }
        commands = {
            "bundle": (
                [str(BUNDLE / "calfplayer"), "list"],
                [str(BUNDLE / "calfplayer")],
            ),
            "venv": (
                [str(venv / "bin" / "calfplayer"), "list"],
                [str(venv / "bin" / "calfplayer-gui")],
            ),
        }
        list_times: dict[str, list[float]] = {name: [] for name in commands}
        paint_times: dict[str, list[float]] = {name: [] for name in commands}
        for listing, window in commands.values():  # warm the page cache once
            run_seconds(listing, env)
            first_paint_seconds(window, env)
        for _ in range(RUNS):
            for name, (listing, window) in commands.items():
                list_times[name].append(run_seconds(listing, env))
                paint_times[name].append(first_paint_seconds(window, env))
        sizes = {"bundle": tree_bytes(BUNDLE), "venv": tree_bytes(venv)}
        archive = shutil.make_archive(
            str(folder / "calfplayer"), "gztar", BUNDLE.parent, "calfplayer"
        )
        sizes["download"] = Path(archive).stat().st_size
        shutil.rmtree(venv)

    def ms(values: list[float]) -> float:
        return statistics.median(values) * 1000

    mib = 1024 * 1024
    print(
        f"size: bundle {sizes['bundle'] / mib:.0f} MiB ({sizes['download'] / mib:.0f} MiB as"
        f" .tar.gz), venv install {sizes['venv'] / mib:.0f} MiB"
        f" -> {sizes['bundle'] / sizes['venv']:.2f}x"
    )
    for label, times in (("list", list_times), ("window to first paint", paint_times)):
        bundle, venv_ms = ms(times["bundle"]), ms(times["venv"])
        print(
            f"{label}: bundle {bundle:.0f} ms, venv {venv_ms:.0f} ms -> {bundle / venv_ms:.2f}x"
            f" (median of {RUNS})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
