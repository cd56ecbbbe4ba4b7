"""The seeded population: deterministic, realistic, and every public address resolves to the
country it was drawn for with the bundled database."""

from __future__ import annotations

import ipaddress
from collections import Counter

import pytest

from hostguard.core.geo import GeoResolver, GeoStatus
from hostguard.core.participants import plain_text
from hostguard.simulator.population import HOSTILE_TEMPLATES, Population, countries
from hostguard.simulator.ranges import load_ranges


@pytest.fixture(scope="module")
def resolver():
    r = GeoResolver()
    yield r
    close = getattr(r, "close", None)
    if close:
        close()


def test_same_seed_same_people_and_different_seed_different_people():
    a, b, c = Population(11, 500), Population(11, 500), Population(12, 500)
    assert a.people == b.people
    assert a.people != c.people
    assert a.newcomers(5, "CN") == b.newcomers(5, "CN")


def test_roles_one_host_a_few_cohosts_some_panelists_rest_attendees():
    for size in (1, 2, 3, 50, 200, 5000):
        roles = Counter(p.role for p in Population(3, size).people)
        assert roles["host"] == 1, size
        assert sum(roles.values()) == size
    roles = Counter(p.role for p in Population(3, 5000).people)
    assert 2 <= roles["co-host"] <= 5
    assert 10 <= roles["panelist"] <= 200
    assert roles["attendee"] > 4500


def test_table_has_at_least_30_countries_with_hk_and_cn_distinct():
    table = load_ranges()
    codes = [e.country for e in table]
    assert len(set(codes)) >= 30
    assert {"CN", "HK", "TW", "RU", "US", "GB", "DE", "FR", "IN", "BR", "JP", "KR"} <= set(codes)
    by = {e.country: e for e in table}
    cn_nets = set(by["CN"].ipv4 + by["CN"].ipv6)
    hk_nets = set(by["HK"].ipv4 + by["HK"].ipv6)
    assert cn_nets and hk_nets and not any(a.overlaps(b) for a in cn_nets for b in hk_nets)
    assert all(e.ipv6 for e in table)  # every country can appear with IPv6 too


def test_every_table_network_resolves_to_its_country_at_both_ends(resolver):
    for entry in load_ranges():
        for net in entry.ipv4 + entry.ipv6:
            for addr in (net.network_address, net.network_address + net.num_addresses // 2,
                         net.network_address + (net.num_addresses - 1)):  # fmt: skip
                geo = resolver.lookup(str(addr))
                assert geo.country == entry.country, (entry.country, str(net), str(addr), geo)


def test_every_generated_address_resolves_as_intended(resolver):
    pop = Population(2024, 20_000)
    people = pop.people + [p for code in countries() for p in pop.newcomers(20, code)]
    kinds = Counter()
    for p in people:
        geo = resolver.lookup(p.ip or "")
        kinds[p.address_kind] += 1
        if p.address_kind == "public":
            assert geo.status is GeoStatus.RESOLVED, p
            assert geo.country == p.country, p
        elif p.address_kind == "private":
            assert geo.status is GeoStatus.PRIVATE, p
            assert not ipaddress.ip_address(p.ip).is_global
        else:
            assert p.ip is None and geo.status is GeoStatus.NO_ADDRESS
    n = len(pop.people)
    share = Counter(p.address_kind for p in pop.people)
    assert 0.02 * n < share["private"] < 0.04 * n
    assert 0.02 * n < share["none"] < 0.04 * n
    v6 = sum(1 for p in pop.people if p.ip and ":" in p.ip and not p.ip.startswith("::ffff:"))
    assert 0.05 * n < v6 < 0.2 * n


def test_weights_look_like_an_international_event():
    people = Population(5, 20_000).people
    by_country = Counter(p.country for p in people if p.country)
    assert len(by_country) >= 30
    assert by_country["US"] > by_country["GB"] > by_country["NZ"]
    assert by_country["CN"] > 500 and by_country["HK"] > 100


def test_names_use_several_scripts_and_a_few_are_hostile():
    people = Population(8, 5000).people
    names = [p.name for p in people]

    def has(lo: int, hi: int) -> bool:
        return any(any(lo <= ord(ch) <= hi for ch in n) for n in names)

    assert has(0x4E00, 0x9FFF)  # CJK
    assert has(0x0400, 0x04FF)  # Cyrillic
    assert has(0x0600, 0x06FF)  # Arabic
    assert has(0xAC00, 0xD7AF)  # Hangul
    assert has(0x05D0, 0x05EA)  # Hebrew
    hostile = [p for p in people if p.hostile]
    assert 0.003 * len(people) < len(hostile) < 0.03 * len(people)
    assert all(p.role == "attendee" for p in hostile)
    assert any("<b>" in n for n in names)
    assert any("\u202e" in n for n in names)
    assert any(any(ord(ch) < 0x20 for ch in n) for n in names)
    # the strings stay recognisable once made safe for display
    rtl = next(p for p in hostile if p.hostile == "rtl")
    assert "\u202e" not in plain_text(rtl.name)


def test_small_rosters_still_carry_the_hostile_names_ui_tests_need():
    for seed in range(5):
        kinds = {p.hostile for p in Population(seed, 40).people}
        assert {"html", "rtl", "control"} <= kinds
    assert set(HOSTILE_TEMPLATES) >= {"html", "rtl", "control"}


def test_emails_staff_on_the_organiser_domain_some_guests_without():
    people = Population(9, 3000).people
    staff = [p for p in people if p.role != "attendee"]
    assert all(p.email.endswith("@example.org") for p in staff)
    attendees = [p for p in people if p.role == "attendee"]
    assert not any(p.email.endswith("@example.org") for p in attendees)
    empty = sum(1 for p in attendees if not p.email)
    assert 0.02 * len(attendees) < empty < 0.1 * len(attendees)
    assert all(p.email.isascii() for p in people)
    assert len({p.key for p in people}) == len(people)
