"""`hostguard --self-test` run in-process: every check reports, real parts pass, a broken part
is a FAIL line rather than a traceback, and the exit status follows the report."""

from __future__ import annotations

import importlib.util
import io
import os

import keyring
import keyring.backend
import keyring.backends.fail
import pytest

from hostguard import selftest


class DictKeyring(keyring.backend.KeyringBackend):
    """A real keyring backend holding secrets in a dict (never the developer's own keyring)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


@pytest.fixture
def restore_keyring():
    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)


def simulator_available() -> bool:
    return all(
        importlib.util.find_spec(name) is not None
        for name in ("hostguard.simulator.server", "hostguard.services.reference")
    )


def ui_available() -> bool:
    return importlib.util.find_spec("hostguard.ui.app") is not None


def report_lines(text: str) -> dict[str, tuple[str, str]]:
    """check name -> (status, detail) from the printed report."""
    lines = {}
    for line in text.splitlines():
        for name, _check in selftest.CHECKS:
            prefix_pass = line.strip().split(None, 1)
            if len(prefix_pass) == 2 and prefix_pass[1].startswith(name + " "):
                lines[name] = (prefix_pass[0], prefix_pass[1][len(name) :].strip())
    return lines


def test_report_lists_every_check_and_exit_status_follows_it(restore_keyring):
    keyring.set_keyring(DictKeyring())
    out = io.StringIO()
    status = selftest.run_self_test(stream=out)
    text = out.getvalue()
    assert text.startswith("HostGuard ")
    lines = report_lines(text)
    assert set(lines) == {name for name, _ in selftest.CHECKS}
    assert lines["Qt"][0] == "PASS", lines["Qt"]
    assert lines["Bundled files"][0] == "PASS", lines["Bundled files"]
    assert lines["GeoIP database"][0] in ("PASS", "WARN"), lines["GeoIP database"]
    assert "1.0.1.1 -> CN" in lines["GeoIP database"][1]
    assert "203.198.0.1 -> HK" in lines["GeoIP database"][1]
    assert lines["GeoIP C extension"][0] == "PASS", lines["GeoIP C extension"]
    assert lines["Rules"][0] == "PASS", lines["Rules"]
    assert lines["Keyring"][0] == "PASS", lines["Keyring"]
    if simulator_available():
        assert lines["Simulator round trip"][0] == "PASS", lines["Simulator round trip"]
    else:
        assert lines["Simulator round trip"][0] == "FAIL"
        assert "not available" in lines["Simulator round trip"][1]
    if ui_available():
        assert lines["App modules"][0] == "PASS", lines["App modules"]
    failed = [name for name, (st, _) in lines.items() if st == "FAIL"]
    assert status == (1 if failed else 0)
    last = text.strip().splitlines()[-1]
    assert last.startswith("Self-test FAILED" if failed else "Self-test OK")


def test_no_keyring_is_a_warning_not_a_failure(restore_keyring):
    keyring.set_keyring(keyring.backends.fail.Keyring())
    status, detail = selftest.check_keyring()
    assert status == "WARN"
    assert "no usable keyring" in detail and "keyring.backends.fail.Keyring" in detail


def test_keyring_backend_is_named(restore_keyring):
    keyring.set_keyring(DictKeyring())
    status, detail = selftest.check_keyring()
    assert status == "PASS"
    assert "DictKeyring" in detail


def test_a_broken_check_is_a_fail_line_not_a_traceback():
    def broken():
        raise OSError("disk on fire")

    result = selftest.run_check("Broken", broken)
    assert result.failed and result.detail == "OSError: disk on fire"
    report = selftest.format_report([result, selftest.CheckResult("Fine", "PASS", "ok")])
    assert report.splitlines()[-1] == "Self-test FAILED: 1 of 2 checks failed: Broken"


def test_all_passing_report_says_ok_and_counts_warnings():
    report = selftest.format_report(
        [selftest.CheckResult("A", "PASS", "x"), selftest.CheckResult("B", "WARN", "y")]
    )
    assert report.splitlines()[-1] == "Self-test OK: all 2 checks passed (1 warning)"


def test_rules_check_fails_when_a_decision_is_wrong(monkeypatch):
    """The rules check compares real decisions with expectations: a wrong expectation fails it."""
    wrong = list(selftest.SAMPLE_PARTICIPANTS)
    wrong[0] = ("p1", "attendee", "1.0.1.1", "allow", None)
    monkeypatch.setattr(selftest, "SAMPLE_PARTICIPANTS", tuple(wrong))
    result = selftest.run_check("Rules", selftest.check_rules)
    assert result.failed and "participant p1: got waiting_room" in result.detail


def test_headless_platform_is_chosen_only_without_a_display(monkeypatch):
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    selftest.ensure_headless_platform()
    assert "QT_QPA_PLATFORM" not in os.environ
    monkeypatch.delenv("DISPLAY")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    selftest.ensure_headless_platform()
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
