"""Webex's separate admin token (issue 10): analytics needs an organisation admin's token,
expel and admit the host's. A keyring entry "webex:admin_token" and WEBEX_ADMIN_TOKEN, both
optional: without one, the access token is used for everything."""

from __future__ import annotations

import io
import sys

from hostguard.cli import main
from hostguard.services.credentials import Credentials, missing_message, resolve

ACCESS = "acc-Tok-1234567"
ADMIN = "adm-Tok-7654321"


def test_the_admin_token_is_optional_and_resolved_like_the_others(memory_keyring, monkeypatch):
    monkeypatch.delenv("WEBEX_ADMIN_TOKEN", raising=False)
    Credentials().set("webex", "access_token", ACCESS)
    assert resolve("webex") == {"access_token": ACCESS}  # complete without it
    Credentials().set("webex", "admin_token", ADMIN)
    assert memory_keyring.entries[("HostGuard", "webex:admin_token")] == ADMIN
    assert resolve("webex") == {"access_token": ACCESS, "admin_token": ADMIN}
    monkeypatch.setenv("WEBEX_ADMIN_TOKEN", "env-admin-token")
    res = Credentials().resolve("webex")
    assert (
        res.values["admin_token"] == "env-admin-token"
        and res.sources["admin_token"] == "environment (WEBEX_ADMIN_TOKEN)"
    )
    # --token fills the access token, never the admin token
    assert Credentials().resolve("webex", "cli-token").values == {
        "access_token": "cli-token",
        "admin_token": "env-admin-token",
    }
    msg = missing_message("webex")
    assert (
        "access token missing" in msg
        and "admin token missing" not in msg
        and "optionally WEBEX_ADMIN_TOKEN" in msg
    )


def test_cli_set_takes_the_admin_token_as_an_optional_second_line(
    memory_keyring, monkeypatch, capsys
):
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{ACCESS}\n"))
    assert main(["credentials", "set", "--service", "webex"]) == 0
    assert memory_keyring.entries == {("HostGuard", "webex:access_token"): ACCESS}
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{ACCESS}\n{ADMIN}\n"))
    assert main(["credentials", "set", "--service", "webex"]) == 0
    assert memory_keyring.entries[("HostGuard", "webex:admin_token")] == ADMIN
    out, err = capsys.readouterr()
    assert "access token, admin token stored" in out and ADMIN not in out + err
    assert main(["credentials", "status", "--service", "webex"]) == 0
    assert "admin token (optional) stored" in capsys.readouterr().out
    # a new access token alone: the admin token stored before stays, and the output says so
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{ACCESS}\n"))
    assert main(["credentials", "set", "--service", "webex"]) == 0
    assert memory_keyring.entries[("HostGuard", "webex:admin_token")] == ADMIN
    assert "admin token stored before is kept" in capsys.readouterr().out
    assert main(["credentials", "delete", "--service", "webex"]) == 0
    assert memory_keyring.entries == {}
