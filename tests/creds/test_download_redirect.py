"""MaxMind answers a download with a redirect to a storage host (a presigned URL). The
account ID and license key go to MaxMind only: requests strips the Authorization header when
a redirect changes the host, and this checks that it stays so for HostGuard's downloads."""

from __future__ import annotations

import base64
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from hostguard.services import geoip_update as gu

from .conftest import build_country_db, maxmind_tarball, sha256_line

EDITION = "GeoLite2-Country"
AUTH = ("123456", "lic-KEY-redirect-77")
PATH = f"/geoip/databases/{EDITION}/download?suffix=tar.gz"


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
