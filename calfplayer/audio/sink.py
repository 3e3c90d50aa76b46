"""The seam between the player and whatever makes the cues audible.

The player controller calls ``play`` the moment the engine reports the events that produced the
cues (its precise timer is aimed at ``Session.next_event_at``), so a sink that starts sound within a
few milliseconds keeps the count on the beat. A sink never blocks the caller.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # the window's first paint needs the sink's shape, not the cues
    from calfplayer.domain.cues import Cue, CueLevel
    from calfplayer.domain.plan import Plan


class CueSink(Protocol):
    def prepare(self, plan: Plan) -> None:
        """Get every cue of this plan ready (render ahead of time); returns at once."""
        ...

    def play(self, cues: Sequence[Cue]) -> None:
        """Make these cues heard now, in order; cues due together are spoken one after another."""
        ...

    def cancel(self) -> None:
        """Silence anything playing or queued (pause, skip, back, stop)."""
        ...

    def set_muted(self, muted: bool) -> None: ...

    def set_level(self, level: CueLevel) -> None: ...

    def unavailable_reason(self) -> str | None:
        """Why the voice cannot be heard (shown once to the person), or None when it works."""
        ...

    def on_unavailable(self, listener: Callable[[str], None]) -> None:
        """Calls ``listener(reason)`` if the voice is found not to work after the sink was made
        (a speech engine missing is learnt only when it is started)."""
        ...

    def shutdown(self) -> None:
        """End every speech process within a second, even mid-utterance."""
        ...


class SilentCueSink:
    """No sound at all: ``--no-voice``, and the fallback when nothing can play."""

    def __init__(self, reason: str | None = None) -> None:
        self._reason = reason
        self.played: list[Cue] = []

    def prepare(self, plan: Plan) -> None:
        del plan

    def play(self, cues: Sequence[Cue]) -> None:
        self.played.extend(cues)

    def cancel(self) -> None:
        pass

    def set_muted(self, muted: bool) -> None:
        del muted

    def set_level(self, level: CueLevel) -> None:
        del level

    def unavailable_reason(self) -> str | None:
        return self._reason

    def on_unavailable(self, listener: Callable[[str], None]) -> None:
        del listener  # silent from the start, for the reason it was made with

    def shutdown(self) -> None:
        pass
