"""Light and dark themes: one palette each, filled into assets/theme/app.qss.

The theme follows the system colour scheme unless the person picks one in Settings. Font sizes in
the style sheet are multiples of the application font, so a larger system font scales everything.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from string import Template

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from calfplayer.resources import asset


@dataclass(frozen=True)
class Palette:
    name: str
    bg: str
    surface: str
    text: str
    muted: str
    border: str
    accent: str  # fills: the ring, primary buttons
    accent_hover: str
    accent_ink: str  # accent-coloured text that must read on bg and surface
    accent_soft: str
    on_accent: str
    focus_ring: str
    track: str  # the unfilled part of the ring
    danger: str
    warn_soft: str


LIGHT = Palette(
    name="light",
    bg="#F5F3EE",
    surface="#FFFFFF",
    text="#1B1C1A",
    muted="#5F625C",
    border="#E0DDD4",
    accent="#0E7C66",
    accent_hover="#0B6A57",
    accent_ink="#0B6B58",
    accent_soft="#DCEFE9",
    on_accent="#FFFFFF",
    focus_ring="#9ED9C9",
    track="#E3E0D7",
    danger="#B3261E",
    warn_soft="#FCEFD6",
)
DARK = Palette(
    name="dark",
    bg="#111413",
    surface="#1C2120",
    text="#EEF1EE",
    muted="#A3ABA7",
    border="#2D3533",
    accent="#3CCFAE",
    accent_hover="#5ADBBE",
    accent_ink="#62DDC0",
    accent_soft="#1B3A33",
    on_accent="#062920",
    focus_ring="#E6FFF8",
    track="#2A3230",
    danger="#FFB4AB",
    warn_soft="#3A3220",
)

# Style sheet sizes relative to the application font size.
_SCALE = {"small": 0.95, "body": 1.1, "large": 1.3, "heading": 1.75, "title": 2.1}


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() is Qt.ColorScheme.Dark


def palette_for(setting: str) -> Palette:
    """setting: "light", "dark" or "system"."""
    if setting == "light":
        return LIGHT
    if setting == "dark":
        return DARK
    return DARK if system_prefers_dark() else LIGHT


def style_sheet(palette: Palette, base_pt: float) -> str:
    template = Template(asset("theme", "app.qss").read_text(encoding="utf-8"))
    sizes = {name: f"{base_pt * factor:.1f}" for name, factor in _SCALE.items()}
    chevron = asset("theme", f"chevron-{palette.name}.svg").as_posix()
    return template.substitute(asdict(palette), chevron=chevron, **sizes)


def apply_theme(app: QApplication, setting: str, base_pt: float | None = None) -> Palette:
    palette = palette_for(setting)
    qt = QPalette()
    colours = {
        QPalette.ColorRole.Window: palette.bg,
        QPalette.ColorRole.WindowText: palette.text,
        QPalette.ColorRole.Base: palette.surface,
        QPalette.ColorRole.AlternateBase: palette.bg,
        QPalette.ColorRole.Text: palette.text,
        QPalette.ColorRole.Button: palette.surface,
        QPalette.ColorRole.ButtonText: palette.text,
        QPalette.ColorRole.Highlight: palette.accent,
        QPalette.ColorRole.HighlightedText: palette.on_accent,
        QPalette.ColorRole.PlaceholderText: palette.muted,
        QPalette.ColorRole.Mid: palette.track,
        QPalette.ColorRole.ToolTipBase: palette.surface,
        QPalette.ColorRole.ToolTipText: palette.text,
        QPalette.ColorRole.Link: palette.accent_ink,
    }
    for role, colour in colours.items():
        qt.setColor(role, QColor(colour))
    app.setPalette(qt)
    point_size = base_pt if base_pt is not None else app.font().pointSizeF()
    app.setStyleSheet(style_sheet(palette, point_size if point_size > 0 else 10.0))
    app.setProperty("calfplayerPalette", palette.name)
    return palette


def current_palette() -> Palette:
    app = QApplication.instance()
    name = app.property("calfplayerPalette") if app is not None else None
    return DARK if name == "dark" else LIGHT
