"""What a service can do beyond listing people and acting on them, as typed capabilities.

An adapter has a capability when it implements the protocol; callers check with ``isinstance``
(the protocols are ``runtime_checkable``), never by looking attributes up by name. The method
names are the Zoom adapter's (`hostguard.services.zoom.ZoomAdapter`), which implements all of
them.

* `MeetingPolicyControl`: the meeting's own country policy, derived from the rules (Zoom's
  "Approve or block entry for users from specific countries/regions"): set it, and put the
  host's previous policy back, also after a restart (the previous policy is kept by the engine
  as the adapter's JSON, `PolicyRecordLike.to_json`, in the state database).
* `CountryPolicyAccess`: read and write a meeting's country policy as a plain `Policy`
  (the reference service and Zoom).
* `StatusNote`, `ManualRemovals`, `RoleNotes`, `MeetingUpdateLimit`: what the service tells
  the host beyond the roster (shown by the app's service panel and by ``watch``).
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from hostguard.services.base import Policy


@runtime_checkable
class PolicyRecordLike(Protocol):
    """A meeting's policy as it was before HostGuard changed it; the adapter reads it back
    with `MeetingPolicyControl.policy_record_from_json`."""

    def to_json(self) -> str: ...


@runtime_checkable
class PolicyDescription(Protocol):
    """A policy as it stands, in words ("refuses new joiners from CN")."""

    def describe(self) -> str: ...


@runtime_checkable
class PolicyOutcome(Protocol):
    """What setting the meeting's policy from the rules did."""

    changed: bool  # the meeting, read back, has a policy it did not have before
    sentence: str  # what happened, in words
    previous: PolicyRecordLike | None  # the policy before, when changed

    def detail(self) -> str:
        """One line for the audit trail (what happened, with the previous policy)."""
        ...

    def restore_hint(self) -> str:
        """How the host puts the previous policy back ("" when nothing changed)."""
        ...


@runtime_checkable
class MeetingPolicyControl(Protocol):
    """A service whose meetings have their own country policy that HostGuard can set."""

    def use_ruleset(self, ruleset: Any) -> None:
        """The rules in force (the policy is derived from them). No network."""
        ...

    def apply_rules(self, meeting_id: str, ruleset: Any = None) -> PolicyOutcome:
        """Set the meeting's policy from the rules; idempotent per rule set."""
        ...

    def restore_policy(self, previous: PolicyRecordLike) -> PolicyDescription:
        """Put a meeting's policy back as ``previous`` (a `PolicyOutcome.previous`) says."""
        ...

    def policy_record_from_json(self, text: str) -> PolicyRecordLike | None:
        """The record `PolicyRecordLike.to_json` wrote; None when it is damaged."""
        ...

    def previous_policy_from_audit(self, meeting_id: str, detail: str) -> PolicyRecordLike | None:
        """The previous policy in an audit row's detail written by HostGuard before the state
        database had a table for it (schema 3 and older); None when it holds none."""
        ...


@runtime_checkable
class CountryPolicyAccess(Protocol):
    """A meeting's country policy read and written as a `Policy`."""

    def get_policy(self, meeting_id: str) -> Policy: ...

    def set_policy(self, meeting_id: str, policy: Policy) -> Policy: ...


@runtime_checkable
class StatusNote(Protocol):
    """A sentence the host should know about the service (Zoom, Webex). No network."""

    def status_note(self, meeting_id: str | None = None) -> str: ...


@runtime_checkable
class ManualRemovals(Protocol):
    """People the rules remove whom only the service's own client can remove (Zoom). No network."""

    def manual_removals(self, meeting_id: str) -> list[Any]: ...


@runtime_checkable
class RoleNotes(Protocol):
    """Roles the service does not report, and the meeting's alternative hosts (Zoom). No network."""

    def role_note(self, meeting_id: str | None = None) -> str: ...

    def alternative_hosts(self, meeting_id: str) -> tuple[str, ...]: ...


@runtime_checkable
class MeetingUpdateLimit(Protocol):
    """A limit on changes to the meeting itself, in words once it matters (Zoom). No network."""

    def update_sentence(self, meeting_id: str) -> str: ...
