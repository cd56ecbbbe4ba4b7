"""A pseudo-translation of the app, generated from the current sources: every text the sources
hand to Qt's translation system comes back wrapped in ⟦…⟧ and about 40% longer, so a visible
text without the marker was never translated, and a label too narrow for longer languages
shows up as cut off. Built with the same lupdate/lrelease the project uses."""

from __future__ import annotations

import math
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from hostguard.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
OPEN, CLOSE = "⟦", "⟧"
# Kept intact: str.format fields, Qt's %n / %1, and the trailing ellipsis / colon layout.
_KEEP = re.compile(r"(\{[^{}]*\}|%n|%L?\d)")


def pseudo(text: str) -> str:
    """``text`` marked and lengthened by ~40% (placeholders untouched)."""
    if not text:
        return text
    pad = "~" * max(1, math.ceil(len(_KEEP.sub("", text)) * 0.4))
    return f"{OPEN}{text}{pad}{CLOSE}"


def lupdate(ts: Path) -> None:
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for p in (ROOT / "hostguard" / "ui").glob("*.py"))
    subprocess.run([str(tool), "-silent", "-no-obsolete", "-target-language", "en_GB", *sources, "-ts", str(ts)],
                   check=True, capture_output=True, timeout=300)


def build(folder: Path) -> Path:
    """lupdate the sources, fill every message with its pseudo text, lrelease: the .qm path."""
    ts = folder / "hostguard_pseudo.ts"
    lupdate(ts)
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if message.get("numerus") == "yes":
            for f in forms:
                translation.remove(f)
            for _ in range(2):  # en_GB: singular and plural
                ET.SubElement(translation, "numerusform").text = pseudo(source)
        else:
            translation.text = pseudo(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "hostguard_pseudo.qm"
    assert i18n.compile_ts(ts, qm), "lrelease could not compile the pseudo-translation"
    return qm


def marked(text: str) -> bool:
    return OPEN in text and CLOSE in text
