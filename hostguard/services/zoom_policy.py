"""Zoom's country policy as HostGuard reasons about it: the meeting's
``settings.approved_or_denied_countries_or_regions`` (`ZoomPolicy`), what a rule set asks of it
(`desired_policy`), how that is merged into the host's own policy without overwriting it
silently (`merge_policy`), and what was done (`PolicyChange`, with the previous policy as a
`PolicyRecord` so it can be restored). Pure functions and values: no network.

The object exists on meetings only: Zoom's API description defines no country policy on
``/webinars/{webinarId}`` (see `hostguard.services.zoom`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from hostguard.core.countries import all_countries, continent_of, country


# -- the meeting's country policy -------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ZoomPolicy:
    """Zoom's ``settings.approved_or_denied_countries_or_regions``."""

    enable: bool = False
    method: str = "deny"  # deny | approve
    denied_list: tuple[str, ...] = ()
    approved_list: tuple[str, ...] = ()

    @property
    def active_list(self) -> tuple[str, ...]:
        return self.denied_list if self.method == "deny" else self.approved_list

    def to_settings(self) -> dict[str, Any]:
        return {
            "enable": self.enable,
            "method": self.method,
            "denied_list": list(self.denied_list),
            "approved_list": list(self.approved_list),
        }

    def describe(self) -> str:
        if not self.enable:
            return "no country policy"
        codes = ", ".join(self.active_list) or "no country"
        return f"refuses new joiners from {codes}" if self.method == "deny" else f"admits new joiners only from {codes}"


def _codes(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    out = []
    for v in value:
        if isinstance(v, str) and country(v.strip()) is not None:
            out.append(v.strip().upper())
    return tuple(sorted(set(out)))


def policy_from_settings(raw: Any) -> ZoomPolicy | None:
    """The policy inside a meeting's ``settings`` object (None when the meeting has none)."""
    if not isinstance(raw, dict):
        return None
    pol = raw.get("approved_or_denied_countries_or_regions")
    if not isinstance(pol, dict):
        return None
    method = pol.get("method") if pol.get("method") in ("deny", "approve") else "deny"
    return ZoomPolicy(
        enable=pol.get("enable") is True,
        method=method,
        denied_list=_codes(pol.get("denied_list")),
        approved_list=_codes(pol.get("approved_list")),
    )


@dataclass(frozen=True, slots=True)
class DesiredPolicy:
    """What the rules ask of the meeting's country policy."""

    method: str | None  # deny | approve | None (nothing country-only to enforce)
    countries: frozenset[str] = frozenset()
    notes: tuple[str, ...] = ()


def _location_only(rule: Any) -> bool:
    keys = set(rule.condition_keys())
    return bool(keys) and keys <= {"countries", "continents", "not_countries"} and not (
        "not_countries" in keys and keys != {"not_countries"}
    )


def _rule_countries(rule: Any) -> frozenset[str]:
    """The countries a countries/continents rule matches (both named: both must hold)."""
    codes = set(all_countries())
    if rule.countries is not None:
        codes &= set(rule.countries)
    if rule.continents is not None:
        codes = {c for c in codes if continent_of(c) in rule.continents}
    return frozenset(codes)


def _could_match_country(rule: Any, code: str) -> bool:
    """Whether ``rule``'s location conditions can hold for someone from ``code``."""
    if rule.unknown is True:
        return False
    if rule.countries is not None and code not in rule.countries:
        return False
    if rule.not_countries is not None and code in rule.not_countries:
        return False
    if rule.continents is not None and continent_of(code) not in rule.continents:
        return False
    return not (rule.regions is not None and not any(r.startswith(code + "-") for r in rule.regions))


def desired_policy(ruleset: Any) -> DesiredPolicy:
    """The country policy that enforces the rule set's country-only ``remove``/``block`` rules.

    A country goes on the deny list only when every person from it would be removed by the
    rules: an earlier rule that could let some of them stay (allow, flag, waiting room, or a
    narrower condition) keeps it off, with a note. An allow-list rule (``not_countries`` only)
    becomes an approve list under the same condition.
    """
    notes: list[str] = []
    deny: set[str] = set()
    approve: frozenset[str] | None = None
    earlier: list[Any] = []
    for rule in (r for r in ruleset.rules if r.enabled):
        if rule.action in ("remove", "block") and _location_only(rule):
            if rule.not_countries is not None:
                outside = set(all_countries()) - set(rule.not_countries)
                shadow = next((e for e in earlier if any(_could_match_country(e, c) for c in outside)), None)
                if shadow is not None:
                    notes.append(
                        f"rule '{rule.name}' is not made an approve list: the earlier rule '{shadow.name}' "
                        "lets some people from other countries stay"
                    )
                else:
                    allowed = frozenset(rule.not_countries)
                    approve = allowed if approve is None else approve & allowed
            else:
                for code in sorted(_rule_countries(rule)):
                    shadow = next((e for e in earlier if _could_match_country(e, code)), None)
                    if shadow is not None:
                        notes.append(
                            f"{code} is not added to the meeting's policy: the earlier rule '{shadow.name}' "
                            f"treats some people from {code} differently"
                        )
                    else:
                        deny.add(code)
        if rule.action not in ("remove", "block"):
            # A remove/block rule lets nobody stay, so only the other actions shadow later rules.
            earlier.append(rule)
    if getattr(ruleset, "default", "allow") in ("remove", "block"):
        kept = _default_approve_list(earlier, notes)
        if kept is not None:
            approve = kept if approve is None else approve & kept
    exempt_emails = getattr(getattr(ruleset, "exempt", None), "emails", ())
    if (deny or approve is not None) and exempt_emails:
        notes.append(
            "Zoom's country policy cannot exempt e-mail addresses: an exempt person joining from a "
            "refused country is refused too"
        )
    if approve is not None:
        return DesiredPolicy("approve", frozenset(approve - deny), tuple(notes))
    if deny:
        return DesiredPolicy("deny", frozenset(deny), tuple(notes))
    return DesiredPolicy(None, frozenset(), tuple(notes))


def _default_approve_list(others: Sequence[Any], notes: list[str]) -> frozenset[str] | None:
    """The approve list for rules whose default removes or blocks ("allow US, CA; default block").

    The countries someone could come from and not be removed are those an enabled rule with
    another action (allow, flag, waiting room) could match; everyone else meets the default.
    That is a country list only when each of those rules names places and nothing else: a
    rule on roles, networks or unknown countries lets some people from anywhere stay, and
    then the meeting's policy is left alone (with a note).
    """
    loose = next((r for r in others if not _location_only(r)), None)
    if loose is not None:
        notes.append(
            f"the rules' default is not made an approve list: the rule '{loose.name}' lets some "
            "people stay wherever they join from"
        )
        return None
    return frozenset(
        code for code in all_countries() if any(_could_match_country(r, code) for r in others)
    )


@dataclass(frozen=True, slots=True)
class PolicyMerge:
    new: ZoomPolicy | None  # what to send (None: leave the meeting's policy as it is)
    sentence: str
    conflict: bool = False


def merge_policy(existing: ZoomPolicy | None, desired: DesiredPolicy) -> PolicyMerge:
    """Merge what the rules need into the host's existing policy, never overwriting it silently.

    A deny list is extended; an approve list is narrowed (never emptied); a method conflict
    (the host's approve list vs. the rules' deny list or the reverse) changes nothing and says why.
    """
    want = sorted(desired.countries)
    if desired.method is None:
        return PolicyMerge(None, "no country-only remove/block rule applies: the meeting's country policy is left as it is")
    if desired.method == "approve" and not want:
        return PolicyMerge(None, "the rules' allow list leaves no country: the meeting's country policy is left as it is", True)
    if existing is None or not existing.enable:
        base = existing or ZoomPolicy()
        if desired.method == "deny":
            new = replace(base, enable=True, method="deny", denied_list=tuple(want))
        else:
            new = replace(base, enable=True, method="approve", approved_list=tuple(want))
        return PolicyMerge(new, f"the meeting's country policy now {new.describe()}")
    if existing.method == "deny" and desired.method == "deny":
        merged = tuple(sorted(set(existing.denied_list) | set(want)))
        if merged == existing.denied_list:
            return PolicyMerge(None, f"the meeting's country policy already {existing.describe()}")
        added = ", ".join(sorted(set(want) - set(existing.denied_list)))
        new = replace(existing, denied_list=merged)
        return PolicyMerge(new, f"the meeting's deny list was extended with {added}: it now {new.describe()}")
    if existing.method == "approve" and desired.method == "approve":
        narrowed = tuple(sorted(set(existing.approved_list) & set(want)))
        if narrowed == existing.approved_list:
            return PolicyMerge(None, f"the meeting's country policy already {existing.describe()}")
        if not narrowed:
            return PolicyMerge(
                None,
                "not changed: the meeting's approve list and the rules' allow list have no country in common, "
                "so merging them would refuse everyone",
                True,
            )
        new = replace(existing, approved_list=narrowed)
        return PolicyMerge(new, f"the meeting's approve list was narrowed: it now {new.describe()}")
    if existing.method == "approve":  # rules want deny
        clash = sorted(set(want) & set(existing.approved_list))
        if not clash:
            return PolicyMerge(None, f"the meeting's country policy already {existing.describe()}")
        return PolicyMerge(
            None,
            f"not changed: the meeting's existing policy admits only listed countries (approve list) and that list "
            f"includes {', '.join(clash)}; Zoom allows an approve list or a deny list, not both. Take "
            f"{', '.join(clash)} off the approved list in Zoom to refuse them",
            True,
        )
    return PolicyMerge(
        None,
        "not changed: the meeting already has a deny list and the rules need an approve list (allow only "
        f"{', '.join(want)}); Zoom allows one method at a time. Change the meeting's policy in Zoom, or "
        "write the rules as country deny rules",
        True,
    )


PREVIOUS_POLICY_MARKER = "previous policy: "  # in the audit detail, before the policy as JSON


@dataclass(frozen=True, slots=True)
class PolicyRecord:
    """A meeting's country policy as it was before HostGuard changed it (for `restore_policy`)."""

    meeting_id: str
    settings: dict[str, Any] | None  # Zoom's object as read; None: the meeting had none

    def to_json(self) -> str:
        return json.dumps({"meeting_id": self.meeting_id, "approved_or_denied_countries_or_regions": self.settings}, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> PolicyRecord:
        data = json.loads(text)
        if not isinstance(data, dict) or not isinstance(data.get("meeting_id"), str):
            raise ValueError("not a recorded Zoom country policy")
        settings = data.get("approved_or_denied_countries_or_regions")
        return cls(data["meeting_id"], settings if isinstance(settings, dict) else None)


@dataclass(frozen=True, slots=True)
class PolicyChange:
    """What `ZoomAdapter.apply_rules` did to a meeting's country policy."""

    meeting_id: str
    changed: bool
    conflict: bool
    sentence: str
    previous: PolicyRecord | None  # set when the policy was changed
    now: ZoomPolicy | None
    notes: tuple[str, ...] = ()

    def short(self) -> str:
        """One line for later results: the policy as it stands (the change was recorded once)."""
        if self.now is not None and not self.conflict:
            return f"the meeting's country policy {self.now.describe()}"
        return self.sentence

    def restore_hint(self) -> str:
        """How the host puts the previous policy back (said in the audit trail and by `watch`)."""
        if not self.changed or self.previous is None:
            return ""
        before = policy_from_settings(
            {"approved_or_denied_countries_or_regions": self.previous.settings}
        ) if self.previous.settings is not None else None
        was = (before or ZoomPolicy()).describe()
        return (
            f"to restore the previous policy ({was}): Restore in HostGuard's app while connected, or in Zoom "
            "edit the meeting's 'Approve or block entry for users from specific countries/regions' setting"
        )

    def detail(self) -> str:
        """One line for the audit trail: what happened and, when changed, the previous policy."""
        text = self.sentence
        if self.notes:
            text += " (" + "; ".join(self.notes) + ")"
        if self.changed and self.previous is not None:
            text += f"; {PREVIOUS_POLICY_MARKER}{json.dumps(self.previous.settings, sort_keys=True)}"
        return text


__all__ = [
    "PREVIOUS_POLICY_MARKER",
    "DesiredPolicy",
    "PolicyChange",
    "PolicyMerge",
    "PolicyRecord",
    "ZoomPolicy",
    "desired_policy",
    "merge_policy",
    "policy_from_settings",
]
