"""The plan file and the choices file in the data folder, each JSON written atomically.

A plan file that cannot be used (not JSON, a day or time that is no day or time) is never half
used: the plan is empty, and a sentence says why. The window keeps the damaged file aside (so the
next save cannot overwrite it); the command line leaves it where it is and refuses to change the
plan until it is fixed or cleared.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from calfplayer.domain.clock import Clock
from calfplayer.domain.schedule import Choices
from calfplayer.domain.week_plan import PlanProblem, WeekPlan, plan_from_json, plan_to_json
from calfplayer.i18n import translate
from calfplayer.store.files import write_atomically


@dataclass(frozen=True)
class LoadedPlan:
    plan: WeekPlan
    problem: str | None  # a sentence for the person when the file could not be used
    kept_aside: Path | None = None


class PlanStore:
    def __init__(self, path: Path, clock: Clock) -> None:
        self.path = path
        self._clock = clock  # dates a damaged file kept aside

    def load(self, *, keep_aside: bool) -> LoadedPlan:
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return LoadedPlan(WeekPlan(), None)
        except OSError as error:
            return LoadedPlan(
                WeekPlan(),
                translate(
                    "StorePlan", "Your plan could not be read ({reason}); no plan is used."
                ).format(reason=error.strerror),
            )
        try:
            return LoadedPlan(plan_from_json(json.loads(raw)), None)
        except (PlanProblem, ValueError, UnicodeError) as error:
            kept = self._keep_aside() if keep_aside else None
            if kept:
                sentence = translate(
                    "StorePlan",
                    "Your plan file {path} is damaged ({reason}); no plan is used. The damaged"
                    " file was kept as {kept}.",
                )
            else:
                sentence = translate(
                    "StorePlan", "Your plan file {path} is damaged ({reason}); no plan is used."
                )
            reason = str(error).rstrip(".")
            return LoadedPlan(
                WeekPlan(), sentence.format(path=self.path, reason=reason, kept=kept), kept
            )

    def save(self, plan: WeekPlan) -> None:
        write_atomically(self.path, json.dumps(plan_to_json(plan), indent=2) + "\n")

    def keep_aside(self) -> Path | None:
        """Moves the file out of the way (a damaged plan about to be replaced)."""
        return self._keep_aside() if self.path.exists() else None

    def _keep_aside(self) -> Path | None:
        stamp = self._clock.wall_now().strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        try:
            os.replace(self.path, aside)
        except OSError:
            return None
        return aside


class ChoicesStore:
    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> Choices:
        """What can be read; nothing when the file is missing or unreadable (a lost "later" only
        brings its reminder back)."""
        try:
            return Choices.from_json(json.loads(self.path.read_text(encoding="utf-8")))
        except (OSError, ValueError, UnicodeError):
            return Choices()

    def save(self, choices: Choices) -> None:
        write_atomically(self.path, json.dumps(choices.to_json(), indent=2) + "\n")
