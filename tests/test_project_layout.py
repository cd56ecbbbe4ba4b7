"""The installed package must contain every subpackage and the bundled data."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_subpackage_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    on_disk = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "hostguard").rglob("__init__.py")
        if "__pycache__" not in p.parts
    }
    assert on_disk | {"hostguard.resources"} == listed


def test_bundled_database_and_license_are_package_resources():
    files = resources.files("hostguard.resources")
    assert files.joinpath("geoip/dbip-country.mmdb").is_file()
    assert "Creative Commons" in files.joinpath("geoip/DBIP-LICENSE").read_text()
