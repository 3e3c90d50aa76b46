"""The person's settings: a small JSON file in the config dir, written atomically.

A damaged file never stops the app: the defaults are used, the damaged file is kept aside (not
deleted) and ``Settings.load`` says so in a sentence the window can show.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from calfplayer.domain.clock import Clock
from calfplayer.domain.jsonfile import NotReadable, read_regular_file
from calfplayer.i18n import translate
from calfplayer.store.files import write_atomically

THEMES = ("system", "light", "dark")
CUE_LEVELS = ("counts", "phases", "coach")
# Far more than any settings file holds; a bigger one is not a settings file.
MAX_SETTINGS_BYTES = 100_000


@dataclass(frozen=True)
class VoiceSettings:
    enabled: bool = True
    voice_id: str | None = None  # None: the speech engine's default voice
    rate: int = 165  # words per minute
    volume: float = 1.0  # 0.0 - 1.0
    level: str = "phases"  # one of CUE_LEVELS
    beeps: bool = True


@dataclass(frozen=True)
class Settings:
    theme: str = "system"  # one of THEMES
    voice: VoiceSettings = field(default_factory=VoiceSettings)
    safety_acknowledged: bool = False
    weekly_goal: int = 3  # sessions a week
    reduce_motion: bool = False  # the exercise figure shows still poses instead of moving
    language: str = ""  # "" follows the system; else a language code such as "de"

    def with_voice(self, **changes: Any) -> Settings:
        return replace(self, voice=replace(self.voice, **changes))


@dataclass(frozen=True)
class LoadedSettings:
    settings: Settings
    problem: str | None  # a sentence for the person when the file could not be used


def _clean(data: Any) -> Settings:
    """Settings from parsed JSON; unknown keys are ignored and bad values fall back one by one."""
    default = Settings()
    if not isinstance(data, dict):
        raise ValueError("the file does not hold a JSON object")
    voice_data = data.get("voice") if isinstance(data.get("voice"), dict) else {}
    assert isinstance(voice_data, dict)
    dv = default.voice

    def pick(source: dict[str, Any], key: str, fallback: Any, ok: Any) -> Any:
        value = source.get(key, fallback)
        return value if ok(value) else fallback

    voice = VoiceSettings(
        enabled=pick(voice_data, "enabled", dv.enabled, lambda v: isinstance(v, bool)),
        voice_id=pick(
            voice_data, "voice_id", dv.voice_id, lambda v: v is None or _is_whole_text(v)
        ),
        rate=pick(voice_data, "rate", dv.rate, lambda v: _is_int(v) and 80 <= v <= 300),
        volume=float(
            pick(voice_data, "volume", dv.volume, lambda v: _is_number(v) and 0 <= v <= 1)
        ),
        level=pick(voice_data, "level", dv.level, lambda v: v in CUE_LEVELS),
        beeps=pick(voice_data, "beeps", dv.beeps, lambda v: isinstance(v, bool)),
    )
    return Settings(
        theme=pick(data, "theme", default.theme, lambda v: v in THEMES),
        voice=voice,
        safety_acknowledged=pick(data, "safety_acknowledged", False, lambda v: isinstance(v, bool)),
        weekly_goal=pick(
            data, "weekly_goal", default.weekly_goal, lambda v: _is_int(v) and 1 <= v <= 14
        ),
        reduce_motion=pick(data, "reduce_motion", False, lambda v: isinstance(v, bool)),
        language=pick(data, "language", "", _is_language_code),
    )


def _is_whole_text(value: Any) -> bool:
    """Text without a lone surrogate (half of a character), which could never be written back."""
    return isinstance(value, str) and not any(0xD800 <= ord(ch) <= 0xDFFF for ch in value)


def _is_language_code(value: Any) -> bool:
    return value == "" or (
        isinstance(value, str) and len(value) == 2 and value.isascii() and value.isalpha()
    )


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


class SettingsStore:
    def __init__(self, path: Path, clock: Clock) -> None:
        self.path = path
        self._clock = clock  # dates a damaged file kept aside

    def load(self) -> LoadedSettings:
        try:
            raw = read_regular_file(self.path, MAX_SETTINGS_BYTES)
        except FileNotFoundError:
            return LoadedSettings(Settings(), None)
        except NotReadable as refused:
            return self._damaged(f"it {refused}")
        except OSError as error:
            return LoadedSettings(
                Settings(),
                translate(
                    "StoreSettings",
                    "Your settings could not be read ({reason}); using the defaults.",
                ).format(reason=error.strerror),
            )
        try:
            # utf-8-sig: a byte-order mark, as some editors write, is not part of the settings.
            return LoadedSettings(_clean(json.loads(raw.decode("utf-8-sig"))), None)
        except RecursionError:
            return self._damaged(translate("StoreSettings", "its brackets nest too deeply"))
        except UnicodeDecodeError as error:
            return self._damaged(
                translate("StoreSettings", "byte {number} is not UTF-8 text").format(
                    number=error.start
                )
            )
        except ValueError as error:
            return self._damaged(str(error))

    def _damaged(self, reason: str) -> LoadedSettings:
        kept = self._keep_aside()
        if kept:
            sentence = translate(
                "StoreSettings",
                "Your settings file was damaged ({reason}); using the defaults. The damaged file"
                " was kept as {kept}.",
            )
        else:
            sentence = translate(
                "StoreSettings", "Your settings file was damaged ({reason}); using the defaults."
            )
        return LoadedSettings(Settings(), sentence.format(reason=reason, kept=kept))

    def save(self, settings: Settings) -> None:
        write_atomically(self.path, json.dumps(asdict(settings), indent=2, sort_keys=True) + "\n")

    def _keep_aside(self) -> Path | None:
        stamp = self._clock.wall_now().strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        try:
            os.replace(self.path, aside)
        except OSError:
            return None
        return aside
