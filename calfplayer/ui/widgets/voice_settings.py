"""The voice section of the Settings page: a self-contained widget in, VoiceSettings out.

The list of voices comes from the speech engine in a child process, and "Test voice" speaks in
another, so nothing here ever waits for the engine on the GUI thread. What the test did, or why it
could not speak, is written under its button.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from calfplayer.app.settings import CUE_LEVELS, VoiceSettings
from calfplayer.audio.problems import no_speech_engine
from calfplayer.audio.speech_process import speech_command
from calfplayer.audio.voices import ordered_voices
from calfplayer.audio.worker import SpeechWorker
from calfplayer.domain.cues import CueLevel
from calfplayer.i18n import current_language, translatable
from calfplayer.ui.widgets.common import wrapping_check
from calfplayer.ui.widgets.wrapping_combo import WrappingComboBox

translate = QCoreApplication.translate
SAMPLE = translatable("VoiceSettings", "Three, two, one. Up. Hold. Down. Five.")
LEVEL_LABELS = {
    CueLevel.COUNTS: translatable("VoiceSettings", "Counts only"),
    CueLevel.PHASES: translatable("VoiceSettings", "Counts and phases"),
    CueLevel.COACH: translatable("VoiceSettings", "Coach"),
}
RATE_RANGE = (80, 300)


class VoiceSettingsWidget(QWidget):
    """Emits ``changed(VoiceSettings)`` whenever the person changes something.

    ``off_for_run``: started with --no-voice, which the section says above the settings (they are
    kept for the next start). ``sound_problem``: why the app's sound cannot be heard, if it cannot;
    Test voice then says so rather than speak to no one.
    """

    changed = Signal(object)

    def __init__(
        self,
        voice: VoiceSettings,
        parent: QWidget | None = None,
        *,
        engine: str = "pyttsx3",
        off_for_run: bool = False,
        sound_problem: Callable[[], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._voice = voice
        self._engine = engine
        self._sound_problem = sound_problem
        self._tester: SpeechWorker | None = None
        self._updating = False

        self.enabled = QCheckBox(translate("VoiceSettings", "Spoken cues"))
        # A voice's name and languages, or a level in a long language, wrap rather than be cut.
        self.voice_list = WrappingComboBox()
        self.voice_list.addItem(translate("VoiceSettings", "Default voice"), None)
        self.voice_note = QLabel(translate("VoiceSettings", "Looking for voices…"))
        self.voice_note.setObjectName("hint")
        self.rate = QSlider(Qt.Orientation.Horizontal)
        self.rate.setRange(*RATE_RANGE)
        self.rate.setSingleStep(5)
        self.rate.setPageStep(20)
        self.rate_label = QLabel()
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume_label = QLabel()
        self.level = WrappingComboBox()
        # A screen reader names a field after its label, never after the value it shows.
        for field, name in (
            (self.voice_list, translate("VoiceSettings", "Voice")),
            (self.rate, translate("VoiceSettings", "Speed")),
            (self.volume, translate("VoiceSettings", "Volume")),
            (self.level, translate("VoiceSettings", "Cues")),
        ):
            field.setAccessibleName(name)
        for name in CUE_LEVELS:
            level = CueLevel.from_name(name)
            self.level.addItem(translate("VoiceSettings", LEVEL_LABELS[level]), name)
        self.beeps_row, self.beeps = wrapping_check(
            translate("VoiceSettings", "Beeps for “3, 2, 1” and the end of a hold")
        )
        self.test_button = QPushButton(translate("VoiceSettings", "Test voice"))
        self.test_note = _hint("")  # what Test voice did, once pressed
        self.test_note.hide()
        self.run_note = _hint(
            translate(
                "VoiceSettings",
                "Off for this run (--no-voice): nothing is spoken or beeped until calfplayer is "
                "started without it. What you choose here is kept for then.",
            )
        )
        self.run_note.setVisible(off_for_run)

        self._lay_out()

        self.set_settings(voice)
        for signal in (self.enabled.toggled, self.beeps.toggled):
            signal.connect(self._edited)
        for slider in (self.rate, self.volume):
            slider.valueChanged.connect(self._edited)
        self.voice_list.currentIndexChanged.connect(self._edited)
        self.level.currentIndexChanged.connect(self._edited)
        self.test_button.clicked.connect(self.test_voice)
        self._voices = SpeechWorker(speech_command("voices", engine), self)
        self._voices.message.connect(self._voices_answered)
        self._voices.ended.connect(self._voices_ended)
        self._voices.start()

    def _lay_out(self) -> None:
        form = QFormLayout()
        # On a narrow window a field goes under its name rather than past the window's edge.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.enabled)
        form.addRow(translate("VoiceSettings", "Voice"), self.voice_list)
        form.addRow("", self.voice_note)
        form.addRow(translate("VoiceSettings", "Speed"), _with_label(self.rate, self.rate_label))
        form.addRow(
            translate("VoiceSettings", "Volume"), _with_label(self.volume, self.volume_label)
        )
        form.addRow(translate("VoiceSettings", "Cues"), self.level)
        form.addRow(self.beeps_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # lined up with the section's title, as the others
        layout.addWidget(self.run_note)
        layout.addLayout(form)
        layout.addWidget(self.test_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.test_note)
        layout.addStretch(1)

    def settings(self) -> VoiceSettings:
        return self._voice

    def set_settings(self, voice: VoiceSettings) -> None:
        """Shows these settings without emitting ``changed``."""
        self._updating = True
        self._voice = voice
        self.enabled.setChecked(voice.enabled)
        self._select_voice(voice.voice_id)
        self.rate.setValue(voice.rate)
        self.volume.setValue(round(voice.volume * 100))
        self.level.setCurrentIndex(max(0, self.level.findData(voice.level)))
        self.beeps.setChecked(voice.beeps)
        self._updating = False
        self._refresh()

    def test_voice(self) -> None:
        """Speaks a sample with the settings shown, cutting short a test still speaking."""
        self._stop_test()
        problem = self._sound_problem() if self._sound_problem is not None else None
        if problem:
            self._say_tested(not_spoken(problem))
            return
        tester = self._tester = SpeechWorker(speech_command("speak", self._engine), self)
        tester.message.connect(lambda answer: self._test_answered(tester, answer))
        tester.ended.connect(lambda why: self._test_ended(tester, why))
        self._say_tested(speaking())
        voice = self._voice
        sample = translate("VoiceSettings", SAMPLE)
        request = {"id": 1, "text": sample, "voice": voice.voice_id, "rate": voice.rate}
        tester.send({**request, "volume": voice.volume})

    def stop_speech(self) -> None:
        self._stop_test()
        voices = getattr(self, "_voices", None)
        if voices is not None:
            voices.kill()

    def _stop_test(self) -> None:
        if self._tester is not None:
            self._tester.kill()
        self._tester = None

    # --- inside ------------------------------------------------------------------------------

    def _edited(self) -> None:
        if self._updating:
            return
        self._voice = replace(
            self._voice,
            enabled=self.enabled.isChecked(),
            voice_id=self.voice_list.currentData(),
            rate=self.rate.value(),
            volume=self.volume.value() / 100,
            level=self.level.currentData(),
            beeps=self.beeps.isChecked(),
        )
        self._refresh()
        self.changed.emit(self._voice)

    def _refresh(self) -> None:
        rate = self.rate.value()
        self.rate_label.setText(translate("VoiceSettings", "%n word(s) a minute", None, rate))
        self.volume_label.setText(
            translate("VoiceSettings", "{percent} %").format(percent=self.volume.value())
        )
        on = self.enabled.isChecked()
        for widget in (self.voice_list, self.rate, self.volume, self.level, self.test_button):
            widget.setEnabled(on)

    def _select_voice(self, voice_id: str | None) -> None:
        index = self.voice_list.findData(voice_id)
        if index < 0 and voice_id is not None:  # not listed (yet): keep it selectable
            self.voice_list.addItem(voice_id, voice_id)
            index = self.voice_list.count() - 1
        self.voice_list.setCurrentIndex(max(0, index))

    def _voices_answered(self, answer: dict[str, Any]) -> None:
        if answer.get("ready") is False:
            self.voice_note.setText(
                translate("VoiceSettings", "No speech engine: only beeps can sound.")
            )
            return
        voices = answer.get("voices")
        if not isinstance(voices, list):
            return
        self._updating = True
        chosen = self._voice.voice_id
        self.voice_list.clear()
        self.voice_list.addItem(translate("VoiceSettings", "Default voice"), None)
        for voice in ordered_voices(voices, current_language()):
            languages = ", ".join(voice.get("languages") or [])
            label = f"{voice['name']} ({languages})" if languages else str(voice["name"])
            self.voice_list.addItem(label, voice["id"])
        self._select_voice(chosen)
        self._updating = False
        count = len(voices)
        self.voice_note.setText(translate("VoiceSettings", "%n voice(s)", None, count))

    def _say_tested(self, text: str) -> None:
        self.test_note.setText(text)
        self.test_note.show()

    def _test_answered(self, tester: SpeechWorker, answer: dict[str, Any]) -> None:
        if tester is not self._tester:  # an earlier test, cut short
            return
        if answer.get("ready") is False:
            self._say_tested(not_spoken(no_speech_engine(str(answer.get("error", "")))))
        elif answer.get("ok"):
            sample = translate("VoiceSettings", SAMPLE)
            self._say_tested(translate("VoiceSettings", "Spoke: “{sample}”").format(sample=sample))
        elif "error" in answer:
            self._say_tested(not_spoken(str(answer["error"])))

    def _test_ended(self, tester: SpeechWorker, why: str) -> None:
        if tester is self._tester and why and self.test_note.text() == speaking():
            self._say_tested(not_spoken(why))

    def _voices_ended(self, why: str) -> None:
        if why and self.voice_list.count() <= 1:
            self.voice_note.setText(translate("VoiceSettings", "The voices could not be listed."))


def speaking() -> str:
    return translate("VoiceSettings", "Speaking…")


def not_spoken(why: object) -> str:
    return translate("VoiceSettings", "Not spoken: {reason}").format(reason=why)


def _hint(text: str) -> QLabel:
    hint = QLabel(text)
    hint.setObjectName("hint")
    hint.setWordWrap(True)
    return hint


def _with_label(slider: QSlider, label: QLabel) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(slider, 1)
    label.setMinimumWidth(130)
    label.setWordWrap(True)  # large text on a narrow window: two lines rather than cut
    row.addWidget(label)
    return box
