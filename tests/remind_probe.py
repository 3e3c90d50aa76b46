"""Runs ``calfplayer ARGS`` (``remind``, in the tests) in this process and, on SIGUSR1, writes
which of Qt's modules and which notification modules it has imported so far, as JSON, to FILE.

``python remind_probe.py FILE --no-voice remind``
"""

from __future__ import annotations

import json
import signal
import sys
from pathlib import Path
from types import FrameType

from calfplayer.__main__ import main


def write_modules(target: Path) -> None:
    loaded = sorted(sys.modules)
    report = {
        "qt": [name for name in loaded if name.split(".")[0] in ("PySide6", "shiboken6")],
        "notifier": "desktop_notifier" in sys.modules,
    }
    partial = target.with_suffix(".partial")
    partial.write_text(json.dumps(report), encoding="utf-8")
    partial.replace(target)


if __name__ == "__main__":
    target = Path(sys.argv[1])

    def on_request(_number: int, _frame: FrameType | None) -> None:
        write_modules(target)

    signal.signal(signal.SIGUSR1, on_request)
    sys.exit(main(sys.argv[2:]))
