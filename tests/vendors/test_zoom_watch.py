"""`hostguard watch --service zoom` as a host runs it against the simulated Zoom: the summary
says what happened to the meeting's country policy, how to restore it, and lists the people
to remove manually by name and id; an allow-list rule set becomes an approve list."""

from __future__ import annotations

import pytest

from hostguard.cli import main
from hostguard.core.geo import GeoResolver
from hostguard.core.participants import plain_text
from tests.vendors.conftest import sim_post
from tests.vendors.test_done_when import BLOCK_CN, cn_inside


@pytest.fixture
def zoom_env(monkeypatch):
    def set_for(sim):
        monkeypatch.setenv("ZOOM_ACCOUNT_ID", "sim-account")
        monkeypatch.setenv("ZOOM_CLIENT_ID", "hostguard-sim")
        monkeypatch.setenv("ZOOM_CLIENT_SECRET", sim.token)

    return set_for


def watch_zoom(sim, tmp_path, rules_text: str, *extra: str) -> int:
    (tmp_path / "r.toml").write_text(rules_text, encoding="utf-8")
    return main([
        "watch", "--service", "zoom", "--meeting", "demo", "--url", sim.url + "/zoom",
        "--rules", str(tmp_path / "r.toml"), "--state-dir", str(tmp_path / "state"), *extra,
    ])  # fmt: skip


def test_summary_has_the_policy_how_to_restore_and_the_manual_list(simulator, tmp_path, zoom_env, capsys):
    sim = simulator(participants=150, seed=21)
    zoom_env(sim)
    cn = cn_inside(sim)
    names = {p["id"]: p["name"] for p in sim.state()["participants"]}
    assert watch_zoom(sim, tmp_path, BLOCK_CN, "--apply", "--once") == 0
    out = capsys.readouterr().out
    policy = next(line for line in out.splitlines() if line.startswith("country policy: "))
    assert "now refuses new joiners from CN" in policy
    assert 'previous policy: {"approved_list": [], "denied_list": [], "enable": false' in policy
    assert f"manual ({len(cn)}): remove these in the Zoom client" in out
    listed = [line for line in out.splitlines() if line.startswith("  block ")]
    assert {line.split()[1] for line in listed} == cn
    for line in listed:  # each line gives the id and the name the host sees in Zoom
        pid = line.split()[1]
        assert line.startswith(f"  block {pid} {plain_text(names[pid])}: ")
    # the audit trail says how to restore the host's previous policy
    rows = sim.state()  # nothing was done to participants: Zoom cannot remove them
    assert not rows["actions"]
    capsys.readouterr()
    assert main(["audit", "export", "--format", "json", "--state-dir", str(tmp_path / "state")]) == 0
    exported = capsys.readouterr().out
    assert "to restore the previous policy (no country policy)" in exported


ALLOW_US_CA = """\
version = 1
default = "block"
max_action_share = 1.0

[[rule]]
name = "Allow US and CA"
action = "allow"
countries = ["US", "CA"]
"""


def test_allow_us_ca_default_block_becomes_an_approve_list(simulator, tmp_path, zoom_env, capsys):
    sim = simulator(participants=80, seed=7)
    zoom_env(sim)
    assert watch_zoom(sim, tmp_path, ALLOW_US_CA, "--apply", "--once") == 0
    out = capsys.readouterr().out
    assert "admits new joiners only from CA, US" in out
    pol = sim.app.extensions["zoom"].policy_doc(sim.meeting)
    assert pol["enable"] is True and pol["method"] == "approve" and pol["approved_list"] == ["CA", "US"]
    cn = sim_post(sim, "/_sim/join", {"count": 2, "country": "CN"})["participants"]
    us = sim_post(sim, "/_sim/join", {"count": 2, "country": "US"})["participants"]
    status = {p["id"]: p["status"] for p in sim.state()["participants"]}
    assert [status[p["id"]] for p in cn] == ["blocked", "blocked"]
    with GeoResolver() as geo:  # those the database also places in the US are let in
        us_ids = [p["id"] for p in us if geo.lookup(p["ip_address"]).country == "US"]
    assert us_ids and all(status[i] == "joined" for i in us_ids)
