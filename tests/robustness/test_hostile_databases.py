"""GeoIP database files come from outside (a download, a colleague, a mirror): their metadata
is shown on terminals and in the app, and their numbers are trusted by nothing."""

from __future__ import annotations

import netaddr
import pytest
from mmdb_writer import MMDBWriter

from hostguard.cli import EXIT_USAGE, main
from hostguard.core.geo import GeoError, GeoResolver


def _write(path, database_type="GeoLite2-Country", description="test"):
    w = MMDBWriter(
        ip_version=6,
        ipv4_compatible=True,
        database_type=database_type,
        languages=["en"],
        description={"en": description},
    )
    w.insert_network(netaddr.IPSet(["1.2.3.0/24"]), {"country": {"iso_code": "AU"}})
    w.to_db_file(str(path))
    return path


def test_metadata_with_escape_sequences_is_shown_as_plain_text(tmp_path, capsys):
    db = _write(
        tmp_path / "evil.mmdb",
        database_type="GeoLite2-Country\x1b[2J\u202eevil",
        description="nice\x1b]0;title\x07 db",
    )
    with GeoResolver([str(db)]) as r:
        (info,) = [d for d in r.databases if not d.bundled]
        assert info.database_type == "GeoLite2-Country[2Jevil"
        assert info.description == "nice]0;title db"
        assert r.lookup("1.2.3.4").country == "AU"  # still a working database
    assert main(["geoip", "info", "--geoip", str(db)]) == 0
    out, err = capsys.readouterr()
    assert "\x1b" not in out + err and "\u202e" not in out + err
    assert "GeoLite2-Country[2Jevil" in out


def test_an_impossible_build_date_is_invalid_input_not_a_crash(tmp_path, capsys):
    db = _write(tmp_path / "epoch.mmdb")
    data = db.read_bytes()
    key = data.rfind(b"build_epoch") + len(b"build_epoch")
    assert data[key : key + 2] == b"\x04\x02"  # a 4-byte uint64 follows
    db.write_bytes(data[:key] + b"\x08\x02\x7f" + b"\xff" * 7 + data[key + 6 :])
    with pytest.raises(GeoError, match=r"build date .* is not a date"):
        GeoResolver([str(db)])
    assert main(["geoip", "info", "--geoip", str(db)]) == EXIT_USAGE
    _, err = capsys.readouterr()
    assert "is not a date" in err and "internal error" not in err
