"""Against a real Secret Service: GNOME Keyring on a private D-Bus session (Linux).

Needs Debian's `dbus` (dbus-run-session) and `gnome-keyring` (gnome-keyring-daemon); skipped
where they are not installed. Each run gets its own bus and keyring files under the test's
isolated XDG_DATA_HOME, so the developer's own keyring is never touched.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.skipif(
    sys.platform != "linux"
    or not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")),
    reason="needs dbus-run-session and gnome-keyring-daemon (Debian: dbus, gnome-keyring)",
)

SECRET = "gk-Secret-Never-Printed"

INSIDE = textwrap.dedent(
    """
    import contextlib, io, json, sys
    import keyring
    from hostguard.cli import main
    from hostguard.services import credentials as creds

    out = {"backend": type(keyring.get_keyring()).__module__}
    info = creds.check_backend()
    out["name"], out["state"] = info.name, info.state.value

    sys.stdin = io.StringIO("acct-9\\ncid-9\\n" + SECRET + "\\n")
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        out["set_rc"] = main(["credentials", "set", "--service", "zoom"])
        out["status_rc"] = main(["credentials", "status", "--service", "zoom"])
    out["printed"] = buf.getvalue()
    out["resolved"] = creds.resolve("zoom")
    out["raw"] = keyring.get_password("HostGuard", "zoom:client_secret")

    with contextlib.redirect_stdout(io.StringIO()):
        out["delete_rc"] = main(["credentials", "delete", "--service", "zoom"])
    out["after_delete"] = creds.resolve("zoom")

    # Lock the collection: HostGuard must see "locked", not "not stored".
    import secretstorage
    conn = secretstorage.dbus_init()
    secretstorage.get_default_collection(conn).lock()
    locked = creds.check_backend()
    out["locked_state"], out["locked_reason"] = locked.state.value, locked.reason
    sys.stdin = io.StringIO(SECRET + "\\n")
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        out["locked_set_rc"] = main(["credentials", "set", "--service", "webex"])
    out["locked_err"] = err.getvalue()
    print("RESULT " + json.dumps(out))
    """
).replace("SECRET", repr(SECRET))


def test_store_status_delete_and_locked_with_gnome_keyring(tmp_path):
    script = tmp_path / "inside.py"
    script.write_text(INSIDE)
    shell = (
        "echo -n test-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null "
        '&& exec "$0" "$@"'
    )
    env = dict(os.environ)
    env.pop("PYTHON_KEYRING_BACKEND", None)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    proc = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", shell, sys.executable, str(script)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")]
    assert lines, f"rc={proc.returncode}\nstdout={proc.stdout}\nstderr={proc.stderr}"
    out = json.loads(lines[-1][len("RESULT ") :])
    assert out["backend"] == "keyring.backends.SecretService"
    assert out["name"] == "Secret Service (GNOME Keyring)"
    assert out["state"] == "usable"
    assert out["set_rc"] == 0 and out["status_rc"] == 0
    assert "stored in Secret Service (GNOME Keyring)" in out["printed"]
    assert "client secret stored" in out["printed"]
    assert SECRET not in out["printed"]
    assert out["raw"] == SECRET
    assert out["resolved"] == {
        "account_id": "acct-9",
        "client_id": "cid-9",
        "client_secret": SECRET,
    }
    assert out["delete_rc"] == 0
    assert out["after_delete"] is None
    assert out["locked_state"] == "unavailable"
    assert out["locked_reason"] == "the keyring is locked"
    assert out["locked_set_rc"] == 2
    assert "the keyring is locked" in out["locked_err"]
    assert SECRET not in proc.stderr
