"""One running window per data folder: a second launch hands its --routine/--start to the first.

The first launch takes the data folder's window lock (``calfplayer.instance``) and listens on a
local socket, whose full path it writes into the lock file; a later launch finds the lock held,
connects to that socket, sends one JSON line and exits. CLI subcommands never get here.
"""

from __future__ import annotations

import json
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from calfplayer.folder_lock import FolderLock, LockState
from calfplayer.instance import window_address, window_lock
from calfplayer.paths import AppPaths

translate = QCoreApplication.translate

MAX_REQUEST_BYTES = 64 * 1024
# How long a launch keeps trying while the window holding the lock is still starting (it takes
# the lock before it listens) or a command holds the lock for a moment.
CLAIM_WAIT_MS = 8000
CLAIM_STEP_MS = 50


class FolderInUse(Exception):
    """A window holds the data folder and could not be reached to take the request."""


def claim_data_folder(
    paths: AppPaths, request: dict[str, Any], wait_ms: int = CLAIM_WAIT_MS
) -> FolderLock | None:
    """The window lock of the data folder, taken: this launch is the one window. None when the
    request went to the window already running there. Raises FolderInUse when neither could be
    done in ``wait_ms``. Where no lock can be taken (a read-only folder without a lock file)
    the lock returned is not held, and the socket alone keeps a second window away."""
    lock = window_lock(paths)
    for _ in range(max(1, wait_ms // CLAIM_STEP_MS)):
        if lock.acquire() is not LockState.HELD:
            return lock
        address = window_address(paths)
        if address and hand_over(address, request, timeout_ms=500):
            return None
        time.sleep(CLAIM_STEP_MS / 1000)
    raise FolderInUse(
        translate(
            "SingleInstance",
            "A calfplayer window is already open on {folder}, but it did not answer;"
            " close it, or wait for it to finish starting, and try again.",
        ).format(folder=paths.data.resolve())
    )


def hand_over(name: str, request: dict[str, Any], timeout_ms: int = 1500) -> bool:
    """Sends the request to a running window; False when none is listening."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write((json.dumps(request) + "\n").encode("utf-8"))
    socket.flush()
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    request = Signal(object)  # dict; Signal(dict) mishandles the bools inside (a refcount crash)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self, name: str) -> bool:
        if self._server.listen(name):
            return True
        # A socket left behind by a copy that crashed: nobody answers on it, so take it over.
        QLocalServer.removeServer(name)
        return self._server.listen(name)

    def full_name(self) -> str:
        """Where it listens: the socket's path, whatever TMPDIR a later launch has."""
        return self._server.fullServerName()

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._finish(s))

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if len(data) > MAX_REQUEST_BYTES:
            socket.abort()
            return
        self._buffers[socket] = data
        if b"\n" in data:
            self._finish(socket)

    def _finish(self, socket: QLocalSocket) -> None:
        data = self._buffers.pop(socket, None)
        if data is None:
            return
        data += bytes(socket.readAll().data())
        # No more signals from a socket on its way out: their lambdas would outlive it.
        socket.readyRead.disconnect()
        socket.disconnected.disconnect()
        socket.deleteLater()
        try:
            request = json.loads(data.split(b"\n", 1)[0] or b"{}")
        except ValueError:
            return
        if isinstance(request, dict):
            self.request.emit(request)
