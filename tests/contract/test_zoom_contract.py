"""The Zoom client and the simulator's Zoom subset, checked against Zoom's own API description.

Every request the Zoom adapter sends in these tests and every answer the simulator gives is
captured on the wire (a `requests` response hook on the adapter's sessions) and validated with
jsonschema against the subset schemas in `tests.contract.zoom_schemas`, written from Zoom's
description. Every field the adapter reads from an answer is recorded (the parsed JSON is
handed to it as recording dicts) and must be defined by that operation's schema; every enum
value the parser recognises must be one Zoom allows. When the description itself is at hand
(shared ``reference/vendor-api``), the subset schemas are checked against it too.

A difference coming back fails here: the client reading ``participant_uuid`` (not a dashboard
field), the simulator reporting a ``co-host`` role or a country policy on a webinar, a UUID sent
where the meeting number is required, ``deny`` sent for an approved registrant, and so on.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import jsonschema
import pytest

from hostguard.core.geo import GeoResolver
from hostguard.core.rules import parse_rules
from hostguard.services.base import AuthError, Policy, ServiceError
from hostguard.services.zoom import PARTICIPANT_FIELDS, ROLE_MAP, STATUS_MAP, ZoomAdapter
from hostguard.simulator.zoom import meeting_number, meeting_uuid
from tests.contract import zoom_schemas as zs
from tests.vendors.conftest import zoom_creds as zoom_creds  # the fixture, for this folder too

DESCRIPTION = Path(__file__).resolve().parents[3] / "shared" / "reference" / "vendor-api" / "zoom-meeting-api.json"
BLOCK_CN = parse_rules(
    'version = 1\n[[rule]]\nname = "Block CN"\naction = "block"\ncountries = ["CN"]\n', "rules.toml"
)[0]


# -- capture -------------------------------------------------------------------------------------
class _Replay:
    """The body read by the hook, served again to the adapter's own reader."""

    def __init__(self, data: bytes) -> None:
        self._b = io.BytesIO(data)

    def read1(self, n: int = -1, decode_content: bool = True) -> bytes:
        return self._b.read1(n)

    def read(self, n: int = -1, decode_content: bool = True, **_: Any) -> bytes:
        return self._b.read(n)

    def close(self) -> None:
        pass


class Recorded(dict):
    """A parsed JSON object that notes every key read from it (as a path of the answer)."""

    def __init__(self, data: dict, path: tuple, log: set) -> None:
        super().__init__(data)
        self._path, self._log = path, log

    def _wrap(self, key: str, value: Any) -> Any:
        return _record(value, (*self._path, key), self._log)

    def __getitem__(self, key: str) -> Any:
        self._log.add((*self._path, key))
        return self._wrap(key, super().__getitem__(key))

    def get(self, key: str, default: Any = None) -> Any:
        self._log.add((*self._path, key))
        return self._wrap(key, super().get(key, default)) if key in self.keys() else default

    def __contains__(self, key: object) -> bool:
        self._log.add((*self._path, key))
        return super().__contains__(key)


class RecordedList(list):
    def __init__(self, data: list, path: tuple, log: set) -> None:
        super().__init__(data)
        self._path, self._log = path, log

    def __iter__(self):
        for item in super().__iter__():
            yield _record(item, (*self._path, "[]"), self._log)

    def __getitem__(self, i):
        return _record(super().__getitem__(i), (*self._path, "[]"), self._log)


def _record(value: Any, path: tuple, log: set) -> Any:
    if isinstance(value, dict) and not isinstance(value, Recorded):
        return Recorded(value, path, log)
    if isinstance(value, list) and not isinstance(value, RecordedList):
        return RecordedList(value, path, log)
    return value


class Traffic:
    """What went over the wire between one or more adapters and the simulator."""

    def __init__(self) -> None:
        self.exchanges: list[dict[str, Any]] = []
        self.reads: dict[str, set] = {}  # operationId -> key paths the adapter read

    def hook(self, r, *args, **kwargs):
        raw = r.raw
        data = raw.read(decode_content=True)
        release = getattr(raw, "release_conn", None)
        if release is not None:
            release()
        r.raw = _Replay(data)
        req = r.request
        body = req.body.encode() if isinstance(req.body, str) else req.body
        self.exchanges.append(
            {"method": req.method, "url": req.url, "body": body, "status": r.status_code, "answer": data}
        )
        return r

    def attach(self, adapter: ZoomAdapter) -> ZoomAdapter:
        for http in (adapter.http, adapter._oauth):
            make = http._session

            def hooked(make=make):
                s = make()
                if self.hook not in s.hooks["response"]:
                    s.hooks["response"].append(self.hook)
                return s

            http._session = hooked
        parse = adapter.http._parse_json

        def recording(body, resp, where, parse=parse):
            data = parse(body, resp, where)
            found = _operation(resp.request.method, resp.request.url)
            if found is None:
                return data
            log = self.reads.setdefault(found[0][2], set())
            return _record(data, (), log)

        adapter.http._parse_json = recording
        return adapter


def _operation(method: str, url: str):
    path = urlsplit(url).path
    at = path.find("/v2/")
    return zs.operation_for(method, path[at + 3 :]) if at >= 0 else None


@pytest.fixture
def traffic(simulator, zoom_creds):
    """A running simulator, a factory of captured Zoom adapters, and the captured traffic."""
    made: list[ZoomAdapter] = []
    t = Traffic()

    def make(sim) -> ZoomAdapter:
        a = t.attach(ZoomAdapter(sim.url + "/zoom", zoom_creds(sim), min_refresh=0.0))
        made.append(a)
        return a

    t.make = make  # type: ignore[attr-defined]
    yield t
    for a in made:
        a.close()


# -- validation ----------------------------------------------------------------------------------
def _typed(value: str, schema: dict) -> Any:
    kinds = schema.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    if "integer" in kinds and value.isdigit():
        return int(value)
    if "boolean" in kinds and value in ("true", "false"):
        return value == "true"
    return value


def check_exchange(x: dict[str, Any]) -> str:
    """Validate one request and its answer; returns the operationId (or "oauth")."""
    path = urlsplit(x["url"]).path
    if path.endswith("/zoom/oauth/token"):
        return "oauth"  # Zoom's OAuth server is not part of the Meeting API description
    found = _operation(x["method"], x["url"])
    assert found is not None, f"{x['method']} {path}: not an operation of Zoom's Meeting API subset"
    (_method, _template, op_id, id_schema, query, body_schema, answers), raw_id = found
    # the path id, as Zoom's front end reads it (decoded once)
    jsonschema.validate(_typed(unquote(raw_id), id_schema), id_schema)
    params = dict(parse_qsl(urlsplit(x["url"]).query, keep_blank_values=True))
    jsonschema.validate(
        {k: _typed(v, query.get(k, {})) for k, v in params.items()},
        {"type": "object", "properties": query, "additionalProperties": False},
    )
    if body_schema is not None:
        assert x["body"], f"{op_id}: no request body"
        jsonschema.validate(json.loads(x["body"]), body_schema)
    else:
        assert not x["body"], f"{op_id}: a body where the operation takes none"
    status = x["status"]
    if 200 <= status < 300:
        assert status in answers, f"{op_id}: answered {status}, the description gives {sorted(answers)}"
        schema = answers[status]
        if schema is None:
            assert not x["answer"].strip(), f"{op_id}: a body in a {status} answer"
        else:
            jsonschema.validate(json.loads(x["answer"]), schema)
    else:
        jsonschema.validate(json.loads(x["answer"]), zs.ERROR)
    return op_id


def _schema_at(schema: dict, path: tuple) -> dict | None:
    """The subset schema of a key path read from an answer (None: not defined there)."""
    for key in path:
        if key == "[]":
            if schema.get("type") != "array" or "items" not in schema:
                return None
            schema = schema["items"]
        else:
            props = schema.get("properties")
            if not isinstance(props, dict) or key not in props:
                return None
            schema = props[key]
    return schema


# -- the scenario ------------------------------------------------------------------------------------
def _cn_with_email(people, geo) -> list:
    return [p for p in people if p.email and p.role == "attendee" and geo.lookup(p.ip).country == "CN"]


def run_scenario(simulator, traffic) -> tuple[Traffic, Any]:
    """Everything HostGuard does with Zoom, against the simulator, captured."""
    sim = simulator(participants=350, seed=8)
    zoom = sim.app.extensions["zoom"]
    a = traffic.make(sim)
    uuid = meeting_uuid("demo")
    number = str(meeting_number("demo"))
    # a meeting given by its UUID: resolved, listed (two pages), policed, a registration ended
    assert "Zoom meeting" in a.test_connection(uuid)
    a.use_ruleset(BLOCK_CN)
    people = a.list_participants(uuid)
    with GeoResolver() as geo:
        cn = _cn_with_email(people, geo)
    assert a.act(uuid, cn[0].id, "block", "k1").outcome == "manual"
    change = a.apply_rules(uuid)
    assert change.changed
    a.restore_policy(change.previous)
    # the same meeting by number; a webinar by number and by UUID (no policy is sent)
    a.list_participants(number)
    webinar = "webinar:" + number
    a.test_connection(webinar)
    a.test_connection("webinar:" + uuid)
    wpeople = a.list_participants(webinar)
    with GeoResolver() as geo:
        wcn = [p for p in _cn_with_email(wpeople, geo) if p.email != cn[0].email]
    a.act(webinar, wcn[0].id, "block", "k2")
    assert not a.apply_rules(webinar).changed
    # answers in error: an unknown meeting, the 100-a-day update limit, a missing scope
    with pytest.raises(ServiceError):
        a.list_participants("99999999999")
    zoom.patch_limit = zoom.patches_today(sim.meeting)
    with pytest.raises(ServiceError, match="100 times in 24 hours"):
        a.set_policy(number, Policy(True, "deny", ("RU",)))
    zoom.scopes = {"dashboard_meetings:read:admin"}
    b = traffic.make(sim)
    with pytest.raises(AuthError, match="meeting:read:admin"):
        b.test_connection(number)
    return traffic, sim


def test_every_request_and_answer_fits_zoom_s_description(simulator, traffic):
    t, _sim = run_scenario(simulator, traffic)
    ops = [check_exchange(x) for x in t.exchanges]
    # the scenario covered every operation of the subset, and answers in error
    assert {op[2] for op in zs.OPERATIONS} <= set(ops) | {"webinarUpdate"}
    assert "webinarUpdate" not in ops  # no country policy is ever sent to a webinar
    assert any(x["status"] >= 400 for x in t.exchanges)
    # registrant actions fit the registrant's status as last listed: approved -> cancel
    # ("cancel previously approved registrant's registration"), pending -> deny
    status_of: dict[str, str] = {}
    pairs = []
    for x in t.exchanges:
        if x["url"].split("?")[0].endswith("/registrants") and x["status"] == 200:
            for r in json.loads(x["answer"])["registrants"]:
                status_of[r["id"]] = r["status"]
        elif x["url"].endswith("/registrants/status"):
            body = json.loads(x["body"])
            pairs += [(status_of.get(r["id"]), body["action"]) for r in body["registrants"]]
    assert pairs and set(pairs) <= {("approved", "cancel"), ("pending", "deny")}, pairs


def test_every_field_the_client_reads_is_defined_by_zoom(simulator, traffic):
    t, _sim = run_scenario(simulator, traffic)
    schemas = {op[2]: next((s for s in op[6].values() if s is not None), None) for op in zs.OPERATIONS}
    assert t.reads, "nothing was recorded"
    undefined = sorted(
        (op_id, ".".join(path)) for op_id, paths in t.reads.items() for path in paths
        if schemas.get(op_id) is None or _schema_at(schemas[op_id], path) is None
    )  # fmt: skip
    assert not undefined, f"fields read that Zoom does not define: {undefined}"
    # the reads include what matters: the number from the dashboard, the policy, the people
    assert ("id",) in t.reads["dashboardMeetingDetail"]
    assert ("settings", "approved_or_denied_countries_or_regions") in t.reads["meeting"]
    assert ("participants", "[]", "participant_user_id") in t.reads["dashboardMeetingParticipants"]


def test_the_parser_reads_only_dashboard_fields_and_allowed_enum_values():
    for schema in (zs.MEETING_PARTICIPANT, zs.WEBINAR_PARTICIPANT):
        props = schema["properties"]
        # webinar rows have no status: the parser must not need it there (it reads it if given)
        missing = [f for f in PARTICIPANT_FIELDS if f not in props and not (f == "status" and schema is zs.WEBINAR_PARTICIPANT)]
        assert not missing, f"read but not a dashboard field: {missing}"
    roles = set(zs.MEETING_PARTICIPANT["properties"]["role"]["enum"]) | set(zs.WEBINAR_PARTICIPANT["properties"]["role"]["enum"])
    assert set(ROLE_MAP) <= roles, f"roles Zoom does not report: {set(ROLE_MAP) - roles}"
    assert set(STATUS_MAP) <= set(zs.MEETING_PARTICIPANT["properties"]["status"]["enum"])
    # and what parse_participant really reads from a row is in PARTICIPANT_FIELDS
    from hostguard.services.vendor_common import Warnings
    from hostguard.services.zoom import parse_participant

    log: set = set()
    row = {"user_id": "1", "participant_user_id": "", "user_name": "A", "email": "", "ip_address": "",
           "location": "", "role": "attendee", "status": "in_meeting", "join_time": "2026-01-01T00:00:00Z"}  # fmt: skip
    parse_participant(Recorded(row, (), log), "p", Warnings())
    parse_participant(Recorded({"user_id": "2"}, (), log), "p", Warnings())  # old rows: deprecated id
    assert {k[0] for k in log} <= set(PARTICIPANT_FIELDS)


def test_a_simulator_answer_outside_the_description_fails_validation():
    """The checks above can fail: a row with a field Zoom does not have, or a co-host role, or
    a country policy in a webinar's settings, is refused by the subset schemas."""
    row = {"user_id": "1", "role": "attendee"}
    jsonschema.validate(row, zs.MEETING_PARTICIPANT)
    for bad in ({**row, "participant_uuid": "X"}, {**row, "role": "co-host"}, {**row, "status": "joined"}):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(bad, zs.MEETING_PARTICIPANT)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"settings": {"approved_or_denied_countries_or_regions": {"enable": True}}}, zs.WEBINAR_UPDATE)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate("/abc//def==", zs.NUMBER_ID)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"action": "remove", "registrants": [{"id": "x"}]}, zs.REGISTRANT_STATUS)


# -- the subset schemas against the description itself ------------------------------------------------
@pytest.fixture(scope="module")
def description() -> dict:
    if not DESCRIPTION.is_file():
        pytest.skip(f"Zoom's API description is not at {DESCRIPTION}")
    return json.loads(DESCRIPTION.read_text(encoding="utf-8"))


def _pointer(doc: dict, pointer: str) -> Any:
    node: Any = doc
    for part in pointer.lstrip("/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def _compare(mine: dict, theirs: dict, where: str, problems: list[str]) -> None:
    if not mine:
        return  # {}: allowed by name, not spelled out
    t_type, m_type = theirs.get("type"), mine.get("type")
    if m_type is not None and t_type is not None and m_type != t_type and not isinstance(m_type, list):
        problems.append(f"{where}: type {m_type} here, {t_type} in the description")
    if "enum" in mine and mine["enum"] != theirs.get("enum") and sorted(map(str, mine["enum"])) != sorted(map(str, theirs.get("enum") or [])):
        problems.append(f"{where}: enum {mine['enum']} here, {theirs.get('enum')} in the description")
    if "anyOf" in mine and theirs.get("enum") is None:
        problems.append(f"{where}: the description has no enum here")
    if "properties" in mine:
        t_props = theirs.get("properties") or {}
        for name, sub in mine["properties"].items():
            if name not in t_props:
                problems.append(f"{where}.{name}: not defined by the description")
            else:
                _compare(sub, t_props[name], f"{where}.{name}", problems)
        if mine.get("additionalProperties") is False:
            for name in t_props:
                if name not in mine["properties"]:
                    problems.append(f"{where}.{name}: defined by the description but refused here")
    if "items" in mine and isinstance(theirs.get("items"), dict):
        _compare(mine["items"], theirs["items"], f"{where}[]", problems)


def test_the_subset_schemas_are_the_description_s_own(description):
    problems: list[str] = []
    for pointer, schema in zs.POINTERS:
        _compare(schema, _pointer(description, pointer), pointer, problems)
    ops = {op[2]: op for op in zs.OPERATIONS}
    for pointer, op_id in zs.PARAMETER_POINTERS:
        params = _pointer(description, pointer)
        _method, _tpl, _id, id_schema, query, _body, _answers = ops[op_id]
        path_param = next(p for p in params if p["in"] == "path")
        kind = path_param["schema"].get("type") or "integer|string"  # oneOf integer/string
        mine = id_schema["type"] if isinstance(id_schema["type"], str) else "integer|string"
        if kind == "string":
            kind = "integer|string"  # "The meeting's ID or universally unique ID (UUID)"
        if kind != mine:
            problems.append(f"{op_id}: path id {mine} here, {kind} in the description")
        theirs = {p["name"]: p["schema"] for p in params if p["in"] == "query"}
        if set(theirs) != set(query):
            problems.append(f"{op_id}: query parameters {sorted(query)} here, {sorted(theirs)} in the description")
        for name in set(theirs) & set(query):
            _compare(query[name], theirs[name], f"{op_id}?{name}", problems)
    assert not problems, "\n".join(problems)


def test_a_registrant_list_is_not_available_exactly_when_the_description_says_so(description):
    """`zoom_registrants` keeps "no registration" for a meeting only for the error statuses Zoom
    documents for the registrant list (wrong account, not the host, cannot access the meeting,
    meeting or webinar not found): every documented one, and nothing else (a 429 or 5xx, which
    the description does not list there, is a list not read this time)."""
    from hostguard.services.zoom_registrants import NOT_AVAILABLE_STATUSES

    documented: set[int] = set()
    for path in ("/meetings/{meetingId}/registrants", "/webinars/{webinarId}/registrants"):
        for status in description["paths"][path]["get"]["responses"]:
            if int(status) >= 400:
                documented.add(int(status))
    assert documented == set(NOT_AVAILABLE_STATUSES)
