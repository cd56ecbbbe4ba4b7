"""Credentials in the keyring: real backends (in-memory dict, keyring's fail and null backends),
the session-only fallback, precedence of --token / environment / keyring, and the CLI."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import traceback

import keyring.backend
import keyring.backends.chainer
import keyring.backends.fail
import keyring.backends.null
import pytest

from hostguard.cli import main
from hostguard.services import credentials as creds
from hostguard.services.credentials import BackendState, Credentials, KeyringUnavailable

from .conftest import EchoingKeyring, LockedKeyring, MemoryKeyring

SECRET = "s3cr3t-Value-Never-Shown"


# -- the backend in a person's words ---------------------------------------------------------


def test_fail_backend_is_not_usable_and_named_plainly(use_keyring):
    use_keyring(keyring.backends.fail.Keyring())
    info = creds.check_backend()
    assert info.state is BackendState.ABSENT
    assert not info.usable
    assert info.name == "no keyring"
    assert "no backend" in info.reason
    assert not creds.usable()


def test_null_backend_is_not_usable(use_keyring):
    # The null backend accepts everything and keeps nothing: storing there would lose secrets.
    use_keyring(keyring.backends.null.Keyring())
    info = creds.check_backend()
    assert info.state is BackendState.ABSENT
    assert "null" in info.reason


def test_chainer_with_nothing_to_chain_is_not_usable(use_keyring, monkeypatch):
    monkeypatch.setattr(keyring.backend, "_limit", lambda backend: False)
    use_keyring(keyring.backends.chainer.ChainerBackend())
    info = creds.check_backend()
    assert info.state is BackendState.ABSENT
    assert "no backend" in info.reason


def test_chainer_is_named_after_its_first_backend(use_keyring, monkeypatch):
    first = MemoryKeyring()
    monkeypatch.setattr(keyring.backends.chainer.ChainerBackend, "backends", [first])
    use_keyring(keyring.backends.chainer.ChainerBackend())
    info = creds.check_backend()
    assert info.usable
    assert info.name == creds.describe_backend(first).name


def test_plain_text_backend_is_not_usable(use_keyring):
    # keyrings.alt's PlaintextKeyring, as keyring would load it by PYTHON_KEYRING_BACKEND
    plain = type("PlaintextKeyring", (MemoryKeyring,), {"__module__": "keyrings.alt.file"})
    info = creds.check_backend(plain())
    assert info.state is BackendState.ABSENT
    assert "plain text" in info.reason


def test_locked_keyring_is_unavailable_with_the_reason(use_keyring):
    use_keyring(LockedKeyring())
    info = creds.check_backend()
    assert info.state is BackendState.UNAVAILABLE
    assert info.reason == "the keyring is locked"
    with pytest.raises(KeyringUnavailable, match="locked"):
        Credentials().get("zoom", "client_secret")


def test_memory_backend_is_usable(memory_keyring):
    info = creds.check_backend()
    assert info.usable
    assert info.sentence().startswith("Secrets are stored in ")


# -- storing -----------------------------------------------------------------------------------


def test_set_get_delete_round_trip_under_hostguard(memory_keyring):
    store = Credentials()
    result = store.set("zoom", "client_secret", SECRET)
    assert result.in_keyring
    assert result.sentence.startswith("Stored in ")
    assert memory_keyring.entries == {("HostGuard", "zoom:client_secret"): SECRET}
    assert store.get("zoom", "client_secret") == SECRET
    assert store.stored_fields("zoom") == {"client_secret": "keyring"}
    assert store.delete("zoom", "client_secret") is True
    assert store.get("zoom", "client_secret") is None
    assert store.delete("zoom", "client_secret") is False
    assert memory_keyring.entries == {}


def test_unknown_service_or_field_is_a_clear_error(memory_keyring):
    with pytest.raises(creds.CredentialsError, match="unknown service 'teams'"):
        Credentials().get("teams", "token")
    with pytest.raises(creds.CredentialsError, match="no credential field 'password'"):
        Credentials().get("zoom", "password")


def test_without_keyring_secret_is_kept_for_this_session_only(use_keyring, _isolated_home):
    use_keyring(keyring.backends.fail.Keyring())
    store = Credentials()
    result = store.set("zoom", "client_secret", SECRET)
    assert not result.in_keyring
    assert result.sentence.startswith("No usable keyring here: kept for this session only;")
    assert "GNOME Keyring" in result.sentence or sys.platform != "linux"
    assert "ZOOM_CLIENT_SECRET" in result.sentence
    assert store.get("zoom", "client_secret") == SECRET
    assert store.stored_fields("zoom") == {"client_secret": "session"}
    # never plain text on disk: nothing under the (isolated) home holds the secret
    for root, _dirs, files in os.walk(_isolated_home):
        for name in files:
            with open(os.path.join(root, name), "rb") as fh:
                assert SECRET.encode() not in fh.read()
    creds.forget_session_secrets()
    assert store.get("zoom", "client_secret") is None


def test_without_keyring_and_without_fallback_nothing_is_stored(use_keyring):
    use_keyring(keyring.backends.fail.Keyring())
    with pytest.raises(KeyringUnavailable) as err:
        Credentials().set("webex", "access_token", SECRET, session_fallback=False)
    msg = str(err.value)
    assert "nothing was stored" in msg
    assert "WEBEX_ACCESS_TOKEN" in msg
    assert SECRET not in msg
    assert Credentials().get("webex", "access_token") is None


def test_errors_never_carry_the_secret(use_keyring):
    use_keyring(EchoingKeyring())
    with pytest.raises(KeyringUnavailable) as err:
        Credentials().set("reference", "token", SECRET)
    printed = "".join(traceback.format_exception(err.value))
    assert SECRET not in str(err.value)
    assert SECRET not in printed
    assert "PasswordSetError" in str(err.value)


def test_reprs_hold_no_secret(memory_keyring, monkeypatch):
    monkeypatch.setenv("ZOOM_CLIENT_SECRET", SECRET)
    store = Credentials()
    store.set("zoom", "account_id", "acct")
    store.set("zoom", "client_id", "cid")
    res = store.resolve("zoom")
    assert res.complete
    assert SECRET not in repr(res)
    assert SECRET not in repr(store)


def test_empty_value_is_refused(memory_keyring):
    with pytest.raises(creds.CredentialsError, match="empty Zoom client secret"):
        Credentials().set("zoom", "client_secret", "")
    assert memory_keyring.entries == {}


# -- precedence: --token, environment, keyring -------------------------------------------------


def test_precedence_token_then_environment_then_keyring(memory_keyring, monkeypatch):
    Credentials().set("reference", "token", "from-keyring")
    assert creds.resolve("reference") == {"token": "from-keyring"}
    monkeypatch.setenv("HOSTGUARD_TOKEN", "from-env")
    assert creds.resolve("reference") == {"token": "from-env"}
    assert creds.resolve("reference", token="from-flag") == {"token": "from-flag"}
    res = Credentials().resolve("reference", token="from-flag")
    assert res.sources == {"token": "--token"}


def test_blank_environment_variable_does_not_hide_the_keyring(memory_keyring, monkeypatch):
    Credentials().set("webex", "access_token", "kr")
    monkeypatch.setenv("WEBEX_ACCESS_TOKEN", "  ")
    assert creds.resolve("webex") == {"access_token": "kr"}


def test_zoom_fields_resolve_independently(memory_keyring, monkeypatch):
    store = Credentials()
    store.set("zoom", "account_id", "acct-kr")
    store.set("zoom", "client_id", "cid-kr")
    assert creds.resolve("zoom") is None  # the secret is missing everywhere
    monkeypatch.setenv("ZOOM_CLIENT_SECRET", "sec-env")
    monkeypatch.setenv("ZOOM_CLIENT_ID", "cid-env")
    assert creds.resolve("zoom") == {
        "account_id": "acct-kr",
        "client_id": "cid-env",
        "client_secret": "sec-env",
    }
    # for Zoom an explicit --token is the client secret
    assert creds.resolve("zoom", token="sec-flag")["client_secret"] == "sec-flag"
    res = store.resolve("zoom")
    assert res.sources == {
        "account_id": "keyring",
        "client_id": "environment (ZOOM_CLIENT_ID)",
        "client_secret": "environment (ZOOM_CLIENT_SECRET)",
    }


def test_environment_works_without_any_keyring(use_keyring, monkeypatch):
    use_keyring(keyring.backends.fail.Keyring())
    assert creds.resolve("webex") is None
    monkeypatch.setenv("WEBEX_ACCESS_TOKEN", "tok")
    assert creds.resolve("webex") == {"access_token": "tok"}


def test_missing_message_names_the_command_and_variables(memory_keyring):
    res = Credentials().resolve("zoom")
    msg = creds.missing_message("zoom", res.missing)
    assert "hostguard credentials set --service zoom" in msg
    for var in ("ZOOM_ACCOUNT_ID", "ZOOM_CLIENT_ID", "ZOOM_CLIENT_SECRET"):
        assert var in msg


# -- the command line --------------------------------------------------------------------------


def _pipe(monkeypatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))


def test_cli_set_reads_lines_from_a_pipe(memory_keyring, monkeypatch, capsys):
    _pipe(monkeypatch, f"acct-1\ncid-1\n{SECRET}\n")
    assert main(["credentials", "set", "--service", "zoom"]) == 0
    assert memory_keyring.entries == {
        ("HostGuard", "zoom:account_id"): "acct-1",
        ("HostGuard", "zoom:client_id"): "cid-1",
        ("HostGuard", "zoom:client_secret"): SECRET,
    }
    out, err = capsys.readouterr()
    assert "stored in" in out
    assert SECRET not in out + err


def test_cli_set_with_missing_line_stores_nothing(memory_keyring, monkeypatch, capsys):
    _pipe(monkeypatch, "acct-1\ncid-1\n")
    assert main(["credentials", "set", "--service", "zoom"]) == 2
    assert memory_keyring.entries == {}
    err = capsys.readouterr().err
    assert "no Zoom client secret given (line 3 of standard input)" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("bad", ["sec\x1b[2Jret-VALUE", "sec\x00ret-VALUE", "sec\x7fret-VALUE"])
def test_cli_set_refuses_a_secret_with_control_characters(memory_keyring, monkeypatch, capsys, bad):
    _pipe(monkeypatch, f"acct-1\ncid-1\n{bad}\n")
    assert main(["credentials", "set", "--service", "zoom"]) == 2
    assert memory_keyring.entries == {}  # nothing stored, not even the good first lines
    err = capsys.readouterr().err
    assert "Zoom client secret (line 3 of standard input) contains a control character" in err
    assert "ret-VALUE" not in err


def test_cli_never_takes_a_secret_as_an_argument(memory_keyring, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["credentials", "set", "--service", "webex", "--token", SECRET])
    assert exit_.value.code == 2
    assert memory_keyring.entries == {}


def test_cli_set_refuses_without_keyring(use_keyring, monkeypatch, capsys):
    use_keyring(keyring.backends.fail.Keyring())
    _pipe(monkeypatch, f"{SECRET}\n")
    assert main(["credentials", "set", "--service", "webex"]) == 2
    err = capsys.readouterr().err
    assert "nothing was stored" in err
    assert "WEBEX_ACCESS_TOKEN" in err
    assert SECRET not in err
    assert sys.stdin.read() == f"{SECRET}\n"  # refused before reading any secret


def test_cli_set_refuses_when_locked(use_keyring, monkeypatch, capsys):
    use_keyring(LockedKeyring())
    _pipe(monkeypatch, f"{SECRET}\n")
    assert main(["credentials", "set", "--service", "reference"]) == 2
    err = capsys.readouterr().err
    assert "the keyring is locked" in err
    assert "HOSTGUARD_TOKEN" in err


def test_cli_status_names_backend_and_fields_never_values(memory_keyring, monkeypatch, capsys):
    store = Credentials()
    store.set("zoom", "account_id", "acct-visible-nowhere")
    store.set("zoom", "client_secret", SECRET)
    monkeypatch.setenv("ZOOM_CLIENT_ID", "cid-env-value")
    assert main(["credentials", "status", "--service", "zoom"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[0] == f"Keyring: {creds.describe_backend(memory_keyring).name}, usable."
    assert "account ID stored" in out
    assert "client ID not stored; ZOOM_CLIENT_ID is set and takes precedence" in out
    assert "client secret stored" in out
    for value in (SECRET, "acct-visible-nowhere", "cid-env-value"):
        assert value not in out + err


def test_cli_status_without_keyring(use_keyring, capsys):
    use_keyring(keyring.backends.fail.Keyring())
    assert main(["credentials", "status"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("Keyring: none usable (keyring found no backend to use).")
    assert "Webex (webex): access token not stored, admin token (optional) not stored." in out
    assert "WEBEX_ACCESS_TOKEN" in err


def test_cli_delete_removes_every_field(memory_keyring, capsys):
    store = Credentials()
    store.set("maxmind", "account_id", "123")
    store.set("maxmind", "license_key", SECRET)
    store.set("webex", "access_token", "keep-me")
    assert main(["credentials", "delete", "--service", "maxmind"]) == 0
    assert memory_keyring.entries == {("HostGuard", "webex:access_token"): "keep-me"}
    assert "account ID, license key deleted from" in capsys.readouterr().out
    assert main(["credentials", "delete", "--service", "maxmind"]) == 0
    assert "nothing was stored" in capsys.readouterr().out


def test_cli_set_in_a_separate_process_without_keyring():
    """The real entry point, with keyring's fail backend chosen through its own setting."""
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    proc = subprocess.run(
        [sys.executable, "-m", "hostguard", "credentials", "set", "--service", "zoom"],
        input=f"a\nb\n{SECRET}\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert proc.returncode == 2
    assert "No usable keyring here" in proc.stderr
    assert "ZOOM_CLIENT_SECRET" in proc.stderr
    assert SECRET not in proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
