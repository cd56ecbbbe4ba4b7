"""`hostguard geoip info`: databases in use, dates and age, staleness, attribution, C extension."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from hostguard.cli import EXIT_OK, EXIT_USAGE, main
from hostguard.core.geo import DBIP_ATTRIBUTION, bundled_database_path, c_extension_available
from tests.mmdb_factory import build_all, build_country


@pytest.fixture(scope="module")
def dbs(tmp_path_factory):
    return build_all(tmp_path_factory.mktemp("mmdb"))


def run_cli(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_info_bundled_database(capsys):
    code, out, _ = run_cli(capsys, "geoip", "info")
    assert code == EXIT_OK
    assert "DB-IP (bundled)" in out and bundled_database_path() in out
    assert "type: country ipvAll (flat-country)" in out
    age = (dt.date.today() - dt.date(2026, 6, 1)).days
    assert f"built: 2026-06-01 ({age} days ago)" in out
    assert f"attribution: {DBIP_ATTRIBUTION}" in out
    assert ("older than 60 days" in out) is (age > 60)
    assert ("C extension in use" in out) is c_extension_available()


def test_info_json_layered(capsys, dbs):
    code, out, _ = run_cli(
        capsys,
        "geoip",
        "info",
        "--geoip",
        dbs.city,
        "--geoip",
        dbs.asn,
        "--geoip",
        dbs.anonymous_ip,
        "--format",
        "json",
    )
    assert code == EXIT_OK
    data = json.loads(out)
    assert [(d["label"], d["kind"], d["database_type"]) for d in data["databases"]] == [
        ("GeoIP2-City", "city", "GeoIP2-City"),  # the file is named country.mmdb; metadata wins
        ("GeoLite2-ASN", "asn", "GeoLite2-ASN"),
        ("GeoIP2-Anonymous-IP", "anonymous-ip", "GeoIP2-Anonymous-IP"),
    ]
    first = data["databases"][0]
    assert first["build_date"] == "2026-11-01"
    assert first["age_days"] == (dt.date.today() - dt.date(2026, 11, 1)).days
    assert not first["bundled"]
    assert set(data["capabilities"]) == {"country", "regions", "asns", "anonymizers"}
    assert data["c_extension"] is c_extension_available()


def test_info_warns_for_stale_database(capsys, dbs):
    code, out, err = run_cli(capsys, "geoip", "info", "--geoip", dbs.old_country)
    assert code == EXIT_OK
    assert "built: 2020-01-15" in out
    assert "warning: older than 60 days" in out
    assert "warning" in err and "2020-01-15" in err
    assert "GeoLite2 data created by MaxMind" in out


def test_info_no_warning_for_fresh_database(capsys, tmp_path):
    fresh = build_country(tmp_path / "fresh.mmdb", "DBIP-Country-Lite", build_date=dt.date.today())
    code, out, err = run_cli(capsys, "geoip", "info", "--geoip", fresh)
    assert code == EXIT_OK
    assert "(0 days ago)" in out and "warning:" not in out and err == ""
    assert "DB-IP (--geoip)" in out
    assert f"attribution: {DBIP_ATTRIBUTION}" in out


def test_info_asn_only_layers_on_bundled(capsys, dbs):
    code, out, _ = run_cli(capsys, "geoip", "info", "--geoip", dbs.asn, "--format", "json")
    assert code == EXIT_OK
    kinds = [(d["kind"], d["bundled"]) for d in json.loads(out)["databases"]]
    assert kinds == [("flat-country", True), ("asn", False)]


def test_info_bad_database_is_usage_error(capsys, dbs):
    code, out, err = run_cli(capsys, "geoip", "info", "--geoip", dbs.not_a_database)
    assert code == EXIT_USAGE and out == ""
    assert str(dbs.not_a_database) in err and "Traceback" not in err


def test_geoip_without_action_is_usage_error(capsys):
    code, _, err = run_cli(capsys, "geoip")
    assert code == EXIT_USAGE
    assert "geoip info" in err


def test_info_says_where_the_index_is_and_whether_it_is_made(capsys, dbs, tmp_path, monkeypatch):
    from hostguard.core import geoindex
    from hostguard.core.geo import GeoResolver

    # The bundled database: made at the start of the run (tests/conftest.py).
    code, out, _ = run_cli(capsys, "geoip", "info", "--format", "json")
    index = json.loads(out)["index"]
    assert code == EXIT_OK and index["made"] is True
    assert index["path"] == str(geoindex.index_file(bundled_database_path()))
    # A flat database of its own, in a folder of its own: not made yet, then made.
    monkeypatch.setenv(geoindex.ENV_DIR, str(tmp_path / "index"))
    geoindex.forget()
    try:
        code, out, _ = run_cli(capsys, "geoip", "info", "--geoip", dbs.flat)
        assert code == EXIT_OK
        assert f"Index: not made yet; a meeting's engine makes it after its first roster, at {tmp_path}" in out
        with GeoResolver([dbs.flat]) as r:
            assert r.ensure_index()
        geoindex.forget()  # as a later process: read from its file
        code, out, _ = run_cli(capsys, "geoip", "info", "--geoip", dbs.flat)
        assert f"Index: {geoindex.index_file(str(dbs.flat))} (made from the database" in out
    finally:
        geoindex.forget()
    # Not a flat country file alone: none.
    code, out, _ = run_cli(capsys, "geoip", "info", "--geoip", dbs.geoip2_country, "--format", "json")
    assert json.loads(out)["index"] is None
    code, out, _ = run_cli(capsys, "geoip", "info", "--geoip", dbs.flat, "--geoip", dbs.asn)
    assert "Index: none (made only for a flat country database used alone)" in out
