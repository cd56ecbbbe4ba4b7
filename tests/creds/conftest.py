"""Fixtures for credentials and database-update tests: real keyring backends (one holding a
dict in memory, keyring's own fail/null backends), real .mmdb files built with mmdb-writer, and
a real HTTP server on 127.0.0.1 serving them."""

from __future__ import annotations

import base64
import gzip
import hashlib
import io
import socket
import tarfile
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import netaddr
import pytest
from keyring.compat import properties
from mmdb_writer import MMDBWriter

from hostguard.services import credentials


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A real keyring backend that keeps entries in a dict (never on disk)."""

    @properties.classproperty
    def priority(cls) -> float:
        # Never chosen by keyring's own detection: only where a test sets it explicitly.
        raise RuntimeError("test backend")

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.entries.get((service, username))

    def set_password(self, service, username, password):
        self.entries[(service, username)] = password

    def delete_password(self, service, username):
        try:
            del self.entries[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError("not found") from None


class LockedKeyring(MemoryKeyring):
    """Behaves as a Secret Service collection whose unlock prompt was dismissed."""

    def get_password(self, service, username):
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service, username, password):
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")


class EchoingKeyring(MemoryKeyring):
    """A backend whose error message repeats the password, as a careless layer below might."""

    def set_password(self, service, username, password):
        raise keyring.errors.PasswordSetError(f"cannot store {password!r} for {username}")


@pytest.fixture
def use_keyring():
    """``use_keyring(backend)`` installs a backend for this test; the original comes back after."""
    original = keyring.get_keyring()

    def install(backend: keyring.backend.KeyringBackend) -> keyring.backend.KeyringBackend:
        keyring.set_keyring(backend)
        return backend

    yield install
    keyring.set_keyring(original)
    credentials.forget_session_secrets()


@pytest.fixture
def memory_keyring(use_keyring) -> MemoryKeyring:
    return use_keyring(MemoryKeyring())


# -- databases ------------------------------------------------------------------------------

COUNTRY_RECORDS = {
    "1.0.0.0/24": ("AU", "OC"),
    "8.8.8.0/24": ("US", "NA"),
    "36.0.0.0/16": ("CN", "AS"),
    "2a00:1450::/32": ("IE", "EU"),
}


def build_country_db(
    path: Path, database_type: str = "DBIP-Country-Lite", marker: str = "a"
) -> Path:
    """A small country database of the GeoIP2 shape; ``marker`` makes files distinguishable."""
    w = MMDBWriter(
        ip_version=6,
        ipv4_compatible=True,
        database_type=database_type,
        languages=["en"],
        description={"en": f"HostGuard test {database_type} {marker}"},
    )
    for net, (cc, cont) in COUNTRY_RECORDS.items():
        w.insert_network(
            netaddr.IPSet([net]),
            {
                "country": {"iso_code": cc},
                "continent": {"code": cont},
                "registered_country": {"iso_code": cc},
            },
        )
    w.to_db_file(str(path))
    return path


def build_asn_db(path: Path) -> Path:
    w = MMDBWriter(
        ip_version=6,
        ipv4_compatible=True,
        database_type="GeoLite2-ASN",
        languages=["en"],
        description={"en": "HostGuard test ASN"},
    )
    w.insert_network(
        netaddr.IPSet(["8.8.8.0/24"]),
        {"autonomous_system_number": 15169, "autonomous_system_organization": "GOOGLE"},
    )
    w.to_db_file(str(path))
    return path


def gzipped(path: Path) -> bytes:
    return gzip.compress(path.read_bytes())


def maxmind_tarball(path: Path, edition: str, date: str = "20261124") -> bytes:
    """A tar.gz laid out as MaxMind ships it: EDITION_DATE/{COPYRIGHT.txt,LICENSE.txt,EDITION.mmdb}."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        folder = f"{edition}_{date}"
        for name, data in (
            ("COPYRIGHT.txt", b"Database and Contents Copyright (c) MaxMind, Inc.\n"),
            ("LICENSE.txt", b"Use of this MaxMind product is governed by ...\n"),
            (f"{edition}.mmdb", path.read_bytes()),
        ):
            info = tarfile.TarInfo(f"{folder}/{name}")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def sha256_line(data: bytes, name: str) -> bytes:
    return f"{hashlib.sha256(data).hexdigest()}  {name}\n".encode()


# -- a download server on loopback --------------------------------------------------------


@dataclass
class Route:
    body: bytes
    status: int = 200
    auth: tuple[str, str] | None = None  # HTTP Basic credentials required
    length: int | None = None  # Content-Length to announce (default: len(body))


@dataclass
class DownloadServer:
    url: str
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[str] = field(default_factory=list)  # paths asked for, in order

    def serve(self, path: str, body: bytes, **kw) -> None:
        self.routes[path] = Route(body, **kw)


@pytest.fixture
def download_server():
    """A real HTTP server on 127.0.0.1 serving ``routes`` (path with query -> Route); 404 otherwise."""
    state = DownloadServer(url="")

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):  # keep test output clean
            pass

        def do_GET(self):
            state.requests.append(self.path)
            route = state.routes.get(self.path)
            if route is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if route.auth is not None:
                expected = "Basic " + base64.b64encode(":".join(route.auth).encode()).decode()
                if self.headers.get("Authorization") != expected:
                    self.send_response(401)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
            self.send_response(route.status)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header(
                "Content-Length", str(route.length if route.length is not None else len(route.body))
            )
            self.end_headers()
            self.wfile.write(route.body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    # a short poll interval only makes shutdown at teardown quick
    thread = threading.Thread(
        target=server.serve_forever,
        kwargs={"poll_interval": 0.05},
        name="download-server",
        daemon=True,
    )
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    yield state
    server.shutdown()
    server.server_close()
    thread.join(5)


@pytest.fixture
def closed_port() -> int:
    """A loopback port nobody listens on (bound, then closed)."""
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port
