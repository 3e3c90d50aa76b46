"""One speech child process seen from the GUI thread: start, send, hear back, kill — never wait.

The child runs in its own process group (its own session on POSIX), so ``kill`` ends it together
with anything it started, such as the ``aplay`` pyttsx3 speaks through, even mid-utterance.
Its answers are read on the GUI thread only when they are there: a QSocketNotifier watches the pipe
on POSIX; on Windows, where pipes cannot be watched, a reader thread fills a queue that a timer
empties. No Qt call is ever made from another thread: PySide6 6.12 miscounts the references of
what such calls return (True for ``Signal.emit``, None for ``postEvent``) until the interpreter
aborts.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

_POLL_MS = 20


class SpeechWorker(QObject):
    """A child process answering JSON lines; ``message`` and ``ended`` come on the GUI thread."""

    message = Signal(object)  # one answer, a dict
    ended = Signal(str)  # why: "" when it exited by itself or was killed, else a sentence

    def __init__(self, command: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._command = list(command)
        self._process: subprocess.Popen[bytes] | None = None
        self._killed = False
        self._buffer = b""
        self._notifier: QSocketNotifier | None = None
        self._lines: queue.Queue[bytes | None] = queue.Queue()  # Windows: filled by the reader
        self._poll = QTimer(self)
        self._poll.timeout.connect(self._drain)
        self._finished = False

    @property
    def started(self) -> bool:
        return self._process is not None or self._finished

    @property
    def finished(self) -> bool:
        return self._finished

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def start(self) -> None:
        if self.started:
            return
        try:
            # Without shell or preexec_fn, Popen uses vfork/posix_spawn: a few ms, no waiting.
            self._process = subprocess.Popen(
                self._command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                **_new_group(),
            )
        except OSError as error:
            self._finish(f"the speech process could not start ({error})")
            return
        assert self._process.stdout is not None and self._process.stdin is not None
        if sys.platform == "win32":
            reader = threading.Thread(target=self._read_blocking, daemon=True)
            reader.start()
            self._poll.start(_POLL_MS)
        else:
            os.set_blocking(self._process.stdout.fileno(), False)
            os.set_blocking(self._process.stdin.fileno(), False)
            self._notifier = QSocketNotifier(
                self._process.stdout.fileno(), QSocketNotifier.Type.Read, self
            )
            self._notifier.activated.connect(self._readable)

    def send(self, request: dict[str, Any]) -> None:
        self.start()
        if self._process is None or self._process.stdin is None or self._killed:
            return
        try:
            # One small request at a time: far below the pipe's buffer, so this never blocks.
            self._process.stdin.write((json.dumps(request) + "\n").encode("utf-8"))
            self._process.stdin.flush()
        except (OSError, ValueError):
            self.kill()

    def kill(self) -> None:
        """Ends the process and everything it started; returns at once."""
        self._killed = True
        if self._process is not None:
            kill_process_group(self._process)

    def reap(self, timeout: float) -> bool:
        """Waits at most ``timeout`` s for a killed process to be gone: at shutdown only."""
        if self._process is None:
            return True
        deadline = time.monotonic() + timeout
        while self._process.poll() is None:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.005)
        return True

    # --- reading answers (GUI thread) --------------------------------------------------------

    def _readable(self) -> None:
        assert self._process is not None and self._process.stdout is not None
        try:
            chunk = os.read(self._process.stdout.fileno(), 65536)
        except BlockingIOError:
            return
        except OSError:
            chunk = b""
        if not chunk:
            if self._notifier is not None:
                self._notifier.setEnabled(False)
            self._await_exit()
            return
        self._buffer += chunk
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            self._parse(line)

    def _drain(self) -> None:
        while True:
            try:
                line = self._lines.get_nowait()
            except queue.Empty:
                return
            if line is None:  # the end of the output
                self._poll.stop()
                self._await_exit()
                return
            self._parse(line)

    def _parse(self, line: bytes) -> None:
        try:
            answer = json.loads(line)
        except ValueError:
            return
        if isinstance(answer, dict):
            self.message.emit(answer)

    def _await_exit(self) -> None:
        assert self._process is not None
        code = self._process.poll()
        if code is None:  # output closed a moment before the exit: look again shortly
            QTimer.singleShot(_POLL_MS, self, self._await_exit)
            return
        self._finish("" if self._killed or code == 0 else f"the speech process ended ({code})")

    def _finish(self, why: str) -> None:
        if not self._finished:
            self._finished = True
            self.ended.emit(why)

    def _read_blocking(self) -> None:
        """Windows only, on its own thread: no Qt here, just the queue."""
        assert self._process is not None and self._process.stdout is not None
        for line in self._process.stdout:
            self._lines.put(line.rstrip(b"\r\n"))
        self._lines.put(None)


def _new_group() -> dict[str, Any]:
    if sys.platform == "win32":
        return {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP}
    return {"start_new_session": True}


def kill_process_group(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(OSError):
        if sys.platform == "win32":
            # taskkill /T ends the children too; Popen does not wait for it.
            subprocess.Popen(
                ["taskkill", "/F", "/T", "/PID", str(process.pid)],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        else:
            os.killpg(process.pid, signal.SIGKILL)
