"""Meeting-service adapters behind one interface with declared capabilities, and shared HTTP behaviour (no Qt).

`make_adapter(service, url, credentials)` is the one place that turns a service name into an
adapter; the CLI and the desktop app both use it. ``credentials`` is a mapping of the
service's credential names to values (reference/webex: ``token``; zoom: ``account_id``,
``client_id``, ``client_secret``). ``options`` are service settings that are not secrets:
Zoom takes ``plan`` (free | pro | business | enterprise) and ``daily_cap`` (requests per day);
given (not None) they win over the environment (``HOSTGUARD_ZOOM_PLAN``/``_DAILY_CAP``).
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping

from hostguard.services.base import Adapter, ConfigurationError

SERVICES = ("reference", "zoom", "webex")

# service -> the module whose ``make_adapter(url, credentials, **options)`` builds its adapter;
# imported when first used, so a CLI run for one service does not load the others.
_VENDOR_ADAPTERS = {
    "zoom": "hostguard.services.zoom",
    "webex": "hostguard.services.webex",
}


# service -> the settings (``options``) its factory accepts
SERVICE_OPTIONS: dict[str, tuple[str, ...]] = {"zoom": ("plan", "daily_cap")}


def make_adapter(
    service: str, url: str | None, credentials: Mapping[str, str], **options: object
) -> Adapter:
    """An adapter for ``service`` at ``url`` (None: the vendor's real hosts).

    Raises ConfigurationError (a usage error) for an unknown service, a missing URL or
    credential, or a setting the service does not take.
    """
    given = {k: v for k, v in options.items() if v is not None}
    unknown = sorted(set(given) - set(SERVICE_OPTIONS.get(service, ())))
    if unknown:
        raise ConfigurationError(f"the {service} service has no setting {', '.join(unknown)}")
    if service == "reference":
        from hostguard.services.reference import ReferenceAdapter

        if not url:
            raise ConfigurationError(
                "the reference service has no default address: give --url BASE (the API root)"
            )
        token = credentials.get("token", "")
        if not token:
            raise ConfigurationError("no token for the reference service")
        return ReferenceAdapter(url, token)
    if service in _VENDOR_ADAPTERS:
        return importlib.import_module(_VENDOR_ADAPTERS[service]).make_adapter(url, credentials, **given)
    raise ConfigurationError(f"unknown service {service!r} (expected one of {', '.join(SERVICES)})")
