"""Render resources/icons/hostguard.svg to the PNG sizes the desktop and installers use.

Run after editing the SVG: ``python packaging/render_icons.py``. The PNGs are committed, so
building never depends on an SVG renderer; this uses Qt's own (QtSvg, in PySide6-Essentials).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256)


def render(svg: Path = ICONS / "hostguard.svg", out_dir: Path = ICONS) -> list[Path]:
    """Write hostguard-<size>.png for each size next to the SVG; returns the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import QApplication

    # QApplication rather than QGuiApplication: a process that goes on to show widgets (a test
    # run, the self-test) can only ever have one application object.
    _app = QApplication.instance() or QApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not a valid SVG")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out_dir / f"hostguard-{size}.png"
        if not image.save(str(target)):
            raise SystemExit(f"render_icons: cannot write {target}")
        written.append(target)
    return written


def make_ico(out: Path, sizes: tuple[int, ...] = (16, 32, 48, 256)) -> Path:
    """Pack the committed PNGs into a Windows .ico (PNG-compressed entries, Vista and later)."""
    import struct

    images = [(s, (ICONS / f"hostguard-{s}.png").read_bytes()) for s in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in images:
        dim = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    out.write_bytes(header + entries + blobs)
    return out


# ICNS entry types that hold PNG data, by pixel size (the @2x types reuse the larger PNGs).
_ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"icp6", 64),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),
)


def make_icns(out: Path) -> Path:
    """Pack the committed PNGs into a macOS .icns (PNG entries, macOS 10.7 and later)."""
    import struct

    body = b""
    for kind, size in _ICNS_TYPES:
        data = (ICONS / f"hostguard-{size}.png").read_bytes()
        body += kind + struct.pack(">I", 8 + len(data)) + data
    out.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)
    return out


if __name__ == "__main__":
    for path in render():
        print(path.relative_to(ROOT))
    sys.exit(0)
