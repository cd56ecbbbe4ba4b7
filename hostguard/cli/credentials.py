"""`hostguard credentials set|status|delete --service S`: keep meeting-service and MaxMind
credentials in the OS keyring.

Secrets are never taken as command-line arguments (they would land in shell history and the
process list): `set` prompts without echo, or reads one line per field from standard input when
it is not a terminal, for scripts. Without a usable keyring nothing is stored (exit 2), and the
message says what to install or unlock and which environment variables work for this session.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from hostguard.cli import EXIT_OK, UsageError
from hostguard.services.credentials import (
    SERVICES,
    BackendState,
    Credentials,
    CredentialsError,
    KeyringUnavailable,
    environment_hint,
    no_keyring_advice,
    service,
)


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "credentials",
        help="store, check or delete service credentials in the OS keyring",
        description='Keep credentials in the OS keyring (service name "HostGuard"). Secrets are '
        "prompted without echo, or read one per line from standard input when it is not a "
        "terminal; they are never accepted as arguments. This is the way to give HostGuard a "
        "real service's credentials: `watch --token` puts the token on the command line, where "
        "other users of this computer can read it in the process list.",
    )
    actions = p.add_subparsers(dest="credentials_action", metavar="ACTION", required=True)
    services = sorted(SERVICES)
    for name, help_text, required in (
        ("set", "prompt for the service's credentials and store them", True),
        (
            "status",
            "name the keyring and list which credentials are stored (never the values)",
            False,
        ),
        ("delete", "remove the service's credentials from the keyring", True),
    ):
        a = actions.add_parser(
            name, help=help_text, description=help_text[0].upper() + help_text[1:] + "."
        )
        a.add_argument(
            "--service",
            choices=services,
            required=required,
            help="which credentials" + ("" if required else " (default: all)"),
        )
        a.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    store = Credentials()
    try:
        if args.credentials_action == "set":
            return _set(store, args.service)
        if args.credentials_action == "delete":
            return _delete(store, args.service)
        return _status(store, args.service)
    except CredentialsError as exc:
        raise UsageError(str(exc)) from None


def _read_values(service_name: str) -> dict[str, str]:
    svc = service(service_name)
    values: dict[str, str] = {}
    interactive = sys.stdin is not None and sys.stdin.isatty()
    if interactive:
        print(f"Enter {svc.title} credentials (input is not shown).", file=sys.stderr)
    for fld in svc.fields:
        if interactive:
            prompt = f"{svc.title} {fld.label}" + (" (optional, Enter to skip)" if fld.optional else "")
            try:
                value = getpass.getpass(f"{prompt}: ")
            except EOFError:
                value = ""
        else:
            line = sys.stdin.readline() if sys.stdin is not None else ""
            value = line.rstrip("\r\n")
        value = value.strip()
        where = "" if interactive else f" (line {svc.fields.index(fld) + 1} of standard input)"
        if not value and fld.optional:
            continue
        if not value:
            raise UsageError(f"no {svc.title} {fld.label} given{where}: nothing was stored")
        if not value.isprintable():
            # A pasted escape sequence or a stray control key: such a secret could never be
            # sent, and the value itself is not repeated here.
            raise UsageError(
                f"the {svc.title} {fld.label}{where} contains a control character: nothing was stored"
            )
        values[fld.key] = value
    return values


def _set(store: Credentials, service_name: str) -> int:
    info = store.info()
    if not info.usable:
        # Refuse before prompting: nobody should type a secret that goes nowhere.
        raise UsageError(no_keyring_advice(service_name, info))
    values = _read_values(service_name)
    svc = service(service_name)
    done: list[str] = []
    kept: list[str] = []
    for fld in svc.fields:
        if fld.key not in values:
            # An optional field left empty: whatever was stored stays (and the person is told).
            if store.get(service_name, fld.key):
                kept.append(fld.label)
            continue
        try:
            store.set(service_name, fld.key, values[fld.key], session_fallback=False, info=info)
        except KeyringUnavailable as exc:
            stored = f" ({', '.join(done)} already stored)" if done else ""
            raise UsageError(f"{exc}{stored}") from None
        done.append(fld.label)
    kept_note = (f" The {', '.join(kept)} stored before is kept (`hostguard credentials delete` removes all)."
                 if kept else "")
    print(f"{svc.title}: {', '.join(done)} stored in {info.name}.{kept_note}")
    return EXIT_OK


def _delete(store: Credentials, service_name: str) -> int:
    info = store.info()
    svc = service(service_name)
    if info.state is BackendState.UNAVAILABLE:
        raise UsageError(f"cannot delete from {info.name}: {info.reason}")
    if info.state is BackendState.ABSENT:
        print(f"No usable keyring here ({info.reason}): nothing is stored for {svc.title}.")
        return EXIT_OK
    removed = [fld.label for fld in svc.fields if store.delete(service_name, fld.key)]
    if removed:
        print(f"{svc.title}: {', '.join(removed)} deleted from {info.name}.")
    else:
        print(f"{svc.title}: nothing was stored in {info.name}.")
    return EXIT_OK


def _status(store: Credentials, service_name: str | None) -> int:
    info = store.info()
    if info.usable:
        print(f"Keyring: {info.name}, usable.")
    elif info.state is BackendState.UNAVAILABLE:
        print(f"Keyring: {info.name}, not usable now: {info.reason}.")
    else:
        print(f"Keyring: none usable ({info.reason}).")
    names = [service_name] if service_name else sorted(SERVICES)
    for name in names:
        svc = service(name)
        if info.state is BackendState.UNAVAILABLE:
            stored: dict[str, str] | None = None
        else:
            stored = store.stored_fields(name)
        parts = []
        for fld in svc.fields:
            if stored is None:
                state = "unknown (keyring not readable)"
            elif fld.key in stored:
                state = "stored" if stored[fld.key] == "keyring" else "kept for this session"
            else:
                state = "not stored"
            if (os.environ.get(fld.env) or "").strip():
                state += f"; {fld.env} is set and takes precedence"
            parts.append(f"{fld.label}{' (optional)' if fld.optional else ''} {state}")
        print(f"{svc.title} ({name}): " + ", ".join(parts) + ".")
    if not info.usable:
        hint = "; ".join(environment_hint(n) + f" for {service(n).title}" for n in names)
        print(
            f"Nothing can be stored until a keyring is usable. For this session, {hint}.",
            file=sys.stderr,
        )
    return EXIT_OK
