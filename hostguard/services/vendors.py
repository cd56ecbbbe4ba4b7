"""Builders for the vendor adapters (Zoom, Webex) from what the CLI and the app collect.

`hostguard.services.make_adapter` already finds ``make_adapter`` in ``hostguard.services.zoom``
and ``hostguard.services.webex``; these two functions are the same builders under names that
say which service they build, for callers that know the service up front.
"""

from __future__ import annotations

from collections.abc import Mapping

from hostguard.services import zoom
from hostguard.services.webex import WebexAdapter
from hostguard.services.zoom import ZoomAdapter


def make_zoom(
    url: str | None,
    creds: Mapping[str, str],
    *,
    plan: str | None = None,
    daily_cap: int | None = None,
) -> ZoomAdapter:
    """Zoom at ``url`` (``BASE/v2/...`` and ``BASE/oauth/token``), or Zoom's own hosts when None.

    ``creds``: ``account_id``, ``client_id``, ``client_secret`` (a Server-to-Server OAuth app).
    ``plan``/``daily_cap``: the account's plan and daily cap (else ``HOSTGUARD_ZOOM_PLAN`` /
    ``HOSTGUARD_ZOOM_DAILY_CAP``). Raises ConfigurationError when one is missing or wrong, or
    the URL is not http(s).
    """
    return zoom.make_adapter(url, creds, plan=plan, daily_cap=daily_cap)


def make_webex(url: str | None, creds: Mapping[str, str]) -> WebexAdapter:
    """Webex at ``url`` (``BASE/v1/...`` and ``BASE/analytics/v1/...``), or Webex's own hosts.

    ``creds``: ``token`` or ``access_token`` (a bearer token). Raises ConfigurationError when
    it is missing or the URL is not http(s).
    """
    return WebexAdapter(url, creds)


__all__ = ["make_webex", "make_zoom"]
