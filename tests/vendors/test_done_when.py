"""Issue 4's "Done when": a CN rule on the simulated Zoom and Webex meetings, end to end
(rules file -> engine -> adapter -> simulator subset), checked against the simulator's state."""

from __future__ import annotations

from hostguard.cli import main
from hostguard.core.geo import GeoResolver
from hostguard.core.rules import load_rules
from hostguard.engine import Engine
from hostguard.services import make_adapter
from hostguard.services.zoom import MANUAL_SENTENCE
from tests.vendors.conftest import sim_post

BLOCK_CN = """\
version = 1
[[rule]]
name = "Block CN"
action = "block"
countries = ["CN"]
"""

REMOVE_CN = BLOCK_CN.replace("Block CN", "Remove CN").replace('"block"', '"remove"')


def cn_inside(sim, *, exempt=("host", "co-host")) -> set[str]:
    """Ground truth: ids of non-exempt participants inside whose address the bundled database puts in CN."""
    with GeoResolver() as geo:
        return {
            p["id"]
            for p in sim.state()["participants"]
            if p["status"] in ("joined", "waiting") and p["role"] not in exempt and geo.lookup(p["ip_address"]).country == "CN"
        }


def zoom_env(monkeypatch, sim) -> None:
    monkeypatch.setenv("ZOOM_ACCOUNT_ID", "sim-account")
    monkeypatch.setenv("ZOOM_CLIENT_ID", "hostguard-sim")
    monkeypatch.setenv("ZOOM_CLIENT_SECRET", sim.token)


def check_zoom_end_state(sim, cn_before: set[str]) -> None:
    pol = sim.app.extensions["zoom"].policy_doc(sim.meeting)
    assert pol["enable"] is True and pol["method"] == "deny" and "CN" in pol["denied_list"]
    status = {p["id"]: p["status"] for p in sim.state()["participants"]}
    assert all(status[pid] == "joined" for pid in cn_before)  # Zoom cannot remove them
    assert not sim.state()["actions"]
    newcomers = sim_post(sim, "/_sim/join", {"count": 3, "country": "CN"})["participants"]
    status = {p["id"]: p["status"] for p in sim.state()["participants"]}
    assert [status[p["id"]] for p in newcomers] == ["blocked"] * 3


def test_zoom_block_cn_through_the_engine(simulator, tmp_path):
    sim = simulator(participants=200, seed=21)
    cn = cn_inside(sim)
    assert len(cn) >= 5
    (tmp_path / "r.toml").write_text(BLOCK_CN, encoding="utf-8")
    creds = {"account_id": "sim-account", "client_id": "hostguard-sim", "client_secret": sim.token}
    adapter = make_adapter("zoom", sim.url + "/zoom", creds)  # the real factory finds the adapter
    with GeoResolver() as resolver:
        ruleset, _ = load_rules(tmp_path / "r.toml", resolver.capabilities())
        adapter.use_ruleset(ruleset)  # what the engine does when it is given rules (see report)
        engine = Engine(adapter, "demo", ruleset, resolver, tmp_path / "state", apply=True)
        try:
            engine.start(follow=False)
            engine.refresh()
            result = engine.apply()
            assert engine.wait_settled(timeout=30)
            assert result.queued == len(cn)
            rows = engine.store.rows("zoom", "demo")
            assert {r.participant_id for r in rows} == cn
            assert {r.state for r in rows} == {"manual"}
            assert all(MANUAL_SENTENCE in r.detail for r in rows)
            # the audit trail records the previous policy once, with the change
            assert sum('previous policy: {"approved_list": [], "denied_list": [], "enable": false' in r.detail for r in rows) == 1
            assert {p.id for p in adapter.manual_removals("demo")} == cn
            assert engine.status().manual == len(cn)
        finally:
            engine.close()
            adapter.close()
    check_zoom_end_state(sim, cn)


def test_zoom_block_cn_with_hostguard_watch(simulator, tmp_path, monkeypatch, capsys):
    sim = simulator(participants=200, seed=21)
    cn = cn_inside(sim)
    (tmp_path / "r.toml").write_text(BLOCK_CN, encoding="utf-8")
    zoom_env(monkeypatch, sim)
    code = main([
        "watch", "--service", "zoom", "--meeting", "demo", "--url", sim.url + "/zoom",
        "--rules", str(tmp_path / "r.toml"), "--apply", "--once", "--state-dir", str(tmp_path / "state"),
    ])  # fmt: skip
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "manual" in out.out and MANUAL_SENTENCE in out.out
    assert f"manual {len(cn)}" in out.out
    check_zoom_end_state(sim, cn)


def test_webex_remove_cn_with_hostguard_watch(simulator, tmp_path, capsys):
    sim = simulator(participants=200, seed=22, analytics_delay=0)
    cn = cn_inside(sim)
    assert len(cn) >= 5
    hosts_cn = cn_inside(sim, exempt=()) - cn
    (tmp_path / "r.toml").write_text(REMOVE_CN, encoding="utf-8")
    code = main([
        "watch", "--service", "webex", "--meeting", "demo", "--url", sim.url + "/webex",
        "--rules", str(tmp_path / "r.toml"), "--apply", "--once", "--state-dir", str(tmp_path / "state"),
        "--token", sim.token,
    ])  # fmt: skip
    out = capsys.readouterr()
    assert code == 0, out.err
    state = sim.state()
    removed = {p["id"] for p in state["participants"] if p["status"] == "removed"}
    assert removed == cn  # exactly the CN participants; hosts and co-hosts exempt
    assert all(p["status"] == "joined" for p in state["participants"] if p["id"] in hosts_cn)
    assert sorted(a["participant_id"] for a in state["actions"]) == sorted(cn)  # each once
    assert f"applied {len(cn)}" in out.out
