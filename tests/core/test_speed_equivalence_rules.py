"""Deciding through the shared-decision caches gives what deciding each participant gives.

When every enabled rule depends only on the location summary and the role (no window, no
AS/network/anonymizer/region condition, no e-mail exemption), `RuleSet.evaluate` keeps one
decision per role and summary, and `RuleSet.evaluate_all` one per role and the tuple of fields a
flat database shares among addresses (`GeoResolver.lookup_fields`). Here each is
compared with `RuleSet._evaluate` on every participant (the rule-by-rule path), on real
.mmdb files written with mmdb-writer.
"""

from __future__ import annotations

import datetime as dt
import random

import pytest

from hostguard.core.geo import GeoResolver
from hostguard.core.participants import ROLES, Participant
from hostguard.core.rules import parse_rules
from tests.core.support import rule
from tests.core.test_speed_equivalence_geo import ADDRESSES

SIMPLE = [
    # countries, continents, not_countries, unknown, roles, report-only, default
    "default = \"flag\"\nmax_action_share = 1.0\n"
    + rule("remove", name="China", countries=["CN"])
    + rule("flag", name="report JP", countries=["JP"], mode="report")
    + rule("waiting_room", name="Europe panel", continents=["EU"], roles=["panelist"])
    + rule("block", name="unknown", unknown=True)
    + rule("allow", name="not US", not_countries=["US", "CN"]),
    "max_action_share = 1.0\n" + rule("remove", name="known", unknown=False),
    "max_action_share = 1.0\n[exempt]\nroles = [\"panelist\"]\n"
    + rule("flag", name="attendees anywhere", roles=["attendee"]),
    "max_action_share = 1.0\n" + "".join(rule("flag", name=f"r{c}", countries=[c]) for c in ("DE", "GB", "FR", "US")),
]
NOT_SIMPLE = [
    # an e-mail exemption, an ASN condition, a window: decided one by one
    "max_action_share = 1.0\n[exempt]\nemails = [\"*@example.org\"]\n" + rule("remove", name="all", unknown=False),
    "max_action_share = 1.0\n" + rule("flag", name="google", asns=[15169]) + rule("remove", name="CN", countries=["CN"]),
    "max_action_share = 1.0\n"
    + rule("remove", name="later", countries=["DE"])
    + "active_from = 2026-01-01T00:00:00Z\n",
]


def _people() -> list[Participant]:
    rnd = random.Random(4)
    ips = [ip for ip in ADDRESSES if ip is None or isinstance(ip, str)]
    out = []
    for i in range(3000):
        ip = rnd.choice(ips)
        out.append(Participant(
            id=f"p{i}", name=f"Person {i}", role=rnd.choice(ROLES),
            email=rnd.choice(["", f"p{i}@example.org", f"p{i}@example.com"]), ip=ip or "",
        ))  # fmt: skip
    return out


PEOPLE = _people()
NOW = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)


def _databases(dbs):
    """The factory's shapes, and a flat file with codes that are not countries (notes)."""
    from tests.core.test_speed_equivalence_geo import RECORDS
    from tests.mmdb_factory import write_mmdb

    odd = dbs.root / "odd-codes.mmdb"
    if not odd.exists():
        write_mmdb(odd, "country ipvAll", RECORDS)
    return [[odd], [dbs.flat], [dbs.flat_v4], [dbs.city], [dbs.flat, dbs.asn]]


@pytest.mark.parametrize("body", SIMPLE + NOT_SIMPLE)
def test_evaluate_all_equals_deciding_each(dbs, body):
    rs, _ = parse_rules("version = 1\n" + body, source="t.toml", capabilities={"country", "asns", "regions"})
    simple = body in SIMPLE
    assert (rs._by_summary is not None) is simple
    for paths in _databases(dbs):
        with GeoResolver(paths) as r, GeoResolver(paths) as plain:
            want = [rs._evaluate(p, plain.lookup(p.ip), NOW) for p in PEOPLE]
            for _ in range(2):  # the second time from the caches
                assert rs.evaluate_all(PEOPLE, r, NOW) == want
                assert [rs.evaluate(p, r.lookup(p.ip), NOW) for p in PEOPLE] == want


def test_a_resolver_without_lookup_fields_is_used_as_before(dbs):
    class Plain:
        def __init__(self, r):
            self.lookup = r.lookup

    rs, _ = parse_rules("version = 1\n" + SIMPLE[0])
    with GeoResolver([dbs.flat]) as r:
        want = [rs._evaluate(p, r.lookup(p.ip), NOW) for p in PEOPLE]
        assert rs.evaluate_all(PEOPLE, Plain(r), NOW) == want


def test_decisions_follow_the_database_not_only_its_fields(dbs):
    """Two resolvers on databases with equal fields but other files: the reason names each
    database's own date, and a shared decision never crosses over."""
    import datetime as _dt

    from tests.mmdb_factory import write_mmdb

    rs, _ = parse_rules("version = 1\n" + SIMPLE[0])
    p = Participant(id="x", ip="8.8.8.8")
    reasons = []
    for day in (1, 2):
        path = dbs.root / f"one-{day}.mmdb"
        if not path.exists():
            write_mmdb(path, "country ipvAll", [(["8.8.8.0/24"], {"country_code": "US"})],
                       build_date=_dt.date(2026, day, 1))  # fmt: skip
        with GeoResolver([path]) as r:
            (d,) = rs.evaluate_all([p], r, NOW)
            assert d == rs._evaluate(p, r.lookup(p.ip), NOW)
            reasons.append(d.reason)
    assert reasons[0] != reasons[1]
