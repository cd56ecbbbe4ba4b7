"""Colours and small icons that read well in both the light and the dark system scheme.

HostGuard never forces a palette: the app follows the system. These are accents only, mid-tone
colours that keep contrast on light and dark backgrounds, drawn as dots beside text so the
meaning never depends on colour alone.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap

ACTION_COLORS = {
    "allow": "#3a9a5b",
    "flag": "#d08a00",
    "waiting_room": "#3f7fd6",
    "remove": "#d64545",
    "block": "#a23bb8",
}
SYNC_COLORS = {
    "pending": "#8a8f98",
    "backing_off": "#d08a00",
    "applied": "#3a9a5b",
    "failed": "#d64545",
    "unsupported": "#8a6d3b",
    "manual": "#8a6d3b",
}
BAR_COLOR = "#3f7fd6"
SPECIAL_BAR_COLOR = "#8a8f98"


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
