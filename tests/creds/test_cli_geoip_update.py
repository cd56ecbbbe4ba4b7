"""`hostguard geoip update` end to end through the command line, against a real HTTP server on
127.0.0.1: exit codes 0 / 2 / 3 as the README says, messages without tracebacks, --rollback."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from hostguard.cli import main
from hostguard.services import geoip_update as gu

from .conftest import build_country_db, gzipped


def _months() -> list[str]:
    # Both this month's and last month's names are served, so the test does not depend on
    # which one the command asks for first, nor on the day it runs.
    today = dt.datetime.now(dt.UTC).date()
    first = today.replace(day=1)
    return [first.strftime("%Y-%m"), (first - dt.timedelta(days=1)).strftime("%Y-%m")]


@pytest.fixture
def served(download_server, tmp_path):
    db = build_country_db(tmp_path / "served.mmdb", marker="served")
    for month in _months():
        download_server.serve(f"/free/dbip-country-lite-{month}.mmdb.gz", gzipped(db))
    return db


def test_update_then_rollback(download_server, served, tmp_path, capsys):
    dest = tmp_path / "dbs"
    old = build_country_db(tmp_path / "old.mmdb", marker="old")
    dest.mkdir()
    (dest / "dbip-country-lite.mmdb").write_bytes(old.read_bytes())

    rc = main(["geoip", "update", "--url", download_server.url, "--dest", str(dest)])
    out, err = capsys.readouterr()
    assert rc == 0, err
    assert "Installed DBIP-Country-Lite built" in out
    assert "kept as dbip-country-lite.mmdb.previous" in out
    assert "DB-IP" in out  # attribution (CC BY 4.0)
    assert "Downloading" not in err  # no progress line when stderr is not a terminal
    assert (dest / "dbip-country-lite.mmdb").read_bytes() == served.read_bytes()

    rc = main(["geoip", "update", "--rollback", "--dest", str(dest)])
    out, err = capsys.readouterr()
    assert rc == 0, err
    assert out.startswith("Rolled back:")
    assert (dest / "dbip-country-lite.mmdb").read_bytes() == old.read_bytes()


def test_default_destination_is_the_user_data_folder(
    download_server, served, _isolated_home, capsys
):
    assert main(["geoip", "update", "--url", download_server.url]) == 0
    out = capsys.readouterr().out
    installed = _isolated_home / "data" / "HostGuard" / "geoip" / "dbip-country-lite.mmdb"
    assert installed.read_bytes() == served.read_bytes()
    assert gu.installed_database_path() == str(installed)
    assert "wherever no --geoip is given" in out or f"--geoip {installed}" in out


def test_unreachable_is_exit_3(closed_port, tmp_path, capsys):
    rc = main(
        ["geoip", "update", "--url", f"http://127.0.0.1:{closed_port}", "--dest", str(tmp_path)]
    )
    err = capsys.readouterr().err
    assert rc == 3
    assert "cannot reach" in err and "untouched" in err
    assert "Traceback" not in err


def test_bad_file_is_exit_2(download_server, tmp_path, capsys):
    for month in _months():
        download_server.serve(
            f"/free/dbip-country-lite-{month}.mmdb.gz", b"\x1f\x8b\x08\x00garbage"
        )
    rc = main(["geoip", "update", "--url", download_server.url, "--dest", str(tmp_path)])
    err = capsys.readouterr().err
    assert rc == 2
    assert "gzip" in err
    assert list(tmp_path.iterdir()) == []


def test_maxmind_without_credentials_is_exit_2(download_server, tmp_path, memory_keyring, capsys):
    rc = main(
        [
            "geoip",
            "update",
            "--source",
            "maxmind",
            "--url",
            download_server.url,
            "--dest",
            str(tmp_path),
        ]
    )
    assert rc == 2
    assert "hostguard credentials set --service maxmind" in capsys.readouterr().err


def test_rollback_with_nothing_to_roll_back_is_exit_2(tmp_path, capsys):
    assert main(["geoip", "update", "--rollback", "--dest", str(tmp_path)]) == 2
    assert "no downloaded database" in capsys.readouterr().err


def test_progress_line_shows_bytes_and_percent():
    from hostguard.cli.geoip import _Progress

    stream = io.StringIO()
    progress = _Progress(stream)
    progress(0, 4_000_000)
    progress(4_000_000, 4_000_000)
    progress.finish()
    text = stream.getvalue()
    assert "\rDownloading: 0.0 MB of 4.0 MB (0%)" in text
    assert "4.0 MB of 4.0 MB (100%)" in text
    assert text.endswith("\n")


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("notaurl", "--url must be an http:// or https:// address"),
        ("http://127.0.0.1:99999", "--url must be an http:// or https:// address"),
        ("http://mirror .example", "--url must be an http:// or https:// address"),
        ("https://u:LIC-SECRET@mirror.example", "must not contain a user name, password"),
        ("https://mirror.example/db?key=LIC-SECRET", "must not contain a user name, password"),
    ],
)
def test_an_unusable_url_is_a_usage_error_before_anything_is_touched(tmp_path, capsys, url, words):
    dest = tmp_path / "dbs"
    rc = main(["geoip", "update", "--url", url, "--dest", str(dest)])
    _, err = capsys.readouterr()
    assert rc == 2 and words in err
    assert "LIC-SECRET" not in err and "Traceback" not in err
    assert not dest.exists()
