"""Country and continent names in the host's language, from the Unicode CLDR (through Babel).

`hostguard.core.countries` keeps the English names the CLI, the files and the rules use; the
window asks here for the name in the language it runs in. CLDR is the maintained source the
operating systems and browsers use; Babel ships it as data files (35 MB installed for all of
CLDR's locales, 1.9 MB for the languages the app is translated into; pycountry's iso-codes would
install 21 MB and has no continent names). See resources/translations/README.md.
A code CLDR does not know falls back to the English name, then to the code itself.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from hostguard.core.countries import CONTINENTS, country_name

# CLDR's short names (alt="short") for Hong Kong and Macao. Babel exposes only CLDR's long names
# ("中國香港特別行政區", "Hong Kong SAR China"); the hosts this tool is for include Hong Kong
# commemorations, and the English table (core/data/countries.csv) has always said "Hong Kong":
# the window says the short name in every language, as CLDR itself offers it.
_SHORT_NAMES = {
    "zh_Hant": {"HK": "香港", "MO": "澳門"},
    "zh_Hans": {"HK": "香港", "MO": "澳门"},
    "ar": {"HK": "هونغ كونغ", "MO": "مكاو"},
    "de": {"HK": "Hongkong", "MO": "Macau"},
    "es": {"HK": "Hong Kong", "MO": "Macao"},
    "fr": {"HK": "Hong Kong", "MO": "Macao"},
    "ja": {"HK": "香港", "MO": "マカオ"},
    "ru": {"HK": "Гонконг", "MO": "Макао"},
}

# The CLDR territory behind each of our continent codes (UN M.49 areas; Antarctica is AQ).
_CONTINENT_TERRITORY = {"AF": "002", "AN": "AQ", "AS": "142", "EU": "150", "NA": "003", "OC": "009", "SA": "005"}


_current: list[str] = []  # the CLDR locale of the app's language, worked out once


def refresh() -> None:
    """Forget the language worked out before (ui.i18n calls this when it changes QLocale's default)."""
    _current.clear()


def current_locale() -> str:
    """The CLDR locale for the app's language (QLocale's default, set by ui.i18n)."""
    if not _current:
        from PySide6.QtCore import QLocale  # here: the engine process names countries without Qt

        _current.append(_locale_of(QLocale()))
    return _current[0]


def set_locale(locale: str) -> None:
    """Name countries in ``locale`` (a CLDR locale from `current_locale`), for the engine
    process, which has no QLocale; the window follows QLocale's default instead."""
    _current[:] = [locale]


def _locale_of(locale: Any) -> str:  # a QLocale
    name = locale.name()  # "zh_TW", "ar_EG", "C"
    if name.startswith("zh"):
        return "zh_Hant" if name in ("zh_TW", "zh_HK", "zh_MO") or "Hant" in locale.bcp47Name() else "zh_Hans"
    base = name.split("_")[0]
    return "en" if base in ("C", "") else base


@cache
def _territories(locale: str) -> dict[str, str]:
    try:
        from babel import Locale, UnknownLocaleError
    except ImportError:  # pragma: no cover - Babel is a dependency; without it, English names
        return {}
    try:
        return dict(Locale.parse(locale).territories)
    except (UnknownLocaleError, ValueError):
        return {}


def country_display_name(code: str, locale: str | None = None) -> str:
    """``code``'s name in ``locale`` (default: the app's language), e.g. "TW" in zh_Hant → 台灣."""
    return _display_name(code.upper(), locale or current_locale())


@cache
def _display_name(code: str, loc: str) -> str:
    if loc != "en":
        name = _SHORT_NAMES.get(loc, {}).get(code) or _territories(loc).get(code)
        if name:
            return name
    english = country_name(code)
    return english or _territories("en").get(code) or code


def continent_display_name(code: str, locale: str | None = None) -> str:
    code = code.upper()
    loc = locale or current_locale()
    territory = _CONTINENT_TERRITORY.get(code)
    if loc != "en" and territory:
        name = _territories(loc).get(territory)
        if name:
            return name
    return CONTINENTS.get(code, code)


def search_keys(code: str, locale: str | None = None) -> tuple[str, ...]:
    """What a search for this country may match: the code, the English name, the local name."""
    code = code.upper()
    keys = {code.casefold(), country_name(code).casefold(), country_display_name(code, locale).casefold()}
    return tuple(sorted(k for k in keys if k))
