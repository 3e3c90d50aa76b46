"""One running window per data folder: a second launch hands its --routine/--start to the first.

The first window listens on a local socket named after the user and the data folder
(``calfplayer.instance``); a later launch
that can connect sends one JSON line and exits. CLI subcommands never get here.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

MAX_REQUEST_BYTES = 64 * 1024


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
