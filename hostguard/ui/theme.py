"""Colours and small icons that keep their meaning in both the light and the dark system scheme.

HostGuard never forces a palette: the app follows the system's scheme. The colours that carry
meaning (decision and sync dots, the breakdown and preview bars, the guard's gauge) come in two
sets, one for each scheme, each with a contrast ratio of at least 4.5:1 against the window and
the view backgrounds of that scheme (WCAG 2.1 AA; tests/ui/test_contrast.py computes it). They
are drawn beside text, so the meaning never depends on colour alone.

`use_scheme(palette)` picks the set from the palette in use: the main window calls it at start
and whenever the system's palette or scheme changes; `ACTION_COLORS`, `SYNC_COLORS`, `BAR_COLOR`,
`SPECIAL_BAR_COLOR`, `GUARD_OVER_COLOR` and `GUARD_OK_COLOR` then hold the current set's values.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap

# The backgrounds each set is checked against (light: white views, #efefef windows; dark: the
# usual dark views and windows, from #1e1e1e to #353535).
LIGHT_BACKGROUNDS = ("#ffffff", "#efefef")
DARK_BACKGROUNDS = ("#1e1e1e", "#2d2d2d", "#353535")

SCHEMES: dict[str, dict[str, str]] = {
    "light": {
        "allow": "#2d7746",
        "flag": "#906000",
        "waiting_room": "#2969c1",
        "remove": "#c92c2c",
        "block": "#a23bb8",
        "pending": "#656a73",
        "backing_off": "#906000",
        "applied": "#2d7746",
        "failed": "#c92c2c",
        "unsupported": "#7f6536",
        "manual": "#7f6536",
        "bar": "#2969c1",
        "special_bar": "#656a73",
    },
    "dark": {
        "allow": "#44b66b",
        "flag": "#dd9200",
        "waiting_room": "#76a3e2",
        "remove": "#e48686",
        "block": "#cb88d9",
        "pending": "#9da1a9",
        "backing_off": "#dd9200",
        "applied": "#44b66b",
        "failed": "#e48686",
        "unsupported": "#bd9c64",
        "manual": "#bd9c64",
        "bar": "#76a3e2",
        "special_bar": "#9da1a9",
    },
}
ACTIONS = ("allow", "flag", "waiting_room", "remove", "block")
SYNCS = ("pending", "backing_off", "applied", "failed", "unsupported", "manual")

ACTION_COLORS: dict[str, str] = {}
SYNC_COLORS: dict[str, str] = {}
BAR_COLOR = ""
SPECIAL_BAR_COLOR = ""
GUARD_OVER_COLOR = ""
GUARD_OK_COLOR = ""
scheme = ""


def set_scheme(name: str) -> None:
    """Use the colour set ``name`` ("light" or "dark")."""
    global BAR_COLOR, SPECIAL_BAR_COLOR, GUARD_OVER_COLOR, GUARD_OK_COLOR, scheme
    colors = SCHEMES[name]
    scheme = name
    # Updated in place: modules that imported the dicts see the new values.
    ACTION_COLORS.clear()
    ACTION_COLORS.update({a: colors[a] for a in ACTIONS})
    SYNC_COLORS.clear()
    SYNC_COLORS.update({s: colors[s] for s in SYNCS})
    BAR_COLOR = colors["bar"]
    SPECIAL_BAR_COLOR = colors["special_bar"]
    GUARD_OVER_COLOR = colors["remove"]
    GUARD_OK_COLOR = colors["allow"]


def use_scheme(palette: QPalette) -> bool:
    """Pick the colour set for ``palette``; True when it changed."""
    name = "dark" if is_dark(palette) else "light"
    if name == scheme:
        return False
    set_scheme(name)
    return True


set_scheme("light")


def color(name: str) -> QColor:
    return QColor(name)


@cache
def _dot(hex_color: str, hollow: bool = False) -> QIcon:
    size = 12
    icon = QIcon()
    for scale in (1, 2):
        pm = QPixmap(size * scale, size * scale)
        pm.setDevicePixelRatio(scale)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        c = QColor(hex_color)
        if hollow:
            p.setPen(c)
            p.setBrush(Qt.BrushStyle.NoBrush)
        else:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(c)
        p.drawEllipse(QRectF(2.5, 2.5, size - 5, size - 5))
        p.end()
        icon.addPixmap(pm)
    return icon


def action_icon(action: str) -> QIcon | None:
    c = ACTION_COLORS.get(action)
    return _dot(c, hollow=(action == "allow")) if c else None


def sync_icon(sync: str) -> QIcon | None:
    c = SYNC_COLORS.get(sync)
    return _dot(c, hollow=(sync == "pending")) if c else None


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def contrast_ratio(a: str | QColor, b: str | QColor) -> float:
    """WCAG 2.1 contrast ratio of two colours (1 to 21)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    la, lb = sorted((luminance(QColor(a)), luminance(QColor(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)
