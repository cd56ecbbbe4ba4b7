"""Issue 10's "Done when" for Webex, against the simulator's faithful /webex subset: `hostguard
watch --service webex ... --apply --once` lists a live meeting whose participants carry the 1970
placeholder times and expels exactly the people a rule names, recorded as applied (only after
Webex lists them as gone, since the expel answer itself can only say lobby or joined)."""

from __future__ import annotations

import json
import urllib.request

import pytest

from hostguard.cli import main
from hostguard.engine.store import Store
from hostguard.simulator import webex as sim_webex
from tests.vendors.test_done_when import REMOVE_CN, cn_inside

# Every exchange with the simulator's /webex subset in this file is checked against Webex's own
# API description (tests/contract): the client's requests and the answers.
pytestmark = pytest.mark.usefixtures("as_webex_describes")


def test_watch_apply_once_expels_exactly_the_rule_and_records_applied(simulator, tmp_path, capsys):
    sim = simulator(participants=120, seed=41)
    req = urllib.request.Request(
        sim.url + "/webex/v1/meetingParticipants?meetingId=demo&max=100",
        headers={"Authorization": f"Bearer {sim.token}"},
    )
    with urllib.request.urlopen(req, timeout=10) as resp:
        listed = json.loads(resp.read())["items"]
    assert listed and all(
        p["leftTime"] == sim_webex.PLACEHOLDER_TIME for p in listed
    )  # the live meeting's placeholder
    cn = cn_inside(sim)
    assert len(cn) >= 3
    (tmp_path / "r.toml").write_text(REMOVE_CN, encoding="utf-8")
    number = sim_webex.meeting_number(sim.meeting)  # given as the host sees it: the meeting number
    code = main([
        "watch", "--service", "webex", "--meeting", number, "--url", sim.url + "/webex",
        "--rules", str(tmp_path / "r.toml"), "--apply", "--once", "--state-dir", str(tmp_path / "state"),
        "--token", sim.token,
    ])  # fmt: skip
    out = capsys.readouterr()
    assert code == 0, out.err
    state = sim.state()
    assert {p["id"] for p in state["participants"] if p["status"] == "removed"} == cn
    assert sorted(a["participant_id"] for a in state["actions"]) == sorted(cn)  # each once
    assert f"applied {len(cn)}" in out.out and "manual" not in out.out.replace("manual 0", "")
    rows = Store(tmp_path / "state").rows("webex", number)
    assert len(rows) == len(cn) and {r.state for r in rows} == {"applied"}
    assert all("Webex lists them as left" in r.detail for r in rows)
