"""ISO 3166-1 countries with their names and continents, kept as data in the package.

The flat country databases (like the bundled DB-IP file) carry only a country code; the
continent comes from this table. Continent codes are MaxMind's: AF AN AS EU NA OC SA.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache
from importlib import resources

CONTINENTS: dict[str, str] = {
    "AF": "Africa",
    "AN": "Antarctica",
    "AS": "Asia",
    "EU": "Europe",
    "NA": "North America",
    "OC": "Oceania",
    "SA": "South America",
}


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: str
    continent: str

    @property
    def flag(self) -> str:
        """The flag emoji, built from regional indicator symbols."""
        return flag_emoji(self.code)


def flag_emoji(code: str | None) -> str:
    if not code or len(code) != 2 or not code.isalpha():
        return ""
    return "".join(chr(0x1F1E6 + ord(c) - ord("A")) for c in code.upper())


@cache
def all_countries() -> dict[str, Country]:
    text = resources.files("hostguard.core").joinpath("data/countries.csv").read_text("utf-8")
    rows = csv.DictReader(io.StringIO(text))
    return {r["code"]: Country(r["code"], r["name"], r["continent"]) for r in rows}


def country(code: str | None) -> Country | None:
    if not code:
        return None
    return all_countries().get(code.upper())


def country_name(code: str | None) -> str:
    c = country(code)
    return c.name if c else (code or "")


def continent_of(code: str | None) -> str | None:
    c = country(code)
    return c.continent if c else None


def is_country_code(code: str) -> bool:
    return code.upper() in all_countries()
