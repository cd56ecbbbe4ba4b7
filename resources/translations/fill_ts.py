"""Write the translations of catalogue_*.py into the .ts files (run from the repository root,
after update.sh): `python resources/translations/fill_ts.py`.

A message whose English text is in a catalogue gets that translation (its plural forms for a
numerus message) and loses its "unfinished" mark; any other message stays unfinished, so Qt
shows the English text. A translation whose placeholders ({name}, %n) differ from the source's
is refused with a message saying which one.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from catalogue_live import T as LIVE  # noqa: E402
from catalogue_main import LANGS  # noqa: E402
from catalogue_main import T as MAIN  # noqa: E402
from catalogue_more import T as MORE  # noqa: E402
from catalogue_panels import T as PANELS  # noqa: E402
from catalogue_rules import T as RULES  # noqa: E402

CATALOGUE = {**MAIN, **RULES, **PANELS, **MORE, **LIVE}
_FIELDS = re.compile(r"\{[^{}]*\}|%n")


def placeholders(text: str) -> list[str]:
    return sorted(_FIELDS.findall(text))


def check(source: str, translation: str, lang: str) -> None:
    if placeholders(source) != placeholders(translation) and not (
        "%n" in source and placeholders(translation) == sorted(p for p in placeholders(source) if p != "%n")
    ):
        raise SystemExit(f"{lang}: placeholders differ for {source!r}: {translation!r}")


def fill(ts: Path) -> tuple[int, int]:
    lang = ts.stem.removeprefix("hostguard_")
    column = LANGS.index(lang)
    tree = ET.parse(ts)
    done = missing = 0
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        entry = CATALOGUE.get(source)
        if entry is None or translation is None:
            missing += 1
            continue
        text = entry[column]
        forms = text.split("|")
        for form in forms:
            check(source, form, lang)
        if message.get("numerus") == "yes":
            slots = translation.findall("numerusform")
            for i, slot in enumerate(slots):
                slot.text = forms[min(i, len(forms) - 1)]
        else:
            translation.text = text
        translation.attrib.pop("type", None)
        done += 1
    ET.indent(tree, "    ")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return done, missing


def main() -> None:
    for ts in sorted(HERE.glob("hostguard_*.ts")):
        done, missing = fill(ts)
        print(f"{ts.name}: {done} translated, {missing} left in English")


if __name__ == "__main__":
    main()
