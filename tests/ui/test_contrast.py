"""The colours that carry meaning keep WCAG 2.1 AA contrast (4.5:1) in the light and the dark scheme,
and the window follows the system's scheme."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from hostguard.core.rules import ACTIONS
from hostguard.ui import theme

AA = 4.5
BACKGROUNDS = {"light": theme.LIGHT_BACKGROUNDS, "dark": theme.DARK_BACKGROUNDS}


def _dark_palette() -> QPalette:
    pal = QPalette()
    for role, value in (
        (QPalette.ColorRole.Window, "#2d2d2d"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.AlternateBase, "#353535"),
        (QPalette.ColorRole.Text, "#eeeeee"),
        (QPalette.ColorRole.WindowText, "#eeeeee"),
        (QPalette.ColorRole.Button, "#353535"),
        (QPalette.ColorRole.ButtonText, "#eeeeee"),
    ):
        pal.setColor(role, QColor(value))
    return pal


@pytest.mark.parametrize("scheme", sorted(theme.SCHEMES))
def test_every_meaning_colour_reaches_aa_on_its_schemes_backgrounds(scheme):
    low = [
        f"{name} {color} on {bg}: {theme.contrast_ratio(color, bg):.2f}"
        for name, color in theme.SCHEMES[scheme].items()
        for bg in BACKGROUNDS[scheme]
        if theme.contrast_ratio(color, bg) < AA
    ]
    assert not low, "below 4.5:1 —\n" + "\n".join(low)


def test_both_schemes_colour_every_action_and_sync_state():
    for colors in theme.SCHEMES.values():
        assert set(ACTIONS) <= set(colors)
        assert set(theme.SYNCS) <= set(colors)


def test_the_checked_backgrounds_cover_the_palettes_in_use(qapp):
    light = qapp.style().standardPalette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        bg = light.color(role).name()
        for name, color in theme.SCHEMES["light"].items():
            assert theme.contrast_ratio(color, bg) >= AA, (name, bg)
    dark = _dark_palette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase):
        bg = dark.color(role).name()
        for name, color in theme.SCHEMES["dark"].items():
            assert theme.contrast_ratio(color, bg) >= AA, (name, bg)


def test_contrast_ratio_matches_wcag_reference_values():
    assert theme.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert theme.contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)


def test_the_window_follows_the_system_scheme(window, qtbot):
    app = QApplication.instance()
    original = app.palette()
    try:
        app.setPalette(_dark_palette())
        qtbot.waitUntil(lambda: theme.scheme == "dark", timeout=5000)
        assert theme.ACTION_COLORS["remove"] == theme.SCHEMES["dark"]["remove"]
        assert theme.SCHEMES["dark"]["bar"] == theme.BAR_COLOR
        icon = theme.action_icon("remove")
        image = icon.pixmap(12, 12).toImage()
        assert image.pixelColor(6, 6).name() == theme.SCHEMES["dark"]["remove"]
    finally:
        app.setPalette(original)
        qtbot.waitUntil(lambda: theme.scheme == "light", timeout=5000)
    assert theme.ACTION_COLORS["remove"] == theme.SCHEMES["light"]["remove"]
