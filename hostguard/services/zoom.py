"""The Zoom adapter: what Zoom's REST API gives and allows, behind the `Adapter` interface.

The parts, each in its own module (all names are importable from here as before):

* `hostguard.services.zoom_parse`: dashboard answers read into participants, meeting ids;
* `hostguard.services.zoom_dashboard`: a meeting id resolved, the live list read page by page;
* `hostguard.services.zoom_budget`: the dashboard's daily budget, the 100 updates a meeting
  takes a day, and what a Zoom 429 means (told to the one retry layer, `ServiceHTTP`);
* `hostguard.services.zoom_errors`: Zoom's ``{code, message}`` answers in words;
* `hostguard.services.zoom_registrants`: ending the registration of a person the rules remove;
* `hostguard.services.zoom_policy`: the meeting's country policy (the algebra: merge, record).

Why this module is still over 500 lines (about 730): `ZoomAdapter` is one object with one lock
over its caches (rosters, people listed for manual removal, the country policy applied per rule
set), and its methods are short. The largest group, the meeting's country policy
(``use_ruleset`` .. ``set_policy``, about 200 lines: the `MeetingPolicyControl` capability of
`hostguard.services.capabilities`), is the next candidate for a module of its own; it stays
here while the engine's use of that capability is being changed.

What Zoom allows, and so what this adapter does (facts: Zoom's own API description, the parts
read written out in tests/contract/zoom_schemas.py; the README's "Meeting services and
credentials" says it for users; when our reading and Zoom's differ, Zoom's wins):

* Server-to-Server OAuth (``grant_type=account_credentials``): the access token lives in memory
  only, is renewed five minutes before it expires and whenever Zoom answers 401 (code 124).
* Co-hosts are not reported by the dashboard: they are attendees here, and `role_note` says so
  and proposes the meeting's alternative hosts (``settings.alternative_hosts``) for the rules'
  e-mail exemptions.
* Webinars: Zoom's API has no per-webinar country policy. Nothing is sent and nothing is
  recorded as applied; the host is told.
* A policy is recorded as applied only after reading the meeting back and finding it.
* Zoom has no REST call that removes or moves someone already in a meeting. A ``remove`` or
  ``block`` decision therefore becomes (a) the meeting's own country policy (deny list, or an
  approve list for allow-list rule sets), merged with the host's existing policy and never
  overwritten silently, the previous one recorded so it can be restored; (b) a denied
  registration when the person registered; and (c) the outcome ``manual``: "remove manually in
  the Zoom client", listed by `manual_removals` for the host. ``waiting_room`` and ``admit``
  are unsupported.

The rules reach the adapter through `use_ruleset` (the engine calls it when the rules change);
the country policy is set by `apply_rules` or, at the latest, with the first remove/block.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import re
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any
from urllib.parse import quote, quote_plus

from hostguard.services.base import (
    MANUAL,
    UNSUPPORTED,
    ActionRequest,
    ActionResult,
    Adapter,
    AuthError,
    Capability,
    ConfigurationError,
    CredentialsHint,
    Policy,
    RemoteParticipant,
    RosterSnapshot,
    ServiceError,
    UnreachableError,
)
from hostguard.services.http import HTTPState, ServiceHTTP
from hostguard.services.vendor_common import MAX_EMAIL
from hostguard.services.zoom_budget import (
    DAY_S,
    MEETING_UPDATES_PER_DAY,
    MEETING_UPDATES_WARN_AT,
    PLAN_LIMITS,
    MeetingUpdateLimits,
    MeetingUpdateLog,
    MeetingUpdatesUsedUp,
    ZoomRateBudget,
)
from hostguard.services.zoom_dashboard import PAGE_SIZE, ZoomDashboard
from hostguard.services.zoom_errors import SCOPES, ZOOM_ERRORS, missing_scopes, zoom_error
from hostguard.services.zoom_parse import (
    PARTICIPANT_FIELDS,
    ROLE_MAP,
    STATUS_MAP,
    WEBINAR_PREFIX,
    ZoomMeeting,
    ZoomParticipant,
    encode_meeting_id,
    meeting_number,
    object_path,
    parse_location,
    parse_participant,
    person_key,
)
from hostguard.services.zoom_policy import (
    PREVIOUS_POLICY_MARKER,
    DesiredPolicy,
    PolicyChange,
    PolicyMerge,
    PolicyRecord,
    ZoomPolicy,
    desired_policy,
    merge_policy,
    policy_from_settings,
)
from hostguard.services.zoom_registrants import REGISTRANTS_TTL_S, ZoomRegistrants

log = logging.getLogger(__name__)

ZOOM_API = "https://api.zoom.us/v2"
ZOOM_OAUTH = "https://zoom.us/oauth/token"
RENEW_MARGIN_S = 300.0  # renew the access token this long before it expires
MANUAL_SENTENCE = "remove manually in the Zoom client"

POLICY_RETRY_MAX_S = 1800  # the longest wait before setting a policy again (see _policy_not_set)
NO_WEBINAR_POLICY = (
    "Zoom's API has no country policy for webinars, so HostGuard set none: people from the rules' "
    f"countries can still join this webinar; those inside are listed to {MANUAL_SENTENCE}"
)


# -- the adapter ------------------------------------------------------------------------------------
class ZoomAdapter(Adapter):
    """Zoom through its REST API: live list with addresses, country policy, registrants."""

    name = "zoom"
    capabilities = frozenset(
        {Capability.LIST_WITH_ADDRESSES, Capability.LIST, Capability.COUNTRY_POLICY, Capability.DENY_REGISTRANT}
    )

    def __init__(
        self,
        url: str | None,
        credentials: Mapping[str, str],
        *,
        plan: str = "business",
        daily_cap: int | None = None,
        budget_share: float = 0.5,
        min_refresh: float = 5.0,
        clock: Callable[[], float] = time.time,
        update_log: str | os.PathLike[str] | None = None,
        **http_options: Any,
    ) -> None:
        missing = [k for k in ("account_id", "client_id", "client_secret") if not (credentials.get(k) or "").strip()]
        if missing:
            raise ConfigurationError(
                "Zoom needs the Server-to-Server OAuth app's " + ", ".join(m.replace("_", " ") for m in missing),
                fix=CredentialsHint("zoom", ("ZOOM_ACCOUNT_ID", "ZOOM_CLIENT_ID", "ZOOM_CLIENT_SECRET")),
            )
        self._account_id = credentials["account_id"].strip()
        self._client_id = credentials["client_id"].strip()
        self._client_secret = credentials["client_secret"].strip()
        if url:
            root = url.rstrip("/")
            api, oauth = root + "/v2", root + "/oauth/token"
        else:
            api, oauth = ZOOM_API, ZOOM_OAUTH
        self.budget = ZoomRateBudget(plan, daily_cap=daily_cap, share=budget_share, min_interval=min_refresh, clock=clock)
        self.clock = clock
        http_options.setdefault("rate", self.budget.qps)
        http_options.setdefault("burst", max(1, int(self.budget.qps)))
        self._token: str | None = None
        self._token_expires = 0.0  # time.monotonic()
        self._token_fetched = -1e9
        self._token_lock = threading.Lock()
        # The account id travels in the sign-in URL's query (as Zoom documents it), so every
        # form it takes there is scrubbed from logs (urllib3 logs request URLs at debug level).
        account_forms = tuple({self._account_id, quote(self._account_id, safe=""), quote_plus(self._account_id)})
        secrets = lambda: (self._client_secret, self._token or "", *account_forms)  # noqa: E731
        try:
            self.http = ServiceHTTP(
                api, service="Zoom", auth=self._auth_header, reauth=self._reauth, secrets=secrets, **http_options
            )
            self._oauth = ServiceHTTP(oauth, service="Zoom sign-in", secrets=secrets, max_attempts=4, deadline=20.0)
        except ValueError as exc:
            raise ConfigurationError(f"--url: {exc}") from None
        self.dashboard = ZoomDashboard(self.http, self.budget, clock)
        self.registrants = ZoomRegistrants(self.http, self.resolve, clock)
        self._lock = threading.Lock()
        self._ruleset: Any = None
        self._policy_done: dict[str, PolicyChange] = {}
        # meeting -> (when to try again, failures in a row): a policy that could not be set
        # because an answer was not Zoom's (see _policy_not_set); absent once one is settled.
        self._policy_retry: dict[str, tuple[float, int]] = {}
        self._policy_lock = threading.Lock()
        self._rosters: dict[str, tuple[float, list[ZoomParticipant]]] = {}
        self._known: dict[tuple[str, str], ZoomParticipant] = {}
        self._manual: dict[str, dict[str, ZoomParticipant]] = {}
        self._reported: dict[tuple[str, int], PolicyChange] = {}
        self.policy_changes: list[PolicyChange] = []
        self._alternative_hosts: dict[str, tuple[str, ...]] = {}
        self.updates = MeetingUpdateLog(update_log, clock)

    def __repr__(self) -> str:
        return f"<ZoomAdapter {self.http.base_url}>"

    @property
    def account_identity(self) -> str:
        """Which Zoom account this adapter acts for, as a one-way hash (the account id itself
        is kept out of files): the engine ties a state directory to it (`Store.bind`)."""
        return "zoom:" + hashlib.sha256(b"hostguard-account\0" + self._account_id.encode()).hexdigest()[:32]

    # -- authentication -------------------------------------------------------------------------
    def _fetch_token(self) -> None:
        basic = base64.b64encode(f"{self._client_id}:{self._client_secret}".encode()).decode("ascii")
        try:
            r = self._oauth.request(
                "POST",
                "",
                params={"grant_type": "account_credentials", "account_id": self._account_id},
                headers={"Authorization": f"Basic {basic}"},
            )
        except ServiceError as exc:
            if exc.status in (400, 401, 403):
                problem = getattr(exc, "problem", None)
                reason = ""
                if isinstance(problem, dict):
                    r_ = problem.get("reason") or problem.get("error_description") or problem.get("message") or problem.get("error")
                    reason = self.http.scrub(r_[:200]) if isinstance(r_, str) else ""
                raise AuthError(
                    "Zoom refused the app credentials"
                    + (f" ({reason})" if reason else "")
                    + ": check the account ID, client ID and client secret of the Server-to-Server OAuth app",
                    status=exc.status,
                ) from None
            raise
        data = r.data if isinstance(r.data, dict) else {}
        token = data.get("access_token")
        if not isinstance(token, str) or not token:
            raise AuthError("Zoom's sign-in answered without an access token")
        expires = data.get("expires_in")
        if isinstance(expires, bool) or not isinstance(expires, int | float) or expires <= 0:
            expires = 3600
        self._token = token
        now = time.monotonic()
        self._token_fetched = now
        # Renew five minutes early; a short-lived token renews at 90% of its life instead.
        margin = min(RENEW_MARGIN_S, float(expires) * 0.1) if expires <= 3 * RENEW_MARGIN_S else RENEW_MARGIN_S
        self._token_expires = now + float(expires) - margin

    def _auth_header(self) -> dict[str, str]:
        with self._token_lock:
            if self._token is None or time.monotonic() >= self._token_expires:
                self._fetch_token()
            return {"Authorization": f"Bearer {self._token}"}

    def _reauth(self) -> None:
        """Zoom said 401 (code 124): get a new token (S2S tokens do not revoke each other, so
        two threads renewing at once cost one extra token request, nothing more)."""
        with self._token_lock:
            self._fetch_token()

    # -- meeting ids ----------------------------------------------------------------------------
    def resolve(self, meeting_id: str) -> ZoomMeeting:
        """The meeting's number (for the meeting and registrant calls) and what the dashboard
        is asked with (`ZoomDashboard.resolve`: a UUID is looked up once)."""
        return self.dashboard.resolve(meeting_id)
    # -- rules ------------------------------------------------------------------------------------
    def use_ruleset(self, ruleset: Any) -> None:
        """The rules in force (the country policy is derived from them). No network."""
        with self._policy_lock:
            if ruleset is not self._ruleset:
                self._ruleset = ruleset
                self._policy_done.clear()
                self._policy_retry.clear()

    # -- roster -----------------------------------------------------------------------------------
    def list_participants(self, meeting_id: str) -> list[RemoteParticipant]:
        return self.fetch_roster(meeting_id).participants

    def fetch_roster(self, meeting_id: str, *, force: bool = False) -> RosterSnapshot:
        """The live list. Within the budget's refresh interval the previous list is returned
        (no request): the budget is kept whatever the caller's polling rate."""
        now = self.clock()
        with self._lock:
            cached = self._rosters.get(meeting_id)
        if cached is not None and not force:
            fetched_at, people = cached
            exhausted = self.budget.exhausted_until
            if now - fetched_at < self.budget.refresh_interval() or (exhausted is not None and now < exhausted):
                return RosterSnapshot(list(people), None)
        people = self.dashboard.live(meeting_id)
        present = [p for p in people if p.status != "left"]
        with self._lock:
            self._rosters[meeting_id] = (self.clock(), present)
            for p in people:
                self._known[(meeting_id, p.id)] = p
        return RosterSnapshot(list(present), None)

    def refresh_interval(self) -> float:
        """Seconds between full refreshes that fit the daily budget."""
        return self.budget.refresh_interval()

    def budget_sentence(self) -> str:
        return self.budget.sentence()

    def status_note(self, meeting_id: str | None = None) -> str:
        """What the host should know about this service, for the UI/CLI status text."""
        webinar = bool(meeting_id) and meeting_id.startswith(WEBINAR_PREFIX)  # type: ignore[union-attr]
        text = (
            "Zoom cannot remove people already in the meeting through its API: those the rules remove are "
            f"listed to {MANUAL_SENTENCE}; "
            + (
                "Zoom's API has no country policy for webinars, so none is set. "
                if webinar
                else "the meeting's own country policy refuses new joiners. "
            )
        )
        updates = self.update_sentence(meeting_id) if meeting_id and not webinar else ""
        if updates:
            text += updates + ". "
        return text + self.budget_sentence()

    def role_note(self, meeting_id: str | None = None) -> str:
        """Zoom's dashboard does not report co-hosts; how to exempt them (by e-mail), with the
        meeting's alternative hosts when Zoom gave them. No network."""
        text = (
            "Zoom's dashboard reports only the roles host and attendee (and panelist in webinars): co-hosts "
            "are listed as attendees, so the rules cannot exempt them by role. Exempt them by e-mail (the "
            "rules' [exempt] emails); Zoom gives the e-mail of people in the host's own account, not always "
            "of others."
        )
        alternates = self.alternative_hosts(meeting_id) if meeting_id else ()
        if alternates:
            text += f" This meeting's alternative hosts, to exempt by e-mail: {', '.join(alternates)}."
        return text

    def alternative_hosts(self, meeting_id: str) -> tuple[str, ...]:
        """The e-mail addresses in the meeting's ``settings.alternative_hosts`` as last read
        (entries that are user ids, not addresses, are left out). No network."""
        with self._lock:
            return self._alternative_hosts.get(meeting_id, ())

    def _note_alternative_hosts(self, meeting_id: str, settings: Any) -> None:
        raw = settings.get("alternative_hosts") if isinstance(settings, dict) else None
        if not isinstance(raw, str):
            return
        emails = []
        # Meetings separate them with ";", webinars with "," (as the description says for each).
        for part in re.split(r"[;,]", raw)[:50]:
            part = part.strip()
            if "@" in part and 3 <= len(part) <= MAX_EMAIL and not any(c.isspace() or ord(c) < 32 for c in part):
                emails.append(part)
        with self._lock:
            self._alternative_hosts[meeting_id] = tuple(dict.fromkeys(emails))

    def update_sentence(self, meeting_id: str) -> str:
        """The warning about Zoom's 100 meeting updates a day, once it matters ("" before)."""
        target = self.dashboard.known(meeting_id)
        return self.updates.sentence(target.number) if target is not None else ""

    def manual_removals(self, meeting_id: str) -> list[ZoomParticipant]:
        """Participants the rules remove who are still in the latest list: for the host to remove
        in the Zoom client (one entry per person, the latest session)."""
        with self._lock:
            listed = self._manual.get(meeting_id, {})
            cached = self._rosters.get(meeting_id)
            present = {p.person_key: p for p in (cached[1] if cached else []) if p.status in ("joined", "waiting")}
        out = []
        for key in listed:
            if key in present:
                out.append(present[key])
        return out

    # -- actions -----------------------------------------------------------------------------------
    def support(self, action: str) -> tuple[str, str]:
        if action in ("remove", "block"):
            # "send": the adapter does what Zoom allows (policy, registrant) and answers "manual".
            return "send", (
                f"Zoom cannot remove people already in the meeting through its API: {MANUAL_SENTENCE}; "
                "new joiners from the rules' countries are refused by the meeting's own country policy"
            )
        if action == "waiting_room":
            return UNSUPPORTED, "Zoom's API cannot move someone already in the meeting to the waiting room (only the Zoom client can)"
        if action == "admit":
            return UNSUPPORTED, "Zoom's API cannot admit someone from the waiting room (only the Zoom client can)"
        return UNSUPPORTED, f"'{action}' is not a participant action"

    def plan(self, actions: Iterable[str]) -> list[str]:
        out = []
        for action in sorted(set(actions)):
            if action in ("remove", "block"):
                text = (
                    f"{action}: Zoom cannot remove people already in the meeting: they are listed for you to "
                    f"{MANUAL_SENTENCE}"
                )
                with self._policy_lock:
                    rs = self._ruleset
                if rs is not None:
                    want = desired_policy(rs)
                    if want.method == "deny":
                        text += f"; new joiners from {', '.join(sorted(want.countries))} will be refused by the meeting's own country policy"
                    elif want.method == "approve":
                        text += f"; the meeting's own country policy will admit new joiners only from {', '.join(sorted(want.countries))}"
                    if want.method is not None:
                        text += " (meetings only: Zoom's API has no country policy for webinars)"
                    if want.notes:
                        text += " (" + "; ".join(want.notes) + ")"
                    text += (
                        "; a registrant with a matching e-mail has the registration cancelled (approved) "
                        "or denied (pending)"
                    )
                out.append(text)
            else:
                _, sentence = self.support(action)
                out.append(f"{action}: not supported ({sentence})")
        return out

    def apply_rules(self, meeting_id: str, ruleset: Any = None) -> PolicyChange:
        """Set the meeting's country policy from the rules (merged with the host's policy).

        Idempotent per rule set: the second call returns the first result without requests.
        A change counts as made only when the meeting, read back, has it. A webinar has no
        country policy in Zoom's API: nothing is sent, and the result says so.
        """
        if ruleset is not None:
            self.use_ruleset(ruleset)
        with self._policy_lock:
            done = self._policy_done.get(meeting_id)
            if done is not None:
                retry = self._policy_retry.get(meeting_id)
                if retry is None or self.clock() < retry[0]:
                    return done
                del self._policy_done[meeting_id]  # not set last time, and its time has come
            rs = self._ruleset
            if rs is None:
                change = PolicyChange(
                    meeting_id, False, False,
                    "the meeting's country policy was not changed: HostGuard was not given the rules", None, None,
                )  # fmt: skip
                return change
            want = desired_policy(rs)
            if want.method is None:
                change = PolicyChange(meeting_id, False, False, merge_policy(None, want).sentence, None, None, want.notes)
                self._policy_done[meeting_id] = change
                return change
            target = self.resolve(meeting_id)
            if target.webinar:
                change = PolicyChange(meeting_id, False, False, NO_WEBINAR_POLICY, None, None, want.notes)
                log.info("Zoom webinar %s: %s", target.number, NO_WEBINAR_POLICY)
                self._policy_done[meeting_id] = change
                self.policy_changes.append(change)
                return change
            raw_settings = self._meeting_settings(meeting_id)
            existing = policy_from_settings(raw_settings)
            merge = merge_policy(existing, want)
            previous_raw = raw_settings.get("approved_or_denied_countries_or_regions") if isinstance(raw_settings, dict) else None
            previous = PolicyRecord(meeting_id, dict(previous_raw) if isinstance(previous_raw, dict) else None)
            if merge.new is None:
                change = PolicyChange(meeting_id, False, merge.conflict, merge.sentence, None, existing, want.notes)
            else:
                change = self._change_policy(meeting_id, target, merge, previous, want)
            self._policy_done[meeting_id] = change
            self._policy_retry.pop(meeting_id, None)
            self.policy_changes.append(change)
            return change

    def _policy_not_set(self, meeting_id: str, exc: ServiceError) -> PolicyChange:
        """The policy could not be set (`act` goes on: the person is listed for manual
        removal). Zoom's own refusal (an error status with Zoom's {code, message}) is said once
        per rule set: the same request gets the same answer. An answer that was not Zoom's (a
        proxy's or sign-in portal's web page, JSON of another shape) is no refusal by Zoom: it
        is said as what it was and tried again after 1, 2, 4 ... up to 30 minutes (each try
        may cost one of the meeting's 100 updates a day; see _patch_policy)."""
        with self._policy_lock:
            if isinstance(getattr(exc, "problem", None), dict):
                change = PolicyChange(meeting_id, False, True, f"Zoom refused the country policy: {exc}", None, None)
                self._policy_retry.pop(meeting_id, None)
            else:
                failures = self._policy_retry.get(meeting_id, (0.0, 0))[1] + 1
                wait = min(60 * 2 ** (failures - 1), POLICY_RETRY_MAX_S)
                self._policy_retry[meeting_id] = (self.clock() + wait, failures)
                change = PolicyChange(
                    meeting_id, False, True,
                    f"the country policy could not be set this time ({exc}); HostGuard tries again in "
                    f"{wait // 60} minute{'s' if wait >= 120 else ''}",
                    None, None,
                )  # fmt: skip
            self._policy_done[meeting_id] = change
            self.policy_changes.append(change)
        log.warning("Zoom meeting %s: %s", meeting_id, change.sentence)
        return change

    def _change_policy(
        self, meeting_id: str, target: ZoomMeeting, merge: PolicyMerge, previous: PolicyRecord, want: DesiredPolicy
    ) -> PolicyChange:
        """PATCH the merged policy, read the meeting back, and say what is true now."""
        new = merge.new
        assert new is not None
        if self.updates.used(target.number) >= MEETING_UPDATES_PER_DAY:
            return PolicyChange(
                meeting_id, False, True, f"not changed: {self.updates.sentence(target.number)}", None, None, want.notes
            )
        refused = self._patch_policy(meeting_id, new.to_settings())
        if refused:
            return PolicyChange(meeting_id, False, True, f"not changed: {refused}", None, None, want.notes)
        now = self._read_policy(meeting_id) or ZoomPolicy()
        if (now.enable, now.method, now.active_list) != (new.enable, new.method, new.active_list):
            sentence = (
                f"not changed: Zoom accepted the update, but the meeting read back {now.describe()} instead of "
                f"{new.describe()}, so HostGuard does not count it as applied"
            )
            log.warning("Zoom meeting %s: %s", target.number, sentence)
            return PolicyChange(meeting_id, False, True, sentence, None, now, want.notes)
        sentence = merge.sentence
        warn = self.updates.sentence(target.number)
        if warn:
            sentence += f" ({warn})"
        log.info("Zoom meeting %s: %s", target.number, sentence)
        return PolicyChange(meeting_id, True, False, sentence, previous, now, want.notes)

    def previous_policy_from_audit(self, meeting_id: str, detail: str) -> PolicyRecord | None:
        """The previous policy that `PolicyChange.detail` wrote into the audit trail, so that
        it can be restored after a restart; None when the detail holds none (or is damaged)."""
        at = detail.rfind(PREVIOUS_POLICY_MARKER)
        if at < 0:
            return None
        try:
            settings, _end = json.JSONDecoder().raw_decode(detail, at + len(PREVIOUS_POLICY_MARKER))
        except ValueError:
            return None
        if settings is not None and not isinstance(settings, dict):
            return None
        return PolicyRecord(meeting_id, settings)

    def policy_record_from_json(self, text: str) -> PolicyRecord | None:
        """The previous policy as `PolicyRecord.to_json` wrote it (the engine keeps it in the
        state database); None when it is damaged."""
        try:
            return PolicyRecord.from_json(text)
        except (ValueError, TypeError):
            return None

    def restore_policy(self, previous: PolicyRecord) -> ZoomPolicy:
        """Put a meeting's country policy back as it was (from `PolicyChange.previous`)."""
        settings = previous.settings if previous.settings is not None else {"enable": False}
        refused = self._patch_policy(previous.meeting_id, settings)
        if refused:
            raise ServiceError(f"restoring the Zoom meeting's country policy: {refused}", status=429)
        with self._policy_lock:
            self._policy_done.pop(previous.meeting_id, None)
        now = self._read_policy(previous.meeting_id) or ZoomPolicy()
        want = policy_from_settings({"approved_or_denied_countries_or_regions": settings}) or ZoomPolicy()
        if want.enable != now.enable or (want.enable and (want.method, want.active_list) != (now.method, now.active_list)):
            # Read back, as every policy change is: a restore Zoom did not keep is not restored.
            raise ServiceError(
                f"restoring the Zoom meeting's country policy: Zoom accepted the update, but the meeting "
                f"reads back {now.describe()} instead of {want.describe()}"
            )
        return now

    def _meeting_target(self, meeting_id: str) -> ZoomMeeting:
        target = self.resolve(meeting_id)
        if target.webinar:
            raise ServiceError(NO_WEBINAR_POLICY)
        return target

    def _meeting_settings(self, meeting_id: str) -> dict[str, Any]:
        target = self.resolve(meeting_id)
        read = SCOPES["webinar_read" if target.webinar else "meeting_read"]
        try:
            data = self.http.request("GET", target.object_path).data
        except ServiceError as exc:
            raise zoom_error(exc, f"reading the Zoom {target.kind[:-1]}", read) from None
        settings = data.get("settings") if isinstance(data, dict) else None
        self._note_alternative_hosts(meeting_id, settings)
        return settings if isinstance(settings, dict) else {}

    def _read_policy(self, meeting_id: str) -> ZoomPolicy | None:
        self._meeting_target(meeting_id)
        return policy_from_settings(self._meeting_settings(meeting_id))

    def _patch_policy(self, meeting_id: str, policy: Mapping[str, Any]) -> str:
        """PATCH the meeting's country policy; "" when Zoom accepted it, else why not (Zoom's
        limit of 100 updates a day). Other refusals raise. A short 429 is waited out by the
        one retry layer (`ServiceHTTP`); `MeetingUpdateLimits` tells it which 429 is which."""
        target = self._meeting_target(meeting_id)
        body = {"settings": {"approved_or_denied_countries_or_regions": dict(policy)}}
        limits = MeetingUpdateLimits(self.updates, target.number, self.clock)
        try:
            self.http.request("PATCH", target.object_path, json_body=body, ok=(200, 204), limits=limits)
        except MeetingUpdatesUsedUp as exc:
            return str(exc)
        except ServiceError as exc:
            if exc.status is None and not exc.retryable:
                # An answer that was not Zoom's (a proxy's page): the update may have reached
                # Zoom, and counts against the meeting's updates for the day as if it had.
                self.updates.note(target.number)
            raise zoom_error(exc, "changing the Zoom meeting's country policy", SCOPES["meeting_write"]) from None
        self.updates.note(target.number)
        return ""
    def get_policy(self, meeting_id: str) -> Policy:
        p = self._read_policy(meeting_id) or ZoomPolicy()
        return Policy(p.enable, p.method, p.active_list)

    def set_policy(self, meeting_id: str, policy: Policy) -> Policy:
        existing = self._read_policy(meeting_id) or ZoomPolicy()
        codes = tuple(sorted({c.upper() for c in policy.countries}))
        if policy.method == "deny":
            new = replace(existing, enable=policy.enabled, method="deny", denied_list=codes)
        elif policy.method == "approve":
            new = replace(existing, enable=policy.enabled, method="approve", approved_list=codes)
        else:
            raise ConfigurationError(f"a country policy method is 'deny' or 'approve', not {policy.method!r}")
        refused = self._patch_policy(meeting_id, new.to_settings())
        if refused:
            raise ServiceError(refused, status=429)
        return self.get_policy(meeting_id)

    def act(self, meeting_id: str, participant_id: str, action: str, idempotency_key: str, reason: str = "") -> ActionResult:
        kind, sentence = self.support(action)
        if kind == UNSUPPORTED:
            return ActionResult(UNSUPPORTED, sentence)
        with self._lock:
            p = self._known.get((meeting_id, participant_id))
        try:
            change = self.apply_rules(meeting_id)
        except (AuthError, UnreachableError):
            raise  # the engine resends later (same key)
        except ServiceError as exc:
            if exc.retryable:
                raise
            change = self._policy_not_set(meeting_id, exc)
        registrant = self.registrants.end(meeting_id, p)
        again = ""
        if p is not None:
            with self._lock:
                listed = self._manual.setdefault(meeting_id, {})
                earlier = listed.get(p.person_key)
                if earlier is not None and earlier.id != p.id:
                    # A rejoin: Zoom gave the person a new id; the host's list keeps one entry.
                    again = "the same person as an earlier session (rejoined); "
                listed[p.person_key] = p
        with self._lock:
            # The whole story (with the previous policy, for the audit trail) once; then short.
            first = (meeting_id, id(change)) not in self._reported
            self._reported[(meeting_id, id(change))] = change  # kept alive: ids stay unique
        if first:
            detail = f"{again}{MANUAL_SENTENCE} (Zoom's API cannot remove people already in the meeting); {change.detail()}; {registrant}"
        else:
            detail = f"{again}{MANUAL_SENTENCE}; {registrant}; {change.short()}"
        return ActionResult(MANUAL, detail, status=None)

    def act_many(self, meeting_id: str, requests: Sequence[ActionRequest]) -> list[ActionResult]:
        return [self.act(meeting_id, r.participant_id, r.action, r.idempotency_key, r.reason) for r in requests]

    # -- connection ----------------------------------------------------------------------------------
    def test_connection(self, meeting_id: str) -> str:
        target = self.resolve(meeting_id)
        read = SCOPES["webinar_read" if target.webinar else "meeting_read"]
        try:
            data = self.http.request("GET", target.object_path).data
        except ServiceError as exc:
            raise zoom_error(exc, f"reading the Zoom {target.kind[:-1]}", read) from None
        topic = data.get("topic") if isinstance(data, dict) and isinstance(data.get("topic"), str) else ""
        kind = "webinar" if target.webinar else "meeting"
        what = f"Zoom {kind} '{topic}'" if topic else f"Zoom {kind} {target.given}"
        if target.uuid or target.dashboard != str(target.number):
            what += f" (number {target.number})"
        settings = data.get("settings") if isinstance(data, dict) else None
        self._note_alternative_hosts(meeting_id, settings)
        if target.webinar:
            return f"Connected to {what} at {self.http.host}; Zoom's API has no country policy for webinars."
        pol = policy_from_settings(settings)
        return f"Connected to {what} at {self.http.host}; its country policy: {(pol or ZoomPolicy()).describe()}."

    @property
    def http_state(self) -> HTTPState:
        return replace(self.http.state, budget=self.budget_sentence())

    def subscribe_state(self, callback: Callable[[HTTPState], None]) -> None:
        self.http.subscribe(lambda _st: callback(self.http_state))

    def cancel_pending(self) -> None:
        self.http.cancel()
        self._oauth.cancel()

    def resume(self) -> None:
        self.http.resume()
        self._oauth.resume()

    def close(self) -> None:
        self.http.close()
        self._oauth.close()
        self._token = None


def make_adapter(
    url: str | None,
    credentials: Mapping[str, str],
    environ: Mapping[str, str] | None = None,
    *,
    plan: str | None = None,
    daily_cap: int | None = None,
) -> ZoomAdapter:
    """The factory hook `hostguard.services.make_adapter` looks for.

    The account's plan sets the daily cap the refresh rate is budgeted against. ``plan``
    (free | pro | business | enterprise) and ``daily_cap`` (requests/day, when the account's
    real cap is known) come from the caller (the app's settings) when given, else from
    ``HOSTGUARD_ZOOM_PLAN`` and ``HOSTGUARD_ZOOM_DAILY_CAP``; the plan defaults to business.
    """
    env = os.environ if environ is None else environ
    if plan is None:
        plan = env.get("HOSTGUARD_ZOOM_PLAN") or "business"
    plan = plan.strip().lower()
    if daily_cap is None:
        cap_text = (env.get("HOSTGUARD_ZOOM_DAILY_CAP") or "").strip()
        if cap_text:
            try:
                daily_cap = int(cap_text.replace(",", "").replace("_", ""))
            except ValueError:
                raise ConfigurationError(
                    f"HOSTGUARD_ZOOM_DAILY_CAP: expected a whole number of requests per day, not {cap_text[:20]!r}"
                ) from None
    elif isinstance(daily_cap, bool) or not isinstance(daily_cap, int):
        raise ConfigurationError("the Zoom daily request cap must be a whole number of requests per day")
    return ZoomAdapter(url, credentials, plan=plan, daily_cap=daily_cap, update_log=default_update_log())


def default_update_log() -> str:
    """Where the count of meeting updates (Zoom allows 100 a day per meeting) is kept across
    restarts: HostGuard's state folder."""
    import platformdirs

    return os.path.join(platformdirs.user_state_dir("HostGuard"), "zoom-meeting-updates.json")


__all__ = [
    "DAY_S",
    "MANUAL_SENTENCE",
    "MEETING_UPDATES_PER_DAY",
    "MEETING_UPDATES_WARN_AT",
    "NO_WEBINAR_POLICY",
    "PAGE_SIZE",
    "PARTICIPANT_FIELDS",
    "PLAN_LIMITS",
    "REGISTRANTS_TTL_S",
    "ROLE_MAP",
    "SCOPES",
    "STATUS_MAP",
    "WEBINAR_PREFIX",
    "ZOOM_ERRORS",
    "DesiredPolicy",
    "MeetingUpdateLog",
    "PolicyChange",
    "PolicyRecord",
    "ZoomAdapter",
    "ZoomMeeting",
    "ZoomParticipant",
    "ZoomPolicy",
    "ZoomRateBudget",
    "desired_policy",
    "encode_meeting_id",
    "make_adapter",
    "meeting_number",
    "merge_policy",
    "missing_scopes",
    "object_path",
    "parse_location",
    "parse_participant",
    "person_key",
    "zoom_error",
]
