"""Rendering ahead of time: every text the prepared plans can speak, once, into the cue cache.

The newest plan's texts go first, in the order they will be needed. Files already in the cache are
loaded a couple at a time per pass of the event loop and the plan is walked on a plain thread, so
choosing a long routine causes no stall. A render that hangs is abandoned and its process killed;
after a few such failures the engine is taken as missing.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from calfplayer.audio import problems
from calfplayer.audio.cue_files import cue_file, wav_ms
from calfplayer.audio.speech_process import driver_name, speech_command
from calfplayer.audio.worker import SpeechWorker
from calfplayer.domain.cues import CueLevel, cue_schedule
from calfplayer.domain.plan import Plan
from calfplayer.i18n import ENGLISH, in_english

RENDER_LIMIT_MS = 15_000  # a render that takes longer is abandoned and the engine restarted
RENDER_RESTARTS = 3


PLANS_KEPT = 8  # prepared plans walked again when the voice's language changes


def plan_texts(plan: Plan) -> list[str]:
    """Every text the plan can speak at any level, in the order they are first needed."""
    return list(dict.fromkeys(text for _key, text in plan_cues(plan)))


def plan_cues(plan: Plan, language: str | None = None) -> list[tuple[str, str]]:
    """Every spoken cue of the plan as (key, text), in the language in use, or in English when
    ``language`` is English."""
    if language == ENGLISH:
        with in_english():
            return plan_cues(plan)
    return [(cue.key, cue.text) for cue in cue_schedule(plan, CueLevel.COACH) if not cue.is_beep]


class CueRenderer(QObject):
    rendered = Signal(str, str, int)  # text, file, length in ms: ready to be loaded and played
    engine_missing = Signal(str)  # why, with its fix

    def __init__(self, cache_dir: Path, engine: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache_dir = cache_dir
        self._engine = engine
        self.engine_id = driver_name() if engine == "pyttsx3" else "fake"
        self._voice_id: str | None = None
        self._rate = 0
        self.language = ENGLISH  # the language the cues are spoken in
        self.wanted: list[str] = []  # texts of every prepared plan, the newest plan first
        self.texts_by_key: dict[str, str] = {}  # what each prepared cue says, in ``language``
        self._plans: list[Plan] = []
        self._done: set[str] = set()
        # Plans whose cues are being listed: (language, [(key, text)]) once walked.
        self._walking: list[list[tuple[str, list[tuple[str, str]]]]] = []
        self._to_load: list[tuple[str, Path]] = []
        self._to_render: list[tuple[str, Path]] = []
        self._rendering: tuple[int, str, Path] | None = None
        self._next_id = 0
        self._failures = 0
        self._missing = False
        self._paused = True
        self._worker: SpeechWorker | None = None
        self.retired: list[SpeechWorker] = []  # killed, perhaps not yet reaped
        self._collector = _timer(self, 10, self._collect_walks)
        self._loader = _timer(self, 0, self._load_some)
        self._limit = _timer(self, RENDER_LIMIT_MS, self._stuck)
        self._limit.setSingleShot(True)

    def cue_path(self, text: str) -> Path:
        return cue_file(
            self._cache_dir, self.engine_id, self._voice_id, self._rate, text, self.language
        )

    def set_voice(self, voice_id: str | None, rate: int, language: str = ENGLISH) -> None:
        """New keys: what was rendered for another voice, rate or language is found again or
        re-rendered; another language also means other texts."""
        if (voice_id, rate, language) == (self._voice_id, self._rate, self.language):
            return
        self._voice_id, self._rate = voice_id, rate
        self._done.clear()
        if language != self.language:
            self.language = language
            self.wanted, self.texts_by_key = [], {}
            for plan in self._plans:
                self._walk(plan)
        self._queue()

    def run(self, running: bool) -> None:
        """Starts (with the engine warmed up at once) or pauses rendering."""
        self._paused = not running
        if running and self._worker is None and not self._missing:
            self._worker = self._new_worker()
            self._worker.start()
        self._queue()

    def prepare(self, plan: Plan) -> None:
        self._plans = [plan, *(old for old in self._plans if old is not plan)][:PLANS_KEPT]
        self._walk(plan)

    def _walk(self, plan: Plan) -> None:
        # Walking a long plan takes tens of ms: a plain thread does it (no Qt call there), and a
        # timer on the GUI thread collects the result.
        cues: list[tuple[str, list[tuple[str, str]]]] = []
        language = self.language

        def walk() -> None:
            cues.append((language, plan_cues(plan, language)))

        threading.Thread(target=walk, daemon=True).start()
        self._walking.append(cues)
        self._collector.start()

    def shutdown(self) -> None:
        self._paused = True
        for timer in (self._collector, self._loader, self._limit):
            timer.stop()
        if self._worker is not None:
            self._retire(self._worker)
            self._worker = None

    # --- inside ------------------------------------------------------------------------------

    def _collect_walks(self) -> None:
        while self._walking and self._walking[0]:  # in call order, so the newest ends up first
            language, cues = self._walking.pop(0)[0]
            if language != self.language:  # walked for a language given up since
                continue
            self.texts_by_key.update(cues)
            texts = list(dict.fromkeys(text for _key, text in cues))
            newest = set(texts)
            self.wanted = texts + [text for text in self.wanted if text not in newest]
            self._queue()
        if not self._walking:
            self._collector.stop()

    def _queue(self) -> None:
        if self._missing or self._paused:
            return
        self._to_render, self._to_load = [], []
        for text in self.wanted:
            if text not in self._done:
                path = self.cue_path(text)
                (self._to_load if path.exists() else self._to_render).append((text, path))
        if self._to_load:
            self._loader.start()
        self._render_next()

    def _load_some(self) -> None:
        for text, path in self._to_load[:2]:
            length = wav_ms(path)
            if length is None:  # damaged: render it again
                self._to_render.append((text, path))
            else:
                self._finished(text, path, length)
        del self._to_load[:2]
        if not self._to_load:
            self._loader.stop()
        self._render_next()

    def _render_next(self) -> None:
        if self._rendering is not None or not self._to_render or self._paused or self._missing:
            return
        if self._worker is None:
            self._worker = self._new_worker()
        text, path = self._to_render.pop(0)
        self._next_id += 1
        self._rendering = (self._next_id, text, path)
        request = {"id": self._next_id, "text": text, "path": str(path)}
        self._worker.send({**request, "voice": self._voice_id, "rate": self._rate})
        self._limit.start()

    def _answered(self, answer: dict[str, Any]) -> None:
        if answer.get("ready") is False:
            self._give_up(str(problems.no_speech_engine(str(answer.get("error", "")))))
            return
        if self._rendering is None or answer.get("id") != self._rendering[0]:
            return
        _, text, path = self._rendering
        self._rendering = None
        self._limit.stop()
        self._failures = 0
        length = wav_ms(path) if answer.get("ok") else None
        if length is not None and path == self.cue_path(text):
            self._finished(text, path, length)
        self._render_next()

    def _finished(self, text: str, path: Path, length: int) -> None:
        if text in self.wanted and text not in self._done:
            self._done.add(text)
            self.rendered.emit(text, str(path), length)

    def _stuck(self) -> None:
        self._rendering = None
        if self._worker is not None:
            self._retire(self._worker)
            self._worker = None
        self._failures += 1
        if self._failures >= RENDER_RESTARTS:
            self._give_up(str(problems.no_speech_engine("it stopped answering")))
            return
        self._render_next()

    def _ended(self, why: str) -> None:
        if why and self._rendering is not None:
            self._stuck()

    def _give_up(self, why: str) -> None:
        self._missing = True
        self._to_render, self._rendering = [], None
        self._limit.stop()
        self.engine_missing.emit(why)

    def _new_worker(self) -> SpeechWorker:
        worker = SpeechWorker(speech_command("render", self._engine), self)
        worker.message.connect(self._answered)
        worker.ended.connect(self._ended)
        return worker

    def _retire(self, worker: SpeechWorker) -> None:
        worker.kill()
        self.retired = [old for old in self.retired if not old.finished] + [worker]


def _timer(parent: QObject, interval_ms: int, slot: Any) -> QTimer:
    timer = QTimer(parent)
    timer.setInterval(interval_ms)
    timer.timeout.connect(slot)
    return timer
