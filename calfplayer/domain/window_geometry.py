"""Where the window goes on the screens a person has, worked out without Qt.

The first size comes from the screen's available area (the screen less its panels): the phone
shape the window was designed for, made smaller when the screen is short, never taller or wider
than what is available. A remembered size and place are used only on a screen that is there now,
and only as much of them as fits: a window last seen on a 1920×1080 screen reopens inside a
1366×768 one.
"""

from __future__ import annotations

from dataclasses import dataclass

IDEAL_WIDTH, IDEAL_HEIGHT = 420, 860  # a phone held upright, at the designed text size
MINIMUM_WIDTH, MINIMUM_HEIGHT = 360, 640
# Room kept for the window manager's frame before the frame is known: its title bar above the
# window, and its borders (together FRAME_WIDTH wide and FRAME_HEIGHT tall with the title).
FRAME_TOP = 32
FRAME_WIDTH, FRAME_HEIGHT = 8, 40


@dataclass(frozen=True)
class Rect:
    x: int
    y: int
    width: int
    height: int

    @property
    def right(self) -> int:
        return self.x + self.width

    @property
    def bottom(self) -> int:
        return self.y + self.height

    def overlap(self, other: Rect) -> int:
        """The area the two share, 0 when they do not meet."""
        wide = min(self.right, other.right) - max(self.x, other.x)
        tall = min(self.bottom, other.bottom) - max(self.y, other.y)
        return max(0, wide) * max(0, tall)

    def contains(self, other: Rect) -> bool:
        return (
            other.x >= self.x
            and other.y >= self.y
            and other.right <= self.right
            and other.bottom <= self.bottom
        )


@dataclass(frozen=True)
class WindowState:
    """The window as it was last closed: its normal (not full-screen) place and size."""

    x: int
    y: int
    width: int
    height: int
    full_screen: bool = False

    @property
    def rect(self) -> Rect:
        return Rect(self.x, self.y, self.width, self.height)


def _room(available: Rect) -> tuple[int, int]:
    """The largest content size whose frame still fits the available area."""
    return max(1, available.width - FRAME_WIDTH), max(1, available.height - FRAME_HEIGHT)


def _centred(width: int, height: int, available: Rect) -> Rect:
    """Content of this size in the middle of the available area, its frame included."""
    room_width, room_height = _room(available)
    x = available.x + FRAME_WIDTH // 2 + max(0, (room_width - width) // 2)
    y = available.y + FRAME_TOP + max(0, (room_height - height) // 2)
    return Rect(x, y, width, height)


def first_placement(available: Rect, text_scale: float = 1.0) -> Rect:
    """The window's first place and size on a screen with this available area.

    The phone shape grows with the text size (``text_scale`` 1.5 at 150 % text) and shrinks to
    fit a short screen, keeping its proportions while it can; the minimum size gives way only to
    a screen smaller than the minimum itself.
    """
    room_width, room_height = _room(available)
    scale = max(1.0, text_scale)
    height = min(round(IDEAL_HEIGHT * scale), room_height)
    width = round(height * IDEAL_WIDTH / IDEAL_HEIGHT * min(scale, 1.25))
    width = max(width, MINIMUM_WIDTH)
    height = max(height, min(MINIMUM_HEIGHT, room_height))
    width = min(width, room_width)
    return _centred(width, height, available)


def restored_placement(saved: Rect, screens: list[Rect]) -> Rect | None:
    """A remembered place and size brought onto a screen that is there now, or None when no
    screen is known (then the first placement is used).

    The screen the window overlapped most is kept; when it overlaps none (that monitor is gone),
    the first screen is used. The size shrinks to what the screen has room for, and the window
    moves just enough to lie wholly inside it.
    """
    if not screens:
        return None
    screen = max(screens, key=saved.overlap)
    if saved.overlap(screen) == 0:
        screen = screens[0]
    room_width, room_height = _room(screen)
    width = max(min(saved.width, room_width), min(MINIMUM_WIDTH, room_width))
    height = max(min(saved.height, room_height), min(MINIMUM_HEIGHT, room_height))
    left, top = screen.x + FRAME_WIDTH // 2, screen.y + FRAME_TOP
    x = min(max(saved.x, left), screen.right - width - FRAME_WIDTH // 2)
    y = min(max(saved.y, top), screen.bottom - height - (FRAME_HEIGHT - FRAME_TOP))
    return Rect(max(x, left), max(y, top), width, height)
