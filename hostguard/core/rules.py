"""Geography rules: the TOML rules file (schema version 1), its validation, and evaluation.

Semantics (README "Rules"):
* Exempt participants always get ``allow`` with the reason "exempt (...)". The host is always
  exempt, whatever the file says: HostGuard never acts on a meeting's host.
* Otherwise the first enabled rule, in file order, whose conditions all hold decides; else
  ``default``.
* Country, continent and region conditions never match an unknown country (not in the
  database, private network, no address); only ``unknown = true`` matches those.
* Every error in a file is reported at once, each naming the file, the rule and the key.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import ipaddress
import re
import tomllib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from hostguard.core.countries import CONTINENTS, is_country_code
from hostguard.core.geo import ANONYMIZER_KINDS, GeoResult
from hostguard.core.participants import (
    ROLES,
    NotARegularFile,
    Participant,
    TooLarge,
    normalise_role,
    read_bounded,
)

ACTIONS = ("allow", "flag", "waiting_room", "remove", "block")
# Actions that move or remove someone: what the share guard counts and what is sent.
ENFORCING_ACTIONS = frozenset({"waiting_room", "remove", "block"})
DEFAULT_EXEMPT_ROLES = ("host", "co-host")
DEFAULT_MAX_ACTION_SHARE = 0.25
SCHEMA_VERSION = 1
# A hand-written rules file is a few KiB; 100,000 rules are about 6 MiB. Anything larger is
# the wrong file, refused before it is read into memory.
MAX_RULES_BYTES = 16 * 1024 * 1024
# A rule name is shown in tables and stored with every decision it makes (audit trail, outbox,
# the request to the service): a name is a label, not a document.
MAX_RULE_NAME = 200
# A decision's reason is stored and sent with every action: bounded, whatever a database says.
MAX_REASON = 1000

CONDITION_KEYS = (
    "countries",
    "not_countries",
    "continents",
    "regions",
    "asns",
    "networks",
    "anonymizers",
    "unknown",
    "roles",
)
# How a rule is used: "enforce" decides; "report" is evaluated and counted, never decides.
MODES = ("enforce", "report")
SCHEDULE_KEYS = ("active_from", "active_until", "until")
# The one value of ``until``: the rule stays active while the meeting runs.
MEETING_END = "meeting_end"
RULE_KEYS = frozenset({"name", "action", "enabled", "mode", *SCHEDULE_KEYS, *CONDITION_KEYS})
TOP_KEYS = frozenset({"version", "default", "max_action_share", "exempt", "rule"})
EXEMPT_KEYS = frozenset({"roles", "emails"})
# Conditions that need a database beyond country: key -> (capability, what to configure)
NEEDS_DATABASE = {
    "regions": ("regions", "a City-level database (GeoLite2-City, GeoIP2-City or DB-IP City)"),
    "asns": ("asns", "an ASN database (GeoLite2-ASN)"),
    "anonymizers": ("anonymizers", "an Anonymous-IP database (GeoIP2-Anonymous-IP)"),
}
_REGION_RE = re.compile(r"^([A-Z]{2})-[A-Z0-9]{1,3}$")

ACTION_LABELS = {
    "allow": "Allow",
    "flag": "Flag",
    "waiting_room": "Waiting room",
    "remove": "Remove",
    "block": "Block",
}


@dataclass(frozen=True, slots=True)
class RuleIssue:
    """One problem (or warning) in a rules file, as fields: where it is and what is wrong.

    ``str(issue)`` is the sentence the CLI prints ("rules.toml: rule 'x' (#2): key 'asns': ...").
    Programs (the rules editor) read the fields, never the sentence: ``rule`` is the 1-based
    position of the ``[[rule]]`` table (None for the file's top level), ``section`` a top-level
    table such as ``exempt``, ``key`` the key at fault (None when the problem is the whole
    table or file), ``line`` a line number when only that is known.
    """

    source: str
    message: str
    key: str | None = None
    rule: int | None = None
    rule_name: str | None = None
    section: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        parts = []
        if self.rule is not None:
            parts.append(_where(self.source, self.rule_name, self.rule))
        else:
            if self.source:
                parts.append(self.source)
            if self.line is not None:
                parts.append(f"line {self.line}")
            if self.section:
                parts.append(f"[{self.section}]")
        if self.key is not None:
            parts.append(f"key '{self.key}'")
        parts.append(self.message)
        return ": ".join(parts)


class RulesError(Exception):
    """A rules file cannot be used; ``issues`` lists every problem as a `RuleIssue` (file, rule,
    key, message); ``errors`` is the same list as the sentences the CLI prints."""

    def __init__(self, issues: list[RuleIssue]) -> None:
        self.issues = list(issues)
        super().__init__("\n".join(self.errors))

    @property
    def errors(self) -> list[str]:
        return [str(i) for i in self.issues]


@dataclass(frozen=True, slots=True)
class Decision:
    action: str
    rule: str | None  # the deciding rule's name; None for the default action and exemptions
    reason: str
    exempt: bool = False
    # Report-only rules (mode = "report") that matched before the decision was reached, in
    # file order: counted and shown, never acted on. Empty for exempt participants.
    reported: tuple[str, ...] = ()
    # The reason's parts, for saying it in another language (hostguard.ui.rows.reason_text);
    # ``reason`` is the same in English, for the audit, the service and the command line:
    # ("exempt-role", role) | ("exempt-email", pattern) | ("default",)
    # | ("rule", ((kind, value), ...)) with kind "asn", "network", "role" (value: text),
    # "flagged" or "region" (value: a tuple of the kinds, of the regions). Not compared: the
    # same facts as ``reason``.
    why: tuple = field(default=(), compare=False)

    @property
    def enforcing(self) -> bool:
        return self.action in ENFORCING_ACTIONS


@dataclass(frozen=True)
class Rule:
    name: str
    action: str
    position: int = 0  # 1-based place in the file
    enabled: bool = True
    countries: frozenset[str] | None = None
    not_countries: frozenset[str] | None = None
    continents: frozenset[str] | None = None
    regions: frozenset[str] | None = None
    asns: frozenset[int] | None = None
    networks: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] | None = None
    anonymizers: frozenset[str] | None = None
    unknown: bool | None = None
    roles: frozenset[str] | None = None
    mode: str = "enforce"  # "report": evaluated and counted, never decides
    active_from: dt.datetime | None = None  # timezone-aware; None: no start
    active_until: dt.datetime | None = None  # timezone-aware; None: no end
    until_meeting_end: bool = False  # until = "meeting_end": no end while the meeting runs

    @property
    def report_only(self) -> bool:
        return self.mode == "report"

    @property
    def scheduled(self) -> bool:
        """Whether the rule has a time window at all."""
        return self.active_from is not None or self.active_until is not None

    def active_at(self, now: dt.datetime | None) -> bool:
        """Whether the rule's window holds at ``now`` (an aware datetime; None: no clock,
        which only a rule without a window passes). ``active_until`` is exclusive."""
        if not self.scheduled:
            return True
        if now is None:
            now = dt.datetime.now(dt.UTC)
        if self.active_from is not None and now < self.active_from:
            return False
        return not (self.active_until is not None and now >= self.active_until)

    def to_dict(self) -> dict[str, object]:
        """The rule as its ``[[rule]]`` table (what `ruleset_from_dict` reads back to an equal
        rule): every key it was written with, mode and window included. Times stay aware
        datetimes (a TOML writer writes them as offset date-times)."""
        d: dict[str, object] = {"name": self.name, "action": self.action}
        for key in CONDITION_KEYS:
            val = getattr(self, key)
            if val is None:
                continue
            if key == "networks":
                d[key] = [str(n) for n in val]
            elif key == "roles":
                d[key] = sorted(val, key=_role_order)
            elif key == "unknown":
                d[key] = val
            else:
                d[key] = sorted(val)
        if self.mode != "enforce":
            d["mode"] = self.mode
        if self.active_from is not None:
            d["active_from"] = self.active_from
        if self.active_until is not None:
            d["active_until"] = self.active_until
        if self.until_meeting_end:
            d["until"] = MEETING_END
        if not self.enabled:
            d["enabled"] = False
        return d

    def condition_keys(self) -> list[str]:
        return [k for k in CONDITION_KEYS if getattr(self, k) is not None]

    def matches(self, p: Participant, geo: GeoResult) -> bool:
        return _compile(self)(p, geo)

    def describe(self) -> str:
        """The rule's conditions in words: 'country is CN or HK, role is attendee'."""
        parts = []
        if self.countries is not None:
            parts.append("country is " + " or ".join(sorted(self.countries)))
        if self.not_countries is not None:
            parts.append("country known and not " + ", ".join(sorted(self.not_countries)))
        if self.continents is not None:
            parts.append("continent is " + " or ".join(sorted(self.continents)))
        if self.regions is not None:
            parts.append("region is " + " or ".join(sorted(self.regions)))
        if self.asns is not None:
            parts.append("network AS" + " or AS".join(str(a) for a in sorted(self.asns)))
        if self.networks is not None:
            parts.append("address in " + ", ".join(str(n) for n in self.networks))
        if self.anonymizers is not None:
            parts.append("anonymizer: " + " or ".join(sorted(self.anonymizers)))
        if self.unknown is not None:
            parts.append("country unknown" if self.unknown else "country known")
        if self.roles is not None:
            parts.append("role is " + " or ".join(sorted(self.roles)))
        return ", ".join(parts)


_COMPILED: dict[int, Callable[[Participant, GeoResult], bool]] = {}


def _compile(rule: Rule) -> Callable[[Participant, GeoResult], bool]:
    """One predicate for the rule: all its conditions must hold (a list matches any element)."""
    checks: list[Callable[[Participant, GeoResult], bool]] = []
    if rule.countries is not None:
        cs = rule.countries
        checks.append(lambda p, g: g.country is not None and g.country in cs)
    if rule.not_countries is not None:
        ncs = rule.not_countries
        checks.append(lambda p, g: g.country is not None and g.country not in ncs)
    if rule.continents is not None:
        conts = rule.continents
        checks.append(lambda p, g: g.country is not None and g.continent in conts)
    if rule.regions is not None:
        regs = rule.regions
        checks.append(lambda p, g: g.country is not None and any(r in regs for r in g.regions))
    if rule.asns is not None:
        asns = rule.asns
        checks.append(lambda p, g: g.asn is not None and g.asn in asns)
    if rule.networks is not None:
        nets = rule.networks

        def in_networks(p: Participant, g: GeoResult) -> bool:
            if not g.ip:
                return False
            try:
                addr = ipaddress.ip_address(g.ip)
            except ValueError:
                return False
            return any(addr in n for n in nets)

        checks.append(in_networks)
    if rule.anonymizers is not None:
        anon = rule.anonymizers
        checks.append(lambda p, g: bool(anon & g.anonymizers))
    if rule.unknown is not None:
        want = rule.unknown
        checks.append(lambda p, g: (g.country is None) == want)
    if rule.roles is not None:
        roles = rule.roles
        checks.append(lambda p, g: p.role in roles)
    pred = checks[0]
    for nxt in checks[1:]:
        pred = _both(pred, nxt)
    return pred


def _both(a: Callable[[Participant, GeoResult], bool], b: Callable[[Participant, GeoResult], bool]):
    return lambda p, g: a(p, g) and b(p, g)


def _could_match(rule: Rule, country: str | None, continent: str | None) -> bool:
    """Whether the rule's location conditions can hold for this country at all.

    Used to pre-select, once per country, the rules worth checking: with 20 country rules a
    participant is tested against one or two of them instead of all 20.
    """
    if country is None:
        if any(getattr(rule, k) is not None for k in ("countries", "not_countries", "continents", "regions")):
            return False
        return rule.unknown is not False
    if rule.unknown is True:
        return False
    if rule.countries is not None and country not in rule.countries:
        return False
    if rule.not_countries is not None and country in rule.not_countries:
        return False
    return not (rule.continents is not None and continent not in rule.continents)


@dataclass(frozen=True)
class Exemptions:
    roles: frozenset[str] = frozenset(DEFAULT_EXEMPT_ROLES)
    emails: tuple[str, ...] = ()
    _email_res: tuple[re.Pattern[str], ...] = field(default=(), compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "roles", frozenset(self.roles) | {"host"})
        pats = tuple(re.compile(fnmatch.translate(x.strip().lower()), re.IGNORECASE) for x in self.emails)
        object.__setattr__(self, "_email_res", pats)

    @classmethod
    def build(cls, roles: Iterable[str], emails: Iterable[str]) -> Exemptions:
        # The host is always exempt: HostGuard never acts on the meeting's host.
        r = frozenset(roles) | {"host"}
        e = tuple(emails)
        pats = tuple(re.compile(fnmatch.translate(x.strip().lower()), re.IGNORECASE) for x in e)
        return cls(roles=r, emails=e, _email_res=pats)

    def reason(self, p: Participant) -> str | None:
        """Why the participant is exempt, or None."""
        why = self.why(p)
        return None if why is None else exempt_reason(why)

    def why(self, p: Participant) -> tuple[str, str] | None:
        """Why the participant is exempt as (kind, value): ("exempt-role", role) or
        ("exempt-email", the matching pattern); None when not exempt."""
        if p.role in self.roles:
            return ("exempt-role", str(p.role))
        if p.email and self._email_res:
            addr = p.email.strip().lower()
            for pat, text in zip(self._email_res, self.emails, strict=True):
                if pat.match(addr):
                    return ("exempt-email", text)
        return None


def exempt_reason(why: tuple[str, str]) -> str:
    """An exemption's reason in English, from `Exemptions.why`."""
    if why[0] == "exempt-role":
        return f"exempt (role {why[1]})"
    return f"exempt (e-mail matches {why[1]})"


@dataclass(frozen=True)
class GuardVerdict:
    """The share guard: would these decisions move or remove too much of the meeting at once?"""

    acting: int
    eligible: int  # non-exempt participants
    limit: float

    @property
    def share(self) -> float:
        return self.acting / self.eligible if self.eligible else 0.0

    @property
    def allowed(self) -> bool:
        return self.share <= self.limit + 1e-12

    def message(self) -> str:
        pct = f"{self.share:.0%}"
        if self.allowed:
            return (
                f"{self.acting} of {self.eligible} non-exempt participants ({pct}) would be moved or "
                f"removed; within the limit of {self.limit:.0%}"
            )
        return (
            f"{self.acting} of {self.eligible} non-exempt participants ({pct}) would be moved or "
            f"removed, above the limit of {self.limit:.0%} (max_action_share): confirm to proceed"
        )


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...] = ()
    default: str = "allow"
    max_action_share: float = DEFAULT_MAX_ACTION_SHARE
    exempt: Exemptions = field(default_factory=lambda: Exemptions.build(DEFAULT_EXEMPT_ROLES, ()))
    version: int = SCHEMA_VERSION
    source: str = ""
    # Load-time notes about what was read differently from how it was written (a network with
    # host bits set): shown with the warnings, not part of what the rule set means.
    notes: tuple[RuleIssue, ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        # (rule, predicate, index): the index keys the decision cache for rules whose reason
        # depends only on the location (and the role), not on per-address details.
        preds = tuple(
            (r, _compile(r), i if _reason_is_shared(r) else None) for i, r in enumerate(self.rules) if r.enabled
        )
        object.__setattr__(self, "_preds", preds)
        object.__setattr__(self, "_timed", any(r.scheduled for r, _p, _i in preds))
        object.__setattr__(self, "_by_place", {})
        object.__setattr__(self, "_decisions", {})
        # When no enabled rule has a window and every enabled rule's conditions and reason
        # depend only on the location summary (status, country, continent, note, database)
        # and the role, and no exemption looks at the e-mail address, a decision is a function
        # of exactly those: decided once per combination (see evaluate and evaluate_all).
        simple = (
            not self._timed  # type: ignore[attr-defined]
            and all(_reason_is_shared(r) for r, _p, _i in preds)
            and not self.exempt._email_res
        )
        object.__setattr__(self, "_by_summary", {} if simple else None)
        # role -> id(shared fields) -> (fields, decision): see evaluate_all.
        object.__setattr__(self, "_by_fields", {} if simple else None)

    def _candidates(self, geo: GeoResult) -> tuple:
        key = (geo.country, geo.continent)
        cands = self._by_place.get(key)  # type: ignore[attr-defined]
        if cands is None:
            cands = tuple(c for c in self._preds if _could_match(c[0], geo.country, geo.continent))  # type: ignore[attr-defined]
            self._by_place[key] = cands  # type: ignore[attr-defined]
        return cands

    def rule(self, name: str) -> Rule | None:
        return next((r for r in self.rules if r.name == name), None)

    def warnings(self, capabilities: Iterable[str]) -> list[str]:
        """Conditions that need a database the user has not configured (they never match)."""
        return [str(i) for i in self.warning_issues(capabilities)]

    def warning_issues(self, capabilities: Iterable[str]) -> list[RuleIssue]:
        """`warnings` as fields (rule, key, message), for programs that point at the field."""
        caps = set(capabilities)
        out = list(self.notes)
        for r in self.rules:
            for key, (cap, what) in NEEDS_DATABASE.items():
                if getattr(r, key) is not None and cap not in caps:
                    out.append(RuleIssue(
                        self.source, f"needs {what}; none is configured, so this condition never matches",
                        key=key, rule=r.position, rule_name=r.name,
                    ))
        return out

    @property
    def has_schedules(self) -> bool:
        return any(r.scheduled for r in self.rules)

    @property
    def timed(self) -> bool:
        """Whether an enabled rule has a window: evaluation then needs the time."""
        return self._timed  # type: ignore[attr-defined]

    @property
    def has_report_rules(self) -> bool:
        return any(r.report_only for r in self.rules)

    def boundaries(self) -> list[dt.datetime]:
        """Every start and end time of the rules' windows, sorted: when decisions may change
        without anyone joining (the engine re-evaluates at each)."""
        out = set()
        for r in self.rules:
            if r.enabled:
                out.update(t for t in (r.active_from, r.active_until) if t is not None)
        return sorted(out)

    def evaluate(self, p: Participant, geo: GeoResult, now: dt.datetime | None = None) -> Decision:
        """The decision for one participant. ``now`` (an aware datetime; default: the
        computer's clock, read only when a rule has a window) decides which scheduled rules
        are active: a rule outside its window is skipped like a disabled one. Report-only
        rules that match are listed in ``Decision.reported`` and evaluation goes on."""
        by_summary = self._by_summary  # type: ignore[attr-defined]
        if by_summary is None:
            return self._evaluate(p, geo, now)
        db, status = geo.database, geo.status
        # Identities for the database and the status (their hashes cost a Python call each);
        # the entry keeps both objects, so an id is never another object's.
        key = (p.role, id(status), geo.country, geo.continent, geo.note, id(db))
        try:
            hit = by_summary.get(key)
        except TypeError:  # an unhashable field: decide it the long way
            return self._evaluate(p, geo, now)
        if hit is not None and hit[0] is db and hit[1] is status:
            return hit[2]
        d = self._evaluate(p, geo, now)
        if len(by_summary) >= 10_000:
            by_summary.clear()
        by_summary[key] = (db, status, d)
        return d

    def _evaluate(self, p: Participant, geo: GeoResult, now: dt.datetime | None) -> Decision:
        exempt = self.exempt.why(p)
        if exempt is not None:
            return Decision("allow", None, exempt_reason(exempt), exempt=True, why=exempt)
        reported: list[str] = []
        timed = self._timed  # type: ignore[attr-defined]
        if timed and now is None:
            now = dt.datetime.now(dt.UTC)
        for rule, pred, index in self._candidates(geo):
            if timed and rule.scheduled and not rule.active_at(now):
                continue
            if pred(p, geo):
                if rule.mode == "report":
                    reported.append(rule.name)
                    continue
                if index is None:
                    extra = _evidence_parts(rule, p, geo)
                    return Decision(
                        rule.action, rule.name,
                        _bounded(f"{_evidence_phrase(geo, extra)}; rule '{rule.name}'"),
                        reported=tuple(reported), why=("rule", extra),
                    )  # fmt: skip
                break
        else:
            rule, index = None, -1
        rep = tuple(reported)
        # Decisions are immutable and their reason depends only on the rule, the location
        # summary (status, country, database) and, for a rule with roles, the role: share one.
        db = geo.database
        key = (
            index, geo.status, geo.country, id(db), p.role if rule is not None and rule.roles is not None else None,
            geo.note, rep,
        )  # fmt: skip
        decisions = self._decisions  # type: ignore[attr-defined]
        hit = decisions.get(key)
        if hit is not None and hit[0] is db:
            return hit[1]
        if rule is None:
            d = Decision(self.default, None, _bounded(f"{geo.summary()}; no rule matched, default {self.default}"),
                         reported=rep, why=("default",))  # fmt: skip
        else:
            extra = _evidence_parts(rule, p, geo)
            d = Decision(rule.action, rule.name, _bounded(f"{_evidence_phrase(geo, extra)}; rule '{rule.name}'"),
                         reported=rep, why=("rule", extra))  # fmt: skip
        if len(decisions) >= 10_000:
            decisions.clear()
        decisions[key] = (db, d)
        return d

    def evaluate_all(
        self, participants: Sequence[Participant], resolver, now: dt.datetime | None = None
    ) -> list[Decision]:
        lookup = resolver.lookup
        if now is None and self._timed:  # type: ignore[attr-defined]
            now = dt.datetime.now(dt.UTC)  # one clock reading for the whole list
        evaluate = self.evaluate
        by_fields = self._by_fields  # type: ignore[attr-defined]
        by_summary = self._by_summary  # type: ignore[attr-defined]
        fields_of = getattr(resolver, "lookup_fields", None) if by_fields is not None else None
        if fields_of is None:
            return [evaluate(p, lookup(p.ip), now) for p in participants]
        # The decision depends only on the role and the location summary (see __post_init__),
        # which are in the fields a resolver shares between addresses of the same network
        # (GeoResolver.lookup_fields): one decision per role and shared fields, and no result
        # object for an address whose fields are shared.
        out: list[Decision] = []
        append = out.append
        # by_fields: role -> id(fields) -> (fields, decision); the entry keeps the fields alive,
        # so an id is never another tuple's. One dict per role, fetched again only when the
        # role changes from one participant to the next: an int key costs less to hash and
        # compare than a (role, id) tuple, and this loop runs once per participant.
        last_role: object = _NOT_A_ROLE
        decided: dict[int, tuple] = {}
        for p in participants:
            ip = p.ip
            fields = fields_of(ip)
            if fields is None:
                append(evaluate(p, lookup(ip), now))
                continue
            role = p.role
            if role is not last_role:
                decided = by_fields.get(role)
                if decided is None:
                    if len(by_fields) >= 100:  # roles are a handful; this is only a bound
                        by_fields.clear()
                    decided = by_fields[role] = {}
                last_role = role
            hit = decided.get(id(fields))
            if hit is not None and hit[0] is fields:
                append(hit[1])
                continue
            # Other shared fields with a location summary decided already (evaluate's key)?
            db, status = fields[_F_DATABASE], fields[_F_STATUS]
            same = by_summary.get((role, id(status), fields[_F_COUNTRY], fields[_F_CONTINENT], fields[_F_NOTE], id(db)))
            if same is not None and same[0] is db and same[1] is status:
                d = same[2]
            else:
                d = evaluate(p, lookup(ip), now)
            if len(decided) >= 10_000:
                decided.clear()
            decided[id(fields)] = (fields, d)
            append(d)
        return out

    def guard(self, participants: Sequence[Participant], decisions: Sequence[Decision]) -> GuardVerdict:
        """The guard's verdict on applying ``decisions`` (one per participant) at once."""
        eligible = sum(1 for d in decisions if not d.exempt)
        acting = sum(1 for d in decisions if d.action in ENFORCING_ACTIONS)
        return GuardVerdict(acting=acting, eligible=eligible, limit=self.max_action_share)

    def with_rules(self, rules: Sequence[Rule]) -> RuleSet:
        return replace(self, rules=tuple(rules))

    # -- writing ------------------------------------------------------------------------
    def to_toml(self) -> str:
        """The rule set as a version-1 rules file that `load_rules` reads back unchanged."""
        lines = [
            f"version = {self.version}",
            f"default = {_toml_str(self.default)}",
            f"max_action_share = {self.max_action_share!r}",
            "",
            "[exempt]",
            "roles = " + _toml_list(sorted(self.exempt.roles, key=_role_order)),
        ]
        if self.exempt.emails:
            lines.append("emails = " + _toml_list(self.exempt.emails))
        for r in self.rules:
            lines += ["", "[[rule]]", f"name = {_toml_str(r.name)}", f"action = {_toml_str(r.action)}"]
            for key in CONDITION_KEYS:
                val = getattr(r, key)
                if val is None:
                    continue
                if key == "unknown":
                    lines.append(f"unknown = {'true' if val else 'false'}")
                elif key == "asns":
                    lines.append(f"asns = [{', '.join(str(a) for a in sorted(val))}]")
                elif key == "networks":
                    lines.append("networks = " + _toml_list([str(n) for n in val]))
                elif key == "roles":
                    lines.append("roles = " + _toml_list(sorted(val, key=_role_order)))
                else:
                    lines.append(f"{key} = " + _toml_list(sorted(val)))
            if r.mode != "enforce":
                lines.append(f"mode = {_toml_str(r.mode)}")
            if r.active_from is not None:
                lines.append(f"active_from = {r.active_from.isoformat()}")
            if r.active_until is not None:
                lines.append(f"active_until = {r.active_until.isoformat()}")
            if r.until_meeting_end:
                lines.append(f"until = {_toml_str(MEETING_END)}")
            if not r.enabled:
                lines.append("enabled = false")
        return "\n".join(lines) + "\n"


# evaluate_all's "no participant yet" (a role is a str: never this object).
_NOT_A_ROLE = object()
# Where GeoResult's fields stand in the tuple `GeoResolver.lookup_fields` gives (every field
# but the first, ``ip``).
_F_STATUS, _F_COUNTRY, _F_CONTINENT, _F_NOTE, _F_DATABASE = (
    GeoResult._fields.index(name) - 1 for name in ("status", "country", "continent", "note", "database")
)
if GeoResult._fields[0] != "ip":
    raise RuntimeError("GeoResult's first field is not ip")


def _bounded(reason: str) -> str:
    return reason if len(reason) <= MAX_REASON else reason[: MAX_REASON - 1] + "…"


def _role_order(role: str) -> int:
    return ROLES.index(role) if role in ROLES else len(ROLES)


def _toml_str(s: str) -> str:
    out = s.replace("\\", "\\\\").replace('"', '\\"')
    out = "".join(c if c >= " " and c != "\x7f" else f"\\u{ord(c):04x}" for c in out)
    return f'"{out}"'


def _toml_list(items: Iterable[str]) -> str:
    return "[" + ", ".join(_toml_str(i) for i in items) + "]"


def _reason_is_shared(rule: Rule) -> bool:
    """Whether the rule's reason is the same for every participant with the same location summary
    and role (its evidence phrase names no address, network, AS, region or anonymizer)."""
    return rule.asns is None and rule.networks is None and rule.anonymizers is None and rule.regions is None


def scrub_address(text: str, ip: str, replacement: str) -> str:
    """``text`` with the address ``ip`` replaced by ``replacement`` wherever it stands as a
    whole address, with any "/prefix" written after it: "address in 8.8.8.8/32" becomes
    "address in 8.8.0.0/17", never "8.8.0.0/17/32"; "18.8.8.80" is another address, untouched."""
    if not ip or ip not in text:
        return text
    pattern = rf"(?<![0-9A-Za-z:.]){re.escape(ip)}(?:/[0-9]{{1,3}})?(?![0-9A-Za-z:/]|\.[0-9])"
    return re.sub(pattern, lambda _m: replacement, text)


def _evidence_parts(rule: Rule, p: Participant, geo: GeoResult) -> tuple[tuple[str, str | tuple[str, ...]], ...]:
    """What beside the location the rule's conditions matched on, as (kind, value) pairs (see
    Decision.why)."""
    extra: list[tuple[str, str | tuple[str, ...]]] = []
    if rule.asns is not None and geo.asn is not None:
        extra.append(("asn", f"AS{geo.asn}" + (f" {geo.as_org}" if geo.as_org else "")))
    if rule.networks is not None and geo.ip:
        # Name the rule's network, not the address: reasons end up in the audit trail.
        addr = ipaddress.ip_address(geo.ip)
        net = next((n for n in rule.networks if addr.version == n.version and addr in n), None)
        if net is not None:
            extra.append(("network", str(net)))
    if rule.anonymizers is not None and geo.anonymizers:
        extra.append(("flagged", tuple(sorted(geo.anonymizers & rule.anonymizers))))
    if rule.regions is not None and geo.regions:
        extra.append(("region", tuple(geo.regions)))
    if rule.roles is not None:
        extra.append(("role", str(p.role)))
    return tuple(extra)


_EXTRA_WORDS = {"asn": "", "network": "address in ", "flagged": "flagged ", "region": "region ", "role": "role "}


def _evidence_phrase(geo: GeoResult, extra: tuple[tuple[str, str | tuple[str, ...]], ...]) -> str:
    phrase = geo.summary()
    return phrase + "".join(
        f"; {_EXTRA_WORDS[kind]}{', '.join(value) if isinstance(value, tuple) else value}" for kind, value in extra
    )


def _where(source: str, name: object, position: int) -> str:
    if isinstance(name, str) and len(name) > 60:
        name = name[:59] + "…"  # a message names the rule; it need not repeat a 10 MB name
    who = f"rule '{name}' (#{position})" if isinstance(name, str) and name else f"rule #{position}"
    return f"{source}: {who}" if source else who


# -- loading ------------------------------------------------------------------------------
def load_rules(path: str | Path, capabilities: Iterable[str] | None = None) -> tuple[RuleSet, list[str]]:
    """Read and validate a rules file. Returns the rule set and its load-time warnings.

    Raises RulesError listing every error in the file.
    """
    p = Path(path)
    try:
        raw = read_bounded(p, MAX_RULES_BYTES, "a rules file")
        text = raw.decode("utf-8-sig")
    except (TooLarge, NotARegularFile) as exc:
        text, prefix = str(exc), f"{p}: "
        issue = RuleIssue(str(p), text[len(prefix):]) if text.startswith(prefix) else RuleIssue("", text)
        raise RulesError([issue]) from None
    except FileNotFoundError:
        raise RulesError([RuleIssue(str(p), "file not found")]) from None
    except UnicodeDecodeError as exc:
        raise RulesError([RuleIssue(str(p), f"not UTF-8 text (byte {exc.start})")]) from None
    except OSError as exc:
        raise RulesError([RuleIssue(str(p), f"cannot read ({exc.strerror or exc})")]) from None
    return parse_rules(text, source=str(p), capabilities=capabilities)


def parse_rules(
    text: str, source: str = "<rules>", capabilities: Iterable[str] | None = None
) -> tuple[RuleSet, list[str]]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RulesError([RuleIssue(source, f"invalid TOML: {exc}")]) from None
    except RecursionError:
        raise RulesError([RuleIssue(source, "invalid TOML: arrays or tables nested too deeply")]) from None
    except ValueError:
        # tomllib reads whole numbers with int(), which refuses more than 4,300 digits.
        raise RulesError([_long_number_error(text, source)]) from None
    ruleset = ruleset_from_dict(data, source)
    warnings = ruleset.warnings(capabilities) if capabilities is not None else []
    return ruleset, warnings


_LONG_NUMBER = re.compile(r"[+-]?\d[\d_]{1000,}")
_KEY_LINE = re.compile(r"""^\s*([A-Za-z0-9_\-."' ]+?)\s*=""")
_EXPECTED = {
    "max_action_share": "expected a number from 0 to 1",
    "version": "this HostGuard reads version 1",
    "asns": "expected AS numbers, e.g. [13335]",
}


def _long_number_error(text: str, source: str) -> RuleIssue:
    """A message naming the line and key of a number too long to read."""
    lines = text.splitlines()
    for m in _LONG_NUMBER.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        if text.count('"', start, m.start()) % 2 or text.count("'", start, m.start()) % 2:
            continue  # digits inside a string
        line_no = text.count("\n", 0, m.start()) + 1
        key = None
        for i in range(line_no - 1, -1, -1):  # this line's key, or the key its array began on
            km = _KEY_LINE.match(lines[i]) if i < len(lines) else None
            if km:
                key = km.group(1).strip().strip("\"'")
                break
        digits = sum(ch.isdigit() for ch in m.group())
        hint = _EXPECTED.get(key or "", "no setting takes a number this long")
        return RuleIssue(
            source, f"a number of {digits} digits is out of range ({hint})", key=key or None, line=line_no
        )
    return RuleIssue(source, "invalid TOML: a number too long to read")


def ruleset_from_dict(data: dict, source: str = "<rules>") -> RuleSet:
    errors: list[RuleIssue] = []
    src = source

    for key in data:
        if key not in TOP_KEYS:
            errors.append(RuleIssue(src, f"unknown key (expected one of {', '.join(sorted(TOP_KEYS))})", key=key))

    version = data.get("version")
    if version is None:
        errors.append(RuleIssue(src, "missing (write version = 1 at the top)", key="version"))
    elif version != SCHEMA_VERSION or isinstance(version, bool):
        errors.append(RuleIssue(src, f"unsupported version {version!r} (this HostGuard reads version 1)", key="version"))

    default = data.get("default", "allow")
    if default not in ACTIONS:
        errors.append(RuleIssue(src, f"unknown action {default!r} (expected one of {', '.join(ACTIONS)})", key="default"))
        default = "allow"

    share = data.get("max_action_share", DEFAULT_MAX_ACTION_SHARE)
    if isinstance(share, bool) or not isinstance(share, int | float) or not 0 <= share <= 1:
        shown = repr(share) if len(repr(share)) <= 40 else repr(share)[:39] + "…"
        errors.append(RuleIssue(src, f"expected a number from 0 to 1, got {shown}", key="max_action_share"))
        share = DEFAULT_MAX_ACTION_SHARE

    exempt = Exemptions.build(DEFAULT_EXEMPT_ROLES, ())
    ex = data.get("exempt")
    if ex is not None:
        if not isinstance(ex, dict):
            errors.append(RuleIssue(src, "expected a table [exempt]", key="exempt"))
        else:
            for key in ex:
                if key not in EXEMPT_KEYS:
                    errors.append(RuleIssue(src, "unknown key (expected roles or emails)", key=key, section="exempt"))
            roles = _str_list(ex.get("roles", list(DEFAULT_EXEMPT_ROLES)), errors, src, "roles", section="exempt")
            good_roles = []
            for r in roles:
                nr = normalise_role(r)
                if nr is None or not r.strip():
                    errors.append(RuleIssue(
                        src, f"unknown role {r!r} (expected one of {', '.join(ROLES)})", key="roles", section="exempt"
                    ))
                else:
                    good_roles.append(nr)
            emails = _str_list(ex.get("emails", []), errors, src, "emails", section="exempt")
            for e in emails:
                if not e.strip():
                    errors.append(RuleIssue(src, "empty pattern", key="emails", section="exempt"))
            exempt = Exemptions.build(good_roles, [e for e in emails if e.strip()])

    rules: list[Rule] = []
    raw_rules = data.get("rule", [])
    if not isinstance(raw_rules, list):
        errors.append(RuleIssue(src, "expected [[rule]] tables", key="rule"))
        raw_rules = []
    names: dict[str, int] = {}
    notes: list[RuleIssue] = []
    for pos, raw in enumerate(raw_rules, 1):
        rule = _rule_from_dict(raw, pos, src, errors, names, notes)
        if rule is not None:
            rules.append(rule)

    if errors:
        raise RulesError(errors)
    return RuleSet(
        rules=tuple(rules),
        default=default,
        max_action_share=float(share),
        exempt=exempt,
        version=SCHEMA_VERSION,
        source=source,
        notes=tuple(notes),
    )


def _str_list(value: object, errors: list[RuleIssue], source: str, key: str, **where: object) -> list[str]:
    """``value`` if it is a list of strings; else an error at ``key`` (``where``: rule, section)."""
    if isinstance(value, str):
        errors.append(RuleIssue(source, f"expected a list, e.g. [{_toml_str(value)}]", key=key, **where))  # type: ignore[arg-type]
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        errors.append(RuleIssue(source, "expected a list of strings", key=key, **where))  # type: ignore[arg-type]
        return []
    return value


def _rule_from_dict(
    raw: object, pos: int, src: str, errors: list[RuleIssue], names: dict[str, int],
    notes: list[RuleIssue] | None = None,
) -> Rule | None:
    if not isinstance(raw, dict):
        errors.append(RuleIssue(src, "expected a table", rule=pos))
        return None
    n_before = len(errors)
    name = raw.get("name")
    at = {"rule": pos, "rule_name": name if isinstance(name, str) else None}

    def error(key: str | None, message: str) -> None:
        errors.append(RuleIssue(src, message, key=key, **at))  # type: ignore[arg-type]

    if name is None:
        error("name", "missing (every rule needs a unique name)")
    elif not isinstance(name, str) or not name.strip():
        error("name", "expected a non-empty string")
    elif len(name) > MAX_RULE_NAME:
        error("name", f"{len(name)} characters is too long (at most {MAX_RULE_NAME}; "
              "the name is stored with every decision the rule makes)")
    elif name in names:
        error("name", f"duplicate name (also rule #{names[name]})")
    else:
        names[name] = pos

    for key in raw:
        if key not in RULE_KEYS:
            hint = _suggest(key, RULE_KEYS)
            error(key, "unknown key" + (f" (did you mean '{hint}'?)" if hint else ""))

    action = raw.get("action")
    if action is None:
        error("action", f"missing (one of {', '.join(ACTIONS)})")
    elif action not in ACTIONS:
        error("action", f"unknown action {action!r} (expected one of {', '.join(ACTIONS)})")

    enabled = raw.get("enabled", True)
    if not isinstance(enabled, bool):
        error("enabled", "expected true or false")
        enabled = True

    mode = raw.get("mode", "enforce")
    if mode not in MODES:
        shown = repr(mode) if len(repr(mode)) <= 40 else repr(mode)[:39] + "…"
        error("mode", f"unknown mode {shown} (expected \"enforce\" or \"report\")")
        mode = "enforce"

    sched: dict[str, object] = {}
    for key in ("active_from", "active_until"):
        if key in raw:
            when, problem = _aware_time(raw[key])
            if problem:
                error(key, problem)
            else:
                sched[key] = when
    if "until" in raw:
        if raw["until"] != MEETING_END:
            error("until", f"expected \"{MEETING_END}\" (for a time, use active_until)")
        elif "active_until" in raw:
            error("until", "give either until or active_until, not both")
        else:
            sched["until_meeting_end"] = True
    start, end = sched.get("active_from"), sched.get("active_until")
    if isinstance(start, dt.datetime) and isinstance(end, dt.datetime) and end <= start:
        error("active_until", f"{end.isoformat()} is not after active_from {start.isoformat()}")

    conds: dict[str, object] = {}
    for key in ("countries", "not_countries"):
        if key in raw:
            vals = _str_list(raw[key], errors, src, key, **at)
            bad = [v for v in vals if not is_country_code(v.strip())]
            if bad:
                error(key, f"invalid country code(s) {', '.join(map(repr, bad))} (ISO 3166-1 alpha-2, e.g. \"CN\")")
            elif not vals and isinstance(raw[key], list):
                error(key, "empty list")
            conds[key] = frozenset(v.strip().upper() for v in vals)
    if "continents" in raw:
        vals = _str_list(raw["continents"], errors, src, "continents", **at)
        bad = [v for v in vals if v.strip().upper() not in CONTINENTS]
        if bad:
            error("continents", f"invalid continent code(s) {', '.join(map(repr, bad))} (expected {' '.join(CONTINENTS)})")
        elif not vals and isinstance(raw["continents"], list):
            error("continents", "empty list")
        conds["continents"] = frozenset(v.strip().upper() for v in vals)
    if "regions" in raw:
        vals = _str_list(raw["regions"], errors, src, "regions", **at)
        bad = []
        for v in vals:
            m = _REGION_RE.match(v.strip().upper())
            if not m or not is_country_code(m.group(1)):
                bad.append(v)
        if bad:
            error("regions", f"invalid region code(s) {', '.join(map(repr, bad))} (ISO 3166-2, e.g. \"US-CA\")")
        elif not vals and isinstance(raw["regions"], list):
            error("regions", "empty list")
        conds["regions"] = frozenset(v.strip().upper() for v in vals)
    if "asns" in raw:
        v = raw["asns"]
        if not isinstance(v, list) or not v or not all(isinstance(a, int) and not isinstance(a, bool) and 0 < a < 2**32 for a in v):
            error("asns", "expected a non-empty list of AS numbers, e.g. [13335]")
            v = []
        conds["asns"] = frozenset(v)
    if "networks" in raw:
        vals = _str_list(raw["networks"], errors, src, "networks", **at)
        nets = []
        for v in vals:
            net = _network(v, errors, notes, src, at)
            if net is not None:
                nets.append(net)
        if not vals and isinstance(raw["networks"], list):
            error("networks", "empty list")
        conds["networks"] = tuple(nets)
    if "anonymizers" in raw:
        vals = _str_list(raw["anonymizers"], errors, src, "anonymizers", **at)
        bad = [v for v in vals if v not in ANONYMIZER_KINDS]
        if bad:
            error("anonymizers", f"unknown kind(s) {', '.join(map(repr, bad))} (expected {', '.join(ANONYMIZER_KINDS)})")
        elif not vals and isinstance(raw["anonymizers"], list):
            error("anonymizers", "empty list")
        conds["anonymizers"] = frozenset(vals)
    if "unknown" in raw:
        if not isinstance(raw["unknown"], bool):
            error("unknown", "expected true or false")
        else:
            conds["unknown"] = raw["unknown"]
    if "roles" in raw:
        vals = _str_list(raw["roles"], errors, src, "roles", **at)
        roles = []
        for r in vals:
            nr = normalise_role(r)
            if nr is None or not r.strip():
                error("roles", f"unknown role {r!r} (expected one of {', '.join(ROLES)})")
            else:
                roles.append(nr)
        if not vals and isinstance(raw["roles"], list):
            error("roles", "empty list")
        conds["roles"] = frozenset(roles)

    if not any(k in raw for k in CONDITION_KEYS):
        error(None, f"no condition (give at least one of {', '.join(CONDITION_KEYS)}; "
              "use 'default' for what applies to everyone else)")
    if len(errors) > n_before:
        return None
    return Rule(name=name, action=action, position=pos, enabled=enabled, mode=mode, **sched, **conds)  # type: ignore[arg-type]


def _aware_time(value: object) -> tuple[dt.datetime | None, str]:
    """(the time, "") for a TOML offset datetime or an RFC 3339 string with an offset; else
    (None, what is wrong). A time without an offset is refused: "14:00" where?"""
    example = "e.g. 2026-06-04T12:00:00+08:00"
    if isinstance(value, str):
        text = value.strip()
        if len(text) > 64:
            return None, f"expected an RFC 3339 time with an offset ({example})"
        try:
            value = dt.datetime.fromisoformat(text)
        except ValueError:
            return None, f"{text!r} is not an RFC 3339 time ({example})"
    if not isinstance(value, dt.datetime):
        return None, f"expected a date and time with an offset ({example})"
    if value.tzinfo is None or value.utcoffset() is None:
        return None, f"{value.isoformat()} has no offset from UTC; add one ({example}, or Z for UTC)"
    return value, ""


def rule_schedule_state(rule: Rule, now: dt.datetime) -> tuple[bool, str]:
    """Whether ``rule`` is active at ``now`` (an aware datetime), and a short text for the
    editor and the preview ("" when there is nothing to say: an enabled rule with no window).

    Texts: "disabled"; "inactive until 14:00" (before the window; the date is added when it is
    not today); "active until 20:00"; "active until the meeting ends"; "ended at 20:00" (after
    the window). Times are shown in ``now``'s time zone (pass local time for the host's view).
    """
    if not rule.enabled:
        return False, "disabled"
    tz = now.tzinfo

    def at(t: dt.datetime) -> str:
        local = t.astimezone(tz)
        hm = local.strftime("%H:%M")
        return hm if local.date() == now.date() else f"{local.date().isoformat()} {hm}"

    if rule.active_from is not None and now < rule.active_from:
        return False, f"inactive until {at(rule.active_from)}"
    if rule.active_until is not None:
        if now >= rule.active_until:
            return False, f"ended at {at(rule.active_until)}"
        return True, f"active until {at(rule.active_until)}"
    if rule.until_meeting_end:
        return True, "active until the meeting ends"
    return True, ""


_MAPPED = ipaddress.ip_network("::ffff:0:0/96")


def _network(
    text: str, errors: list[RuleIssue], notes: list[RuleIssue] | None, src: str, at: dict
) -> ipaddress.IPv4Network | ipaddress.IPv6Network | None:
    """A rule's network, read as the resolver sees addresses.

    * An IPv4-mapped IPv6 network (``::ffff:8.8.8.0/120``) is the IPv4 network it names
      (``8.8.8.0/24``): the resolver turns mapped addresses into IPv4 before any rule sees them.
    * Host bits set (``8.8.8.8/24``) are read as the network (``8.8.8.0/24``), with a warning
      naming the rule and key, so the host sees how it was read.
    """
    v = text.strip()
    shown = v if len(v) <= 60 else v[:59] + "…"
    try:
        net = ipaddress.ip_network(v, strict=False)
    except ValueError:
        errors.append(RuleIssue(src, f"bad CIDR {shown!r} (e.g. \"203.0.113.0/24\")", key="networks", **at))
        return None
    if net.version == 6 and net.subnet_of(_MAPPED):  # type: ignore[arg-type]
        net = ipaddress.IPv4Network((int(net.network_address) & 0xFFFFFFFF, net.prefixlen - 96))
    try:
        exact = ipaddress.ip_network(v, strict=True)
    except ValueError:
        exact = None
    if exact is None and notes is not None:
        host = str(v).split("/", 1)[0]
        one = "/32" if net.version == 4 else "/128"
        notes.append(RuleIssue(
            src, f"{shown!r} has host bits set; read as {net} (write {net}, or {host}{one} for that one address)",
            key="networks", **at,
        ))
    return net


def _suggest(key: str, options: Iterable[str]) -> str | None:
    import difflib

    m = difflib.get_close_matches(key, list(options), n=1, cutoff=0.6)
    return m[0] if m else None
