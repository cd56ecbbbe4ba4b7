"""`geoip update` against a real HTTP server on 127.0.0.1 serving .mmdb files built here:
DB-IP (gzip) and MaxMind (tar.gz + SHA-256), atomic swap, rollback, and every way a download
can go wrong leaving the current database untouched."""

from __future__ import annotations

import datetime as dt
import gzip
from pathlib import Path

import pytest

from hostguard.core.geo import GeoResolver, GeoStatus
from hostguard.services import geoip_update as gu
from hostguard.services.credentials import Credentials

from .conftest import build_asn_db, build_country_db, gzipped, maxmind_tarball, sha256_line

TODAY = dt.date(2026, 11, 28)
THIS = "/free/dbip-country-lite-2026-11.mmdb.gz"
LAST = "/free/dbip-country-lite-2026-10.mmdb.gz"
MM = "/geoip/databases/GeoLite2-Country/download?suffix=tar.gz"
AUTH = ("123456", "license-key-xyz")


@pytest.fixture
def dest(tmp_path) -> Path:
    return tmp_path / "geoip"


@pytest.fixture
def db_a(tmp_path) -> Path:
    return build_country_db(tmp_path / "a.mmdb", marker="a")


@pytest.fixture
def db_b(tmp_path) -> Path:
    return build_country_db(tmp_path / "b.mmdb", marker="b")


def _install_current(dest: Path, source: Path, name: str = "dbip-country-lite.mmdb") -> bytes:
    dest.mkdir(parents=True, exist_ok=True)
    data = source.read_bytes()
    (dest / name).write_bytes(data)
    return data


def _leftovers(dest: Path) -> list[str]:
    return sorted(p.name for p in dest.iterdir() if p.name.startswith("."))


def test_months_tried_are_this_then_last():
    assert gu.dbip_months(dt.date(2026, 1, 3)) == ["2026-01", "2025-12"]
    assert gu.dbip_months(dt.date(2026, 3, 31)) == ["2026-03", "2026-02"]


def test_dbip_update_installs_and_keeps_previous_for_rollback(download_server, dest, db_a, db_b):
    download_server.serve(THIS, gzipped(db_a))
    seen: list[tuple[int, int | None]] = []
    first = gu.update(
        "dbip",
        base_url=download_server.url,
        dest=dest,
        today=TODAY,
        progress=lambda d, t: seen.append((d, t)),
    )
    final = dest / "dbip-country-lite.mmdb"
    assert first.path == str(final)
    assert first.previous is None
    assert first.database_type == "DBIP-Country-Lite"
    assert final.read_bytes() == db_a.read_bytes()
    assert seen[-1] == (len(gzipped(db_a)), len(gzipped(db_a)))
    assert first.source_url == download_server.url + THIS

    download_server.serve(THIS, gzipped(db_b))
    second = gu.update("dbip", base_url=download_server.url, dest=dest, today=TODAY)
    assert second.previous == str(dest / "dbip-country-lite.mmdb.previous")
    assert final.read_bytes() == db_b.read_bytes()
    assert Path(second.previous).read_bytes() == db_a.read_bytes()
    assert _leftovers(dest) == []

    # the installed file is what the resolver will prefer, and it resolves
    assert gu.installed_database_path(dest) == str(final)
    with GeoResolver([gu.installed_database_path(dest)]) as r:
        res = r.lookup("36.0.1.1")
        assert res.status is GeoStatus.RESOLVED and res.country == "CN"

    now, prev = gu.rollback(dest=dest)
    assert (now, prev) == (str(final), second.previous)
    assert final.read_bytes() == db_a.read_bytes()
    assert Path(prev).read_bytes() == db_b.read_bytes()
    # a second rollback undoes the first
    gu.rollback("dbip", dest=dest)
    assert final.read_bytes() == db_b.read_bytes()
    assert _leftovers(dest) == []


def test_dbip_falls_back_to_last_month_on_404(download_server, dest, db_a):
    download_server.serve(LAST, gzipped(db_a))
    result = gu.update("dbip", base_url=download_server.url, dest=dest, today=TODAY)
    assert download_server.requests == [THIS, LAST]
    assert result.source_url.endswith(LAST)
    assert Path(result.path).read_bytes() == db_a.read_bytes()


def test_dbip_neither_month_available(download_server, dest, db_a):
    current = _install_current(dest, db_a)
    with pytest.raises(
        gu.BadDownloadError, match="no dbip-country-lite file for 2026-11 or 2026-10"
    ) as err:
        gu.update("dbip", base_url=download_server.url, dest=dest, today=TODAY)
    assert err.value.exit_code == 2
    assert (dest / "dbip-country-lite.mmdb").read_bytes() == current


def test_truncated_gzip_leaves_current_untouched(download_server, dest, db_a, db_b):
    current = _install_current(dest, db_a)
    data = gzipped(db_b)
    download_server.serve(THIS, data[: len(data) // 2])
    with pytest.raises(gu.BadDownloadError, match="not a complete gzip file"):
        gu.update("dbip", base_url=download_server.url, dest=dest, today=TODAY)
    assert (dest / "dbip-country-lite.mmdb").read_bytes() == current
    assert not (dest / "dbip-country-lite.mmdb.previous").exists()
    assert _leftovers(dest) == []


def test_connection_cut_mid_download_is_a_clear_error(download_server, dest, db_a, db_b):
    current = _install_current(dest, db_a)
    data = gzipped(db_b)
    # announce the full size, send half, close: the transfer broke off
    download_server.serve(THIS, data[: len(data) // 2], length=len(data))
    with pytest.raises(gu.UnreachableError, match="broke off") as err:
        gu.update("dbip", base_url=download_server.url, dest=dest, today=TODAY)
    assert err.value.exit_code == 3
    assert (dest / "dbip-country-lite.mmdb").read_bytes() == current
    assert _leftovers(dest) == []


def test_not_a_database_is_refused(download_server, dest, db_a):
    current = _install_current(dest, db_a)
    download_server.serve(THIS, gzip.compress(b"<html>maintenance</html>" * 100))
    with pytest.raises(gu.BadDownloadError, match="not a readable MaxMind DB"):
        gu.update("dbip", base_url=download_server.url, dest=dest, today=TODAY)
    assert (dest / "dbip-country-lite.mmdb").read_bytes() == current


def test_wrong_database_type_is_refused(download_server, dest, db_a, tmp_path):
    current = _install_current(dest, db_a)
    download_server.serve(THIS, gzipped(build_asn_db(tmp_path / "asn.mmdb")))
    with pytest.raises(gu.BadDownloadError, match="of type 'GeoLite2-ASN', not a Country database"):
        gu.update("dbip", base_url=download_server.url, dest=dest, today=TODAY)
    assert (dest / "dbip-country-lite.mmdb").read_bytes() == current
    assert _leftovers(dest) == []


def test_download_size_is_bounded(download_server, dest, db_a):
    download_server.serve(THIS, gzipped(db_a))
    with pytest.raises(gu.BadDownloadError, match="allowed"):
        gu.update("dbip", base_url=download_server.url, dest=dest, today=TODAY, max_bytes=100)
    assert not (dest / "dbip-country-lite.mmdb").exists()


def test_unreachable_server_is_exit_3(closed_port, dest, db_a):
    current = _install_current(dest, db_a)
    with pytest.raises(gu.UnreachableError, match="cannot reach") as err:
        gu.update("dbip", base_url=f"http://127.0.0.1:{closed_port}", dest=dest, today=TODAY)
    assert err.value.exit_code == 3
    assert (dest / "dbip-country-lite.mmdb").read_bytes() == current


def test_server_error_is_exit_3(download_server, dest):
    download_server.serve(THIS, b"", status=503)
    with pytest.raises(gu.UnreachableError, match="HTTP 503"):
        gu.update("dbip", base_url=download_server.url, dest=dest, today=TODAY)


# -- MaxMind ------------------------------------------------------------------------------------


def _serve_maxmind(
    server, db: Path, *, checksum_of: bytes | None = None, edition: str = "GeoLite2-Country"
) -> bytes:
    tarball = maxmind_tarball(db, edition)
    path = f"/geoip/databases/{edition}/download?suffix=tar.gz"
    server.serve(path, tarball, auth=AUTH)
    name = f"{edition}_20261124.tar.gz"
    server.serve(
        path + ".sha256",
        sha256_line(checksum_of if checksum_of is not None else tarball, name),
        auth=AUTH,
    )
    return tarball


def test_maxmind_update_with_keyring_credentials(download_server, dest, tmp_path, memory_keyring):
    db = build_country_db(tmp_path / "GeoLite2-Country.mmdb", database_type="GeoLite2-Country")
    _serve_maxmind(download_server, db)
    store = Credentials()
    store.set("maxmind", "account_id", AUTH[0])
    store.set("maxmind", "license_key", AUTH[1])
    result = gu.update("maxmind", base_url=download_server.url, dest=dest)
    assert result.database_type == "GeoLite2-Country"
    assert Path(result.path) == dest / "GeoLite2-Country.mmdb"
    assert Path(result.path).read_bytes() == db.read_bytes()
    assert download_server.requests == [MM + ".sha256", MM]
    assert AUTH[1] not in result.sentence() + result.source_url


def test_maxmind_checksum_mismatch_leaves_current_untouched(download_server, dest, tmp_path, db_a):
    current = _install_current(dest, db_a, "GeoLite2-Country.mmdb")
    db = build_country_db(tmp_path / "new.mmdb", database_type="GeoLite2-Country")
    _serve_maxmind(download_server, db, checksum_of=b"something else")
    with pytest.raises(gu.BadDownloadError, match="does not match its SHA-256 checksum"):
        gu.update("maxmind", base_url=download_server.url, dest=dest, credentials=AUTH)
    assert (dest / "GeoLite2-Country.mmdb").read_bytes() == current
    assert _leftovers(dest) == []


def test_maxmind_wrong_license_key_is_exit_3_without_the_key(download_server, dest, tmp_path):
    db = build_country_db(tmp_path / "new.mmdb", database_type="GeoLite2-Country")
    _serve_maxmind(download_server, db)
    with pytest.raises(gu.UnreachableError, match="refused the credentials") as err:
        gu.update(
            "maxmind",
            base_url=download_server.url,
            dest=dest,
            credentials=(AUTH[0], "wrong-key-123"),
        )
    assert "wrong-key-123" not in str(err.value)
    assert err.value.exit_code == 3


def test_maxmind_without_credentials_says_how_to_add_them(download_server, dest, memory_keyring):
    with pytest.raises(gu.UsageProblem, match="credentials set --service maxmind") as err:
        gu.update("maxmind", base_url=download_server.url, dest=dest)
    assert "MAXMIND_LICENSE_KEY" in str(err.value)
    assert download_server.requests == []


def test_maxmind_asn_edition_layers_next_to_country(download_server, dest, tmp_path, db_a):
    _install_current(dest, db_a)
    asn = build_asn_db(tmp_path / "GeoLite2-ASN.mmdb")
    _serve_maxmind(download_server, asn, edition="GeoLite2-ASN")
    result = gu.update(
        "maxmind", "GeoLite2-ASN", base_url=download_server.url, dest=dest, credentials=AUTH
    )
    assert result.database_type == "GeoLite2-ASN"
    # the country database stays the one to prefer; the ASN one layers on top
    assert gu.installed_database_path(dest) == str(dest / "dbip-country-lite.mmdb")
    paths = gu.installed_database_paths(dest)
    assert paths == [str(dest / "dbip-country-lite.mmdb"), str(dest / "GeoLite2-ASN.mmdb")]
    with GeoResolver(paths) as r:
        assert r.lookup("8.8.8.8").asn == 15169


def test_bad_edition_names_are_usage_errors(dest):
    with pytest.raises(gu.UsageProblem, match="DB-IP offers"):
        gu.update("dbip", "GeoLite2-Country", dest=dest)
    with pytest.raises(gu.UsageProblem, match="not an edition name"):
        gu.update("maxmind", "../../etc", dest=dest)
    with pytest.raises(gu.UsageProblem, match="reads Country, City, ASN"):
        gu.update("maxmind", "GeoIP2-Domain", dest=dest)


def test_rollback_without_previous_is_a_usage_error(dest, db_a):
    _install_current(dest, db_a)
    with pytest.raises(gu.UsageProblem, match="no previous database"):
        gu.rollback(dest=dest)


def test_nothing_installed_means_bundled(tmp_path):
    assert gu.installed_database_path(tmp_path / "nowhere") is None
    assert gu.installed_database_paths(tmp_path / "nowhere") == []


def test_default_folder_is_the_user_data_dir(_isolated_home):
    assert gu.geoip_dir() == _isolated_home / "data" / "HostGuard" / "geoip"


def test_default_resolver_paths_prefer_installed_unless_older_than_bundled(
    dest, tmp_path, monkeypatch
):
    import mmdb_writer

    assert gu.default_resolver_paths(dest) is None
    _install_current(dest, build_country_db(tmp_path / "fresh.mmdb"))
    fresh = str(dest / "dbip-country-lite.mmdb")
    assert gu.default_resolver_paths(dest) == [fresh]

    # A download from before the bundled database was built (HostGuard upgraded since): skipped,
    # but an ASN database still layers on the bundled country database.
    built_2020 = dt.datetime(2020, 1, 15, tzinfo=dt.UTC).timestamp()
    with monkeypatch.context() as m:
        m.setattr(mmdb_writer.time, "time", lambda: built_2020)
        _install_current(dest, build_country_db(tmp_path / "old.mmdb"))
    build_asn_db(dest / "GeoLite2-ASN.mmdb")
    paths = gu.default_resolver_paths(dest)
    assert paths == [str(dest / "GeoLite2-ASN.mmdb")]
    with GeoResolver(paths) as r:
        assert r.databases[0].bundled
        assert r.lookup("8.8.8.8").asn == 15169


def test_download_time_is_bounded(download_server, dest, db_a):
    current = _install_current(dest, db_a)
    download_server.serve(THIS, gzipped(build_country_db(dest.parent / "new.mmdb")))
    with pytest.raises(gu.UnreachableError, match="took too long"):
        gu.update("dbip", base_url=download_server.url, dest=dest, today=TODAY, deadline_s=0)
    assert (dest / "dbip-country-lite.mmdb").read_bytes() == current
    assert _leftovers(dest) == []


def test_dbip_refusal_is_exit_3_and_does_not_blame_credentials(download_server, dest):
    download_server.serve(THIS, b"", status=403)
    with pytest.raises(gu.UnreachableError, match="refused the download") as err:
        gu.update("dbip", base_url=download_server.url, dest=dest, today=TODAY)
    assert "license" not in str(err.value)
