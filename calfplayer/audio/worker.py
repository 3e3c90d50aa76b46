"""One speech child process seen from the GUI thread: start, send, hear back, kill — never wait.

Starting the process, writing to it and reading from it all happen on a helper thread; answers
come back to the GUI thread through a queued Qt signal. The child runs in its own process group
(its own session on POSIX), so ``kill`` ends it together with anything it started, such as the
``aplay`` that pyttsx3 uses to speak, even in the middle of an utterance.
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
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal

_STOP = object()


class SpeechWorker(QObject):
    """A child process answering JSON lines; ``message`` and ``ended`` arrive on the GUI thread."""

    message = Signal(dict)
    ended = Signal(str)  # why: "" when it exited by itself, else a sentence

    def __init__(self, command: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._command = list(command)
        self._outgoing: queue.Queue[object] = queue.Queue()
        self._lock = threading.Lock()
        self._process: subprocess.Popen[str] | None = None
        self._killed = False
        self._thread: threading.Thread | None = None

    @property
    def started(self) -> bool:
        return self._thread is not None

    @property
    def alive(self) -> bool:
        return self._thread is not None and not self._killed

    def alive_thread(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="speech-io", daemon=True)
            self._thread.start()

    def send(self, request: dict[str, Any]) -> None:
        self.start()
        self._outgoing.put(json.dumps(request) + "\n")

    def kill(self) -> None:
        """Ends the process and everything it started; returns at once."""
        with self._lock:
            self._killed = True
            process = self._process
        self._outgoing.put(_STOP)
        if process is not None:
            kill_process_group(process)

    def join(self, timeout: float) -> bool:
        """Waits (at most ``timeout`` s) for the helper thread; for shutdown and tests only."""
        if self._thread is not None:
            self._thread.join(timeout)
            return not self._thread.is_alive()
        return True

    # --- the helper threads ------------------------------------------------------------------

    def _run(self) -> None:
        try:
            process = subprocess.Popen(
                self._command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
                encoding="utf-8",
                bufsize=1,
                **_new_group(),
            )
        except OSError as error:
            self._emit_ended(f"the speech process could not start ({error})")
            return
        with self._lock:
            self._process = process
            killed = self._killed
        if killed:
            kill_process_group(process)
        reader = threading.Thread(target=self._read, args=(process,), name="speech-read")
        reader.daemon = True
        reader.start()
        assert process.stdin is not None
        while True:
            item = self._outgoing.get()
            if item is _STOP:
                break
            try:
                process.stdin.write(str(item))
                process.stdin.flush()
            except (OSError, ValueError):
                break
        reader.join(2.0)
        try:
            process.wait(timeout=2.0)
        except subprocess.TimeoutExpired:
            kill_process_group(process)

    def _read(self, process: subprocess.Popen[str]) -> None:
        assert process.stdout is not None
        for line in process.stdout:
            try:
                answer = json.loads(line)
            except ValueError:
                continue
            if isinstance(answer, dict):
                try:
                    self.message.emit(answer)
                except RuntimeError:  # the owner was deleted: nobody is listening any more
                    break
        code = process.wait()
        self._outgoing.put(_STOP)
        with self._lock:
            killed = self._killed
        self._emit_ended("" if killed or code == 0 else f"the speech process ended ({code})")

    def _emit_ended(self, why: str) -> None:
        with contextlib.suppress(RuntimeError):  # the owner was deleted: nobody listens
            self.ended.emit(why)


def _new_group() -> dict[str, Any]:
    if sys.platform == "win32":
        return {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP}
    return {"start_new_session": True}


def kill_process_group(process: subprocess.Popen[str]) -> None:
    try:
        if sys.platform == "win32":
            # taskkill /T ends the children too; Popen does not wait for it.
            subprocess.Popen(
                ["taskkill", "/F", "/T", "/PID", str(process.pid)],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        else:
            os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError, OSError):
        pass
