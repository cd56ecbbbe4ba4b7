"""Input from outside at the command line (issue 13): one bad address concerns one participant
(`evaluate`, `watch --once`, follow mode), every byte to a terminal or a CSV cell is free of
control characters, bad rules values are exit 2 naming the key, and a reason that names a
rule's network reads right in the audit trail and in the request to the service.

Real components throughout: the in-process simulator on loopback, the bundled database,
`hostguard watch` both in-process and as a child process.
"""

from __future__ import annotations

import csv
import io
import json
import signal
import subprocess
import time
import unicodedata

import pytest

from hostguard.cli import EXIT_OK, EXIT_USAGE, main
from hostguard.core.rules import MAX_RULE_NAME
from hostguard.simulator.population import Person
from tests.engine.helpers import check_end_state, child_env, expected_actions, watch_cmd

NUL_ADDRESS = "8.8.8.8\u0000"

REMOVE_US = """\
version = 1
max_action_share = 1.0

[[rule]]
name = "Remove US"
action = "remove"
countries = ["US"]
"""


def run_cli(capsys, *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "internal error" not in err, err
    return code, out, err


def no_control_characters(text: str, *, keep: str = "\n") -> bool:
    return all(ch in keep or unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Zl", "Zp") for ch in text)


@pytest.fixture
def rules_file(tmp_path):
    p = tmp_path / "rules.toml"
    p.write_text(REMOVE_US, "utf-8")
    return p


# -- evaluate: a NUL in one address ----------------------------------------------------------------
@pytest.fixture
def nul_people(tmp_path):
    p = tmp_path / "people.json"
    p.write_text(
        json.dumps([
            {"id": "bad", "ip": NUL_ADDRESS, "name": "Nul"},
            {"id": "good", "ip": "8.8.8.8", "name": "Good"},
            {"id": "cn", "ip": "223.5.5.5", "name": "Chen"},
        ]),
        "utf-8",
    )  # fmt: skip
    assert "\\u0000" in p.read_text("utf-8")
    return p


def test_evaluate_json_goes_on_past_an_address_with_a_nul(capsys, rules_file, nul_people):
    code, out, _ = run_cli(capsys, "evaluate", "--rules", rules_file, "--participants", nul_people, "--format", "json")
    assert code == EXIT_OK
    rows = {r["id"]: r for r in json.loads(out)}
    assert rows["bad"]["status"] == "invalid" and rows["bad"]["country"] is None
    assert rows["bad"]["action"] == "allow" and "invalid address" in rows["bad"]["reason"]
    assert rows["bad"]["ip"] == NUL_ADDRESS  # JSON keeps the value, escaped as \u0000
    assert (rows["good"]["country"], rows["good"]["action"]) == ("US", "remove")
    assert rows["cn"]["country"] == "CN"
    assert "\x00" not in out


@pytest.mark.parametrize("fmt", ["csv", "table"])
def test_evaluate_csv_and_table_show_the_bad_address_escaped(capsys, rules_file, nul_people, fmt):
    code, out, _ = run_cli(capsys, "evaluate", "--rules", rules_file, "--participants", nul_people, "--format", fmt)
    assert code == EXIT_OK
    assert "\x00" not in out and no_control_characters(out, keep="\r\n")
    assert "8.8.8.8\\x00" in out  # never shown as the good address beside "invalid"
    if fmt == "csv":
        rows = {r["id"]: r for r in csv.DictReader(io.StringIO(out, newline=""))}
        assert rows["bad"]["status"] == "invalid" and rows["good"]["action"] == "remove"


# -- every byte to a terminal or a CSV cell ---------------------------------------------------------
HOSTILE = [
    "nul\x00byte",
    "esc\x1b[2Jclear",
    "csi\x9b31mred",
    "del\x7fete",
    "bell\x07",
    "bidi\u202eevil",
    "\x00=HYPERLINK(\"https://x.example\")",
    "sep\u2028line",
]


@pytest.fixture
def hostile_people(tmp_path):
    p = tmp_path / "people.json"
    p.write_text(
        json.dumps([
            {"id": f"id{i}\x1b", "ip": "8.8.8.8", "name": name, "email": f"{name}@example.com"}
            for i, name in enumerate(HOSTILE)
        ]),
        "utf-8",
    )  # fmt: skip
    return p


def test_evaluate_json_output_has_no_control_characters_and_keeps_the_values(capsys, rules_file, hostile_people):
    code, out, _ = run_cli(capsys, "evaluate", "--rules", rules_file, "--participants", hostile_people, "--format", "json")
    assert code == EXIT_OK
    assert no_control_characters(out)
    assert [r["name"] for r in json.loads(out)] == HOSTILE  # the same values to a JSON reader


def test_evaluate_csv_cells_have_no_control_characters_and_no_formulas(capsys, rules_file, hostile_people):
    code, out, _ = run_cli(capsys, "evaluate", "--rules", rules_file, "--participants", hostile_people, "--format", "csv")
    assert code == EXIT_OK
    assert no_control_characters(out, keep="\r\n")
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert len(rows) == len(HOSTILE)
    by_name = {r["name"] for r in rows}
    assert "nulbyte" in by_name and "esc[2Jclear" in by_name and "bidievil" in by_name
    # A NUL before "=" cannot hide the formula from the guard.
    assert "'=HYPERLINK(\"https://x.example\")" in by_name
    for r in rows:
        for value in r.values():
            assert value[:1] not in ("=", "+", "-", "@", "\t", "\r")


def test_evaluate_table_has_no_control_characters(capsys, rules_file, hostile_people):
    code, out, _ = run_cli(capsys, "evaluate", "--rules", rules_file, "--participants", hostile_people)
    assert code == EXIT_OK
    assert no_control_characters(out)


def test_a_warning_quoting_a_rule_name_sends_no_escape_to_the_terminal(capsys, tmp_path, hostile_people):
    rules = tmp_path / "r.toml"
    rules.write_text('version = 1\n[[rule]]\nname = "x\\u001b[2J\\u202e"\naction = "flag"\nasns = [1]\n', "utf-8")
    code, _, err = run_cli(capsys, "evaluate", "--rules", rules, "--participants", hostile_people)
    assert code == EXIT_OK and "needs an ASN database" in err
    assert no_control_characters(err)


# -- rules values: exit 2 naming the key -----------------------------------------------------------
def test_a_5000_digit_max_action_share_is_invalid_input(capsys, tmp_path, nul_people):
    rules = tmp_path / "r.toml"
    rules.write_text("version = 1\nmax_action_share = " + "9" * 5000 + "\n", "utf-8")
    code, _, err = run_cli(capsys, "evaluate", "--rules", rules, "--participants", nul_people)
    assert code == EXIT_USAGE
    assert f"{rules}: line 2: key 'max_action_share': a number of 5000 digits is out of range" in err
    assert len(err) < 500


def test_a_10_mb_rule_name_is_invalid_input_with_a_short_message(capsys, tmp_path, nul_people):
    rules = tmp_path / "r.toml"
    rules.write_text(f'version = 1\n[[rule]]\nname = "{"N" * 10_000_000}"\naction = "flag"\ncountries = ["CN"]\n', "utf-8")
    code, _, err = run_cli(capsys, "evaluate", "--rules", rules, "--participants", nul_people)
    assert code == EXIT_USAGE
    assert f"key 'name': 10000000 characters is too long (at most {MAX_RULE_NAME}" in err
    assert len(err) < 500


# -- watch: a NUL in one address, against the simulator --------------------------------------------
def _join(sim, key: str, ip: str):
    (rec,) = sim.meeting.join(
        [Person(key=key, name=f"Person {key}", email=f"{key}@example.com", role="attendee",
                ip=ip, country=None, address_kind="public")]
    )  # fmt: skip
    return rec.id


def test_watch_once_applies_to_everyone_else_past_an_address_with_a_nul(simulator, tmp_path, rules_file, capsys):
    sim = simulator(participants=30, seed=5)
    bad = _join(sim, "nul", NUL_ADDRESS)
    good = _join(sim, "good", "8.8.8.8")
    expected = expected_actions(sim.state(), rules_file)
    assert expected[good] == "remove" and bad not in expected
    code, out, err = run_cli(
        capsys, "watch", "--service", "reference", "--url", sim.url, "--meeting", sim.meeting_id,
        "--rules", rules_file, "--state-dir", tmp_path / "state", "--token", sim.token, "--apply", "--once",
    )  # fmt: skip
    assert code == EXIT_OK, err
    check_end_state(sim.state(), expected)
    assert no_control_characters(out + err, keep="\n\r")


def test_watch_follow_mode_goes_on_past_an_address_with_a_nul(simulator, tmp_path, rules_file):
    sim = simulator(participants=10, seed=6)
    _join(sim, "nul", NUL_ADDRESS)
    good = _join(sim, "good", "8.8.8.8")
    proc = subprocess.Popen(
        watch_cmd(sim, rules_file, tmp_path / "state", "--apply", "--reconcile-seconds", "2"),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=child_env(),
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 90  # generous: a shared, busy machine
        done = False
        while time.monotonic() < deadline and proc.poll() is None:
            if any(a["participant_id"] == good for a in sim.state()["actions"]):
                done = True
                break
            time.sleep(0.2)
        assert done, "the good participant was never removed"
        # A newcomer with a bad address while following changes nothing for anyone else.
        _join(sim, "nul2", "\x00")
        later = _join(sim, "good2", "8.8.8.9")
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and proc.poll() is None:
            if any(a["participant_id"] == later for a in sim.state()["actions"]):
                break
            time.sleep(0.2)
        assert any(a["participant_id"] == later for a in sim.state()["actions"])
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
        try:
            _, err = proc.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, err = proc.communicate()
    assert "Traceback" not in err and "embedded null" not in err, err


# -- a reason naming a rule's network: the audit trail and the request to the service ---------------
def test_a_single_address_network_reads_right_in_the_audit_and_the_request(simulator, tmp_path, capsys, monkeypatch):
    sim = simulator(participants=5, seed=7)
    target = _join(sim, "net", "8.8.8.8")
    sent: list[str] = []
    real_act = sim.meeting.act

    def act(pid, action, *, key=None, reason=""):  # what the service receives, recorded
        sent.append(reason)
        return real_act(pid, action, key=key, reason=reason)

    monkeypatch.setattr(sim.meeting, "act", act)
    rules = tmp_path / "r.toml"
    rules.write_text(
        'version = 1\nmax_action_share = 1.0\n[[rule]]\nname = "Exactly one"\naction = "remove"\nnetworks = ["8.8.8.8/32"]\n',
        "utf-8",
    )
    state = tmp_path / "state"
    code, _, err = run_cli(
        capsys, "watch", "--service", "reference", "--url", sim.url, "--meeting", sim.meeting_id,
        "--rules", rules, "--state-dir", state, "--token", sim.token, "--apply", "--once",
    )  # fmt: skip
    assert code == EXIT_OK, err
    assert [(a["participant_id"], a["action"]) for a in sim.state()["actions"]] == [(target, "remove")]
    code, out, err = run_cli(capsys, "audit", "export", "--format", "json", "--state-dir", state)
    assert code == EXIT_OK, err
    reasons = [r["reason"] for r in json.loads(out) if r["participant_id"] == target]
    assert reasons and sent
    for reason in [*reasons, *sent]:
        assert "/17/32" not in reason and "8.8.8.8" not in reason, reason
        assert "address in 8.8.0.0/17; rule 'Exactly one'" in reason, reason


# -- the reference service: an address that cannot be one concerns that participant alone ---------
@pytest.mark.parametrize("bad", [NUL_ADDRESS, "1" * 5000, "8.8.8.8\x1b[2J"])
def test_the_reference_roster_keeps_everyone_when_one_address_is_malformed(bad):
    from hostguard.core.geo import GeoResolver, GeoStatus
    from hostguard.services.reference import ReferenceAdapter
    from tests.robustness.hostile_server import SCENARIOS, HostileServer, page, participant

    def scenario(s, h, cursor):
        s.send(h, 200, page([participant("p1", ip_address=bad), participant("p2", ip_address="8.8.8.8")]))

    server = HostileServer("tok-boundary")
    SCENARIOS["boundary-address"] = scenario
    try:
        server.scenario = "boundary-address"
        adapter = ReferenceAdapter(server.url, "tok-boundary", deadline=10.0)
        try:
            p1, p2 = adapter.fetch_roster("demo").participants
        finally:
            adapter.close()
    finally:
        del SCENARIOS["boundary-address"]
        server.stop()
    assert p1.ip.isprintable() and len(p1.ip) <= 64
    assert p2.ip == "8.8.8.8"
    with GeoResolver() as r:
        assert r.lookup(p1.ip).status is GeoStatus.INVALID
        assert r.lookup(p2.ip).country == "US"
