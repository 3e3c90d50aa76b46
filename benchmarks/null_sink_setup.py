"""What the two voice benchmarks share: a private PulseAudio null sink, Qt, and Gentle start.

Not a benchmark itself (``make benchmarks`` runs the bench_*.py scripts); they import it.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pulse import PrivatePulse
from PySide6.QtWidgets import QApplication

from calfplayer.domain.exercises import Catalogue
from calfplayer.domain.library import RoutineLibrary
from calfplayer.domain.plan import Plan, build_plan
from calfplayer.resources import asset


@contextmanager
def gentle_start_at_a_null_sink() -> Iterator[tuple[Path, PrivatePulse, Plan]]:
    """A scratch folder, a running private PulseAudio server (stopped afterwards) and the plan of
    "Gentle start", with a Qt application in place."""
    with tempfile.TemporaryDirectory(prefix="calfplayer-bench-") as temporary:
        folder = Path(temporary)
        pulse = PrivatePulse(folder / "pulse")
        pulse.start()
        pulse.apply()
        try:
            QApplication([])
            catalogue = Catalogue.load(asset("exercises"))
            library = RoutineLibrary.load(catalogue, asset("routines"), None)
            yield folder, pulse, build_plan(library.get("gentle-start"))
        finally:
            pulse.stop()
