"""GeoIP database files come from outside (a download, a colleague, a mirror): their metadata
is shown on terminals and in the app, and their numbers are trusted by nothing."""

from __future__ import annotations

import json

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


# -- records that are not what a country database promises (issue 13, items 3 and 6) -----------
def _junk_country_db(path, database_type="GeoLite2-Country"):
    """8.8.8.0/24 is US; the other ranges carry codes that are no country, or no text."""
    from tests.mmdb_factory import write_mmdb

    records = [
        (["1.1.0.0/16"], 840),
        (["1.2.0.0/16"], "ZZ"),
        (["1.3.0.0/16"], "-"),
        (["1.4.0.0/16"], "EU"),
        (["1.5.0.0/16"], "U\x00"),
        (["1.6.0.0/16"], "X" * 5000),
        (["1.7.0.0/16"], "zz"),
        (["8.8.8.0/24"], "US"),
        (["2.0.0.0/16"], "FR"),
    ]
    shaped = [
        (nets, {"country_code": code} if database_type == "country ipvAll" else {"country": {"iso_code": code}})
        for nets, code in records
    ]
    return write_mmdb(path, database_type, shaped)


JUNK_PEOPLE = [("int", "1.1.1.1"), ("zz", "1.2.1.1"), ("dash", "1.3.1.1"), ("eu", "1.4.1.1"),
               ("nul", "1.5.1.1"), ("long", "1.6.1.1"), ("lower", "1.7.1.1"), ("us", "8.8.8.8"),
               ("fr", "2.0.1.1")]  # fmt: skip

ALLOW_LIST = """\
version = 1
max_action_share = 1.0
[[rule]]
name = "Only US, CA and DE"
action = "remove"
not_countries = ["US", "CA", "DE"]
"""


@pytest.fixture(params=["GeoLite2-Country", "GeoIP2-City", "country ipvAll"])
def junk_files(request, tmp_path):
    db = _junk_country_db(tmp_path / "junk.mmdb", request.param)
    rules = tmp_path / "rules.toml"
    rules.write_text(ALLOW_LIST, encoding="utf-8")
    people = tmp_path / "people.csv"
    people.write_text("id,ip\n" + "".join(f"{i},{ip}\n" for i, ip in JUNK_PEOPLE), encoding="utf-8")
    return db, rules, people


@pytest.mark.parametrize("fmt", ["json", "csv", "table"])
def test_codes_that_are_no_country_are_unknown_and_never_match_not_countries(capsys, junk_files, fmt):
    db, rules, people = junk_files
    rc = main(["evaluate", "--rules", str(rules), "--participants", str(people), "--geoip", str(db), "--format", fmt])
    out, err = capsys.readouterr()
    assert rc == 0, err
    assert "Traceback" not in err and "internal error" not in err
    assert "\x00" not in out and "\x1b" not in out
    if fmt != "json":
        return
    rows = {r["id"]: r for r in json.loads(out)}
    for pid, _ in JUNK_PEOPLE[:7]:
        assert rows[pid]["country"] is None and rows[pid]["status"] == "unknown", rows[pid]
        assert rows[pid]["action"] == "allow" and rows[pid]["rule"] is None, rows[pid]
        assert "not an ISO 3166-1 country code" in rows[pid]["reason"]
    assert "gives a number" in rows["int"]["reason"]
    assert (rows["us"]["country"], rows["us"]["action"]) == ("US", "allow")
    assert (rows["fr"]["country"], rows["fr"]["action"]) == ("FR", "remove")


def test_watch_with_a_database_of_integer_codes_exits_normally(simulator, tmp_path, capsys):
    sim = simulator(participants=40, seed=3)
    db = tmp_path / "ints.mmdb"
    from tests.mmdb_factory import write_mmdb

    # Every IPv4 and IPv6 address the simulator hands out gets a number for a country.
    nets = [f"{a}.0.0.0/8" for a in range(1, 224)] + ["2000::/3"]
    write_mmdb(db, "GeoLite2-Country", [(nets, {"country": {"iso_code": 276}})])
    rules = tmp_path / "rules.toml"
    rules.write_text(ALLOW_LIST, encoding="utf-8")
    rc = main(
        ["watch", "--service", "reference", "--url", sim.url, "--meeting", sim.meeting_id, "--rules", str(rules),
         "--geoip", str(db), "--token", sim.token, "--state-dir", str(tmp_path / "state"), "--apply", "--once"]
    )  # fmt: skip
    _, err = capsys.readouterr()
    assert rc == 0, err
    assert "Traceback" not in err and "internal error" not in err
    assert sim.state()["actions"] == []  # unknown everywhere: not_countries never matches
