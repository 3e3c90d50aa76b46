"""Which data folder a running window owns, and whether one is running: Qt-free, for the CLI too.

The window listens on a local socket named after the user and its data folder (see
``calfplayer.ui.single_instance``). On Linux and macOS that socket is a file in the temp folder Qt
uses, so a plain connect tells whether a window is open there.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import socket
import sys

from calfplayer.paths import AppPaths


def instance_name(paths: AppPaths) -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "user"
    digest = hashlib.sha256(f"{user}\0{paths.data}".encode()).hexdigest()[:20]
    return f"calfplayer-{digest}"


def window_running(paths: AppPaths) -> bool | None:
    """True when a calfplayer window is open on this data folder; None where it cannot tell."""
    if sys.platform == "win32" or not hasattr(socket, "AF_UNIX"):
        return None  # a named pipe there, not a file
    # Qt puts a relative server name in its temp folder: $TMPDIR, else /tmp.
    path = os.path.join(os.environ.get("TMPDIR") or "/tmp", instance_name(paths))
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    probe.settimeout(1.0)
    try:
        return probe.connect_ex(path) == 0
    except OSError:
        return False
    finally:
        probe.close()
