"""The meeting's own policy (Zoom's country policy) over its lifecycle: set from the rules when
they are applied, recorded, and put back as the host had it.

Only a service that implements `hostguard.services.capabilities.MeetingPolicyControl` has one
(checked with ``isinstance``). A change is recorded twice: in the audit trail, in words, as
evidence for the host (with how to restore it); and in the state database's ``meeting_policy``
table with the previous policy as the adapter's record, which is what a later run reads to
restore it. A database written before that table existed (schema 3 and older) has the previous
policy only inside the audit row's detail: for a meeting with no row in the table, that detail
is still read (`MeetingPolicyControl.previous_policy_from_audit`).

Thread-free: each call does its requests and writes and returns; the engine calls `apply`
after queueing an Apply's actions, the app calls `restorable` and `restore` off its GUI thread.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from hostguard.engine.store import POLICY_CHANGED, POLICY_RESTORED, Store, idempotency_key
from hostguard.services.base import Adapter, ServiceError
from hostguard.services.capabilities import MeetingPolicyControl, PolicyOutcome

log = logging.getLogger(__name__)

APPLY_ACTION = "country_policy"  # the audit row's action for a change
RESTORE_ACTION = "country_policy_restore"


class MeetingPolicy:
    """The meeting's own policy on one service, for one meeting."""

    def __init__(self, adapter: Adapter, store: Store, meeting_id: str, actor: str) -> None:
        self.control: MeetingPolicyControl | None = (
            adapter if isinstance(adapter, MeetingPolicyControl) else None
        )
        self.store = store
        self.service = adapter.name
        self.meeting_id = meeting_id
        self.actor = actor
        self.change: PolicyOutcome | None = None  # what applying did in this session
        self.last_error: str | None = None

    def use_ruleset(self, ruleset: Any) -> None:
        """The rules in force: the policy is derived from them (no network)."""
        if self.control is not None:
            self.control.use_ruleset(ruleset)

    def apply(self) -> PolicyOutcome | None:
        """Set the meeting's policy from the rules, and audit what changed, with the previous
        policy and how to restore it. A refusal is kept in `last_error`, never raised."""
        if self.control is None:
            return None
        try:
            change = self.control.apply_rules(self.meeting_id)
        except ServiceError as exc:
            self.last_error = f"country policy: {exc}"
            log.warning("could not set the meeting's country policy: %s", exc)
            return None
        if change is None:
            return None
        self.change = change
        outcome = "applied" if change.changed else "unchanged"
        detail = change.detail()
        if change.changed:
            hint = change.restore_hint()
            if hint:
                detail += "; " + hint
        # A change is recorded each time it happens (the same change after a restore is a new
        # row); "unchanged" once per wording.
        once = APPLY_ACTION + detail + (f" {time.time()}" if change.changed else "")
        self._audit(once, APPLY_ACTION, change.sentence or detail, outcome, detail)
        if change.changed and change.previous is not None:
            self.store.record_policy(
                self.service,
                self.meeting_id,
                POLICY_CHANGED,
                change.previous.to_json(),
                change.sentence or detail,
            )
        return change

    @property
    def described(self) -> str | None:
        """What applying did to the meeting's policy in this session, in words (None: nothing)."""
        return None if self.change is None else self.change.detail()

    def restorable(self) -> str | None:
        """What HostGuard last did to the meeting's policy, in words, if it can be put back
        (this session's change, or one an earlier run recorded and did not restore)."""
        found = self._to_restore()
        return None if found is None else found[1]

    def _to_restore(self) -> tuple[Any, str] | None:
        control = self.control
        if control is None:
            return None
        change = self.change
        if change is not None and change.changed and change.previous is not None:
            return change.previous, change.sentence or change.detail()
        last = self.store.last_policy(self.service, self.meeting_id)
        if last is not None:
            if last["event"] != POLICY_CHANGED or not last["previous"]:
                return None  # restored since
            previous = control.policy_record_from_json(str(last["previous"]))
            return None if previous is None else (previous, str(last["description"] or ""))
        return self._from_old_audit(control)

    def _from_old_audit(self, control: MeetingPolicyControl) -> tuple[Any, str] | None:
        """A database from before the meeting_policy table: the audit row's detail."""
        rows = self.store.audit_rows(
            self.service, self.meeting_id, actions=(APPLY_ACTION, RESTORE_ACTION)
        )
        changes = [r for r in rows if r["outcome"] == "applied" and not r["participant_id"]]
        if not changes or changes[-1]["action"] != APPLY_ACTION:
            return None  # never changed, or restored since
        last = changes[-1]
        previous = control.previous_policy_from_audit(self.meeting_id, str(last["detail"] or ""))
        if previous is None:
            return None
        return previous, str(last["reason"] or "") or str(last["detail"] or "")

    def restore(self) -> str:
        """Put the meeting's policy back as it was before HostGuard changed it; a sentence.

        Raises ServiceError subclasses, or LookupError when there is nothing to restore."""
        found = self._to_restore()
        if found is None or self.control is None:
            raise LookupError("HostGuard has not changed this meeting's policy, or it was restored")
        previous, _what = found
        now = self.control.restore_policy(previous)
        sentence = "the meeting's country policy was restored: it " + now.describe()
        self.change = None
        self.store.record_policy(self.service, self.meeting_id, POLICY_RESTORED, None, sentence)
        self._audit(f"restore {time.time()}", RESTORE_ACTION, sentence, "applied", sentence)
        return sentence

    def _audit(self, once: str, action: str, reason: str, outcome: str, detail: str) -> None:
        key = idempotency_key(self.service, self.meeting_id, "meeting-policy", once)
        evidence = {
            "actor": self.actor,
            "service": self.service,
            "meeting_id": self.meeting_id,
            "participant_id": "",
            "action": action,
            "reason": reason,
        }
        self.store.record(key, evidence, outcome, detail)
