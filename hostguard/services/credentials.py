"""Where HostGuard keeps meeting-service and database-update credentials: the OS keyring.

Everything goes through `keyring` under the service name "HostGuard", one entry per field
("zoom:client_secret", "maxmind:license_key", ...). Before storing, the keyring is checked for
being usable (keyring's fail and null backends, an empty chainer, a locked or unreachable
Secret Service and plain-text backends are not) and the person is told in one sentence where a
secret went. Without a usable keyring a secret is kept in this process's memory only, for this
session, never in a file: plain-text fallbacks are what other apps regret.

Lookups follow the precedence the README gives ("Meeting services and credentials"): an explicit ``--token``, then the environment
(``HOSTGUARD_TOKEN``; ``ZOOM_ACCOUNT_ID``/``ZOOM_CLIENT_ID``/``ZOOM_CLIENT_SECRET``;
``WEBEX_ACCESS_TOKEN`` and, optional, ``WEBEX_ADMIN_TOKEN``; for database updates ``MAXMIND_ACCOUNT_ID``/``MAXMIND_LICENSE_KEY``),
then the keyring. No secret value is ever logged, put into an exception message or a repr.

No Qt here: the CLI and the desktop app both use this module.

(About 560 lines: the keyring's usability checks, the session-only fallback and the per-service
field declarations belong together, since each declared field is stored, looked up and deleted
by the same rules; most of the length is those declarations and their people-facing sentences.)
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

import keyring
import keyring.backend
import keyring.errors

log = logging.getLogger(__name__)

SERVICE_NAME = "HostGuard"
PROBE_USERNAME = "hostguard:probe"  # read, never written: a harmless way to test the keyring
PROBE_TIMEOUT_S = 30.0  # an unlock prompt may be on screen; a hung D-Bus must not hang us forever


@dataclass(frozen=True, slots=True)
class CredentialField:
    """One thing a service needs: a keyring entry "<service>:<key>" and an environment variable."""

    key: str
    label: str  # in a person's words: "client secret"
    env: str
    secret: bool = True
    # Optional fields (Webex's admin token) may be absent: the service then does without them.
    optional: bool = False


@dataclass(frozen=True, slots=True)
class ServiceCredentials:
    name: str  # "zoom"
    title: str  # "Zoom"
    fields: tuple[CredentialField, ...]
    # the field an explicit --token fills (the one secret of the service)
    token_field: str


SERVICES: dict[str, ServiceCredentials] = {
    "reference": ServiceCredentials(
        "reference",
        "Reference service",
        (CredentialField("token", "API token", "HOSTGUARD_TOKEN"),),
        "token",
    ),
    "zoom": ServiceCredentials(
        "zoom",
        "Zoom",
        (
            CredentialField("account_id", "account ID", "ZOOM_ACCOUNT_ID", secret=False),
            CredentialField("client_id", "client ID", "ZOOM_CLIENT_ID", secret=False),
            CredentialField("client_secret", "client secret", "ZOOM_CLIENT_SECRET"),
        ),
        "client_secret",
    ),
    "webex": ServiceCredentials(
        "webex",
        "Webex",
        (
            CredentialField("access_token", "access token", "WEBEX_ACCESS_TOKEN"),
            # Webex's meeting-quality analytics (participant addresses) need an organisation
            # admin's token with analytics:read_all; expel and admit need the host's. Without
            # it the access token is used for both.
            CredentialField("admin_token", "admin token", "WEBEX_ADMIN_TOKEN", optional=True),
        ),
        "access_token",
    ),
    "maxmind": ServiceCredentials(
        "maxmind",
        "MaxMind",
        (
            CredentialField("account_id", "account ID", "MAXMIND_ACCOUNT_ID", secret=False),
            CredentialField("license_key", "license key", "MAXMIND_LICENSE_KEY"),
        ),
        "license_key",
    ),
}


class CredentialsError(Exception):
    """Credentials cannot be read or stored. The message never contains a secret."""


class KeyringUnavailable(CredentialsError):
    """No usable keyring: the message says why and what to do instead."""


class BackendState(StrEnum):
    USABLE = "usable"
    ABSENT = "absent"  # no keyring at all here (fail/null backend, nothing to chain, plain text)
    UNAVAILABLE = "unavailable"  # a keyring exists but is locked or does not answer


@dataclass(frozen=True, slots=True)
class BackendInfo:
    """The keyring in a person's words, and whether HostGuard can keep secrets in it."""

    name: str  # "Secret Service (GNOME Keyring)", "macOS Keychain", "no keyring"
    state: BackendState
    reason: str = ""  # why it is not usable, one clause; "" when usable
    # "keyring.backends.SecretService.Keyring", for --verbose and bug reports
    backend_class: str = ""

    @property
    def usable(self) -> bool:
        return self.state is BackendState.USABLE

    def sentence(self) -> str:
        if self.usable:
            return f"Secrets are stored in {self.name}."
        return f"No usable keyring here ({self.reason})."


def service(name: str) -> ServiceCredentials:
    try:
        return SERVICES[name]
    except KeyError:
        raise CredentialsError(
            f"unknown service {name!r}; choose one of {', '.join(SERVICES)}"
        ) from None


def username(service_name: str, key: str) -> str:
    """The keyring username of one field: "zoom:client_secret"."""
    return f"{service_name}:{key}"


# -- describing the backend -----------------------------------------------------------------

_SECRET_SERVICE_PROVIDERS = {
    "gnome-keyring-d": "GNOME Keyring",  # /proc/PID/comm is cut at 15 characters
    "gnome-keyring-daemon": "GNOME Keyring",
    "kwalletd5": "KWallet",
    "kwalletd6": "KWallet",
    "ksecretd": "KWallet",
    "keepassxc": "KeePassXC",
    "keepassxc-proxy": "KeePassXC",
}


def _secret_service_provider() -> str | None:
    """Which program answers org.freedesktop.secrets on the session bus, if we can tell.

    Best effort and Linux-only: asks the bus for the owner's process id and reads its name.
    """
    try:
        from jeepney import DBusAddress, new_method_call
        from jeepney.io.blocking import open_dbus_connection
    except ImportError:
        return None
    try:
        with open_dbus_connection(bus="SESSION") as conn:
            bus = DBusAddress(
                "/org/freedesktop/DBus",
                bus_name="org.freedesktop.DBus",
                interface="org.freedesktop.DBus",
            )
            msg = new_method_call(
                bus, "GetConnectionUnixProcessID", "s", ("org.freedesktop.secrets",)
            )
            reply = conn.send_and_get_reply(msg, timeout=2)
            pid = int(reply.body[0])
        with open(f"/proc/{pid}/comm", encoding="utf-8") as fh:
            comm = fh.read().strip()
    except Exception:  # no session bus, nobody owns the name yet, no /proc: just do not name it
        return None
    return _SECRET_SERVICE_PROVIDERS.get(comm, comm or None)


def _chained(backend: keyring.backend.KeyringBackend) -> list[keyring.backend.KeyringBackend]:
    try:
        return list(backend.backends)  # type: ignore[attr-defined]
    except Exception:
        return []


def describe_backend(
    backend: keyring.backend.KeyringBackend | None = None, *, name_provider: bool = True
) -> BackendInfo:
    """Name the keyring backend in a person's words, without touching any secret.

    The state is USABLE or ABSENT here; `check_backend` also probes a live keyring for being
    locked or unreachable.
    """
    backend = backend if backend is not None else keyring.get_keyring()
    cls = type(backend)
    path = f"{cls.__module__}.{cls.__qualname__}"
    module = cls.__module__

    if module == "keyring.backends.chainer":
        inner = _chained(backend)
        if not inner:
            return BackendInfo(
                "no keyring", BackendState.ABSENT, "keyring found no backend to use", path
            )
        # set_password goes to the first (highest priority) backend: that is where secrets land.
        first = describe_backend(inner[0], name_provider=name_provider)
        return BackendInfo(
            first.name, first.state, first.reason, f"{path} -> {first.backend_class}"
        )
    if module == "keyring.backends.fail":
        return BackendInfo(
            "no keyring", BackendState.ABSENT, "keyring found no backend to use", path
        )
    if module == "keyring.backends.null":
        return BackendInfo(
            "no keyring", BackendState.ABSENT, "keyring is switched off (null backend)", path
        )
    if module.startswith("keyring.backends.macOS"):
        return BackendInfo("macOS Keychain", BackendState.USABLE, "", path)
    if module == "keyring.backends.Windows":
        return BackendInfo("Windows Credential Manager", BackendState.USABLE, "", path)
    if module in ("keyring.backends.SecretService", "keyring.backends.libsecret"):
        provider = _secret_service_provider() if name_provider else None
        name = f"Secret Service ({provider})" if provider else "Secret Service"
        return BackendInfo(name, BackendState.USABLE, "", path)
    if module == "keyring.backends.kwallet":
        return BackendInfo("KWallet", BackendState.USABLE, "", path)
    if module.startswith("keyrings.alt"):
        if "plaintext" in cls.__name__.lower():
            # keyrings.alt's PlaintextKeyring writes secrets readable by anyone with the file.
            return BackendInfo(
                "a plain-text file (keyrings.alt)",
                BackendState.ABSENT,
                "the configured backend keeps secrets in plain text, which HostGuard does not use",
                path,
            )
        return BackendInfo(
            f"an encrypted file (keyrings.alt {cls.__name__})", BackendState.USABLE, "", path
        )
    name = getattr(cls, "name", "") or cls.__name__
    return BackendInfo(str(name), BackendState.USABLE, "", path)


def _probe(backend: keyring.backend.KeyringBackend, timeout: float) -> str | None:
    """Read a never-written entry; None when the keyring answered, else why it did not."""
    outcome: dict[str, str | None] = {}

    def run() -> None:
        try:
            backend.get_password(SERVICE_NAME, PROBE_USERNAME)
            outcome["reason"] = None
        except keyring.errors.KeyringLocked:
            outcome["reason"] = "the keyring is locked"
        except keyring.errors.NoKeyringError:
            outcome["reason"] = "keyring found no backend to use"
        except keyring.errors.InitError:
            outcome["reason"] = "the keyring could not be opened"
        except Exception as exc:
            # D-Bus, secretstorage, jeepney, OS errors: all mean "cannot reach it". Only the
            # type goes into the reason: messages from lower layers are not ours to vouch for.
            outcome["reason"] = f"the keyring does not answer ({type(exc).__name__})"

    worker = threading.Thread(target=run, name="keyring-probe", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        return f"the keyring did not answer within {timeout:.0f} s"
    return outcome.get("reason", "the keyring does not answer")


def check_backend(
    backend: keyring.backend.KeyringBackend | None = None, *, timeout: float = PROBE_TIMEOUT_S
) -> BackendInfo:
    """`describe_backend` plus a harmless read, to find a locked or unreachable keyring."""
    backend = backend if backend is not None else keyring.get_keyring()
    info = describe_backend(backend)
    if not info.usable:
        return info
    reason = _probe(backend, timeout)
    if reason is None:
        return info
    return BackendInfo(info.name, BackendState.UNAVAILABLE, reason, info.backend_class)


def usable(backend: keyring.backend.KeyringBackend | None = None) -> bool:
    """True when secrets can be kept in the keyring here, now."""
    return check_backend(backend).usable


def how_to_get_a_keyring() -> str:
    """One sentence: what to install or unlock on this OS."""
    if sys.platform == "darwin":
        return "unlock the login keychain (Keychain Access)"
    if sys.platform.startswith("win"):
        return "sign in to Windows with your own account so Credential Manager is available"
    return (
        "install and unlock GNOME Keyring or KWallet (Debian/Ubuntu: apt install gnome-keyring; "
        "a desktop login unlocks it)"
    )


def environment_hint(service_name: str) -> str:
    """How to pass the credentials for this session without a keyring."""
    svc = service(service_name)
    names = [f.env for f in svc.fields if not f.optional]
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    noun = "variable" if len(names) == 1 else "variables"
    extra = [f"{f.env} for the {f.label}" for f in svc.fields if f.optional]
    return f"use the environment {noun} {listed}" + (f" (optionally {', '.join(extra)})" if extra else "")


def no_keyring_advice(service_name: str, info: BackendInfo) -> str:
    """Why nothing was stored and what to do, in two sentences."""
    return (
        f"No usable keyring here ({info.reason}): nothing was stored. "
        f"To keep credentials, {how_to_get_a_keyring()}; for this session only, "
        f"{environment_hint(service_name)}."
    )


# -- the store ------------------------------------------------------------------------------

# Secrets entered while no keyring was usable: this process only, gone when it exits.
_session_secrets: dict[tuple[str, str], str] = {}
_session_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class StoreResult:
    in_keyring: bool
    # "Stored in Secret Service (GNOME Keyring)." / "No usable keyring here: kept for this session only; ..."
    sentence: str


@dataclass(slots=True)
class Resolution:
    """Credentials for one service and where each came from (never the values in the repr)."""

    service: str
    values: dict[str, str] = field(repr=False, default_factory=dict)
    # key -> "--token" | "environment (X)" | "keyring" | "session"
    sources: dict[str, str] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)  # field keys with no value anywhere

    @property
    def complete(self) -> bool:
        return not self.missing


class Credentials:
    """Credentials in the OS keyring under "HostGuard", with a session-only fallback.

    ``backend`` defaults to whatever keyring picked (read at each call, so
    ``keyring.set_keyring`` in tests and at start-up takes effect).
    """

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend

    def __repr__(self) -> str:
        return f"Credentials(backend={self.backend_class_name()})"

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        return self._backend if self._backend is not None else keyring.get_keyring()

    def backend_class_name(self) -> str:
        cls = type(self.backend)
        return f"{cls.__module__}.{cls.__qualname__}"

    def info(self, *, probe: bool = True) -> BackendInfo:
        return check_backend(self.backend) if probe else describe_backend(self.backend)

    def usable(self) -> bool:
        return self.info().usable

    # -- one field --------------------------------------------------------------------
    def get(self, service_name: str, key: str) -> str | None:
        """The stored value, or None when nothing is stored (or no keyring exists here).

        Raises KeyringUnavailable when a keyring exists but is locked or does not answer, so
        callers can say so instead of "not set".
        """
        _field(service_name, key)
        with _session_lock:
            value = _session_secrets.get((service_name, key))
        if value is not None:
            return value
        backend = self.backend
        if not describe_backend(backend, name_provider=False).usable:
            return None
        try:
            value = backend.get_password(SERVICE_NAME, username(service_name, key))
        except keyring.errors.NoKeyringError:
            return None
        except keyring.errors.KeyringLocked:
            raise KeyringUnavailable("the keyring is locked: unlock it and try again") from None
        except Exception as exc:
            raise KeyringUnavailable(
                f"could not read {service(service_name).title} {_field(service_name, key).label} "
                f"from the keyring ({type(exc).__name__})"
            ) from None
        return value or None

    def set(
        self,
        service_name: str,
        key: str,
        value: str,
        *,
        session_fallback: bool = True,
        info: BackendInfo | None = None,
    ) -> StoreResult:
        """Store one field. Without a usable keyring: keep it for this session when
        ``session_fallback``, else raise KeyringUnavailable (nothing stored)."""
        fld = _field(service_name, key)
        if not value:
            raise CredentialsError(
                f"empty {service(service_name).title} {fld.label}: nothing stored"
            )
        info = info if info is not None else self.info()
        if not info.usable:
            if not session_fallback:
                raise KeyringUnavailable(no_keyring_advice(service_name, info))
            with _session_lock:
                _session_secrets[(service_name, key)] = value
            log.info("%s %s kept in memory for this session (no usable keyring)", service_name, key)
            return StoreResult(
                False,
                f"No usable keyring here: kept for this session only; {how_to_get_a_keyring()}, "
                f"or {environment_hint(service_name)}.",
            )
        try:
            self.backend.set_password(SERVICE_NAME, username(service_name, key), value)
        except Exception as exc:
            raise KeyringUnavailable(
                f"could not store {service(service_name).title} {fld.label} in {info.name} "
                f"({_scrub(exc, value)}); nothing else was changed"
            ) from None
        with _session_lock:
            _session_secrets.pop((service_name, key), None)
        log.info("%s %s stored in %s", service_name, key, info.name)
        return StoreResult(True, f"Stored in {info.name}.")

    def delete(self, service_name: str, key: str) -> bool:
        """Remove one field from the keyring and the session store; True if something was there."""
        _field(service_name, key)
        with _session_lock:
            removed = _session_secrets.pop((service_name, key), None) is not None
        backend = self.backend
        if not describe_backend(backend, name_provider=False).usable:
            return removed
        try:
            if backend.get_password(SERVICE_NAME, username(service_name, key)) is None:
                return removed
            backend.delete_password(SERVICE_NAME, username(service_name, key))
        except keyring.errors.PasswordDeleteError:
            return removed
        except keyring.errors.KeyringLocked:
            raise KeyringUnavailable("the keyring is locked: unlock it and try again") from None
        except Exception as exc:
            raise KeyringUnavailable(
                f"could not delete {service(service_name).title} {_field(service_name, key).label} "
                f"({type(exc).__name__})"
            ) from None
        return True

    # -- a whole service --------------------------------------------------------------
    def stored_fields(self, service_name: str) -> dict[str, str]:
        """key -> "keyring" | "session" for each field stored (no values)."""
        out: dict[str, str] = {}
        for fld in service(service_name).fields:
            with _session_lock:
                in_session = (service_name, fld.key) in _session_secrets
            if in_session:
                out[fld.key] = "session"
            elif self.get(service_name, fld.key) is not None:
                out[fld.key] = "keyring"
        return out

    def resolve(
        self, service_name: str, token: str | None = None, environ: Mapping[str, str] | None = None
    ) -> Resolution:
        """Each field from, in order: ``token`` (the service's secret), the environment, the keyring."""
        svc = service(service_name)
        env = os.environ if environ is None else environ
        res = Resolution(service_name)
        for fld in svc.fields:
            value: str | None = None
            if fld.key == svc.token_field and token and token.strip():
                value, source = token.strip(), "--token"
            elif (env.get(fld.env) or "").strip():
                value, source = env[fld.env].strip(), f"environment ({fld.env})"
            else:
                with _session_lock:
                    in_session = (service_name, fld.key) in _session_secrets
                value = self.get(service_name, fld.key)
                source = "session" if in_session else "keyring"
            if value:
                res.values[fld.key] = value
                res.sources[fld.key] = source
            elif not fld.optional:
                res.missing.append(fld.key)
        return res


def _field(service_name: str, key: str) -> CredentialField:
    for fld in service(service_name).fields:
        if fld.key == key:
            return fld
    raise CredentialsError(f"{service(service_name).title} has no credential field {key!r}")


def _scrub(exc: BaseException, secret: str) -> str:
    """An exception's type and message with the secret cut out, should a layer below echo it."""
    text = str(exc).replace(secret, "***") if secret else str(exc)
    text = " ".join(text.split())[:200]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def missing_message(service_name: str, missing: list[str] | None = None) -> str:
    """Why a command cannot connect, and the two ways to fix it."""
    svc = service(service_name)
    what = [f for f in svc.fields if not f.optional] if missing is None else [_field(service_name, k) for k in missing]
    labels = ", ".join(f.label for f in what)
    return (
        f"no {svc.title} credentials ({labels} missing): run `hostguard credentials set --service "
        f"{service_name}`, or {environment_hint(service_name)}"
    )


def resolve(service_name: str, token: str | None = None) -> dict[str, str] | None:
    """Credentials for ``service_name`` by the README's precedence (--token, environment, keyring).

    Returns {field key: value} (reference: "token"; zoom: "account_id", "client_id",
    "client_secret"; webex: "access_token" and, when given, "admin_token"; maxmind: "account_id", "license_key"), or None when
    any field is missing everywhere. For Zoom, ``token`` is taken as the client secret.
    Raises KeyringUnavailable when the keyring is locked or unreachable and had to be asked.
    """
    res = Credentials().resolve(service_name, token)
    return dict(res.values) if res.complete else None


def forget_session_secrets() -> None:
    """Drop everything kept for this session (tests, and the app's "sign out")."""
    with _session_lock:
        _session_secrets.clear()
