"""The player from two metres: portrait and landscape layouts, text that grows with the window,
where the workout is, what comes after a rest, and the left side drawn as the mirror image."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage
from PySide6.QtWidgets import QApplication

from calfplayer.domain.plan import build_plan
from calfplayer.ui.main_window import DEFAULT_SIZE

from .helpers import run_until, view
from .helpers import step as next_event

FULL_SCREEN_1366 = (1366, 768)


def _glyph(font: QFont) -> int:
    """How tall a digit is drawn in this font, in pixels."""
    return QFontMetrics(font).tightBoundingRect("0").height()


def _sized(window, width: int, height: int) -> None:  # type: ignore[no-untyped-def]
    window.resize(width, height)
    QApplication.processEvents()
    assert (window.width(), window.height()) == (width, height)


def _start(window, make_routine, **changes: object) -> None:  # type: ignore[no-untyped-def]
    item = {"exercise": "calf-raise", "sets": 2, "reps": 12, "rest": 30, "per_side": True}
    window.start_plan(build_plan(make_routine(item | changes)))


def test_a_wide_window_turns_the_player_to_landscape_and_back_with_a_margin(
    window, make_routine
) -> None:
    _start(window, make_routine)
    _sized(window, 420, 860)
    assert not window.player.landscape
    _sized(window, 1000, 800)  # 1.25 times as wide as tall
    assert window.player.landscape
    assert window.player.ring.wide
    _sized(window, 900, 800)  # 1.125: still landscape, not yet under 1.1
    assert window.player.landscape
    _sized(window, 870, 800)  # 1.09: back to portrait
    assert not window.player.landscape
    assert not window.player.ring.wide
    _sized(window, 990, 800)  # 1.24: not yet
    assert not window.player.landscape


def test_in_landscape_the_drawing_takes_its_side_and_the_count_the_other(
    window, clock, make_routine
) -> None:
    _start(window, make_routine)
    _sized(window, *FULL_SCREEN_1366)
    run_until(window, clock, lambda v: v.stage.value == "reps")
    player = window.player
    drawing = player.illustration.geometry()
    ring = player.ring.geometry()
    assert drawing.width() >= 0.4 * window.width()
    assert drawing.right() < ring.left(), "side by side, the drawing first"
    assert ring.top() < drawing.center().y() < ring.bottom() + drawing.height()


def test_at_a_1366_by_768_full_screen_the_text_reads_from_two_metres(
    window, clock, make_routine
) -> None:
    item = {"exercise": "calf-raise", "sets": 2, "reps": 12, "rest": 30, "per_side": True}
    window.start_plan(build_plan(make_routine(item, {"exercise": "calf-stretch"})))
    _sized(window, *FULL_SCREEN_1366)
    player = window.player
    run_until(window, clock, lambda v: v.stage.value == "setup")
    assert player.next_label.isVisible()
    assert _glyph(player.next_label.font()) >= 32
    run_until(window, clock, lambda v: v.stage.value == "reps")
    assert _glyph(player.ring.count_font()) >= 180
    assert _glyph(player.ring.word_font()) >= 32
    assert _glyph(player.set_chip.font()) >= 32
    assert _glyph(player.side_chip.font()) >= 32
    current = player.steps.labels[player.steps.current]
    assert _glyph(current.font()) >= 22
    run_until(window, clock, lambda v: v.stage.value == "rest")
    assert _glyph(player.ring.count_font()) >= 180
    for line in (player.next_name, player.next_dose, player.next_side):
        assert line.isVisible() and _glyph(line.font()) >= 32


def test_in_portrait_at_the_default_size_set_and_side_are_larger(
    window, clock, make_routine
) -> None:
    _start(window, make_routine)
    _sized(window, DEFAULT_SIZE.width(), DEFAULT_SIZE.height())
    run_until(window, clock, lambda v: v.stage.value == "reps")
    assert _glyph(window.player.set_chip.font()) >= 18
    assert _glyph(window.player.side_chip.font()) >= 18


def test_text_grows_with_the_window(window, clock, make_routine) -> None:
    _start(window, make_routine)
    run_until(window, clock, lambda v: v.stage.value == "reps")
    sizes = []
    for width, height in [(1000, 640), (1366, 768), (1920, 1080)]:
        _sized(window, width, height)
        player = window.player
        sizes.append((_glyph(player.ring.count_font()), _glyph(player.set_chip.font())))
    assert sizes == sorted(sizes) and sizes[0] < sizes[-1]


@pytest.mark.parametrize("size", [(420, 860), (360, 640), FULL_SCREEN_1366])
def test_every_player_screen_shows_the_workouts_progress_and_time_left(
    window, clock, make_routine, size
) -> None:
    window.start_plan(
        build_plan(
            make_routine(
                {"exercise": "calf-stretch", "sets": 2, "hold": 20, "rest": 30},
                {"exercise": "calf-raise", "sets": 1, "reps": 2, "self_paced": True},
            )
        )
    )
    _sized(window, *size)
    player = window.player
    seen: list[tuple[str, float]] = []
    for stage in ("setup", "hold", "switch", "rest", "self-paced"):
        run_until(window, clock, lambda v, stage=stage: v.stage.value == stage)
        window.player.refresh()
        assert player.progress.isVisible() and player.time_left.isVisible(), stage
        assert re.fullmatch(r"\d+:\d\d left", player.time_left.text()), player.time_left.text()
        seen.append((stage, player.progress.fraction))
    fractions = [fraction for _, fraction in seen]
    assert fractions == sorted(fractions) and fractions[0] < fractions[-1]


def test_the_time_left_counts_down_the_whole_workout(window, clock, make_routine) -> None:
    plan = build_plan(make_routine({"exercise": "calf-stretch", "sets": 2, "hold": 20}))
    window.start_plan(plan)
    total_s = (plan.total_ms + 999) // 1000
    assert window.player.time_left.text() == f"{total_s // 60}:{total_s % 60:02d} left"
    clock.advance(10_000)
    window.controller.tick()
    left_s = total_s - 10
    assert window.player.time_left.text() == f"{left_s // 60}:{left_s % 60:02d} left"


def test_a_rest_shows_what_comes_next_in_large_type(window, clock, make_routine, catalogue) -> None:
    _start(window, make_routine, first_side="left")
    run_until(window, clock, lambda v: v.stage.value == "rest")
    player = window.player
    assert player.next_card.isVisible()
    assert player.next_name.text() == f"Next: {catalogue['calf-raise'].name}"
    assert player.next_dose.text() == "Set 2 of 2 · 12 reps"
    assert player.next_side.text() == "Left leg first"
    shown = player.illustration.exercise  # the next set's start pose
    assert shown is not None and shown.id == "calf-raise" and player.illustration.pose == 0.0
    assert _glyph(player.next_name.font()) > _glyph(player.routine_name.font())
    run_until(window, clock, lambda v: v.stage.value == "reps")
    assert not player.next_card.isVisible()


def _differing(one: QImage, other: QImage) -> int:
    """How many pixels of two pictures of one size differ by more than smoothing does."""
    count = 0
    for y in range(one.height()):
        for x in range(one.width()):
            a, b = one.pixelColor(x, y), other.pixelColor(x, y)
            if abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) > 60:
                count += 1
    return count


def test_the_left_sides_drawing_is_the_mirror_image_of_the_right(
    window, clock, make_routine
) -> None:
    window.start_plan(
        build_plan(make_routine({"exercise": "calf-stretch", "hold": 20, "per_side": True}))
    )
    picture = window.player.illustration
    picture.setFixedSize(240, 240)  # the same size on both sides, to compare the pictures
    run_until(window, clock, lambda v: v.stage.value == "hold" and v.side_text == "Right leg")
    window.player.refresh()
    assert not picture.mirrored
    right = picture.grab().toImage()
    run_until(window, clock, lambda v: v.stage.value == "hold" and v.side_text == "Left leg")
    window.player.refresh()
    assert picture.mirrored
    left = picture.grab().toImage()
    assert left != right
    # The figure is drawn mirrored, not the picture flipped afterwards, so edges are smoothed
    # on their own side: nearly every pixel matches the right side's mirror image, few the
    # right side as it is.
    flipped = right.flipped(Qt.Orientation.Horizontal)
    assert _differing(left, flipped) * 5 < _differing(left, right)
    assert view(window).mirrored


@pytest.mark.parametrize("size", [(420, 860), (360, 640), FULL_SCREEN_1366, (1920, 1080)])
def test_the_steps_show_the_current_one_first_and_none_cut_in_half(
    window, clock, make_routine, size
) -> None:
    _start(window, make_routine)
    _sized(window, *size)
    steps = window.player.steps
    for stage in ("setup", "reps"):
        run_until(window, clock, lambda v, stage=stage: v.stage.value == stage)
        QApplication.processEvents()
        viewport = steps.viewport()
        shown = QRect(QPoint(0, 0), viewport.size())
        current = steps.labels[steps.current]
        assert current.mapTo(viewport, QPoint(0, 0)).y() == 0, "the current step at the top"
        for step in steps.labels:
            box = QRect(step.mapTo(viewport, QPoint(0, 0)), step.size())
            if box.intersects(shown):
                assert shown.contains(box), f"{step.text()[:30]!r} cut at {box} in {shown}"


@pytest.mark.parametrize("steps", [200, 400], ids=["1.8 degrees a frame", "0.9 degrees a frame"])
@pytest.mark.parametrize("wide", [False, True], ids=["circle", "wide track"])
def test_the_ring_repainted_bit_by_bit_looks_as_if_painted_at_once(qtbot, wide, steps) -> None:
    """Each frame repaints only the stretch the sweep just covered, and each new second only the
    digits that changed: the result on screen must be the ring as a whole repaint draws it, also
    when each frame moves it by less than a degree (frames come about once per degree, some a
    little early)."""
    from PySide6.QtGui import QImage

    from calfplayer.ui.widgets.ring import ProgressRing

    ring = ProgressRing()
    qtbot.addWidget(ring)
    ring.resize(640, 380)
    ring.set_wide(wide)
    ring.set_state(0.0, "0:21", "Hold")
    ring.show()
    qtbot.waitExposed(ring)
    qtbot.wait(100)  # the first, whole paint is done
    for step in range(1, steps):
        # A new second every 20 steps, as a countdown's: from "0:21" down past "0:10".
        ring.set_state(step / steps, f"0:{21 - step // 20:02d}", "Hold")
        QApplication.processEvents()
    on_screen = ring.screen().grabWindow(ring.winId()).toImage()
    whole = ring.grab().toImage()
    size = whole.size()
    on_screen = on_screen.copy(0, 0, size.width(), size.height())
    fmt = QImage.Format.Format_RGB32
    shown, painted = on_screen.convertToFormat(fmt), whole.convertToFormat(fmt)
    assert shown.size() == painted.size()
    # The edges of an arc drawn in pieces are rounded a little differently from one drawn whole
    # (a shorter arc is made of other curves), by up to a few dozen levels at its rim; a stretch
    # left unpainted would differ by the whole gap between the track and the sweep's colour.
    off = []
    for y in range(shown.height()):
        for x in range(shown.width()):
            if shown.pixel(x, y) != painted.pixel(x, y):
                one, other = shown.pixelColor(x, y), painted.pixelColor(x, y)
                levels = max(
                    abs(one.red() - other.red()),
                    abs(one.green() - other.green()),
                    abs(one.blue() - other.blue()),
                )
                if levels > 96:
                    off.append((x, y, one.name(), other.name()))
    assert off == [], f"{len(off)} pixels differ, first {off[:6]}"


def test_a_long_routine_name_wraps_in_the_players_header(window, clock, make_routine) -> None:
    from dataclasses import replace

    from .test_fit import problems_on

    routine = make_routine({"exercise": "calf-stretch", "hold": 20, "per_side": True})
    routine = replace(routine, name="My long morning calves before the walk to the station")
    window.start_plan(build_plan(routine))
    _sized(window, 360, 640)
    run_until(window, clock, lambda v: v.stage.value == "hold")
    window.player.refresh()
    assert window.player.routine_name.text() == routine.name
    assert problems_on(window) == []


@pytest.mark.parametrize("size", [FULL_SCREEN_1366, (1920, 1080)])
def test_in_landscape_the_ring_and_the_drawing_keep_their_places_through_a_workout(
    window, clock, make_routine, size
) -> None:
    """A segment change that resized the ring or the drawing would repaint most of a full
    screen; every stage keeps both where they were."""
    window.start_plan(
        build_plan(
            make_routine(
                {"exercise": "calf-raise", "sets": 2, "reps": 2, "rest": 10, "per_side": True},
                {"exercise": "calf-stretch", "sets": 1, "hold": 10, "rest": 10},
                {"exercise": "calf-raise", "sets": 1, "reps": 2, "self_paced": True},
            )
        )
    )
    _sized(window, *size)
    player = window.player
    places: dict[tuple[QRect, QRect], set[str]] = {}
    for _ in range(500):
        QApplication.processEvents()
        if not window.controller.active:
            break
        stage = view(window).stage.value
        places.setdefault((player.ring.geometry(), player.illustration.geometry()), set()).add(
            stage
        )
        if stage == "self-paced":
            window.controller.rep_done()
        elif not next_event(window, clock):
            break
    stages = set().union(*places.values())
    assert {"setup", "reps", "hold", "rest", "switch", "self-paced"} <= stages
    assert len(places) == 1, places


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_workout_line_repainted_step_by_step_looks_painted_at_once_on_the_page(
    window, make_routine, theme
) -> None:
    """The line paints its own background and repaints only the stretch it grew by: on screen
    it must look as a whole repaint draws it, with the page's colour around its rounded ends."""
    from calfplayer.ui.theme import apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme)
    try:
        window.apply_theme()
        _start(window, make_routine)
        _sized(window, *FULL_SCREEN_1366)
        line = window.player.progress
        line.set_fraction(0.0)
        QApplication.processEvents()
        for step in range(1, 120):
            line.set_fraction(step / 200)
            QApplication.processEvents()
        shown = window.screen().grabWindow(window.winId()).toImage()
        top_left = line.mapTo(window, QPoint(0, 0))
        on_screen = shown.copy(QRect(top_left, line.size()))
        whole = line.grab().toImage().convertToFormat(on_screen.format())
        assert _differing(on_screen, whole) == 0
        page = shown.pixelColor(top_left.x() + line.width() // 2, top_left.y() - 1)
        assert on_screen.pixelColor(0, 0) == page, "the line's corner is not the page's colour"
        assert on_screen.pixelColor(line.width() - 1, line.height() - 1) == page
    finally:
        apply_theme(app, "light")
        window.apply_theme()


def test_what_a_frame_shows_is_what_the_whole_view_says_at_every_moment(
    window, clock, make_routine
) -> None:
    """A frame works out only what time moves and keeps the rest from the last event: through
    every kind of segment, paused too, the page must show what the whole view says."""
    from calfplayer.ui.player_view import player_view

    routine = make_routine(
        {"exercise": "calf-raise", "sets": 2, "reps": 2, "rest": 5, "per_side": True},
        {"exercise": "calf-stretch", "sets": 1, "reps": 2, "hold": 6, "per_side": False},
    )
    window.start_plan(build_plan(routine))
    controller = window.controller
    kinds = set()
    for _ in range(200):
        session = controller.session
        if session is None or not controller.active:
            break
        kinds.add(session.segment.kind)
        due = session.next_event_at()
        if due is None:  # a rep at the person's own pace
            controller.rep_done()
            continue
        for share in (0.3, 0.7):
            clock.set(clock.monotonic_ms() + int((due - clock.monotonic_ms()) * share))
            controller.frame.emit()
            assert window.player.view == player_view(session)
            assert window.player.ring.big_text == player_view(session).big_text
        if len(kinds) == 3 and session.state.value != "paused":
            controller.pause()
            clock.set(clock.monotonic_ms() + 1500)
            controller.frame.emit()
            assert window.player.view == player_view(session)
            assert window.player.ring.word == "Paused"
            controller.resume()
        next_event(window, clock)
    assert len(kinds) >= 6, kinds
