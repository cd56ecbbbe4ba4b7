"""The Linux desktop entry, AppStream metainfo, icons and license notices in resources/."""

from __future__ import annotations

import configparser
import importlib.util
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET

import pytest

import hostguard
from tests.packaging.support import APP_ID, PACKAGING, RESOURCES

DESKTOP = RESOURCES / "linux" / f"{APP_ID}.desktop"
METAINFO = RESOURCES / "linux" / f"{APP_ID}.metainfo.xml"
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def read_desktop() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop entries
    parser.read_string(DESKTOP.read_text(encoding="utf-8"))
    return parser


def png_header(data: bytes) -> tuple[int, int, int, int]:
    """(width, height, bit depth, colour type) from a PNG's IHDR chunk."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG signature"
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR" and length == 13
    width, height, depth, colour = struct.unpack(">IIBB", data[16:26])
    return width, height, depth, colour


def test_desktop_entry_launches_hostguard_with_its_icon():
    entry = read_desktop()["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "HostGuard"
    assert entry["Exec"] == "hostguard"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    categories = entry["Categories"].rstrip(";").split(";")
    assert categories[:2] == ["Network", "VideoConference"]


def test_desktop_entry_demo_action_opens_the_demo():
    parser = read_desktop()
    actions = parser["Desktop Entry"]["Actions"].rstrip(";").split(";")
    for action in actions:
        assert parser[f"Desktop Action {action}"]["Exec"].startswith("hostguard ")
    assert parser["Desktop Action Demo"]["Exec"] == "hostguard --demo"


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed"
)
def test_desktop_entry_passes_desktop_file_validate():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_describes_the_app_and_this_release():
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == "HostGuard"
    assert root.findtext("project_license") == "MIT"
    assert root.findtext("metadata_license") == "CC0-1.0"
    launchable = root.find("launchable")
    assert launchable is not None and launchable.text == DESKTOP.name
    assert launchable.get("type") == "desktop-id"
    assert root.findtext("icon") == APP_ID
    rating = root.find("content_rating")
    assert rating is not None and rating.get("type", "").startswith("oars-")
    releases = [r.get("version") for r in root.iter("release")]
    assert hostguard.__version__ in releases, "add a <release> for the current version"
    assert root.find("description/p") is not None


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_metainfo_passes_appstreamcli_validate():
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("size", ICON_SIZES)
def test_png_icon_has_its_size_and_an_alpha_channel(size):
    width, height, depth, colour = png_header(
        (RESOURCES / "icons" / f"hostguard-{size}.png").read_bytes()
    )
    assert (width, height) == (size, size)
    assert colour == 6 and depth == 8, "expected 8-bit RGBA"


def test_svg_icon_is_square_svg():
    root = ET.parse(RESOURCES / "icons" / "hostguard.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    _x, _y, w, h = (float(v) for v in root.get("viewBox").split())
    assert w == h > 0


def test_svg_renders_to_the_committed_icon_sizes(tmp_path):
    """The committed PNGs are reproducible from the SVG with Qt's renderer."""
    spec = importlib.util.spec_from_file_location("render_icons", PACKAGING / "render_icons.py")
    render_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(render_icons)
    written = render_icons.render(out_dir=tmp_path)
    assert [p.name for p in written] == [f"hostguard-{s}.png" for s in ICON_SIZES]
    for path, size in zip(written, ICON_SIZES, strict=True):
        assert png_header(path.read_bytes())[:2] == (size, size)


def test_third_party_notice_names_every_bundled_component():
    text = (RESOURCES / "licenses" / "THIRD-PARTY.txt").read_text(encoding="utf-8")
    for component, licence in (
        ("PySide6", "LGPL"),
        ("geoip2 and maxminddb", "Apache License 2.0"),
        ("requests", "Apache License 2.0"),
        ("keyring", "MIT"),
        ("platformdirs", "MIT"),
        ("DB-IP", "CC BY 4.0"),
    ):
        at = text.find(component)
        assert at >= 0, f"{component} is not listed"
        assert licence in text[at : at + 400], f"{component}: {licence} not stated"
    assert (RESOURCES / "geoip" / "DBIP-LICENSE").is_file()
