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
        self._spawning = False
        self._spawned: list[subprocess.Popen[bytes] | OSError] = []  # filled by the spawner
        self._pending: list[bytes] = []  # requests sent before the process was there
        self._spawn_check = QTimer(self)
        self._spawn_check.setInterval(5)
        self._spawn_check.timeout.connect(self._adopt)

    @property
    def started(self) -> bool:
        return self._spawning or self._process is not None or self._finished

    @property
    def finished(self) -> bool:
        return self._finished

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def start(self) -> None:
        """Starts the process on a plain thread (Popen can take tens of ms on a busy machine)."""
        if self.started:
            return
        self._spawning = True
        threading.Thread(target=self._spawn, name="speech-spawn", daemon=True).start()
        self._spawn_check.start()

    def send(self, request: dict[str, Any]) -> None:
        self.start()
        if self._killed:
            return
        self._pending.append((json.dumps(request) + "\n").encode("utf-8"))
        if self._process is not None:
            self._write_pending()

    def _write_pending(self) -> None:
        assert self._process is not None and self._process.stdin is not None
        try:
            # One small request at a time: far below the pipe's buffer, so this never blocks.
            while self._pending:
                self._process.stdin.write(self._pending.pop(0))
            self._process.stdin.flush()
        except (OSError, ValueError):
            self.kill()

    def _spawn(self) -> None:
        """On the spawning thread: no Qt here, the result goes into a list the GUI thread reads."""
        try:
            process = subprocess.Popen(
                self._command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                **_new_group(),
            )
        except OSError as error:
            self._spawned.append(error)
            return
        self._spawned.append(process)

    def _take_spawned(self) -> bool:
        """Adopts the started process once the spawning thread is done; False until then."""
        if not self._spawned:
            return False
        result = self._spawned.pop()
        self._spawning = False
        if isinstance(result, OSError):
            self._finish(f"the speech process could not start ({result})")
            return True
        self._process = result
        if self._killed:
            kill_process_group(result)
        return True

    def _adopt(self) -> None:
        if not self._take_spawned():
            return
        self._spawn_check.stop()
        process = self._process
        if process is None:
            return
        assert process.stdout is not None and process.stdin is not None
        if sys.platform == "win32":
            threading.Thread(target=self._read_blocking, daemon=True).start()
            self._poll.start(_POLL_MS)
        else:
            os.set_blocking(process.stdout.fileno(), False)
            os.set_blocking(process.stdin.fileno(), False)
            self._notifier = QSocketNotifier(
                process.stdout.fileno(), QSocketNotifier.Type.Read, self
            )
            self._notifier.activated.connect(self._readable)
        if self._pending and not self._killed:
            self._write_pending()

    def kill(self) -> None:
        """Ends the process and everything it started; returns at once."""
        self._killed = True
        if self._process is not None:
            kill_process_group(self._process)

    def reap(self, timeout: float) -> bool:
        """Waits at most ``timeout`` s for a killed process to be gone: at shutdown only."""
        deadline = time.monotonic() + timeout
        while self._spawning and not self._take_spawned():
            if time.monotonic() > deadline:
                return False
            time.sleep(0.005)
        if self._process is None:
            return True
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
