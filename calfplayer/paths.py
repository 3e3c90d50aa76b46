"""Where calfplayer keeps its files.

Every file the app writes lives under one of four folders. By default they are the platform's
usual places (platformdirs); ``--data-dir DIR`` or ``CALFPLAYER_DATA_DIR`` puts all four under DIR,
which is how the tests keep away from the real home folder. On macOS and Windows several of the
platform folders coincide, so every file has a name of its own.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import PlatformDirs

DATA_DIR_ENV = "CALFPLAYER_DATA_DIR"


@dataclass(frozen=True)
class AppPaths:
    data: Path
    config: Path
    state: Path
    cache: Path

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        root = root.expanduser().absolute()
        return cls(data=root, config=root / "config", state=root / "state", cache=root / "cache")

    @classmethod
    def platform_default(cls) -> AppPaths:
        dirs = PlatformDirs("calfplayer", appauthor=False)
        return cls(
            data=Path(dirs.user_data_dir),
            config=Path(dirs.user_config_dir),
            state=Path(dirs.user_state_dir),
            cache=Path(dirs.user_cache_dir),
        )

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
        """The folders to use: an explicit data dir, else the environment, else the platform's."""
        chosen = data_dir if data_dir is not None else os.environ.get(DATA_DIR_ENV) or None
        return cls.under(Path(chosen)) if chosen is not None else cls.platform_default()

    @property
    def routines(self) -> Path:
        """The person's own routine files."""
        return self.data / "routines"

    @property
    def history_db(self) -> Path:
        return self.data / "history.sqlite3"

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"

    @property
    def plan_file(self) -> Path:
        """The plan for the week (the person's own, like the routines)."""
        return self.data / "plan.json"

    @property
    def plan_choices_file(self) -> Path:
        """ "Skip today" and "later" about the plan's times."""
        return self.data / "plan-choices.json"

    @property
    def step_log(self) -> Path:
        """Each step up applied to a routine, one JSON line each (for the progress report)."""
        return self.data / "steps-applied.jsonl"

    @property
    def window_state_file(self) -> Path:
        """The window's last place and size."""
        return self.config / "window.json"

    @property
    def cue_cache(self) -> Path:
        return self.cache / "cues"
