"""The reference API against a real simulator on loopback."""

from __future__ import annotations

import json
import socket
import threading

import pytest
import requests

from tests.simulator.support import Api, assert_problem


@pytest.fixture
def sim(simulator):
    return simulator(participants=300, seed=4)


@pytest.fixture
def api(sim):
    with Api(sim) as a:
        yield a


def first_attendees(api: Api, n: int) -> list[dict]:
    people, _, _ = api.all_participants()
    return [p for p in people if p["role"] == "attendee"][:n]


# --------------------------------------------------------------------------- auth and errors
@pytest.mark.parametrize("header", [None, "Bearer wrong-token", "Basic c2ltLXRva2Vu", "Bearer"])
def test_missing_or_wrong_token_is_a_401_problem(sim, header):
    headers = {"Authorization": header} if header else {}
    for path in ("/meetings", f"/meetings/{sim.meeting_id}/participants"):
        r = requests.get(sim.url + path, headers=headers, timeout=10)
        assert_problem(r, 401, "unauthorized")
        assert r.headers["WWW-Authenticate"].startswith("Bearer")
    r = requests.post(sim.url + f"/meetings/{sim.meeting_id}/participants/x/actions",
                      json={"action": "remove"}, headers={**headers, "Idempotency-Key": "k"}, timeout=10)  # fmt: skip
    assert_problem(r, 401, "unauthorized")
    assert sim.state()["actions"] == []


def test_custom_token(simulator):
    sim = simulator(participants=5, token="s3cret-token")
    with Api(sim) as api:
        assert api.get("/meetings").status_code == 200
    with Api(sim, token="sim-token") as api:
        assert_problem(api.get("/meetings"), 401, "unauthorized")
    assert "s3cret" not in repr(sim)


def test_unknown_paths_meetings_participants_and_methods(api):
    assert_problem(api.get("/nope"), 404, "not-found")
    assert_problem(api.get("/meetings/other"), 404, "meeting-not-found")
    assert_problem(api.get("/meetings/other/participants"), 404, "meeting-not-found")
    assert_problem(
        api.get(f"/meetings/{api.mid}/participants/nobody"), 404, "participant-not-found"
    )
    assert_problem(api.act("nobody", "remove", "k-404"), 404, "participant-not-found")
    r = api.session.delete(api.base + "/meetings", timeout=10)
    assert_problem(r, 405, "method-not-allowed")
    assert "GET" in r.headers["Allow"]


# --------------------------------------------------------------------------- meetings and lists
def test_meetings_and_meeting(api, sim):
    meetings = api.get("/meetings").json()["meetings"]
    assert meetings == [{"id": "demo", "topic": meetings[0]["topic"], "participant_count": 300}]
    m = api.get("/meetings/demo").json()
    assert m["participant_count"] == 300
    assert m["country_policy"] == {"enabled": False, "method": "deny", "countries": []}


def test_paging_through_2000_participants(simulator):
    sim = simulator(participants=2345, seed=9)
    with Api(sim) as api:
        people, pages, seq = api.all_participants(limit=250)
        assert pages == 10 and seq == 0
        assert len(people) == 2345 == len({p["id"] for p in people})
        assert [p["id"] for p in people] == [p["id"] for p in sim.state()["participants"]]
        assert [p["joined_at"] for p in people] == sorted(p["joined_at"] for p in people)
        p = people[1234]
        assert set(p) == {
            "id",
            "name",
            "email",
            "role",
            "status",
            "ip_address",
            "joined_at",
            "left_at",
        }
        assert api.get(f"/meetings/demo/participants/{p['id']}").json() == p
        first = api.get("/meetings/demo/participants", params={"limit": 1000}).json()
        assert first["total"] == 2345 and len(first["participants"]) == 1000
        default = api.get("/meetings/demo/participants").json()
        assert len(default["participants"]) == 500
        for bad in ("0", "1001", "-1", "ten"):
            assert_problem(
                api.get("/meetings/demo/participants", params={"limit": bad}),
                400,
                "invalid-parameter",
            )
        for bad in ("zzz", "99999.0", "-1.0", "1"):
            assert_problem(
                api.get("/meetings/demo/participants", params={"cursor": bad}),
                400,
                "invalid-cursor",
            )
        assert_problem(
            api.get("/meetings/demo/participants", params={"status": "gone"}),
            400,
            "invalid-parameter",
        )


def test_left_participants_are_listed_only_with_status_all(api, sim):
    a, _b = first_attendees(api, 2)
    assert api.sim_post("/_sim/leave", {"participant_id": a["id"]}).status_code == 200
    default, _, _ = api.all_participants()
    assert a["id"] not in {p["id"] for p in default} and len(default) == 299
    everyone, _, _ = api.all_participants(status="all")
    left = next(p for p in everyone if p["id"] == a["id"])
    assert left["status"] == "left" and left["left_at"] is not None
    only_left, _, _ = api.all_participants(status="left")
    assert [p["id"] for p in only_left] == [a["id"]]
    assert api.get("/meetings/demo/participants?limit=1").json()["total"] == 299
    assert api.get("/meetings/demo").json()["participant_count"] == 299


def test_event_seq_of_the_first_page_is_kept_while_paging(api):
    a = first_attendees(api, 1)[0]
    api.act(a["id"], "waiting_room", "seq-1")
    page1 = api.get("/meetings/demo/participants", params={"limit": 100}).json()
    assert page1["event_seq"] == 1
    api.act(a["id"], "admit", "seq-2")
    page2 = api.get(
        "/meetings/demo/participants", params={"limit": 100, "cursor": page1["next_cursor"]}
    ).json()
    assert page2["event_seq"] == 1  # resume the events from the first page's position
    events = api.get("/meetings/demo/events", params={"since": 1}).json()
    assert [e["participant"]["status"] for e in events["events"]] == ["joined"]


# --------------------------------------------------------------------------- actions
def test_action_changes_status_and_is_recorded(api, sim):
    a = first_attendees(api, 1)[0]
    r = api.act(a["id"], "waiting_room", "k1", reason="rule: Waiting room for CN")
    assert r.status_code == 200
    assert r.json() == {
        "participant_id": a["id"],
        "action": "waiting_room",
        "status": "waiting",
        "replayed": False,
    }
    assert api.get(f"/meetings/demo/participants/{a['id']}").json()["status"] == "waiting"
    state = sim.state()
    assert [(x["participant_id"], x["action"]) for x in state["actions"]] == [
        (a["id"], "waiting_room")
    ]
    assert state["actions"][0]["at"].endswith("Z")
    assert next(p for p in state["participants"] if p["id"] == a["id"])["status"] == "waiting"


def test_idempotent_replay_is_not_recorded_again(api, sim):
    a = first_attendees(api, 1)[0]
    first = api.act(a["id"], "remove", "same-key").json()
    again = api.act(a["id"], "remove", "same-key")
    assert again.status_code == 200
    assert again.json() == {**first, "replayed": True}
    # even after the state moved on, the key replays the stored response
    api.act(a["id"], "admit", "admit-key")
    assert api.act(a["id"], "remove", "same-key").json()["status"] == "removed"
    assert api.get(f"/meetings/demo/participants/{a['id']}").json()["status"] == "joined"
    assert [x["action"] for x in sim.state()["actions"]] == ["remove", "admit"]


def test_same_key_with_a_different_body_is_422(api, sim):
    a, b = first_attendees(api, 2)
    api.act(a["id"], "remove", "key-x")
    assert_problem(api.act(a["id"], "block", "key-x"), 422, "idempotency-key-reused")
    assert_problem(api.act(b["id"], "remove", "key-x"), 422, "idempotency-key-reused")
    assert_problem(
        api.act(a["id"], "remove", "key-x", reason="other"), 422, "idempotency-key-reused"
    )
    assert [x["action"] for x in sim.state()["actions"]] == ["remove"]


def test_participant_who_left_is_409(api, sim):
    a = first_attendees(api, 1)[0]
    api.sim_post("/_sim/leave", {"participant_id": a["id"]})
    for action in ("remove", "waiting_room", "admit", "block"):
        assert_problem(api.act(a["id"], action, f"left-{action}"), 409, "participant-left")
    assert sim.state()["actions"] == []


def test_actions_that_change_nothing_are_200_and_not_recorded(api, sim):
    a, b = first_attendees(api, 2)
    assert api.act(a["id"], "admit", "n1").json()["status"] == "joined"  # already in
    api.act(a["id"], "waiting_room", "n2")
    assert api.act(a["id"], "waiting_room", "n3").json()["status"] == "waiting"
    api.act(b["id"], "block", "n4")
    assert api.act(b["id"], "remove", "n5").json()["status"] == "blocked"  # block is stronger
    assert_problem(api.act(b["id"], "waiting_room", "n6"), 409, "participant-not-present")
    assert [x["action"] for x in sim.state()["actions"]] == ["waiting_room", "block"]


def test_action_request_validation(api, sim):
    a = first_attendees(api, 1)[0]
    url = f"/meetings/demo/participants/{a['id']}/actions"
    assert_problem(api.post(url, json={"action": "remove"}), 400, "idempotency-key-required")
    assert_problem(api.post(url, json={"action": "remove"}, headers={"Idempotency-Key": "x" * 201}),
                   400, "invalid-idempotency-key")  # fmt: skip
    assert_problem(
        api.post(url, json={"action": "explode"}, headers={"Idempotency-Key": "v1"}),
        400,
        "invalid-request",
    )
    assert_problem(api.post(url, json={"action": "remove", "reason": "r" * 501}, headers={"Idempotency-Key": "v2"}),
                   400, "invalid-request")  # fmt: skip
    assert_problem(api.post(url, data=b"{not json", headers={"Idempotency-Key": "v3", "Content-Type": "application/json"}),
                   400, "invalid-json")  # fmt: skip
    assert_problem(api.post(url, data=b"action=remove", headers={"Idempotency-Key": "v4",
                   "Content-Type": "application/x-www-form-urlencoded"}), 415, "unsupported-media-type")  # fmt: skip
    assert sim.state()["actions"] == []


def test_oversize_body_is_413_and_the_server_keeps_serving(api, sim):
    a = first_attendees(api, 1)[0]
    big = {"action": "remove", "reason": "x" * (300 * 1024)}
    r = api.post(
        f"/meetings/demo/participants/{a['id']}/actions",
        json=big,
        headers={"Idempotency-Key": "big"},
    )
    assert_problem(r, 413, "payload-too-large")
    assert api.get("/meetings").status_code == 200
    assert sim.state()["actions"] == []


def test_batch_endpoint(api, sim):
    a, b, c = first_attendees(api, 3)
    api.sim_post("/_sim/leave", {"participant_id": c["id"]})
    api.act(a["id"], "remove", "b-0")
    body = {"actions": [
        {"participant_id": a["id"], "action": "remove", "idempotency_key": "b-0"},      # replay
        {"participant_id": b["id"], "action": "block", "idempotency_key": "b-1", "reason": "rule X"},
        {"participant_id": c["id"], "action": "remove", "idempotency_key": "b-2"},      # left
        {"participant_id": "nobody", "action": "remove", "idempotency_key": "b-3"},
        {"participant_id": b["id"], "action": "explode", "idempotency_key": "b-4"},
        {"participant_id": a["id"], "action": "block", "idempotency_key": "b-0"},       # key reuse
    ]}  # fmt: skip
    r = api.post("/meetings/demo/actions:batch", json=body)
    assert r.status_code == 200
    results = r.json()["results"]
    assert [x["idempotency_key"] for x in results] == ["b-0", "b-1", "b-2", "b-3", "b-4", "b-0"]
    assert [x["status"] for x in results] == [200, 200, 409, 404, 400, 422]
    assert results[0]["body"]["replayed"] is True
    assert results[1]["body"] == {
        "participant_id": b["id"],
        "action": "block",
        "status": "blocked",
        "replayed": False,
    }
    assert results[2]["body"]["type"].endswith("/participant-left")
    # keys are shared with the single endpoint
    assert api.act(b["id"], "block", "b-1", reason="rule X").json()["replayed"] is True
    assert [x["action"] for x in sim.state()["actions"]] == ["remove", "block"]
    for bad in ({"actions": []}, {"actions": [{}] * 101}, {"nope": 1}, []):
        assert_problem(api.post("/meetings/demo/actions:batch", json=bad), 400, "invalid-request")


# --------------------------------------------------------------------------- policy and joins
def test_policy_roundtrip_and_validation(api):
    assert api.get("/meetings/demo/policy").json() == {
        "enabled": False,
        "method": "deny",
        "countries": [],
    }
    r = api.put(
        "/meetings/demo/policy",
        json={"enabled": True, "method": "deny", "countries": ["cn", "RU", "CN"]},
    )
    assert r.json() == {"enabled": True, "method": "deny", "countries": ["CN", "RU"]}
    assert api.get("/meetings/demo").json()["country_policy"]["countries"] == ["CN", "RU"]
    for bad in ({"enabled": "yes", "method": "deny", "countries": []},
                {"enabled": True, "method": "block", "countries": []},
                {"enabled": True, "method": "deny", "countries": ["XX"]},
                {"enabled": True, "method": "deny", "countries": "CN"}):  # fmt: skip
        assert_problem(api.put("/meetings/demo/policy", json=bad), 400, "invalid-request")


def test_policy_applies_to_new_joiners_only(api, sim):
    before = {p["id"]: p["status"] for p in sim.state()["participants"]}
    api.put("/meetings/demo/policy", json={"enabled": True, "method": "deny", "countries": ["CN"]})
    assert set(before.values()) == {"joined"}
    assert {
        p["id"]: p["status"] for p in sim.state()["participants"]
    } == before  # insiders unaffected
    cn = api.sim_post("/_sim/join", {"count": 5, "country": "CN"}).json()["participants"]
    hk = api.sim_post("/_sim/join", {"count": 5, "country": "HK"}).json()["participants"]
    assert {p["status"] for p in cn} == {"blocked"}
    assert {p["status"] for p in hk} == {"joined"}
    api.put(
        "/meetings/demo/policy", json={"enabled": True, "method": "approve", "countries": ["HK"]}
    )
    assert {
        p["status"]
        for p in api.sim_post("/_sim/join", {"count": 3, "country": "HK"}).json()["participants"]
    } == {"joined"}
    assert {
        p["status"]
        for p in api.sim_post("/_sim/join", {"count": 3, "country": "US"}).json()["participants"]
    } == {"blocked"}
    api.put(
        "/meetings/demo/policy", json={"enabled": False, "method": "approve", "countries": ["HK"]}
    )
    assert {
        p["status"]
        for p in api.sim_post("/_sim/join", {"count": 3, "country": "US"}).json()["participants"]
    } == {"joined"}
    assert sim.state()["actions"] == []  # the policy is not a participant action


def test_rejoin_gets_a_new_id_and_blocked_people_stay_out(api, sim):
    a, b, c = first_attendees(api, 3)
    r = api.sim_post("/_sim/rejoin", {"participant_id": a["id"]}).json()
    assert r["previous"]["status"] == "left" and r["participant"]["status"] == "joined"
    assert r["participant"]["id"] != a["id"]
    assert (r["participant"]["name"], r["participant"]["email"]) == (a["name"], a["email"])
    api.act(b["id"], "block", "blk")
    again = api.sim_post("/_sim/rejoin", {"participant_id": b["id"]}).json()["participant"]
    assert again["status"] == "blocked" and again["id"] != b["id"]
    api.act(c["id"], "remove", "rm")
    back = api.sim_post("/_sim/rejoin", {"participant_id": c["id"]}).json()["participant"]
    assert back["status"] == "joined"  # removed people may come back; blocked ones may not
    # admitting the blocked session lifts the block for the person's next session
    api.act(again["id"], "admit", "unblock")
    latest = api.sim_post("/_sim/rejoin", {"participant_id": again["id"]}).json()["participant"]
    assert latest["status"] == "joined"
    statuses = {p["id"]: p["status"] for p in sim.state()["participants"]}
    assert statuses[a["id"]] == "left" and statuses[b["id"]] == "blocked"
    assert len(statuses) == 300 + 4


def test_sim_hook_validation(api):
    assert_problem(api.sim_post("/_sim/join", {"count": 0}), 400, "invalid-request")
    assert_problem(
        api.sim_post("/_sim/join", {"count": 1, "country": "ZZ"}), 400, "invalid-request"
    )
    assert_problem(api.sim_post("/_sim/leave", {}), 400, "invalid-request")
    assert_problem(
        api.sim_post("/_sim/leave", {"participant_id": "nobody"}), 404, "participant-not-found"
    )
    assert requests.get(api.base + "/_sim/state", timeout=10).status_code == 200  # no auth needed


# --------------------------------------------------------------------------- events
def test_long_poll_returns_when_someone_joins(api):
    result = {}
    # a separate connection for the poll: requests.Session is not shared across threads
    with Api(api.sim) as poller:
        t = threading.Thread(target=lambda: result.update(r=poller.get(
            "/meetings/demo/events", params={"since": 0, "wait": 20}).json()))  # fmt: skip
        t.start()
        joined = api.sim_post("/_sim/join", {"count": 1, "country": "BR"}).json()["participants"][0]
        t.join(timeout=25)
    assert not t.is_alive()
    events = result["r"]["events"]
    assert events[0]["seq"] == 1 and events[0]["type"] == "joined"
    assert events[0]["participant"]["id"] == joined["id"]
    assert result["r"]["next"] == events[-1]["seq"]


def test_events_cover_joins_leaves_and_status_changes_in_order(api):
    j = api.sim_post("/_sim/join", {"count": 2}).json()["participants"]
    api.act(j[0]["id"], "waiting_room", "e1")
    api.sim_post("/_sim/leave", {"participant_id": j[1]["id"]})
    r = api.get("/meetings/demo/events", params={"since": 0, "wait": 0}).json()
    assert [(e["seq"], e["type"]) for e in r["events"]] == [
        (1, "joined"),
        (2, "joined"),
        (3, "status"),
        (4, "left"),
    ]
    assert r["events"][2]["participant"]["status"] == "waiting"
    assert r["next"] == 4
    assert api.get("/meetings/demo/events", params={"since": 3}).json()["events"][0]["seq"] == 4


def test_empty_wait_returns_nothing_newer(api):
    r = api.get("/meetings/demo/events", params={"since": 0, "wait": 0.2}).json()
    assert r == {"events": [], "next": 0}


def test_events_position_errors(api):
    assert_problem(api.get("/meetings/demo/events", params={"since": 5}), 410, "events-expired")
    for bad in ({"wait": "26"}, {"wait": "-1"}, {"wait": "soon"}, {"since": "-1"}):
        assert_problem(api.get("/meetings/demo/events", params=bad), 400, "invalid-parameter")


def test_expired_event_buffer_is_410(simulator, monkeypatch):
    from hostguard.simulator import meeting as meeting_mod

    sim = simulator(participants=5)
    # a small buffer so the test needs only a few events
    sim.meeting.events = meeting_mod.deque(sim.meeting.events, maxlen=3)
    with Api(sim) as api:
        api.sim_post("/_sim/join", {"count": 5})
        assert_problem(api.get("/meetings/demo/events", params={"since": 1}), 410, "events-expired")
        assert [
            e["seq"] for e in api.get("/meetings/demo/events", params={"since": 2}).json()["events"]
        ] == [3, 4, 5]


# --------------------------------------------------------------------------- determinism, concurrency
def test_same_seed_same_meeting(simulator):
    a, b, c = (
        simulator(participants=400, seed=21),
        simulator(participants=400, seed=21),
        simulator(participants=400, seed=22),
    )
    assert a.state() == b.state()
    assert a.state()["participants"] != c.state()["participants"]
    with Api(a) as x, Api(b) as y:
        # everything but the join times (those follow the clock)
        def strip(people):
            return [{k: v for k, v in p.items() if k != "joined_at"} for p in people]

        assert strip(x.all_participants()[0]) == strip(y.all_participants()[0])


def test_several_concurrent_clients(simulator):
    sim = simulator(participants=3000, seed=2)
    ids = [p["id"] for p in sim.state()["participants"] if p["role"] == "attendee"]
    errors: list[object] = []

    def lister():
        try:
            with Api(sim) as api:
                for _ in range(3):
                    people, _, _ = api.all_participants(limit=700)
                    assert len(people) == 3000
        except Exception as exc:  # reported below, in the test's thread
            errors.append(exc)

    def actor(k: int):
        try:
            with Api(sim) as api:
                for pid in ids[k::4][:100]:
                    assert api.act(pid, "waiting_room", f"c-{pid}").status_code == 200
                    assert api.act(pid, "waiting_room", f"c-{pid}").json()["replayed"] is True
        except Exception as exc:
            errors.append(exc)

    threads = [threading.Thread(target=lister) for _ in range(3)] + [
        threading.Thread(target=actor, args=(k,)) for k in range(4)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors
    actions = sim.state()["actions"]
    assert len(actions) == 400 == len({a["participant_id"] for a in actions})


def raw_exchange(sim, data: bytes) -> bytes:
    """Send raw bytes and read until the server closes the connection."""
    host, port = sim.url.removeprefix("http://").rsplit(":", 1)
    with socket.create_connection((host, int(port)), timeout=10) as conn:
        conn.sendall(data)
        chunks = []
        while chunk := conn.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def test_malformed_requests_get_problem_json_and_close(sim):
    out = raw_exchange(sim, b"GARBAGE\r\n\r\n")
    head, _, body = out.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400")
    assert b"application/problem+json" in head
    assert json.loads(body)["status"] == 400
    out = raw_exchange(
        sim,
        b"POST /meetings/demo/actions:batch HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer sim-token\r\n"
        b"Transfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
    )
    assert out.startswith(b"HTTP/1.1 411")
    assert json.loads(out.partition(b"\r\n\r\n")[2])["type"].endswith("/length-required")


def test_protocol_modules_can_add_routes_with_their_own_auth_and_fault_format(simulator):
    from hostguard.simulator.server import Response, json_response

    sim = simulator(participants=10, fault_rate=0.0)

    def vendor_auth(req):
        if req.headers.get("Authorization") != "Bearer vendor":
            return json_response({"code": 124, "message": "Invalid access token."}, 401)
        return None

    def handler(req):
        m = req.app.meeting
        rec = m.snapshot()[0]
        return json_response({"meeting": req.params["mid"], "first": rec.id, "key": rec.person_key})

    sim.app.add_route("GET", "/vendor/v2/meetings/{mid}/first", handler, auth=vendor_auth,
                      group="vendor",
                      fault_response=lambda status: Response(status, b'{"code":429}'))  # fmt: skip
    r = requests.get(sim.url + "/vendor/v2/meetings/m%201/first", timeout=10)
    assert r.status_code == 401 and r.json()["code"] == 124
    r = requests.get(
        sim.url + "/vendor/v2/meetings/m%201/first",
        headers={"Authorization": "Bearer vendor"},
        timeout=10,
    )
    assert r.json()["meeting"] == "m 1" and r.json()["key"].startswith("u")
    sim.app.fault_plan.rate = 1.0
    kinds = []
    for _ in range(30):
        try:
            r = requests.get(sim.url + "/vendor/v2/meetings/x/first", headers={"Authorization": "Bearer vendor"},
                             timeout=(5, 0.3))  # fmt: skip
        except requests.RequestException:
            continue
        if r.status_code == 429:
            assert r.content == b'{"code":429}' and r.headers["Retry-After"] == "1"
            kinds.append(429)
            break
    assert kinds
