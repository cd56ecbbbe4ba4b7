"""Webex's meeting-quality analytics, read for the one thing HostGuard needs: whose address is whose.

``GET analytics/meeting/qualities?meetingId=<instance id>`` lists media sessions
(``MediaSessionQuality``), each with ``publicIP``. Webex's description does not promise that a
session's ``participantId`` has the form of the participant list's ``id`` (its examples
differ), so a session is matched to a participant, in this order:

1. by ``participantId`` equal to the participant's ``id``;
2. by ``participantSessionId`` equal (ignoring case) to the ``correlationId`` of one of the
   participant's devices (each join has one);
3. by ``webexUserEmail`` equal (ignoring case) to the participant's e-mail.

A participant gets an address only when the sessions matched at the first step that matches
anything agree on one address and no other participant claims them: two sessions with
different addresses, or an e-mail shared by several participants, leave the address unknown,
and the reason says which (never a guess about whose address is whose).

Only the fields Webex's description defines are read (``participantId``,
``participantSessionId``, ``webexUserEmail``, ``publicIP``); the contract tests check that.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from hostguard.services.vendor_common import (
    MAX_ADDRESS,
    MAX_EMAIL,
    MAX_ID,
    Warnings,
    bounded,
    field_text,
    type_name,
)

# The keys of MediaSessionQuality this module reads (the contract tests check them).
QUALITY_KEYS = ("participantId", "participantSessionId", "webexUserEmail", "publicIP")

# Why an address is unknown, in the host's words (shown in the details pane).
NOTE_NO_DATA = (
    "no address yet: Webex analytics has no media session for this person (its data starts "
    "about 10 minutes after the meeting starts and is read at most every 5 minutes)"
)


@dataclass(frozen=True, slots=True)
class QualityRow:
    """One media session: who (three ways) and the public address."""

    participant_id: str
    session_id: str  # participantSessionId, lower case
    email: str  # lower case
    ip: str


@dataclass(frozen=True, slots=True)
class Match:
    """The address found for one participant ("" when none) and, when none, why."""

    ip: str
    how: str = ""  # "participant id" | "session id" | "e-mail"
    note: str = ""


def parse_qualities(data: Any, warn: Warnings) -> list[QualityRow]:
    """The media sessions of one qualities answer that carry a usable public address."""
    rows: list[QualityRow] = []
    items = data.get("items") if isinstance(data, dict) else None
    if items is None:
        items = []
    if not isinstance(items, list):
        warn.add(f"qualities.items should be a list, got {type_name(items)}; ignored")
        items = []
    for i, raw in enumerate(items):
        where = f"qualities.items[{i}]"
        if not isinstance(raw, dict):
            warn.add(f"{where} should be an object, got {type_name(raw)}; skipped")
            continue
        ip_text = bounded(
            field_text(raw, "publicIP", where, warn),
            MAX_ADDRESS,
            where,
            "publicIP",
            warn,
            then="ignored",
        )
        if not ip_text:
            continue
        try:
            ipaddress.ip_address(ip_text)  # checked, but kept as Webex wrote it
        except ValueError:
            warn.add(f"{where}.publicIP is not an IP address; ignored")
            continue
        pid = bounded(
            field_text(raw, "participantId", where, warn),
            MAX_ID,
            where,
            "participantId",
            warn,
            then="ignored",
        )
        sid = bounded(
            field_text(raw, "participantSessionId", where, warn),
            MAX_ID,
            where,
            "participantSessionId",
            warn,
            then="ignored",
        )
        email = bounded(
            field_text(raw, "webexUserEmail", where, warn),
            MAX_EMAIL,
            where,
            "webexUserEmail",
            warn,
            then="ignored",
        )
        if not (pid or sid or email):
            continue  # an address that names nobody
        rows.append(QualityRow(pid, sid.lower(), email.lower(), ip_text))
    return rows


@dataclass(frozen=True, slots=True)
class Person:
    """What matching needs of a participant."""

    id: str
    email: str
    correlation_ids: tuple[str, ...]


def match_addresses(people: Sequence[Person], rows: Iterable[QualityRow]) -> dict[str, Match]:
    """participant id -> `Match` for every participant in ``people``."""
    rows = list(rows)
    by_pid: dict[str, list[QualityRow]] = {}
    by_sid: dict[str, list[QualityRow]] = {}
    by_email: dict[str, list[QualityRow]] = {}
    for r in rows:
        if r.participant_id:
            by_pid.setdefault(r.participant_id, []).append(r)
        if r.session_id:
            by_sid.setdefault(r.session_id, []).append(r)
        if r.email:
            by_email.setdefault(r.email, []).append(r)
    # Who claims each session id and each e-mail: a claim by two participants is no answer.
    sid_owners: dict[str, set[str]] = {}
    email_owners: dict[str, set[str]] = {}
    for p in people:
        for c in p.correlation_ids:
            sid_owners.setdefault(c.lower(), set()).add(p.id)
        if p.email:
            email_owners.setdefault(p.email.lower(), set()).add(p.id)
    # Sessions already matched to someone by id or session id are theirs, not evidence by e-mail.
    claimed: set[QualityRow] = set()
    for p in people:
        claimed.update(by_pid.get(p.id, ()))
        for c in p.correlation_ids:
            if len(sid_owners.get(c.lower(), ())) == 1:
                claimed.update(by_sid.get(c.lower(), ()))

    out: dict[str, Match] = {}
    for p in people:
        found = by_pid.get(p.id)
        if found:
            out[p.id] = _one(found, "participant id")
            continue
        sids = [c.lower() for c in p.correlation_ids if c.lower() in by_sid]
        if sids:
            shared = [c for c in sids if len(sid_owners.get(c, ())) > 1]
            if shared:
                out[p.id] = Match(
                    "",
                    note="unknown: one Webex analytics session id belongs to several participants, so its address cannot be given to either",
                )
                continue
            out[p.id] = _one([r for c in sids for r in by_sid[c]], "session id")
            continue
        email = p.email.lower()
        candidates = [r for r in by_email.get(email, ()) if r not in claimed] if email else []
        if candidates:
            owners = email_owners.get(email, set())
            if len(owners) > 1:
                out[p.id] = Match(
                    "",
                    note=f"unknown: Webex analytics matches this person only by e-mail, and {len(owners)} participants "
                    "share that e-mail, so whose address is whose cannot be told",
                )
                continue
            out[p.id] = _one(candidates, "e-mail")
            continue
        out[p.id] = Match("", note=NOTE_NO_DATA)
    return out


def _one(rows: Sequence[QualityRow], how: str) -> Match:
    addresses = {r.ip for r in rows}
    if len(addresses) == 1:
        return Match(next(iter(addresses)), how)
    return Match(
        "",
        how,
        note=f"unknown: Webex analytics reports {len(addresses)} different addresses for this person's "
        f"sessions (matched by {how}), so no single address can be used",
    )


def correlation_ids(raw: Mapping[str, Any], where: str, warn: Warnings) -> tuple[str, ...]:
    """The ``correlationId`` of each of a participant's ``devices``."""
    devices = raw.get("devices")
    if devices is None:
        return ()
    if not isinstance(devices, list):
        warn.add(f"{where}.devices should be a list, got {type_name(devices)}; ignored")
        return ()
    out = []
    for j, d in enumerate(devices):
        if not isinstance(d, dict):
            warn.add(f"{where}.devices[{j}] should be an object, got {type_name(d)}; ignored")
            continue
        c = bounded(
            field_text(d, "correlationId", f"{where}.devices[{j}]", warn),
            MAX_ID,
            where,
            "correlationId",
            warn,
            then="ignored",
        )
        if c:
            out.append(c)
    return tuple(out)


__all__ = [
    "NOTE_NO_DATA",
    "QUALITY_KEYS",
    "Match",
    "Person",
    "QualityRow",
    "correlation_ids",
    "match_addresses",
    "parse_qualities",
]
