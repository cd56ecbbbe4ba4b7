"""`hostguard watch --meeting X` for a meeting the service does not have: a clear message and
exit 2, and nothing written (no state directory, no database), on every service (real simulator)."""

from __future__ import annotations

import platformdirs
import pytest

from hostguard.cli import EXIT_UNREACHABLE, EXIT_USAGE, main
from tests.engine.helpers import write_rules


def _state_root():
    from pathlib import Path

    return Path(platformdirs.user_state_dir("HostGuard"))


@pytest.mark.parametrize("service", ["reference", "zoom", "webex"])
@pytest.mark.parametrize("extra", [[], ["--apply", "--once"]])
def test_unknown_meeting_exits_2_and_creates_no_state(
    simulator, tmp_path, capsys, monkeypatch, service, extra
):
    sim = simulator(participants=20, seed=1)
    rules = write_rules(tmp_path / "r.toml")
    url = {"reference": sim.url, "zoom": sim.url + "/zoom", "webex": sim.url + "/webex"}[service]
    if service == "zoom":
        monkeypatch.setenv("ZOOM_ACCOUNT_ID", "sim-account")
        monkeypatch.setenv("ZOOM_CLIENT_ID", "hostguard-sim")
        monkeypatch.setenv("ZOOM_CLIENT_SECRET", sim.token)
        creds = []
    else:
        creds = ["--token", sim.token]
    root = _state_root()
    assert not root.exists()
    explicit = tmp_path / "explicit"
    for state in ([], ["--state-dir", str(explicit)]):
        rc = main(["watch", "--service", service, "--url", url, "--meeting", "no-such-meeting",
                   "--rules", str(rules), *creds, *state, *extra])  # fmt: skip
        _, err = capsys.readouterr()
        assert rc == EXIT_USAGE, err
        assert f"no meeting 'no-such-meeting' on the {service} service" in err
        assert "Traceback" not in err
        assert not root.exists() and not explicit.exists()
    assert sim.state()["actions"] == []


def test_refused_credentials_exit_3_and_create_no_state(simulator, tmp_path, capsys):
    sim = simulator(participants=5, seed=1)
    rules = write_rules(tmp_path / "r.toml")
    explicit = tmp_path / "explicit"
    rc = main(["watch", "--service", "reference", "--url", sim.url, "--meeting", sim.meeting_id,
               "--rules", str(rules), "--token", "not-the-token", "--state-dir", str(explicit), "--once"])  # fmt: skip
    _, err = capsys.readouterr()
    assert rc == EXIT_UNREACHABLE and "Traceback" not in err and "not-the-token" not in err
    assert not explicit.exists() and not _state_root().exists()


def test_a_known_meeting_still_gets_its_default_state_dir(simulator, tmp_path, capsys):
    from hostguard.cli.watch import default_state_dir

    sim = simulator(participants=20, seed=1)
    rules = write_rules(tmp_path / "r.toml")
    rc = main(["watch", "--service", "reference", "--url", sim.url, "--meeting", sim.meeting_id,
               "--rules", str(rules), "--token", sim.token, "--once"])  # fmt: skip
    capsys.readouterr()
    assert rc == 0 and default_state_dir("reference", sim.meeting_id).is_dir()
