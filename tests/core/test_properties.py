"""Properties of rule evaluation that must hold for every rule set, participant and address."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hostguard.core.countries import CONTINENTS
from hostguard.core.geo import ANONYMIZER_KINDS, GeoStatus
from hostguard.core.participants import ROLES, Participant
from hostguard.core.rules import ACTIONS, parse_rules, ruleset_from_dict
from tests.mmdb_factory import ADDR

# The autouse isolated-home fixture is function-scoped; it is harmless to share across examples.
PROPERTY = settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

COUNTRIES = ["CN", "HK", "US", "DE", "GB", "JP", "AU", "RU", "FR", "BR", "NL", "IE", "CA", "IN"]
REGIONS = ["US-CA", "GB-ENG", "GB-WSM", "JP-13", "CN-ZJ", "CN-BJ", "DE-BY"]
ASNS = [15169, 13335, 24940, 37963, 4760, 60729, 60068, 19281, 64512]
NETWORKS = [
    "46.4.0.0/16",
    "2001:4860::/32",
    "10.0.0.0/8",
    "9.9.9.0/24",
    "1.0.0.0/8",
    "::/0",
    "0.0.0.0/0",
]
UNKNOWN_COUNTRY_IPS = [
    ADDR[k] for k in ("UNKNOWN", "UNKNOWN6", "PRIVATE", "CGNAT", "DOC", "DOC6")
] + [
    "",
    "not an address",
    "::ffff:10.9.8.7",
    "fe80::1%eth0",
    "127.0.0.1",
]


def _some(values, **kw):
    return st.lists(st.sampled_from(values), min_size=1, max_size=4, unique=True, **kw)


CONDITIONS = {
    "countries": _some(COUNTRIES),
    "not_countries": _some(COUNTRIES),
    "continents": _some(list(CONTINENTS)),
    "regions": _some(REGIONS),
    "asns": _some(ASNS),
    "networks": _some(NETWORKS),
    "anonymizers": _some(list(ANONYMIZER_KINDS)),
    "unknown": st.booleans(),
    "roles": _some(list(ROLES)),
}

raw_rule = st.fixed_dictionaries(
    {"action": st.sampled_from(ACTIONS)},
    optional={**CONDITIONS, "enabled": st.booleans()},
).filter(lambda r: any(k in r for k in CONDITIONS))


@st.composite
def raw_rules(draw, min_size=0, max_size=6, prefix="r"):
    rules = draw(st.lists(raw_rule, min_size=min_size, max_size=max_size))
    return [{"name": f"{prefix}{i}", **r} for i, r in enumerate(rules)]


@st.composite
def rule_sets(draw):
    data = {
        "version": 1,
        "default": draw(st.sampled_from(ACTIONS)),
        "max_action_share": draw(st.floats(0, 1)),
        "exempt": {
            "roles": draw(st.lists(st.sampled_from(ROLES), unique=True, max_size=3)),
            "emails": draw(
                st.lists(
                    st.sampled_from(["*@example.org", "vip@example.com", "*.admin@*"]), unique=True
                )
            ),
        },
        "rule": draw(raw_rules()),
    }
    return ruleset_from_dict(data, "property.toml")


any_ip = st.one_of(
    st.sampled_from([*ADDR.values(), *UNKNOWN_COUNTRY_IPS, "::ffff:223.5.5.5", "::ffff:1.36.0.1"]),
    st.ip_addresses().map(str),
)
emails = st.sampled_from(
    ["", "ann@example.org", "VIP@Example.com", "bob@example.net", "ops.admin@corp.test"]
)


any_role = st.sampled_from(ROLES)


@st.composite
def participants(draw, ip=any_ip, role=any_role, email=emails):
    return Participant(id="p", name="P", email=draw(email), role=draw(role), ip=draw(ip))


@PROPERTY
@given(rs=rule_sets(), p=participants())
def test_exempt_participants_are_always_allowed(layered, rs, p):
    d = rs.evaluate(p, layered.lookup(p.ip))
    if rs.exempt.reason(p) is not None:
        assert d.action == "allow" and d.exempt and d.rule is None
        assert d.reason.startswith("exempt (")
    if p.role == "host":
        assert d.action == "allow" and d.exempt


@PROPERTY
@given(rs=rule_sets(), ip=any_ip, email=emails)
def test_host_is_never_acted_on(layered, rs, ip, email):
    d = rs.evaluate(Participant(id="h", role="host", ip=ip, email=email), layered.lookup(ip))
    assert d.action == "allow" and not d.enforcing


@PROPERTY
@given(
    raw=raw_rule.filter(
        lambda r: any(k in r for k in ("countries", "not_countries", "continents", "regions"))
    ),
    p=participants(ip=st.sampled_from(UNKNOWN_COUNTRY_IPS)),
)
def test_country_conditions_never_match_an_unknown_country(layered, raw, p):
    rs = ruleset_from_dict({"version": 1, "exempt": {"roles": []}, "rule": [{"name": "x", **raw}]})
    geo = layered.lookup(p.ip)
    assert geo.status is not GeoStatus.RESOLVED and geo.country is None
    assert not rs.rules[0].matches(p, geo)


@PROPERTY
@given(rs=rule_sets(), p=participants(), extra=raw_rules(max_size=5, prefix="extra"))
def test_decision_never_depends_on_rules_after_the_deciding_one(layered, rs, p, extra):
    geo = layered.lookup(p.ip)
    d = rs.evaluate(p, geo)
    if d.rule is None:
        # Exempt or default: rules that follow must not change an exemption.
        if d.exempt:
            more = rs.with_rules(
                [*rs.rules, *ruleset_from_dict({"version": 1, "rule": extra}).rules]
            )
            assert more.evaluate(p, geo) == d
        return
    names = [r.name for r in rs.rules]
    cut = names.index(d.rule) + 1
    tail = ruleset_from_dict({"version": 1, "rule": extra}).rules
    for variant in (rs.rules[:cut], (*rs.rules[:cut], *tail), (*rs.rules[:cut], *reversed(tail))):
        assert rs.with_rules(variant).evaluate(p, geo) == d


@PROPERTY
@given(rs=rule_sets(), p=participants())
def test_first_enabled_matching_rule_decides(layered, rs, p):
    geo = layered.lookup(p.ip)
    d = rs.evaluate(p, geo)
    if d.exempt:
        return
    matching = [r for r in rs.rules if r.enabled and r.matches(p, geo)]
    if matching:
        assert (d.rule, d.action) == (matching[0].name, matching[0].action)
    else:
        assert (d.rule, d.action) == (None, rs.default)


names = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30
).filter(lambda s: s.strip())


@PROPERTY
@given(rs=rule_sets(), new_names=st.lists(names, min_size=6, max_size=6, unique=True))
def test_to_toml_round_trips(rs, new_names):
    renamed = rs.with_rules(
        [type(r)(**{**r.__dict__, "name": n}) for r, n in zip(rs.rules, new_names, strict=False)]
    )
    again, _ = parse_rules(renamed.to_toml(), source="property.toml")
    assert again == renamed
