"""Reading what Webex's participant list says: participants, their state and the 1970
placeholder times, and the Link header that pages the list.

Facts from Webex's own API description (``public-spec/webex-meeting.json``): ``Participant.state``
is ``lobby | end | joined | breakoutSession``; ``joinedTime``/``leftTime`` "non-existent or
``1970-01-01T00:00:00.000Z``" mean the meeting may still be ongoing (the time is filled in after
it ends), so the placeholder never means "left". Only fields the description defines are read
(`PARTICIPANT_KEYS`; the contract tests check them).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from hostguard.services.base import RemoteParticipant
from hostguard.services.vendor_common import (
    MAX_EMAIL,
    MAX_ID,
    MAX_NAME,
    Warnings,
    bounded,
    capped,
    field_text,
    type_name,
)
from hostguard.services.webex_qualities import correlation_ids

PLACEHOLDER_TIME = "1970-01-01T00:00:00"  # Webex's "not known yet" (with .000Z, Z or nothing)
STATES = {"lobby": "waiting", "joined": "joined", "breakoutSession": "joined", "end": "left"}


def real_time(text: str) -> str | None:
    """A Webex time, or None when it is absent or the 1970 placeholder."""
    if not text or text.startswith(PLACEHOLDER_TIME):
        return None
    return text


def id_kind(meeting: str) -> str:
    """ "number" (a meeting number), "instance" (``..._I_...``) or "series" (anything else)."""
    compact = meeting.replace(" ", "").replace("-", "")
    if compact.isdigit():
        return "number"
    if "_I_" in meeting:
        return "instance"
    return "series"


# -- the Link header ---------------------------------------------------------------------------------
def parse_link_header(value: str | None) -> dict[str, str]:
    """``{rel: url}`` from an RFC 8288 Link header, tolerant of what servers really send:
    several links, commas and semicolons inside ``<...>``, quoted or bare parameters in any
    case, several space-separated relations in one ``rel``. The first link of a relation wins."""
    links: dict[str, str] = {}
    if not value:
        return links
    s = value
    i, n = 0, len(s)
    while i < n:
        start = s.find("<", i)
        if start < 0:
            break
        end = s.find(">", start + 1)
        if end < 0:
            break
        url = s[start + 1 : end].strip()
        i = end + 1
        params: dict[str, str] = {}
        # parameters until the next comma outside quotes
        while i < n:
            while i < n and s[i] in " \t":
                i += 1
            if i >= n or s[i] == ",":
                i += 1
                break
            if s[i] != ";":
                # garbage between links: skip to the next link
                nxt = s.find("<", i)
                i = n if nxt < 0 else nxt
                break
            i += 1
            while i < n and s[i] in " \t":
                i += 1
            k0 = i
            while i < n and s[i] not in "=;,":
                i += 1
            key = s[k0:i].strip().lower()
            val = ""
            if i < n and s[i] == "=":
                i += 1
                while i < n and s[i] in " \t":
                    i += 1
                if i < n and s[i] == '"':
                    i += 1
                    v0 = i
                    while i < n and s[i] != '"':
                        i += 2 if s[i] == "\\" else 1
                    val = s[v0:i].replace('\\"', '"')
                    i += 1
                else:
                    v0 = i
                    while i < n and s[i] not in ";,":
                        i += 1
                    val = s[v0:i].strip()
            if key and key not in params:
                params[key] = val
        for rel in params.get("rel", "").lower().split():
            links.setdefault(rel, url)
    return links


# -- participants --------------------------------------------------------------------------------------


def _flag(d: Mapping[str, Any], key: str, where: str, warn: Warnings) -> bool:
    v = d.get(key)
    if v is None or isinstance(v, bool):
        return bool(v)
    if isinstance(v, str) and v.strip().lower() in ("true", "false"):
        warn.add(f"{where}.{key} should be true/false, got text; read as such")
        return v.strip().lower() == "true"
    warn.add(f"{where}.{key} should be true/false, got {type_name(v)}; read as false")
    return False


@dataclass(slots=True)
class WebexParticipant(RemoteParticipant):
    """A participant as Webex lists it; ``address_source`` says where ``ip`` came from and
    ``address_note`` why there is none (shown in the details pane)."""

    address_source: str = ""  # "" (none yet) | "analytics"
    address_note: str = ""
    correlation_ids: tuple[str, ...] = field(default=())
    instance_id: str = ""  # the meeting instance Webex says the participant belongs to


# The keys of Participant this module reads (the contract tests check them against the description).
PARTICIPANT_KEYS = (
    "id",
    "displayName",
    "email",
    "host",
    "coHost",
    "state",
    "joinedTime",
    "leftTime",
    "meetingId",
    "devices",
)


def parse_participant(raw: Any, where: str, warn: Warnings) -> WebexParticipant | None:
    if not isinstance(raw, dict):
        warn.add(f"{where} should be an object, got {type_name(raw)}; skipped")
        return None
    pid = bounded(field_text(raw, "id", where, warn), MAX_ID, where, "id", warn, then="ignored")
    if not pid:
        warn.add(f"{where} has no usable id; skipped")
        return None
    name = capped(field_text(raw, "displayName", where, warn), MAX_NAME, where, "displayName", warn)
    email = capped(field_text(raw, "email", where, warn), MAX_EMAIL, where, "email", warn)
    if _flag(raw, "host", where, warn):
        role = "host"
    elif _flag(raw, "coHost", where, warn):
        role = "co-host"
    else:
        role = "attendee"
    state = field_text(raw, "state", where, warn)
    status = STATES.get(state)
    if status is None:
        # No state we know: a real leftTime (not the 1970 placeholder) says they left.
        left = real_time(field_text(raw, "leftTime", where, warn))
        if state:
            warn.add(
                f"{where}.state is not lobby, joined, breakoutSession or end; read from leftTime"
            )
        status = "left" if left else "joined"
    instance = bounded(
        field_text(raw, "meetingId", where, warn), MAX_ID, where, "meetingId", warn, then="ignored"
    )
    return WebexParticipant(
        id=pid,
        name=name,
        email=email,
        role=role,
        status=status,
        ip="",
        joined_at=real_time(field_text(raw, "joinedTime", where, warn)),
        person_key=("email:" + email.lower())
        if email
        else ("name:" + name if name else "session:" + pid),
        correlation_ids=correlation_ids(raw, where, warn),
        instance_id=instance,
    )


__all__ = [
    "PARTICIPANT_KEYS",
    "PLACEHOLDER_TIME",
    "STATES",
    "WebexParticipant",
    "id_kind",
    "parse_link_header",
    "parse_participant",
    "real_time",
]
