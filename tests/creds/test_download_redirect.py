"""MaxMind answers a download with a redirect to a storage host (a presigned URL). The
account ID and license key go to MaxMind only: requests strips the Authorization header when
a redirect changes the host, and this checks that it stays so for HostGuard's downloads, that
no ``~/.netrc`` login is added at either host, that the key is never sent over plain http to
another computer, and that a server trickling its headers cannot hold a download past its
deadline."""

from __future__ import annotations

import base64
import datetime as dt
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from hostguard.services import geoip_update as gu

from .conftest import build_country_db, gzipped, maxmind_tarball, sha256_line

EDITION = "GeoLite2-Country"
AUTH = ("123456", "lic-KEY-redirect-77")
PATH = f"/geoip/databases/{EDITION}/download?suffix=tar.gz"
TODAY = dt.date(2026, 11, 28)


class _Server:
    def __init__(self, answer) -> None:
        self.seen: list[tuple[str, str | None]] = []  # (path, Authorization header)
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def do_GET(self):
                outer.seen.append((self.path, self.headers.get("Authorization")))
                status, headers, body = answer(self)
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def servers(tmp_path):
    db = build_country_db(tmp_path / f"{EDITION}.mmdb", database_type=EDITION)
    tarball = maxmind_tarball(db, EDITION)
    expected = "Basic " + base64.b64encode(":".join(AUTH).encode()).decode()
    # The storage host: another host name for the same loopback address.
    storage = _Server(lambda h: (200, {"Content-Type": "application/gzip"}, tarball))

    def maxmind(h):
        if h.headers.get("Authorization") != expected:
            return 401, {}, b""
        if h.path == PATH + ".sha256":
            return 200, {}, sha256_line(tarball, f"{EDITION}_20261124.tar.gz")
        if h.path == PATH:
            where = f"http://localhost:{storage.port}/bucket/{EDITION}.tar.gz?X-Signature=abc"
            return 302, {"Location": where}, b""
        return 404, {}, b""

    mm = _Server(maxmind)
    yield mm, storage, db
    mm.stop()
    storage.stop()


def test_credentials_are_not_sent_to_the_host_a_download_redirects_to(servers, tmp_path):
    mm, storage, db = servers
    result = gu.update(
        "maxmind",
        EDITION,
        base_url=f"http://127.0.0.1:{mm.port}",
        dest=tmp_path / "geoip",
        credentials=AUTH,
    )
    assert result.database_type == EDITION
    assert (tmp_path / "geoip" / f"{EDITION}.mmdb").read_bytes() == db.read_bytes()
    assert [p for p, _ in storage.seen] == [f"/bucket/{EDITION}.tar.gz?X-Signature=abc"]
    assert storage.seen[0][1] is None  # no Authorization header at the storage host
    assert all(auth is not None for _, auth in mm.seen)  # MaxMind itself got them
    assert "X-Signature" not in result.sentence() and AUTH[1] not in result.sentence()


def _netrc(tmp_path, monkeypatch, *hosts: str) -> None:
    lines = [
        f"machine {h}\n  login netrc-user\n  password netrc-PASS-{i}\n" for i, h in enumerate(hosts)
    ]
    path = tmp_path / "netrc"
    path.write_text("".join(lines), encoding="utf-8")
    path.chmod(0o600)
    monkeypatch.setenv("NETRC", str(path))


def test_a_netrc_login_is_sent_to_neither_maxmind_nor_the_storage_host(
    servers, tmp_path, monkeypatch
):
    _netrc(tmp_path, monkeypatch, "127.0.0.1", "localhost")
    mm, storage, _ = servers
    gu.update(
        "maxmind",
        EDITION,
        base_url=f"http://127.0.0.1:{mm.port}",
        dest=tmp_path / "geoip",
        credentials=AUTH,
    )
    expected = "Basic " + base64.b64encode(":".join(AUTH).encode()).decode()
    assert [auth for _, auth in mm.seen] == [expected, expected]  # HostGuard's, not netrc's
    assert storage.seen and storage.seen[0][1] is None  # and nothing at the storage host


def test_a_dbip_download_sends_no_netrc_login(tmp_path, monkeypatch):
    _netrc(tmp_path, monkeypatch, "127.0.0.1")
    db = build_country_db(tmp_path / "dbip.mmdb", database_type="DBIP-Country-Lite")
    body = gzipped(db)
    server = _Server(lambda h: (200, {"Content-Type": "application/gzip"}, body))
    try:
        result = gu.update(
            "dbip", base_url=f"http://127.0.0.1:{server.port}", dest=tmp_path / "geoip", today=TODAY
        )
    finally:
        server.stop()
    assert result.database_type == "DBIP-Country-Lite"
    assert server.seen and all(auth is None for _, auth in server.seen)


@pytest.mark.parametrize("url", ["http://192.0.2.9", "http://mirror.example:8080/maxmind"])
def test_maxmind_credentials_are_never_sent_over_plain_http_to_another_computer(tmp_path, url):
    with pytest.raises(gu.UsageProblem, match="not encrypted") as info:
        gu.update("maxmind", EDITION, base_url=url, dest=tmp_path / "geoip", credentials=AUTH)
    assert AUTH[1] not in str(info.value) and info.value.exit_code == 2
    assert not (tmp_path / "geoip" / f"{EDITION}.mmdb").exists()


class _SlowHeaders:
    """Answers every connection with a status line, then one header byte every 0.3 s."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        self.stopping = threading.Event()
        self.connections = 0
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while not self.stopping.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._trickle, args=(conn,), daemon=True).start()

    def _trickle(self, conn: socket.socket) -> None:
        with conn:
            try:
                conn.recv(65536)
                conn.sendall(b"HTTP/1.1 200 OK\r\nX-Slow: ")
                while not self.stopping.wait(0.3):
                    conn.sendall(b"a")
            except OSError:
                return

    def stop(self) -> None:
        self.stopping.set()
        self.sock.close()


def test_a_server_trickling_its_headers_cannot_hold_a_download_past_its_deadline(tmp_path):
    server = _SlowHeaders()
    outcome: dict[str, BaseException] = {}

    def run() -> None:
        try:
            gu.update("dbip", base_url=f"http://127.0.0.1:{server.port}", dest=tmp_path / "geoip",
                      today=TODAY, deadline_s=1.5)  # fmt: skip
        except BaseException as exc:  # reported to the test
            outcome["error"] = exc

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(60)  # the headers never end by themselves (each byte well inside the read timeout)
    try:
        assert not t.is_alive(), (
            "the download was still waiting for headers long after its deadline"
        )
        err = outcome["error"]
        assert isinstance(err, gu.UnreachableError), repr(err)
        assert "took too long" in str(err) and err.exit_code == 3
        assert server.connections == 1
        assert not (tmp_path / "geoip" / "dbip-country-lite.mmdb").exists()
    finally:
        server.stop()
