"""Download a current IP geolocation database and swap it in safely (`hostguard geoip update`).

Sources:

* DB-IP Lite (monthly, no key, CC BY 4.0):
  ``https://download.db-ip.com/free/dbip-country-lite-YYYY-MM.mmdb.gz``; this month's file is
  tried first and last month's on 404 (a new month's file appears some days into the month).
* A MaxMind edition (GeoLite2 needs a free account; its EULA forbids redistribution, so each host
  downloads with their own account ID and license key, kept in the keyring):
  ``https://download.maxmind.com/geoip/databases/{edition}/download?suffix=tar.gz`` with HTTP
  Basic auth, checked against ``suffix=tar.gz.sha256``.

A download is bounded in size and time (the whole transfer, headers included: a server trickling
its headers is cut off at the deadline too), written to a temporary file next to its destination,
verified (checksum where offered; it opens with maxminddb and with HostGuard's resolver; its
``database_type`` fits what was asked for), fsynced and moved into place with ``os.replace``.
The file it replaces is kept as ``<name>.previous`` for `rollback`. Whatever goes wrong, the
current database is left as it was.

Installed databases live in ``platformdirs.user_data_dir("HostGuard")/geoip/``;
`installed_database_path` tells the resolver which one to prefer over the bundled file.
Nothing for authentication comes from the environment: ``~/.netrc`` is never read (a MaxMind
download sends the account ID and license key HostGuard was given, to MaxMind only; nothing to
the storage host it redirects to). Proxies from the environment are used. MaxMind credentials are
never sent over plain ``http://`` to a host other than this computer.

(About 750 lines, one job: getting a database file safely from two sources onto this disk. The
two sources' URL and auth rules, the bounded download, the checks and the swap with rollback
are one sequence whose every step can leave the current database untouched; split across
modules, that guarantee would have to be read in several places.)

No Qt here.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import hashlib
import logging
import os
import re
import shutil
import tarfile
import tempfile
import time
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import maxminddb
import platformdirs
import requests

from hostguard import __version__
from hostguard.services.base import CredentialsHint, UnreachableError
from hostguard.services.http import HostGuardSession, deadline_guard, is_loopback_host

log = logging.getLogger(__name__)

DBIP_BASE = "https://download.db-ip.com"
MAXMIND_BASE = "https://download.maxmind.com"
DEFAULT_DBIP_EDITION = "dbip-country-lite"
_DBIP_KINDS = {"dbip-country-lite": "Country", "dbip-city-lite": "City", "dbip-asn-lite": "ASN"}
DEFAULT_MAXMIND_EDITION = "GeoLite2-Country"

MAX_DOWNLOAD_BYTES = 300 * 1024 * 1024  # DB-IP City Lite, the largest, is ~130 MB compressed
MAX_DATABASE_BYTES = 1024 * 1024 * 1024  # after decompression
DOWNLOAD_DEADLINE_S = 15 * 60.0  # the whole transfer, not one read
CONNECT_TIMEOUT_S = 10.0
READ_TIMEOUT_S = 30.0
CHUNK = 256 * 1024
PREVIOUS_SUFFIX = ".previous"

_EDITION_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")

ProgressCallback = Callable[[int, int | None], None]  # (bytes so far, total or None)


class UpdateError(Exception):
    """A database update failed; the current database is untouched. ``exit_code``: README
    "Command line" (exit codes).

    A download server that cannot be reached or refuses the credentials is the services
    layer's one `UnreachableError` (hostguard.services.base; exit 3), not an UpdateError.
    """

    exit_code = 1


class BadDownloadError(UpdateError):
    """What arrived is not a database HostGuard can use (exit 2)."""

    exit_code = 2


class UsageProblem(UpdateError):
    """Invalid options or missing credentials (exit 2)."""

    exit_code = 2


@dataclass(frozen=True, slots=True)
class UpdateResult:
    path: str  # the installed database
    previous: str | None  # the file kept for rollback, if there was one
    database_type: str
    build_date: dt.date
    source_url: str  # without credentials
    size: int

    def sentence(self) -> str:
        kept = f"; the previous file is kept as {Path(self.previous).name}" if self.previous else ""
        return f"Installed {self.database_type} built {self.build_date.isoformat()} at {self.path}{kept}."


# -- where databases live ------------------------------------------------------------------


def geoip_dir() -> Path:
    """The folder downloaded databases go to: <user data dir>/HostGuard/geoip."""
    return Path(platformdirs.user_data_dir("HostGuard")) / "geoip"


def database_file_name(source: str, edition: str) -> str:
    """Stable file name per edition, so each update replaces the last one."""
    return f"{edition}.mmdb"


def _kind(database_type: str) -> str | None:
    # The same case-sensitive substrings geoip2 and hostguard.core.geo test.
    for kind in ("Anonymous-IP", "ASN", "City", "Country"):
        if kind in database_type:
            return kind
    return None


def _read_type(path: Path) -> str | None:
    try:
        with maxminddb.open_database(str(path), maxminddb.MODE_FILE) as reader:
            return str(reader.metadata().database_type)
    except Exception:
        return None


def installed_databases(directory: str | os.PathLike[str] | None = None) -> list[tuple[str, str]]:
    """(path, database_type) of each readable database installed by `update`, newest first."""
    folder = Path(directory) if directory is not None else geoip_dir()
    try:
        candidates = [p for p in folder.glob("*.mmdb") if p.is_file()]
    except OSError:
        return []
    candidates.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    out = []
    for p in candidates:
        t = _read_type(p)
        if t is not None:
            out.append((str(p), t))
    return out


def installed_database_path(directory: str | os.PathLike[str] | None = None) -> str | None:
    """The most recently installed country or city database, or None (use the bundled one)."""
    for path, database_type in installed_databases(directory):
        if _kind(database_type) in ("Country", "City"):
            return path
    return None


def installed_database_paths(directory: str | os.PathLike[str] | None = None) -> list[str]:
    """At most one installed database per kind (country/city, ASN, anonymous-IP), newest wins,
    in the order GeoResolver takes them."""
    chosen: dict[str, str] = {}
    for path, database_type in installed_databases(directory):
        kind = _kind(database_type)
        slot = "country" if kind in ("Country", "City") else kind
        if slot is not None and slot not in chosen:
            chosen[slot] = path
    return [chosen[s] for s in ("country", "ASN", "Anonymous-IP") if s in chosen]


def _build_date(path: str) -> dt.date | None:
    try:
        with maxminddb.open_database(path, maxminddb.MODE_FILE) as reader:
            return dt.datetime.fromtimestamp(reader.metadata().build_epoch, dt.UTC).date()
    except Exception:
        return None


def default_resolver_paths(directory: str | os.PathLike[str] | None = None) -> list[str] | None:
    """What GeoResolver should open when the user names no database: the installed databases,
    except a country/city one older than the bundled file (e.g. after upgrading HostGuard);
    None means "the bundled database alone" (``GeoResolver(None)``).

    An ASN or anonymous-IP database alone is fine: GeoResolver layers it on the bundled one.
    """
    from hostguard.core.geo import GeoError, bundled_database_path

    paths = installed_database_paths(directory)
    country = installed_database_path(directory)
    if country is not None:
        try:
            bundled = _build_date(bundled_database_path())
        except GeoError:
            bundled = None
        mine = _build_date(country)
        if bundled is not None and mine is not None and mine < bundled:
            paths.remove(country)
    return paths or None


def open_resolver(paths: Sequence[str] | None = None, warn: Callable[[str], None] | None = None, *, index: bool = True):
    """The databases the user named; else those `geoip update` installed; else the bundled one.

    Named databases that cannot be used raise GeoError (the caller says which file). Installed
    ones that cannot be used are passed over with a ``warn``ing, so a damaged download never
    stops HostGuard from starting.
    """
    from hostguard.core.geo import GeoError, GeoResolver

    if paths:
        return GeoResolver(paths, index=index)
    installed = default_resolver_paths()
    if installed:
        try:
            return GeoResolver(installed, index=index)
        except GeoError as exc:
            (warn or log.warning)(
                f"{exc}; using the bundled database instead "
                "(`hostguard geoip update --rollback` restores the previous download)"
            )
    return GeoResolver(None, index=index)


# -- the download --------------------------------------------------------------------------


def dbip_months(today: dt.date | None = None) -> list[str]:
    """This month and last month, "YYYY-MM", in the order to try them."""
    today = today or dt.datetime.now(dt.UTC).date()
    first = today.replace(day=1)
    last = first - dt.timedelta(days=1)
    return [first.strftime("%Y-%m"), last.strftime("%Y-%m")]


def _session() -> requests.Session:
    # Proxies from the environment, never credentials (~/.netrc); a total deadline per transfer.
    s = HostGuardSession(pool_size=2)
    s.headers["User-Agent"] = f"HostGuard/{__version__} (geoip update)"
    # The files are compressed already; a transfer encoding on top would skew byte counts.
    s.headers["Accept-Encoding"] = "identity"
    return s


def _describe(url: str) -> str:
    """A URL for messages: no query string (it may carry a presigned token after a redirect)."""
    return url.split("?", 1)[0]


def _too_slow(url: str) -> UnreachableError:
    return UnreachableError(
        f"{_describe(url)}: the download took too long (no complete answer by the deadline); "
        "try again. The current database is untouched."
    )


@contextlib.contextmanager
def _get(
    session: requests.Session,
    url: str,
    auth: tuple[str, str] | None,
    deadline: float | None = None,
) -> Iterator[requests.Response]:
    """GET ``url``; the block reads the answer. Everything, from connecting to the last byte
    of the body, ends by ``deadline`` (``time.monotonic()``)."""
    limit = time.monotonic() + DOWNLOAD_DEADLINE_S if deadline is None else deadline
    with deadline_guard(limit) as watched:
        try:
            with _get_unwatched(session, url, auth) as resp:
                yield resp
        except (UpdateError, UnreachableError, requests.exceptions.RequestException, OSError):
            if watched.expired:
                raise _too_slow(url) from None
            raise
    if watched.expired:  # what arrived was cut off by the deadline, not the whole answer
        raise _too_slow(url)


@contextlib.contextmanager
def _get_unwatched(
    session: requests.Session, url: str, auth: tuple[str, str] | None
) -> Iterator[requests.Response]:
    try:
        resp = session.get(url, auth=auth, stream=True, timeout=(CONNECT_TIMEOUT_S, READ_TIMEOUT_S))
    except requests.exceptions.SSLError as exc:
        raise UnreachableError(
            f"{_describe(url)}: TLS verification failed ({type(exc).__name__})"
        ) from None
    except (requests.exceptions.ConnectionError, requests.exceptions.Timeout) as exc:
        raise UnreachableError(
            f"cannot reach {_describe(url)} ({type(exc).__name__}); are you offline? "
            "The current database is untouched."
        ) from None
    except requests.exceptions.RequestException as exc:
        raise UnreachableError(f"{_describe(url)}: {type(exc).__name__}") from None
    try:
        yield resp
    finally:
        resp.close()


def _check_status(resp: requests.Response, what: str, *, with_credentials: bool = False) -> None:
    if resp.status_code in (401, 403):
        if with_credentials:
            raise UnreachableError(
                f"{what}: the server refused the credentials (HTTP {resp.status_code}); check the "
                "account ID and license key",
                status=resp.status_code,
                fix=CredentialsHint("maxmind"),
            )
        raise UnreachableError(f"{what}: the server refused the download (HTTP {resp.status_code})")
    if resp.status_code == 429:
        raise UnreachableError(f"{what}: too many downloads today (HTTP 429); try again later")
    if resp.status_code >= 500:
        raise UnreachableError(
            f"{what}: the server failed (HTTP {resp.status_code}); try again later"
        )
    if resp.status_code != 200:
        raise BadDownloadError(f"{what}: HTTP {resp.status_code} from {_describe(resp.url)}")


def _stream_to(
    resp: requests.Response,
    out,
    *,
    max_bytes: int,
    deadline: float,
    progress: ProgressCallback | None,
    hasher=None,
) -> int:
    total: int | None = None
    length = resp.headers.get("Content-Length")
    if length and length.isdigit():
        total = int(length)
        if total > max_bytes:
            raise BadDownloadError(
                f"{_describe(resp.url)} is {total / 1e6:.0f} MB, more than the {max_bytes / 1e6:.0f} MB allowed"
            )
    done = 0
    if progress:
        progress(0, total)
    try:
        for chunk in resp.iter_content(CHUNK):
            if not chunk:
                continue
            done += len(chunk)
            if done > max_bytes:
                raise BadDownloadError(
                    f"{_describe(resp.url)} is larger than the {max_bytes / 1e6:.0f} MB allowed"
                )
            if time.monotonic() > deadline:
                raise UnreachableError(
                    f"{_describe(resp.url)}: the download took too long; try again"
                )
            out.write(chunk)
            if hasher is not None:
                hasher.update(chunk)
            if progress:
                progress(done, total)
    except requests.exceptions.RequestException as exc:
        raise UnreachableError(
            f"the download from {_describe(resp.url)} broke off ({type(exc).__name__}); try again"
        ) from None
    if total is not None and done != total:
        raise BadDownloadError(f"{_describe(resp.url)}: got {done} of {total} bytes")
    return done


def _read_small(resp: requests.Response, limit: int) -> bytes:
    """At most ``limit`` bytes of a small response (a checksum line)."""
    buf = b""
    try:
        for chunk in resp.iter_content(1024):
            buf += chunk
            if len(buf) >= limit:
                break
    except requests.exceptions.RequestException as exc:
        raise UnreachableError(
            f"the download from {_describe(resp.url)} broke off ({type(exc).__name__}); try again"
        ) from None
    return buf[:limit]


def _copy_bounded(src, dst, max_bytes: int, what: str) -> None:
    n = 0
    while True:
        block = src.read(CHUNK)
        if not block:
            return
        n += len(block)
        if n > max_bytes:
            raise BadDownloadError(f"{what} unpacks to more than {max_bytes / 1e6:.0f} MB")
        dst.write(block)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory for fsync; NTFS journals the rename
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def verify_database(
    path: str | os.PathLike[str], expected_kind: str | tuple[str, ...]
) -> tuple[str, dt.date]:
    """Open ``path`` as HostGuard would use it; (database_type, build date) or BadDownloadError."""
    kinds = (expected_kind,) if isinstance(expected_kind, str) else expected_kind
    try:
        with maxminddb.open_database(str(path), maxminddb.MODE_FILE) as reader:
            meta = reader.metadata()
            database_type = str(meta.database_type)
            build = dt.datetime.fromtimestamp(meta.build_epoch, dt.UTC).date()
            # A lookup walks the search tree and decodes a record: catches a damaged body that
            # a valid metadata section at the end would hide.
            for probe in ("1.1.1.1", "8.8.8.8"):
                reader.get(probe)
    except BadDownloadError:
        raise
    except Exception as exc:
        raise BadDownloadError(
            f"the downloaded file is not a readable MaxMind DB ({type(exc).__name__}: {exc})"
        ) from None
    kind = _kind(database_type)
    if kind not in kinds:
        raise BadDownloadError(
            f"the downloaded database is of type {database_type!r}, not a {' or '.join(kinds)} database"
        )
    # And through the same resolver the app uses, so nothing downstream refuses it later.
    from hostguard.core.geo import GeoError, GeoResolver

    if kind in ("Country", "City"):
        try:
            with GeoResolver([str(path)]) as resolver:
                resolver.lookup("8.8.8.8")
        except (GeoError, ValueError, TypeError) as exc:
            raise BadDownloadError(f"the downloaded database cannot be used: {exc}") from None
    return database_type, build


def _link_or_copy(src: Path, dst: Path) -> None:
    try:
        os.link(src, dst)
    except OSError:  # filesystems without hard links
        shutil.copy2(src, dst)


def _install(tmp: Path, final: Path) -> str | None:
    """Move ``tmp`` to ``final`` atomically, keeping the old ``final`` as ``.previous``.

    ``final`` exists at every instant: the old file is linked (or copied) to the backup first,
    then the new one replaces it in one rename.
    """
    previous = final.with_name(final.name + PREVIOUS_SUFFIX)
    kept = None
    if final.exists():
        backup_tmp = final.with_name(f".{final.name}.previous.tmp")
        with contextlib.suppress(FileNotFoundError):
            backup_tmp.unlink()
        _link_or_copy(final, backup_tmp)
        os.replace(backup_tmp, previous)
        kept = str(previous)
    os.replace(tmp, final)
    _fsync_dir(final.parent)
    return kept


def _tmp_in(folder: Path, suffix: str):
    return tempfile.NamedTemporaryFile(dir=folder, prefix=".download-", suffix=suffix, delete=False)


def _cleanup(paths: list[Path]) -> None:
    for p in paths:
        with contextlib.suppress(OSError):
            p.unlink()


def _check_base_url(base_url: str) -> None:
    """--url must be an http(s) address with a host (named without anything after it)."""
    parts = urlsplit(base_url)
    try:
        parts.port  # noqa: B018 (urlsplit checks the port only when asked)
        ok_port = True
    except ValueError:
        ok_port = False
    host = parts.hostname or ""
    if (
        parts.scheme not in ("http", "https")
        or not host
        or not ok_port
        or not all(ch.isprintable() and not ch.isspace() for ch in host)
    ):
        raise UsageProblem(
            "--url must be an http:// or https:// address with a host name, "
            "e.g. https://mirror.example/dbip"
        )
    if parts.username or parts.password or parts.query or parts.fragment:
        raise UsageProblem(
            "--url must not contain a user name, password, query (?...) or fragment (#...)"
        )


def _check_credentials_transport(base_url: str, allow_insecure_http: bool) -> None:
    """MaxMind's account ID and license key go in an HTTP Basic header: never in clear text
    across a network (plain http is fine to this computer: a test or a local mirror)."""
    parts = urlsplit(base_url)
    if (
        parts.scheme == "http"
        and not is_loopback_host(parts.hostname or "")
        and not allow_insecure_http
    ):
        raise UsageProblem(
            f"--url http://{parts.hostname} is not encrypted: the MaxMind account ID and license "
            "key would cross the network in clear text; use an https:// address"
        )


def update(
    source: str = "dbip",
    edition: str | None = None,
    *,
    base_url: str | None = None,
    dest: str | os.PathLike[str] | None = None,
    credentials: tuple[str, str] | None = None,
    progress: ProgressCallback | None = None,
    today: dt.date | None = None,
    max_bytes: int = MAX_DOWNLOAD_BYTES,
    deadline_s: float = DOWNLOAD_DEADLINE_S,
    session: requests.Session | None = None,
    allow_insecure_http: bool = False,
) -> UpdateResult:
    """Download, verify and install one database. Raises UpdateError or UnreachableError
    (the current file untouched).

    ``credentials`` = (account ID, license key) for MaxMind; when None they are resolved from
    the environment (MAXMIND_ACCOUNT_ID, MAXMIND_LICENSE_KEY), then the keyring. They are
    refused over plain http to a host other than this computer unless ``allow_insecure_http``.
    """
    if source not in ("dbip", "maxmind"):
        raise UsageProblem(f"--source {source!r}: choose dbip or maxmind")
    edition = edition or (DEFAULT_DBIP_EDITION if source == "dbip" else DEFAULT_MAXMIND_EDITION)
    if not _EDITION_RE.match(edition):
        raise UsageProblem(f"--edition {edition!r} is not an edition name")
    if source == "dbip" and edition not in _DBIP_KINDS:
        raise UsageProblem(f"--edition {edition!r}: DB-IP offers {', '.join(_DBIP_KINDS)}")
    expected = _DBIP_KINDS[edition] if source == "dbip" else _kind(edition)
    if expected is None:
        raise UsageProblem(
            f"--edition {edition!r}: HostGuard reads Country, City, ASN and Anonymous-IP editions"
        )

    if base_url is not None:
        _check_base_url(base_url)
        if source == "maxmind":
            _check_credentials_transport(base_url, allow_insecure_http)
    folder = Path(dest) if dest is not None else geoip_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageProblem(f"--dest {folder}: cannot create the folder ({exc.strerror})") from None
    final = folder / database_file_name(source, edition)
    deadline = time.monotonic() + deadline_s
    own_session = session is None
    http = session or _session()
    temps: list[Path] = []
    try:
        if source == "dbip":
            base = (base_url or DBIP_BASE).rstrip("/")
            compressed, url = _download_dbip(
                http, base, edition, folder, temps, today, max_bytes, deadline, progress
            )
            db_tmp = _gunzip(compressed, folder, temps)
        else:
            base = (base_url or MAXMIND_BASE).rstrip("/")
            auth = credentials or _maxmind_credentials()
            compressed, url = _download_maxmind(
                http, base, edition, auth, folder, temps, max_bytes, deadline, progress
            )
            db_tmp = _untar(compressed, folder, temps)
        database_type, build = verify_database(db_tmp, expected)
        # readable like any file the user writes (NamedTemporaryFile creates 0600)
        os.chmod(db_tmp, 0o644)
        with open(db_tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        size = db_tmp.stat().st_size
        previous = _install(db_tmp, final)
        temps.remove(db_tmp)
        log.info("installed %s (%s, %s) from %s", final, database_type, build, url)
        return UpdateResult(str(final), previous, database_type, build, url, size)
    except requests.exceptions.RequestException as exc:  # before OSError: requests' are OSErrors
        raise UnreachableError(f"the download failed ({type(exc).__name__}); try again") from None
    except OSError as exc:
        raise UpdateError(f"cannot write into {folder}: {exc.strerror or exc}") from None
    finally:
        _cleanup(temps)
        if own_session:
            http.close()


def _download_dbip(
    http, base, edition, folder, temps, today, max_bytes, deadline, progress
) -> tuple[Path, str]:
    tried = []
    for month in dbip_months(today):
        url = f"{base}/free/{edition}-{month}.mmdb.gz"
        with _get(http, url, None, deadline) as resp:
            if resp.status_code == 404:
                tried.append(month)
                continue
            _check_status(resp, f"DB-IP {edition} {month}")
            with _tmp_in(folder, ".mmdb.gz") as out:
                temps.append(Path(out.name))
                _stream_to(resp, out, max_bytes=max_bytes, deadline=deadline, progress=progress)
            return Path(out.name), url
    raise BadDownloadError(
        f"DB-IP has no {edition} file for {' or '.join(tried)} at {base} (HTTP 404)"
    )


def _maxmind_credentials() -> tuple[str, str]:
    from hostguard.services.credentials import CredentialsError, missing_message
    from hostguard.services.credentials import resolve as resolve_credentials

    try:
        creds = resolve_credentials("maxmind")
    except CredentialsError as exc:
        raise UsageProblem(f"MaxMind credentials: {exc}") from None
    if creds is None:
        raise UsageProblem(missing_message("maxmind"))
    return creds["account_id"], creds["license_key"]


def _download_maxmind(
    http, base, edition, auth, folder, temps, max_bytes, deadline, progress
) -> tuple[Path, str]:
    url = f"{base}/geoip/databases/{edition}/download?suffix=tar.gz"
    with _get(http, url + ".sha256", auth, deadline) as resp:
        if resp.status_code in (400, 404):
            raise UsageProblem(
                f"MaxMind has no edition {edition!r} for this account (HTTP {resp.status_code})"
            )
        _check_status(resp, f"MaxMind {edition} checksum", with_credentials=True)
        text = _read_small(resp, 4096).decode("ascii", "replace")
    m = re.match(r"\s*([0-9a-fA-F]{64})\b", text)
    if not m:
        raise BadDownloadError(f"MaxMind {edition}: the checksum file is not a SHA-256 line")
    expected = m.group(1).lower()
    hasher = hashlib.sha256()
    with _get(http, url, auth, deadline) as resp:
        _check_status(resp, f"MaxMind {edition}", with_credentials=True)
        with _tmp_in(folder, ".tar.gz") as out:
            temps.append(Path(out.name))
            _stream_to(
                resp, out, max_bytes=max_bytes, deadline=deadline, progress=progress, hasher=hasher
            )
    if hasher.hexdigest() != expected:
        raise BadDownloadError(
            f"MaxMind {edition}: the download does not match its SHA-256 checksum; nothing was installed"
        )
    return Path(out.name), _describe(url) + "?suffix=tar.gz"


def _gunzip(compressed: Path, folder: Path, temps: list[Path]) -> Path:
    with _tmp_in(folder, ".mmdb") as out:
        temps.append(Path(out.name))
        try:
            with gzip.open(compressed, "rb") as src:
                _copy_bounded(src, out, MAX_DATABASE_BYTES, "the download")
        except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
            raise BadDownloadError(
                f"the download is not a complete gzip file ({type(exc).__name__}: {exc})"
            ) from None
    return Path(out.name)


def _untar(compressed: Path, folder: Path, temps: list[Path]) -> Path:
    with _tmp_in(folder, ".mmdb") as out:
        temps.append(Path(out.name))
        try:
            with tarfile.open(compressed, "r:gz") as tar:
                member = next((m for m in tar if m.isfile() and m.name.endswith(".mmdb")), None)
                if member is None:
                    raise BadDownloadError("the archive holds no .mmdb file")
                if member.size > MAX_DATABASE_BYTES:
                    raise BadDownloadError("the database in the archive is too large")
                src = tar.extractfile(member)
                assert src is not None
                # Read the one member into our own file: no names from the archive touch the disk.
                _copy_bounded(src, out, MAX_DATABASE_BYTES, "the archive")
        except (tarfile.TarError, EOFError, zlib.error, gzip.BadGzipFile) as exc:
            raise BadDownloadError(
                f"the download is not a complete tar.gz archive ({type(exc).__name__})"
            ) from None
    return Path(out.name)


# -- rollback ------------------------------------------------------------------------------


def rollback(
    source: str | None = None,
    edition: str | None = None,
    *,
    dest: str | os.PathLike[str] | None = None,
) -> tuple[str, str]:
    """Swap the installed database with its ``.previous`` file; (now current, now previous).

    Without source/edition, the most recently installed country or city database. Swapping
    (rather than deleting) lets a second rollback undo the first.
    """
    folder = Path(dest) if dest is not None else geoip_dir()
    if source is None and edition is None:
        current_s = installed_database_path(folder)
        if current_s is None:
            raise UsageProblem(f"no downloaded database in {folder} to roll back")
        final = Path(current_s)
    else:
        src = source or "dbip"
        ed = edition or (DEFAULT_DBIP_EDITION if src == "dbip" else DEFAULT_MAXMIND_EDITION)
        final = folder / database_file_name(src, ed)
    previous = final.with_name(final.name + PREVIOUS_SUFFIX)
    if not previous.is_file():
        raise UsageProblem(f"no previous database to roll back to ({previous} does not exist)")
    if _read_type(previous) is None:
        raise BadDownloadError(f"{previous} is not a readable database; nothing was changed")
    a = final.with_name(f".{final.name}.rollback-a")
    b = final.with_name(f".{final.name}.rollback-b")
    try:
        _cleanup([a, b])
        _link_or_copy(previous, a)
        if final.exists():
            _link_or_copy(final, b)
        os.replace(a, final)  # the current name always points at a whole file
        if b.exists():
            os.replace(b, previous)
        else:
            previous.unlink()
        os.utime(final)  # "most recently installed" is what installed_database_path prefers
        _fsync_dir(folder)
    except OSError as exc:
        _cleanup([a, b])
        raise UpdateError(f"cannot roll back in {folder}: {exc.strerror or exc}") from None
    return str(final), str(previous) if previous.exists() else ""
