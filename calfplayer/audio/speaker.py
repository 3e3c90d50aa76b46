"""The voice: the CueSink that makes cues heard, on the beat, without ever holding up the window.

- Every text a plan can need is rendered ahead of time (renderer.py) into the cue cache
  (``prepare``) and preloaded into a QSoundEffect, which starts within a few ms of ``play``.
- Beeps are tones the app writes itself; they may sound over the voice.
- Spoken cues go through one voice channel: cues due together are spoken one after another, and a
  newer batch replaces what is still waiting from an older one (the count that is due now matters,
  not the one that was due). A cue that cannot start within ``LATE_MS`` of being asked is dropped.
- A cue not rendered yet is spoken live by a second child process (say only), one utterance at a
  time; a hung engine is killed after a limit, so the voice channel never stays blocked.
- The cues are spoken in the language in use, by the voice chosen in Settings or else the
  engine's voice for that language (voices.py); with no voice for it they are spoken in English.
- Without QtMultimedia (no libpulse) or an audio output everything is silent; without a speech
  engine only the beeps sound. ``unavailable_reason`` (and the ``unavailable`` signal, once) says
  why in a short sentence.

Cue levels are applied by the caller, which computes the cues with ``cues_for_events(events, plan,
level)``; ``set_level`` only records the level here (``level``) so the window has one place to read
it from. ``prepare`` renders the cues of every level, so changing the level needs no new rendering.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, QUrl, Signal

from calfplayer.audio import problems
from calfplayer.audio.cue_files import beep_file
from calfplayer.audio.cue_log import CACHED, DROPPED, LIVE, CueLog
from calfplayer.audio.renderer import CueRenderer
from calfplayer.audio.speech_process import speech_command
from calfplayer.audio.voices import VoiceChoice, choose_voice
from calfplayer.audio.worker import SpeechWorker
from calfplayer.domain.clock import Clock
from calfplayer.domain.cues import Cue, CueLevel
from calfplayer.domain.plan import Plan
from calfplayer.i18n import ENGLISH, current_language
from calfplayer.store.settings import VoiceSettings

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect

LATE_MS = 1200  # a spoken cue that cannot start within this long of being asked is dropped


def _load_multimedia() -> tuple[Any, str | None]:
    """QtMultimedia, or why it cannot be loaded (it needs libpulse on Linux)."""
    try:
        multimedia: Any = importlib.import_module("PySide6.QtMultimedia")
    except ImportError as error:
        return None, str(problems.no_audio_library(str(error)))
    if not multimedia.QMediaDevices.audioOutputs():
        return multimedia, str(problems.no_audio_output())
    return multimedia, None


def _single_shot(parent: QObject, slot: Any) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.timeout.connect(slot)
    return timer


@dataclass
class _Waiting:
    cue: Cue
    asked_ms: int
    text: str  # what is said, in the language of the voice


class Speaker(QObject):
    unavailable = Signal(str)

    def __init__(
        self,
        cache_dir: Path,
        voice: VoiceSettings,
        cue_log: CueLog | None = None,
        *,
        clock: Clock,
        engine: str = "pyttsx3",
        require_audio_output: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._cache_dir = cache_dir
        self._voice = voice
        self._log = cue_log
        self._clock = clock
        self._engine = engine
        self.level = CueLevel.from_name(voice.level)
        self._muted = False
        self._reason: str | None = None  # nothing can be heard
        self._voice_reason: str | None = None  # no speech, but beeps still sound
        self._effects: dict[str, QSoundEffect] = {}  # by text, or by beep key
        self._lengths: dict[str, int] = {}  # ms, by text
        self._waiting: list[_Waiting] = []
        self._speaking: QSoundEffect | None = None
        self._heard_playing = False
        self._live_request: int | None = None
        self._next_id = 0
        self._renderer = CueRenderer(cache_dir, engine, self)
        self._renderer.rendered.connect(self._add_rendered)
        self._renderer.engine_missing.connect(self._set_voice_reason)
        self._language = ENGLISH  # the language in use when the voice was chosen
        self._choice: VoiceChoice | None = None  # None while the voices are being listed
        self._voices: list[dict[str, Any]] | None = None  # as the engine listed them
        self._voices_query: SpeechWorker | None = None
        self._live: SpeechWorker | None = None
        self._retired: list[SpeechWorker] = []  # killed, perhaps not yet reaped
        self._closed = False
        self._voice_limit = _single_shot(self, self._voice_stuck)
        self._choose_voice()
        self._multimedia, reason = _load_multimedia()
        if reason is not None and (require_audio_output or self._multimedia is None):
            self._set_reason(reason)
        elif voice.enabled:
            self._start_workers()

    # --- CueSink -----------------------------------------------------------------------------

    def prepare(self, plan: Plan) -> None:
        if current_language() != self._language:  # the language was changed since
            self._forget_rendered()
            self._choose_voice()
            self._start_if_wanted()
        if self._reason is None:
            self._renderer.prepare(plan)

    def play(self, cues: Sequence[Cue]) -> None:
        asked = self._clock.monotonic_ms()
        spoken: list[_Waiting] = []
        for cue in cues:
            silent = self._why_silent(cue)
            if silent is not None:
                self._record(cue, DROPPED, asked, silent)
            elif cue.is_beep:
                self._play_beep(cue, asked)
            else:
                text = self._spoken_text(cue)
                if text is None:
                    self._record(cue, DROPPED, asked, "not prepared in the voice's language")
                else:
                    spoken.append(_Waiting(cue, asked, text))
        if spoken:
            for old in self._waiting:
                self._record(old.cue, DROPPED, old.asked_ms, "replaced")
            self._waiting = spoken
            self._next_voice()

    def cancel(self) -> None:
        for old in self._waiting:
            self._record(old.cue, DROPPED, old.asked_ms, "cancelled")
        self._waiting = []
        for effect in self._effects.values():
            effect.stop()
        self._speaking = None
        if self._live_request is not None:  # cut the utterance short: end its process
            self._restart_live()
        self._voice_limit.stop()

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        if muted:
            self.cancel()

    def set_level(self, level: CueLevel) -> None:
        self.level = level

    def unavailable_reason(self) -> str | None:
        language_notice = self._choice.notice if self._choice is not None else None
        return self._reason or self._voice_reason or language_notice

    @property
    def spoken_language(self) -> str | None:
        """The language the cues are spoken in; None while the voices are being listed."""
        return self._choice.language if self._choice is not None else None

    @property
    def voice_in_use(self) -> str | None:
        """The voice that speaks the cues (None: the engine's default)."""
        return self._choice.voice_id if self._choice is not None else None

    def on_unavailable(self, listener: Callable[[str], None]) -> None:
        self.unavailable.connect(listener)

    def shutdown(self) -> None:
        self._closed = True
        self.cancel()
        self._voice_limit.stop()
        self._renderer.shutdown()
        if self._live is not None:
            self._retire(self._live)
            self._live = None
        if self._voices_query is not None:
            self._retire(self._voices_query)
            self._voices_query = None
        # Killing is immediate; this only reaps the processes (bounded, and only at exit).
        for worker in [*self._retired, *self._renderer.retired]:
            worker.reap(0.3)
        if self._log is not None:
            self._log.close()

    # --- settings ----------------------------------------------------------------------------

    @property
    def voice(self) -> VoiceSettings:
        return self._voice

    def apply_settings(self, voice: VoiceSettings) -> None:
        old, self._voice = self._voice, voice
        self.level = CueLevel.from_name(voice.level)
        for effect in self._effects.values():
            effect.setVolume(voice.volume)
        if not voice.enabled:
            self.cancel()
            self._renderer.run(False)
        changed = (old.voice_id, old.rate) != (voice.voice_id, voice.rate)
        if changed or current_language() != self._language:
            self._forget_rendered()
            self._choose_voice()
        self._start_if_wanted()

    def ready_texts(self) -> set[str]:
        """Texts whose rendered sound is loaded and can be played at once."""
        return {text for text in self._renderer.wanted if self._playable(text) is not None}

    # --- spoken cues -------------------------------------------------------------------------

    def _why_silent(self, cue: Cue) -> str | None:
        if self._reason is not None:
            return "unavailable"
        if not self._voice.enabled:
            return "voice off"
        if self._muted:
            return "muted"
        if cue.is_beep and not self._voice.beeps:
            return "beeps off"
        if not cue.is_beep and self._voice_reason is not None:
            return "no speech engine"
        if not cue.is_beep and self._choice is None:
            return "choosing the voice"
        return None

    def _spoken_text(self, cue: Cue) -> str | None:
        """The cue's words in the voice's language (the cue comes in the language in use)."""
        if self._choice is None or self._choice.language == current_language():
            return cue.text
        return self._renderer.texts_by_key.get(cue.key)

    def _voice_busy(self) -> bool:
        return self._speaking is not None or self._live_request is not None

    def _next_voice(self) -> None:
        while self._waiting and not self._voice_busy():
            waiting = self._waiting.pop(0)
            if self._clock.monotonic_ms() - waiting.asked_ms > LATE_MS:
                self._record(waiting.cue, DROPPED, waiting.asked_ms, "late")
                continue
            effect = self._playable(waiting.text)
            if effect is not None:
                self._speaking, self._heard_playing = effect, False
                effect.play()
                self._record(waiting.cue, CACHED, waiting.asked_ms)
                self._voice_limit.start(self._lengths.get(waiting.text, 5000) + 1000)
            else:
                self._speak_live(waiting)

    def _playable(self, text: str) -> QSoundEffect | None:
        effect = self._effects.get(text)
        if effect is None or self._multimedia is None:
            return None
        status = self._multimedia.QSoundEffect.Status
        return effect if effect.status() in (status.Ready, status.Loading) else None

    def _voice_playing_changed(self, effect: QSoundEffect) -> None:
        if effect is not self._speaking:
            return
        if effect.isPlaying():
            self._heard_playing = True
        elif self._heard_playing or self._effect_failed(effect):
            self._speaking = None
            self._voice_limit.stop()
            self._next_voice()

    def _effect_failed(self, effect: QSoundEffect) -> bool:
        assert self._multimedia is not None
        if effect.status() is not self._multimedia.QSoundEffect.Status.Error:
            return False
        self._set_reason(str(problems.cannot_play()))
        return True

    def _voice_stuck(self) -> None:
        """Nothing reported the end of the utterance in time: free the voice channel."""
        if self._speaking is not None:
            self._speaking.stop()
            self._speaking = None
        if self._live_request is not None:
            self._restart_live()
        self._next_voice()

    def _speak_live(self, waiting: _Waiting) -> None:
        if self._closed:
            self._record(waiting.cue, DROPPED, waiting.asked_ms, "closed")
            return
        if self._live is None:
            self._live = self._new_live_worker()
        self._next_id += 1
        self._live_request = self._next_id
        voice = self._voice
        self._live.send(
            {
                "id": self._next_id,
                "text": waiting.text,
                "voice": self.voice_in_use,
                "rate": voice.rate,
                "volume": voice.volume,
            }
        )
        self._record(waiting.cue, LIVE, waiting.asked_ms)
        self._voice_limit.start(3000 + 120 * len(waiting.text))

    def _live_answered(self, answer: dict[str, Any]) -> None:
        if answer.get("ready") is False:
            self._set_voice_reason(str(problems.no_speech_engine(str(answer.get("error", "")))))
            self._live_request = None
        elif "id" in answer and answer["id"] == self._live_request:
            self._live_request = None
            self._voice_limit.stop()
        self._next_voice()

    def _restart_live(self) -> None:
        self._live_request = None
        if self._live is not None:
            self._retire(self._live)
            self._live = None
        if not self._closed:
            self._live = self._new_live_worker()
            self._live.start()

    def _retire(self, worker: SpeechWorker) -> None:
        worker.kill()
        self._retired = [old for old in self._retired if not old.finished] + [worker]

    # --- beeps -------------------------------------------------------------------------------

    def _play_beep(self, cue: Cue, asked: int) -> None:
        effect = self._effects.get(cue.key)
        if effect is None:
            self._record(cue, DROPPED, asked, "not loaded")
            return
        effect.play()
        self._record(cue, CACHED, asked)

    def _load_beeps(self) -> None:
        from calfplayer.audio.cue_files import TONES

        for key in TONES:
            if key not in self._effects:
                self._effects[key] = self._new_effect(beep_file(self._cache_dir, key))

    # --- rendered cues ----------------------------------------------------------------------

    def cue_path(self, text: str) -> Path:
        """Where the rendered sound of this text is cached for the current voice and rate."""
        return self._renderer.cue_path(text)

    def _add_rendered(self, text: str, path: str, length_ms: int) -> None:
        self._lengths[text] = length_ms
        if self._multimedia is not None and text not in self._effects:
            self._effects[text] = self._new_effect(Path(path), spoken=True)

    def _forget_rendered(self) -> None:
        self.cancel()
        for key in [key for key in self._effects if not key.startswith("beep.")]:
            self._effects.pop(key).deleteLater()

    # --- plumbing ----------------------------------------------------------------------------

    def _new_effect(self, path: Path, spoken: bool = False) -> QSoundEffect:
        assert self._multimedia is not None
        effect: QSoundEffect = self._multimedia.QSoundEffect(self)
        effect.setSource(QUrl.fromLocalFile(str(path)))
        effect.setVolume(self._voice.volume)
        if spoken:
            effect.playingChanged.connect(lambda: self._voice_playing_changed(effect))
            effect.statusChanged.connect(lambda: self._voice_playing_changed(effect))
        return effect

    def _new_live_worker(self) -> SpeechWorker:
        worker = SpeechWorker(speech_command("speak", self._engine), self)
        worker.message.connect(self._live_answered)
        return worker

    # --- choosing the voice ------------------------------------------------------------------

    def _choose_voice(self) -> None:
        """The voice for the language in use: at once in English; else once the engine has
        listed its voices (the list is asked for when the workers start)."""
        self._language = current_language()
        if self._language == ENGLISH:
            self._use_choice(VoiceChoice(self._voice.voice_id, ENGLISH))
        elif self._voices is not None:
            self._use_choice(choose_voice(self._voices, self._language, self._voice.voice_id))
        else:
            self._choice = None

    def _use_choice(self, choice: VoiceChoice) -> None:
        self._choice = choice
        self._renderer.set_voice(choice.voice_id, self._voice.rate, choice.language)
        if choice.notice and self._reason is None and self._voice_reason is None:
            self.unavailable.emit(choice.notice)

    def _ask_for_voices(self) -> None:
        if self._voices_query is not None:
            return
        query = SpeechWorker(speech_command("voices", self._engine), self)
        query.message.connect(self._voices_answered)
        query.ended.connect(self._voices_ended)
        self._voices_query = query
        query.start()

    def _voices_answered(self, answer: dict[str, Any]) -> None:
        if answer.get("ready") is False:
            self._set_voice_reason(str(problems.no_speech_engine(str(answer.get("error", "")))))
            return
        voices = answer.get("voices")
        if not isinstance(voices, list):
            return
        self._voices = [voice for voice in voices if isinstance(voice, dict)]
        self._choose_voice()
        self._start_if_wanted()

    def _voices_ended(self, why: str) -> None:
        if why and self._choice is None:
            self._set_voice_reason(str(problems.no_speech_engine(why)))

    def _start_if_wanted(self) -> None:
        if self._voice.enabled and self._reason is None and not self._closed:
            self._start_workers()

    def _start_workers(self) -> None:
        if self._multimedia is not None:
            self._load_beeps()
        if self._choice is None:  # the engine's voices first: they decide the voice
            self._ask_for_voices()
            return
        # Both engines start now, in the background, so the first cue does not wait for them.
        self._renderer.run(True)
        if self._live is None:
            self._live = self._new_live_worker()
            self._live.start()

    def _set_reason(self, reason: str) -> None:
        if self._reason is None and self._voice_reason is None:
            self.unavailable.emit(reason)
        self._reason = reason
        for effect in self._effects.values():
            effect.stop()

    def _set_voice_reason(self, reason: str) -> None:
        if self._reason is None and self._voice_reason is None:
            self.unavailable.emit(reason)
        self._voice_reason = reason

    def _record(self, cue: Cue, how: str, asked: int, reason: str | None = None) -> None:
        if self._log is not None:
            self._log.record(cue, how, asked, reason)
