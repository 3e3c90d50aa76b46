"""Moving a workout along with the fake clock, the way the precise timer would."""

from __future__ import annotations

from collections.abc import Callable

from calfplayer.domain.clock import FakeClock
from calfplayer.ui.main_window import MainWindow
from calfplayer.ui.player_view import PlayerView, player_view


def view(window: MainWindow) -> PlayerView:
    session = window.controller.session
    assert session is not None
    return player_view(session)


def step(window: MainWindow, clock: FakeClock) -> bool:
    """Jumps the clock to the next event and fires the timer; False when nothing is due."""
    session = window.controller.session
    due = session.next_event_at() if session is not None else None
    if due is None:
        return False
    clock.set(max(due, clock.monotonic_ms()))
    window.controller.tick()
    return True


def run_until(
    window: MainWindow, clock: FakeClock, wanted: Callable[[PlayerView], bool], limit: int = 5000
) -> PlayerView:
    for _ in range(limit):
        if window.controller.active and wanted(view(window)):
            return view(window)
        if not step(window, clock):
            break
    raise AssertionError("the workout never reached the wanted moment")
