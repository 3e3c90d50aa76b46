"""Lets the desktop bundle start calfplayer's own child processes the way Python does.

The voice runs its speech engine in child processes started as ``sys.executable -m
calfplayer.audio.<module> ...``. Installed from a wheel, ``sys.executable`` is Python and that just
works. In the desktop bundle ``sys.executable`` is the bundle's own ``calfplayer`` binary, which has
no ``-m`` of its own, so ``main()`` hands such a command line to :func:`run_child_module` first.
Only calfplayer's modules can be run this way: the bundle is not a general Python interpreter.
"""

from __future__ import annotations

import runpy
import sys
from collections.abc import Sequence

ALLOWED_PREFIX = "calfplayer."


def is_frozen() -> bool:
    """True inside the desktop bundle (PyInstaller sets ``sys.frozen``)."""
    return bool(getattr(sys, "frozen", False))


def child_module_request(argv: Sequence[str]) -> tuple[str, list[str]] | None:
    """``(module, args)`` when argv is ``-m calfplayer.<module> [args...]``, else None."""
    if len(argv) < 2 or argv[0] != "-m":
        return None
    module = argv[1]
    if module != "calfplayer" and not module.startswith(ALLOWED_PREFIX):
        return None
    return module, list(argv[2:])


def run_child_module(argv: Sequence[str]) -> int | None:
    """Runs ``-m calfplayer.<module> args`` as ``python -m`` would; None if argv asks for none.

    Only in the bundle: elsewhere ``sys.executable`` is Python and does this itself.
    """
    request = child_module_request(argv) if is_frozen() else None
    if request is None:
        return None
    module, args = request
    # Like `python -m`: the module sees its own argv and runs as __main__; its sys.exit() ends
    # the process with its status.
    sys.argv = [module, *args]
    runpy.run_module(module, run_name="__main__", alter_sys=True)
    return 0
