"""Country and continent names in the app's language (CLDR through Babel), and a country picker
that finds a country by its local name, its English name or its code."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from hostguard.ui.country_names import (
    continent_display_name,
    country_display_name,
    current_locale,
    refresh,
    search_keys,
)


@pytest.fixture
def locale_zh_tw():
    before = QLocale()
    QLocale.setDefault(QLocale("zh_TW"))
    refresh()
    yield
    QLocale.setDefault(before)
    refresh()


def test_names_come_from_cldr_in_each_language():
    assert country_display_name("TW", "zh_Hant") == "台灣"
    assert country_display_name("TW", "zh_Hans") == "台湾"
    assert country_display_name("DE", "de") == "Deutschland"
    assert country_display_name("DE", "ar") == "ألمانيا"
    assert country_display_name("JP", "ru") == "Япония"
    assert continent_display_name("SA", "es") == "Sudamérica"
    assert continent_display_name("EU", "ja") == "ヨーロッパ"


def test_english_and_unknown_codes_fall_back_honestly():
    assert country_display_name("DE", "en") == "Germany"
    assert country_display_name("XX", "fr") == "XX"  # no name invented for an unknown code
    assert continent_display_name("ZZ", "de") == "ZZ"


def test_the_app_language_picks_the_script(locale_zh_tw):
    assert current_locale() == "zh_Hant"
    assert country_display_name("HK") != country_display_name("HK", "en")


def test_search_keys_cover_code_english_and_local_name():
    assert set(search_keys("DE", "de")) == {"de", "germany", "deutschland"}


def test_the_picker_searches_in_the_users_language_in_english_and_by_code(qtbot, locale_zh_tw):
    from hostguard.ui.country_picker import CountryPicker

    picker = CountryPicker()
    qtbot.addWidget(picker)
    for query in ("台灣", "Taiwan", "tw"):
        picker.set_query(query)
        assert picker.visible_codes()[0] == "TW", query
    picker.set_query("德國")
    assert picker.visible_codes() == ["DE"]
    picker.set_query("")
    shown = picker.view.model().index(0, 0).data()
    assert "(" in shown and any("\u4e00" <= ch <= "\u9fff" for ch in shown)  # Chinese names, by code


@pytest.mark.parametrize(
    ("locale", "hk", "mo"),
    [("zh_Hant", "香港", "澳門"), ("zh_Hans", "香港", "澳门"), ("de", "Hongkong", "Macau"), ("ru", "Гонконг", "Макао")],
)
def test_hong_kong_and_macao_have_their_short_names(locale, hk, mo):
    """CLDR's long form reads "Hong Kong SAR China" in every language; the window uses CLDR's
    short name, as the English table always did."""
    assert country_display_name("HK", locale) == hk
    assert country_display_name("MO", locale) == mo
    assert country_display_name("HK", "en") == "Hong Kong"
