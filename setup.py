"""Build step beyond pyproject.toml: compile the Qt Linguist translations (.ts -> .qm).

Everything else about the package is declared in pyproject.toml. While building a wheel, each
resources/translations/hostguard_<lang>.ts is compiled with the lrelease that ships with
PySide6 into the built package, next to its source. Without PySide6 in the build environment
the wheel carries the .ts files only, and the app compiles them into the user's cache on first
use (hostguard/ui/i18n.py), so a build never fails for want of lrelease.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


def _lrelease() -> list[str] | None:
    try:
        import PySide6
    except ImportError:
        return None
    for name in ("lrelease", "lrelease.exe"):
        tool = Path(PySide6.__file__).parent / name
        if tool.is_file():
            return [str(tool)]
    found = shutil.which("pyside6-lrelease")
    return [found] if found else None


class BuildPyWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "hostguard" / "resources" / "translations"
        sources = sorted(Path("resources/translations").glob("hostguard_*.ts"))
        if not sources:
            return
        tool = _lrelease()
        if tool is None:
            self.announce("lrelease not found: translations are compiled at first use instead", level=3)
            return
        target.mkdir(parents=True, exist_ok=True)
        for ts in sources:
            qm = target / (ts.stem + ".qm")
            subprocess.run([*tool, "-silent", str(ts), "-qm", str(qm)], check=True)


setup(cmdclass={"build_py": BuildPyWithTranslations})
