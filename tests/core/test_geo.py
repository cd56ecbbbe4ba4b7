"""Geo inference on real .mmdb files of every shape: statuses, layering, evidence, bundled data."""

from __future__ import annotations

import datetime as dt
from importlib import resources
from pathlib import Path

import pytest

from hostguard.core.geo import (
    DBIP_ATTRIBUTION,
    DatabaseKind,
    GeoError,
    GeoResolver,
    GeoStatus,
    bundled_database_path,
    c_extension_available,
)
from tests.mmdb_factory import ADDR, ASN_DATA, DEFAULT_BUILD_DATE, build_flat, write_mmdb

SHAPES = ["geoip2_country", "geolite2_country", "dbip_country", "city", "flat"]


@pytest.fixture(scope="module", params=SHAPES)
def any_shape(request, dbs):
    """Each country-or-city shape alone."""
    with GeoResolver([getattr(dbs, request.param)]) as resolver:
        yield resolver


# -- reading every shape --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("attr", "kind", "database_type", "label"),
    [
        ("geoip2_country", DatabaseKind.COUNTRY, "GeoIP2-Country", "GeoIP2-Country"),
        ("geolite2_country", DatabaseKind.COUNTRY, "GeoLite2-Country", "GeoLite2-Country"),
        ("dbip_country", DatabaseKind.COUNTRY, "DBIP-Country-Lite", "DB-IP"),
        ("city", DatabaseKind.CITY, "GeoIP2-City", "GeoIP2-City"),
        ("flat", DatabaseKind.FLAT_COUNTRY, "country ipvAll", "country ipvAll"),
        ("asn", DatabaseKind.ASN, "GeoLite2-ASN", "GeoLite2-ASN"),
        ("anonymous_ip", DatabaseKind.ANONYMOUS_IP, "GeoIP2-Anonymous-IP", "GeoIP2-Anonymous-IP"),
    ],
)
def test_database_kind_comes_from_metadata(dbs, attr, kind, database_type, label):
    with GeoResolver([getattr(dbs, attr)]) as r:
        info = next(i for i in r.databases if i.path == str(getattr(dbs, attr)))
        assert info.kind is kind
        assert info.database_type == database_type
        assert info.label == label
        assert info.build_date == DEFAULT_BUILD_DATE
        assert not info.bundled


def test_city_database_named_country_is_read_as_city(dbs):
    assert Path(dbs.city).name == "country.mmdb"
    with GeoResolver([dbs.city]) as r:
        assert r.databases[0].kind is DatabaseKind.CITY
        assert r.has_regions
        g = r.lookup(ADDR["US"])
        assert g.regions == ("US-CA",)
        assert g.city == "Mountain View"


@pytest.mark.parametrize(
    ("key", "country", "continent"),
    [
        ("CN", "CN", "AS"),
        ("CN6", "CN", "AS"),
        ("HK", "HK", "AS"),
        ("US", "US", "NA"),
        ("US6", "US", "NA"),
        ("GB", "GB", "EU"),
        ("AU_ANYCAST", "AU", "OC"),
        ("BR_RESIDENTIAL", "BR", "SA"),
    ],
)
def test_every_shape_resolves_country_and_continent(any_shape, key, country, continent):
    g = any_shape.lookup(ADDR[key])
    assert g.status is GeoStatus.RESOLVED
    assert g.country == country
    assert g.continent == continent
    assert g.country_known
    assert g.database is not None and g.database.kind is not DatabaseKind.ASN


def test_every_shape_reports_matched_network(any_shape):
    assert any_shape.lookup(ADDR["HK"]).network == "1.36.0.0/16"
    assert any_shape.lookup(ADDR["US6"]).network == "2001:4860::/32"


# -- unknown, private, no address, invalid --------------------------------------------------
@pytest.mark.parametrize("key", ["UNKNOWN", "UNKNOWN6"])
def test_public_address_missing_from_database_is_unknown(any_shape, key):
    g = any_shape.lookup(ADDR[key])
    assert g.status is GeoStatus.UNKNOWN
    assert g.country is None and g.continent is None
    assert "address not found" in g.summary()


# The test databases map all of these to CN on purpose; HostGuard must not believe them.
PRIVATE = [
    "10.1.2.3",
    "192.168.1.20",
    "172.16.5.4",
    "127.0.0.1",
    "169.254.10.1",
    "100.64.1.1",  # CGNAT
    "100.127.255.254",  # CGNAT, top of 100.64/10
    "192.0.2.10",  # TEST-NET-1
    "198.51.100.7",  # TEST-NET-2
    "203.0.113.99",  # TEST-NET-3
    "0.0.0.0",
    "255.255.255.255",
    "224.0.0.251",  # multicast
    "2001:db8::5",  # IPv6 documentation
    "fd12:3456::1",  # unique local
    "fe80::1",
    "fe80::1%eth0",
    "::1",
    "::",
    "ff02::1",
    "::ffff:10.1.2.3",  # IPv4-mapped private
    "::ffff:100.64.0.1",  # IPv4-mapped CGNAT
    "::ffff:192.0.2.1",  # IPv4-mapped documentation
]


@pytest.mark.parametrize("ip", PRIVATE)
def test_non_global_addresses_are_private_even_if_the_database_maps_them(any_shape, ip):
    g = any_shape.lookup(ip)
    assert g.status is GeoStatus.PRIVATE
    assert g.country is None and g.continent is None
    assert g.summary() == "country unknown (private network address)"


@pytest.mark.parametrize("ip", ["::10.1.2.3", "::100.64.0.1"])
def test_ipv4_compatible_ipv6_does_not_reach_the_ipv4_tree_as_a_public_address(country_only, ip):
    """Deprecated IPv4-compatible IPv6 (::a.b.c.d) lands on the database's IPv4 subtree.

    An IPv6 .mmdb stores IPv4 data under ::/96, so a lookup of ::10.1.2.3 reads the record of
    10.1.2.3; Python's is_global says True for it, so a database that (wrongly) maps private
    ranges gives a country to a private address.
    """
    g = country_only.lookup(ip)
    assert g.status is GeoStatus.PRIVATE
    assert g.country is None


@pytest.mark.parametrize("ip", ["", None, "   "])
def test_no_address(any_shape, ip):
    g = any_shape.lookup(ip)
    assert g.status is GeoStatus.NO_ADDRESS
    assert g.country is None and g.ip == ""
    assert g.summary() == "country unknown (no address reported)"


@pytest.mark.parametrize("ip", ["not-an-ip", "1.2.3", "256.1.1.1", "8.8.8.8:443", "2001:4860::g"])
def test_invalid_address(any_shape, ip):
    g = any_shape.lookup(ip)
    assert g.status is GeoStatus.INVALID
    assert g.country is None
    assert g.summary() == "country unknown (invalid address reported)"


def test_invalid_address_evidence_is_bounded(country_only):
    g = country_only.lookup("x" * 10_000)
    assert g.status is GeoStatus.INVALID
    assert len(g.ip) <= 64


def test_statuses_are_four_different_things(country_only):
    statuses = {
        country_only.lookup(ADDR["UNKNOWN"]).status,
        country_only.lookup(ADDR["PRIVATE"]).status,
        country_only.lookup("").status,
        country_only.lookup("bogus").status,
    }
    assert statuses == {
        GeoStatus.UNKNOWN,
        GeoStatus.PRIVATE,
        GeoStatus.NO_ADDRESS,
        GeoStatus.INVALID,
    }
    labels = {s.label for s in statuses}
    assert len(labels) == 4


# -- IPv6 and IPv4-mapped -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("ip", "normalised"),
    [
        ("::ffff:223.5.5.5", "223.5.5.5"),
        ("::FFFF:223.5.5.5", "223.5.5.5"),
        ("::ffff:df05:505", "223.5.5.5"),
        ("[::ffff:223.5.5.5]", "223.5.5.5"),
        (" 223.5.5.5 ", "223.5.5.5"),
        ("240E:3B0::1", "240e:3b0::1"),
        ("[240e:3b0::1]", "240e:3b0::1"),
    ],
)
def test_ipv4_mapped_and_spellings_are_normalised_before_lookup(any_shape, ip, normalised):
    g = any_shape.lookup(ip)
    assert g.status is GeoStatus.RESOLVED
    assert g.country == "CN"
    assert g.ip == normalised


def test_ipv4_mapped_resolves_in_bundled_database(bundled):
    plain = bundled.lookup("223.5.5.5")
    mapped = bundled.lookup("::ffff:223.5.5.5")
    assert plain.country == mapped.country == "CN"
    assert mapped.ip == "223.5.5.5"


def test_ipv4_only_flat_database_treats_ipv6_as_unknown(dbs):
    """ip-location-db also publishes IPv4-only files ("country ipv4"): an IPv6 participant
    must come out unknown, not crash the lookup (maxminddb raises ValueError)."""
    with GeoResolver([dbs.flat_v4]) as r:
        assert r.lookup(ADDR["CN"]).country == "CN"
        g = r.lookup(ADDR["US6"])
        assert g.status is GeoStatus.UNKNOWN
        assert g.country is None


def test_ipv4_only_asn_database_leaves_ipv6_without_asn(dbs, tmp_path):
    # An IPv4-only ASN file: the same data minus the IPv6 ranges.
    path = write_mmdb(
        tmp_path / "asn-v4.mmdb",
        "GeoLite2-ASN",
        [
            (
                [n for n in nets if ":" not in n],
                {"autonomous_system_number": a, "autonomous_system_organization": o},
            )
            for nets, a, o in ASN_DATA
        ],
        ip_version=4,
    )
    with GeoResolver([dbs.geoip2_country, path]) as r:
        assert r.lookup(ADDR["US"]).asn == 15169
        g = r.lookup(ADDR["US6"])
        assert g.country == "US"
        assert g.asn is None


# -- evidence ---------------------------------------------------------------------------------
def test_evidence_registered_represented_anycast(country_only):
    meta = country_only.lookup(ADDR["IE_META"])
    assert (meta.country, meta.registered_country) == ("IE", "US")
    mil = country_only.lookup(ADDR["DE_MILITARY"])
    assert (mil.country, mil.represented_country) == ("DE", "US")
    any_ = country_only.lookup(ADDR["AU_ANYCAST"])
    assert any_.is_anycast
    ev = mil.evidence()
    assert ev["represented_country"] == "US"
    assert country_only.lookup(ADDR["AU_ANYCAST"]).evidence()["anycast"] is True
    assert meta.evidence()["registered_country"] == "US"


def test_evidence_of_layered_lookup(layered):
    g = layered.lookup(ADDR["DE_TOR"])
    assert g.status is GeoStatus.RESOLVED
    assert g.country == "DE" and g.continent == "EU"
    assert g.asn == 60729 and g.as_org == "Stiftung Erneuerbare Freiheit"
    assert g.anonymizers == frozenset({"tor", "hosting"})
    ev = g.evidence()
    assert ev == {
        "ip": ADDR["DE_TOR"],
        "status": "resolved",
        "country": "DE",
        "continent": "EU",
        "network": "185.220.101.0/24",
        "registered_country": "DE",
        "asn": 60729,
        "as_org": "Stiftung Erneuerbare Freiheit",
        "anonymizers": ["hosting", "tor"],
        "database": "GeoIP2-City",
        "database_date": DEFAULT_BUILD_DATE.isoformat(),
    }


def test_evidence_of_city_lookup(layered):
    ev = layered.lookup(ADDR["GB"]).evidence()
    assert ev["regions"] == ["GB-ENG", "GB-WSM"]
    assert ev["city"] == "London"


@pytest.mark.parametrize("key", ["PRIVATE", "CGNAT", "DOC"])
def test_private_addresses_get_no_asn_or_anonymizer_from_bad_databases(layered, key):
    g = layered.lookup(ADDR[key])
    assert g.status is GeoStatus.PRIVATE
    assert g.asn is None and not g.anonymizers and not g.regions


def test_each_anonymizer_flag(layered):
    assert layered.lookup(ADDR["NL_VPN"]).anonymizers == {"vpn", "hosting"}
    assert layered.lookup(ADDR["RU_PROXY"]).anonymizers == {"public_proxy"}
    assert layered.lookup(ADDR["BR_RESIDENTIAL"]).anonymizers == {"residential_proxy"}
    assert layered.lookup(ADDR["DE_HOSTING"]).anonymizers == {"hosting"}
    assert layered.lookup(ADDR["US"]).anonymizers == frozenset()


def test_unknown_country_keeps_asn_evidence(dbs):
    # An address the country database lacks can still carry ASN data (9.9.9.9: Quad9).
    with GeoResolver([dbs.geoip2_country, dbs.asn]) as r:
        g = r.lookup(ADDR["UNKNOWN"])
        assert g.status is GeoStatus.UNKNOWN and g.country is None
        assert g.asn == 19281
        assert "address not found in GeoIP2-Country 2026-11" in g.summary()


def test_summary_names_database_and_month(dbs, bundled):
    with GeoResolver([dbs.dbip_country]) as r:
        assert r.lookup(ADDR["CN"]).summary() == "in CN per DB-IP 2026-11"
    assert bundled.lookup("223.5.5.5").summary() == "in CN per DB-IP 2026-06"


# -- layering and configuration ------------------------------------------------------------
def test_layering_asn_and_anonymous_on_bundled_country(dbs):
    with GeoResolver([dbs.asn, dbs.anonymous_ip]) as r:
        kinds = [d.kind for d in r.databases]
        assert kinds[0] is DatabaseKind.FLAT_COUNTRY and r.databases[0].bundled
        assert set(kinds[1:]) == {DatabaseKind.ASN, DatabaseKind.ANONYMOUS_IP}
        g = r.lookup(ADDR["US"])  # 8.8.8.8: US in the bundled DB-IP database too
        assert g.country == "US"
        assert g.asn == 15169
        assert r.capabilities() == frozenset({"country", "asns", "anonymizers"})


@pytest.mark.parametrize(
    ("attrs", "caps"),
    [
        (["flat"], {"country"}),
        (["geoip2_country"], {"country"}),
        (["city"], {"country", "regions"}),
        (["city", "asn"], {"country", "regions", "asns"}),
        (["geolite2_country", "anonymous_ip"], {"country", "anonymizers"}),
        (["city", "asn", "anonymous_ip"], {"country", "regions", "asns", "anonymizers"}),
    ],
)
def test_capabilities(dbs, attrs, caps):
    with GeoResolver([getattr(dbs, a) for a in attrs]) as r:
        assert r.capabilities() == frozenset(caps)


@pytest.mark.parametrize(
    ("a", "b"), [("geoip2_country", "city"), ("flat", "dbip_country"), ("asn", "asn")]
)
def test_two_databases_of_one_kind_are_refused(dbs, a, b):
    with pytest.raises(GeoError, match="second"):
        GeoResolver([getattr(dbs, a), getattr(dbs, b)])


def test_missing_file_is_a_clear_error(tmp_path):
    missing = tmp_path / "nope.mmdb"
    with pytest.raises(GeoError, match="file not found") as exc:
        GeoResolver([missing])
    assert str(missing) in str(exc.value)


def test_text_file_renamed_mmdb_is_a_clear_error(dbs):
    with pytest.raises(GeoError, match="not a readable MaxMind DB file") as exc:
        GeoResolver([dbs.not_a_database])
    assert str(dbs.not_a_database) in str(exc.value)


def test_directory_is_a_clear_error(tmp_path):
    with pytest.raises(GeoError) as exc:
        GeoResolver([tmp_path])
    assert str(tmp_path) in str(exc.value)


# -- bundled database ------------------------------------------------------------------------
def test_bundled_database_comes_from_package_resources():
    path = Path(bundled_database_path())
    expected = Path(str(resources.files("hostguard.resources").joinpath("geoip/dbip-country.mmdb")))
    assert path == expected and path.is_file()


def test_bundled_database_info(bundled):
    (info,) = bundled.databases
    assert info.bundled
    assert info.kind is DatabaseKind.FLAT_COUNTRY
    assert info.database_type == "country ipvAll"
    assert info.label == "DB-IP"
    assert info.attribution == DBIP_ATTRIBUTION
    assert info.build_date == dt.date(2026, 6, 1)


@pytest.mark.parametrize(
    ("ip", "country", "continent"),
    [
        ("8.8.8.8", "US", "NA"),
        ("223.5.5.5", "CN", "AS"),
        ("114.114.114.114", "CN", "AS"),
        ("1.36.0.1", "HK", "AS"),
        ("202.67.224.1", "HK", "AS"),
        ("58.176.0.1", "HK", "AS"),
        ("1.1.1.1", "AU", "OC"),
    ],
)
def test_bundled_database_resolves_real_addresses(bundled, ip, country, continent):
    g = bundled.lookup(ip)
    assert (g.status, g.country, g.continent) == (GeoStatus.RESOLVED, country, continent)


# -- dates, attribution, speed path ----------------------------------------------------------
def test_age_and_staleness(dbs):
    with GeoResolver([dbs.old_country]) as r:
        info = r.databases[0]
        assert info.build_date == dt.date(2020, 1, 15)
        assert info.age_days(dt.date(2020, 3, 15)) == 60
        assert not info.is_stale(dt.date(2020, 3, 15))
        assert info.is_stale(dt.date(2020, 3, 16))
        assert info.is_stale()


@pytest.mark.parametrize(
    ("attr", "needle"),
    [
        ("dbip_country", "IP Geolocation by DB-IP (https://db-ip.com)"),
        ("geolite2_country", "GeoLite2 data created by MaxMind"),
        ("geoip2_country", "MaxMind"),
    ],
)
def test_attribution(dbs, attr, needle):
    with GeoResolver([getattr(dbs, attr)]) as r:
        assert needle in r.databases[0].attribution


def test_c_extension_is_used_here():
    # The venv carries maxminddb's C extension; the product depends on it for speed.
    assert c_extension_available()


def test_lookups_are_cached(country_only):
    first = country_only.lookup(ADDR["JP"])
    assert country_only.lookup(ADDR["JP"]) is first
    assert country_only.lookup_many([ADDR["JP"], ""])[0] is first


def test_small_cache_still_answers_correctly(dbs):
    with GeoResolver([dbs.flat], cache_size=2) as r:
        for _ in range(3):
            for key in ("CN", "HK", "US", "UNKNOWN"):
                assert r.lookup(ADDR[key]).country == (None if key == "UNKNOWN" else key)


def test_flat_file_in_ipv4_only_shape_reads_ipv4(tmp_path):
    path = build_flat(tmp_path / "v4.mmdb", "country ipv4", ip_version=4)
    with GeoResolver([path]) as r:
        assert r.lookup(ADDR["HK"]).country == "HK"
        assert r.lookup(ADDR["PRIVATE"]).status is GeoStatus.PRIVATE


@pytest.mark.parametrize(
    ("database_type", "record"),
    [
        (
            "GeoIP2-ISP",
            {"isp": "Google", "organization": "Google", "autonomous_system_number": 15169},
        ),
        ("GeoIP2-Connection-Type", {"connection_type": "Corporate"}),
        ("GeoIP2-Domain", {"domain": "google.com"}),
    ],
)
def test_database_without_country_data_is_refused(tmp_path, database_type, record):
    """A database HostGuard cannot read a country from (an ISP, connection-type or domain
    file given by mistake) must be refused at open, naming its type. Classified as a "flat
    country" file today, it replaces the country database and silently makes every
    participant "unknown", so an `unknown = true` rule would act on the whole meeting."""
    path = write_mmdb(
        tmp_path / "other.mmdb", database_type, [(["8.8.8.0/24", "1.0.0.0/8"], record)]
    )
    with pytest.raises(GeoError) as exc:
        GeoResolver([path])
    assert str(path) in str(exc.value) and database_type in str(exc.value)


def test_misleading_file_names_do_not_matter(dbs, tmp_path):
    import shutil

    asn_named_city = shutil.copy(dbs.asn, tmp_path / "GeoLite2-City.mmdb")
    flat_named_asn = shutil.copy(dbs.flat, tmp_path / "GeoLite2-ASN.mmdb")
    with GeoResolver([asn_named_city, flat_named_asn]) as r:
        kinds = {Path(d.path).name: d.kind for d in r.databases}
        assert kinds == {
            "GeoLite2-City.mmdb": DatabaseKind.ASN,
            "GeoLite2-ASN.mmdb": DatabaseKind.FLAT_COUNTRY,
        }
        g = r.lookup(ADDR["US"])
        assert (g.country, g.asn, g.regions) == ("US", 15169, ())


def test_hot_path_results_are_built_by_field_name():
    """The fast constructors name each field they fill; the rest are GeoResult's defaults. A
    result built by them equals one built with GeoResult's own keyword constructor, and a
    constructor for a field GeoResult does not have is refused when it is made."""
    from hostguard.core import geo

    info = object()
    built = geo._country_found(
        ip="1.2.3.4", status=geo.GeoStatus.RESOLVED, country="DE", continent="EU", prefix_len=24, database=info
    )
    assert built == geo.GeoResult(
        ip="1.2.3.4", status=geo.GeoStatus.RESOLVED, country="DE", continent="EU", prefix_len=24, database=info
    )
    assert type(built) is geo.GeoResult and built.anonymizers == frozenset() and built.note is None
    unknown = geo._country_unknown(ip="1.2.3.4", status=geo.GeoStatus.UNKNOWN, database=info, note="why")
    assert (unknown.country, unknown.database, unknown.note, unknown.prefix_len) == (None, info, "why", None)
    with pytest.raises(TypeError):
        geo._address_status("1.2.3.4", geo.GeoStatus.PRIVATE)  # keywords only: by name
    with pytest.raises(ValueError, match="no field"):
        geo._builder("ip", "status", "contry")
    with pytest.raises(ValueError, match="needs status"):
        geo._builder("ip")
