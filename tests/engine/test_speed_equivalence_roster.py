"""The roster's cheaper ways of building entries give what the straightforward ways give.

`new_entry` writes a RosterEntry's slots directly instead of through the frozen dataclass's
__init__; `to_participant` calls Participant positionally; a person with one session is
indexed by that session's id alone (a set only for two or more); `prior_row` skips hashing
the person when no outbox row exists at all. Each is compared here with the plain form.
"""

from __future__ import annotations

import dataclasses
import random

from hostguard.core.geo import GeoResolver
from hostguard.core.participants import Participant
from hostguard.core.rules import parse_rules
from hostguard.engine import roster as roster_mod
from hostguard.engine.roster import Roster, RosterEntry, new_entry, to_participant
from hostguard.services.base import RemoteParticipant

RULES = 'version = 1\nmax_action_share = 1.0\n[[rule]]\nname = "CN"\naction = "remove"\ncountries = ["CN"]\n'


def test_new_entry_is_the_dataclass_entry():
    p = Participant(id="a", name="A", ip="8.8.8.8")
    values = (p, object(), object(), "pending", "detail", 12.5, "email:a@x", "Berlin (DE)", "DE")
    fast, plain = new_entry(*values), RosterEntry(*values)
    assert type(fast) is RosterEntry
    assert fast == plain
    for f in dataclasses.fields(RosterEntry):
        assert getattr(fast, f.name) is getattr(plain, f.name), f.name
    assert dataclasses.replace(fast, sync="applied") == dataclasses.replace(plain, sync="applied")
    try:
        fast.sync = "x"  # type: ignore[misc]
    except dataclasses.FrozenInstanceError:
        pass
    else:  # pragma: no cover
        raise AssertionError("a roster entry must stay frozen")


def test_to_participant_is_the_keyword_build():
    rp = RemoteParticipant(
        id="p1", name="N", email="n@example.com", role="panelist", status="waiting",
        ip="2001:4860::1", joined_at="2026-01-01T00:00:00Z", location="Paris", service_country="FR",
    )  # fmt: skip
    want = Participant(
        id=rp.id, name=rp.name, email=rp.email, role=rp.role, ip=rp.ip, status=rp.status,
        joined_at=rp.joined_at,
    )  # fmt: skip
    assert to_participant(rp) == want


def test_remote_extra_of_an_empty_location_is_plain_texts():
    from hostguard.core.participants import plain_text

    for loc in ("", " ", "San Jose (US)", "\u202eevil"):
        rp = RemoteParticipant(id="x", location=loc)
        assert roster_mod._remote_extra(rp)[1] == plain_text(loc, roster_mod.MAX_LOCATION_CHARS)


def _model_sessions(r: Roster) -> dict[str, set[str]]:
    """person key -> session ids, from the entries themselves (what the index stands for)."""
    out: dict[str, set[str]] = {}
    for pid, e in r.entries.items():
        if e.person_key:
            out.setdefault(e.person_key, set()).add(pid)
    return out


def test_the_session_index_follows_joins_leaves_and_rejoins():
    rs, _ = parse_rules(RULES)
    rnd = random.Random(8)
    with GeoResolver() as resolver:
        r = Roster("reference", "m", rs, resolver)
        present: dict[str, RemoteParticipant] = {}
        n = 0
        for _step in range(400):
            if present and rnd.random() < 0.4:
                pid = rnd.choice(sorted(present))
                kind = "left"
                rp = dataclasses.replace(present.pop(pid), status="left")
            else:
                n += 1
                person = rnd.randrange(30)  # few people: many with two or more sessions
                rp = RemoteParticipant(
                    id=f"s{n}", name=f"P{person}", email=f"p{person}@example.com",
                    ip=rnd.choice(["8.8.8.8", "223.5.5.5", "10.0.0.1", ""]),
                )  # fmt: skip
                kind = "joined"
                present[rp.id] = rp
            r.apply_events([(kind, rp)])
            index = {k: ({v} if isinstance(v, str) else set(v)) for k, v in r._sessions_of.items()}
            assert index == _model_sessions(r)
            for key in index:
                assert sorted(r._sessions(key)) == sorted(index[key])
        r.apply_snapshot(list(present.values()))
        assert {k: ({v} if isinstance(v, str) else set(v)) for k, v in r._sessions_of.items()} == _model_sessions(r)


def test_prior_row_without_any_row_is_none_without_hashing(monkeypatch):
    rs, _ = parse_rules(RULES)
    with GeoResolver() as resolver:
        r = Roster("reference", "m", rs, resolver)
        calls = []
        monkeypatch.setattr(roster_mod, "person_hash", lambda *a: calls.append(a) or "h")
        assert r.prior_row("p1", "email:a@x", "remove") is None
        assert calls == []
