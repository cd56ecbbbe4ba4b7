"""Display names from outside shown as plain text, exports that spreadsheets open safely, and
a token that never leaves the keyring / environment: not in output, logs, state or exports."""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import subprocess
import sys

import pytest

from hostguard.cli import main
from hostguard.core.participants import plain_text
from hostguard.engine.store import DB_NAME
from hostguard.services.http import ServiceHTTP
from tests.services.scripted_server import Answer, ScriptedServer

BIDI = [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C)]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\U000e0041"]
CONTROL = ["\x00", "\x07", "\x1b", "\x7f", "\x9b", "\u2028", "\u2029"]


@pytest.mark.parametrize("ch", BIDI + INVISIBLE + CONTROL)
def test_plain_text_drops_bidi_zero_width_and_control_characters(ch):
    assert plain_text(f"Ali{ch}ce") in ("Alice", "Ali ce")
    assert ch not in plain_text(f"{ch}{ch}x{ch}")


def test_plain_text_cannot_carry_a_terminal_escape_sequence():
    shown = plain_text("Bob\x1b[2J\x1b]0;pwned\x07\x1b[31mRED\x9b31m")
    assert not any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in shown)
    assert shown == "Bob[2J]0;pwned[31mRED31m"


def test_plain_text_keeps_markup_and_real_scripts_as_text():
    for name in ("<b>Ana</b> & 李雷 محمد", "Tiê\u0301ng Việt", "नमस्ते", "한국어 이름"):
        assert plain_text(name) == name


def test_plain_text_drops_blank_letters_and_caps_stacked_marks():
    assert plain_text("\u3164\u3164") == ""  # a name of Hangul fillers looks empty: it is
    assert plain_text("a\u115f\u1160b\uffa0") == "ab"
    zalgo = plain_text("Z" + "\u0301\u0316" * 100 + "ed")
    assert zalgo == "Z" + "\u0301\u0316" * 2 + "ed"


def test_evaluate_table_shows_hostile_names_as_one_plain_line(capsys, tmp_path):
    rules = tmp_path / "r.toml"
    rules.write_text('version = 1\n[[rule]]\nname = "f"\naction = "flag"\nunknown = true\n')
    names = ["Eve\u202egnp.exe", "Mal\x1b[2J\x1b[31mlory", "Zed\u200b\u200d", "Two\nLines\rHere"]
    people = tmp_path / "p.json"
    people.write_text(
        json.dumps([{"id": str(i), "ip": "", "name": n} for i, n in enumerate(names)])
    )
    assert main(["evaluate", "--rules", str(rules), "--participants", str(people)]) == 0
    out = capsys.readouterr().out
    assert not any(ord(c) < 32 and c != "\n" for c in out)
    assert not any(unicodedata_cf(c) for c in out)
    table = out.split("\n\n")[0].splitlines()
    assert len(table) == 1 + len(names)  # one line per participant, whatever the names hold
    assert "Evegnp.exe" in out and "Mal[2J[31mlory" in out and "Two Lines Here" in out


def unicodedata_cf(ch: str) -> bool:
    import unicodedata

    return unicodedata.category(ch) in ("Cf", "Cc") and ch != "\n"


# -- secrets ------------------------------------------------------------------------------------
def test_library_debug_logs_are_scrubbed_of_known_secrets(caplog):
    """urllib3 logs every request's URL at debug level; a secret in one (any adapter's
    mistake, or a service's redirect) must not reach the log."""
    secret = "zz-SECRET-in-a-query-41"
    s = ScriptedServer()
    try:
        s.add(Answer(200, {"ok": 1}))
        http = ServiceHTTP(s.url, secrets=lambda: (secret,))
        with caplog.at_level(logging.DEBUG):
            http.request("GET", f"/x?key={secret}")
        assert any("GET /x?key=" in r.getMessage() for r in caplog.records)
        assert secret not in caplog.text
        http.close()
    finally:
        s.stop()


RULES_ALL = """\
version = 1
max_action_share = 1.0
[[rule]]
name = "Everyone known"
action = "waiting_room"
unknown = false
[[rule]]
name = "Everyone unknown"
action = "waiting_room"
unknown = true
"""


def _env(home, token: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "HOSTGUARD_TOKEN"}
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_STATE_HOME", "state"),
                     ("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache")):  # fmt: skip
        env[var] = str(home / sub)
    if token is not None:
        env["HOSTGUARD_TOKEN"] = token
    env["PYTHONUNBUFFERED"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "hostguard", *args],
        capture_output=True, text=True, timeout=120, env=env, encoding="utf-8",
    )  # fmt: skip


@pytest.mark.slow
def test_watch_with_debug_logging_never_shows_or_stores_the_token(
    simulator, tmp_path, _isolated_home
):
    secret = "tok-ROBUST-3b7d9e1f"
    sim = simulator(participants=1000, seed=2, token=secret, fault_rate=0.1, slow_delay=0.2)
    rules = tmp_path / "r.toml"
    rules.write_text(RULES_ALL, encoding="utf-8")
    state = tmp_path / "state"
    base = ["watch", "--service", "reference", "--url", sim.url, "--meeting", sim.meeting_id,
            "--rules", str(rules), "--state-dir", str(state)]  # fmt: skip
    env = _env(_isolated_home, secret)  # from the environment, as a script would
    r = _run(["-v", "-v", *base, "--apply", "--once"], env)
    assert r.returncode == 0, r.stderr
    assert "DEBUG" in r.stderr and "retrying" in r.stderr  # logs were on, and faults were hit
    dry = _run(["-v", "-v", *base, "--once"], env)
    wrong = _run(["-v", "-v", *base, "--once"], _env(_isolated_home, secret + "-x"))
    assert wrong.returncode == 3 and "refused the credentials" in wrong.stderr
    before = {p: p.read_bytes() for p in state.iterdir()}
    exports = [_run(["-v", "-v", "audit", "export", "--format", f, "--state-dir", str(state)], env)
               for f in ("csv", "json")]  # fmt: skip
    texts = [r.stdout, r.stderr, dry.stdout, dry.stderr, wrong.stdout, wrong.stderr]
    for e in exports:
        assert e.returncode == 0, e.stderr
        texts += [e.stdout, e.stderr]
    for text in texts:
        assert secret not in text
    files = [p for p in (*tmp_path.rglob("*"), *_isolated_home.rglob("*")) if p.is_file()]
    assert any(p.name == DB_NAME for p in files)
    for p in files:
        assert secret.encode() not in p.read_bytes(), p
    # Exporting only reads: the state database is as it was.
    assert {p: p.read_bytes() for p in state.iterdir()} == before

    # -- and the exports are safe to open in a spreadsheet --------------------------------
    people = {p["id"]: p for p in sim.state()["participants"]}
    rows = list(csv.DictReader(io.StringIO(exports[0].stdout, newline="")))
    records = json.loads(exports[1].stdout)
    assert len(rows) == len(records) > 900  # one CSV record per audit row, newlines or not
    hostile = 0
    for row, rec in zip(rows, records, strict=True):
        # The audit records the name as displayed (plain text); JSON keeps it unprefixed.
        real = plain_text(people[rec["participant_id"]]["name"])
        assert rec["participant_name"] == real
        if real[:1] in ("=", "+", "-", "@", "\t", "\r"):
            hostile += 1
            assert row["participant_name"] == "'" + real
        else:
            assert row["participant_name"] == real
        for value in row.values():
            assert value[:1] not in ("=", "+", "-", "@", "\t", "\r")
    assert hostile >= 1  # the seeded event has formula names


def test_plain_text_of_a_10_mb_name_reads_only_what_it_can_show():
    shown = plain_text("A" * 10_000_000 + "\x1b[2J")
    assert shown == "A" * 199 + "…"
    assert plain_text(" " * 5000 + "Bob") == "Bob"
    assert plain_text("\u200b" * 5000 + "Bob") == ""  # padding shows less, never more


# -- malformed headers: no traceback, no secret, on any urllib3 or requests logger ---------------
def test_a_malformed_header_is_a_debug_line_without_traceback_or_secret(caplog):
    """urllib3.connection warns, with a traceback and the URL, about headers it cannot parse;
    the URL of a Zoom sign-in carries the account id."""
    secret = "acct-SECRET-in-url-58"
    s = ScriptedServer()
    try:
        bad = ("this is not a header \x1b[2J\x1b]0;pwned\x07",)
        s.default = Answer(200, {"ok": 1}, raw_header_lines=bad)
        http = ServiceHTTP(s.url, secrets=lambda: (secret,))
        path = f"/oauth/token?grant_type=account_credentials&account_id={secret}"
        with caplog.at_level(logging.WARNING):
            assert http.request("POST", path).data == {"ok": 1}  # the answer is still read
        assert [r for r in caplog.records if r.name.startswith(("urllib3", "requests"))] == []
        caplog.clear()
        with caplog.at_level(logging.DEBUG):
            http.request("POST", path)
        parsed = [r for r in caplog.records if r.name == "urllib3.connection"]
        assert parsed and all("Failed to parse headers" in r.getMessage() for r in parsed)
        for r in caplog.records:
            assert r.exc_info is None and r.exc_text is None
            assert r.levelno == logging.DEBUG or not r.name.startswith("urllib3")
        assert secret not in caplog.text and "Traceback" not in caplog.text
        assert "\x1b" not in caplog.text and "\x07" not in caplog.text
        http.close()
    finally:
        s.stop()


def test_credential_like_query_values_are_masked_even_when_no_connection_knows_them(caplog):
    from hostguard.services.http import HostGuardSession

    s = ScriptedServer()
    try:
        s.add(Answer(200, {"ok": 1}))
        with caplog.at_level(logging.DEBUG), HostGuardSession() as session:
            session.get(
                f"{s.url}/download?suffix=tar.gz&license_key=lk-SECRET-31&X-Amz-Signature=sig-SECRET-2"
            ).close()
        assert "suffix=tar.gz" in caplog.text  # the rest of the URL is still there to debug with
        assert "SECRET" not in caplog.text
    finally:
        s.stop()


@pytest.mark.parametrize("verbosity", [[], ["-v", "-v"]])
def test_a_zoom_sign_in_answer_with_malformed_headers_never_shows_the_account_id(
    tmp_path, _isolated_home, verbosity
):
    """The issue's run: every answer has a header line urllib3 cannot parse, and fails, so the
    sign-in is tried four times; stderr shows neither the account id nor a traceback."""
    account = "acct-ZOOM-SECRET-4471"
    s = ScriptedServer()
    try:
        s.default = Answer(503, {"title": "busy"}, raw_header_lines=("this is not a header",))
        rules = tmp_path / "r.toml"
        rules.write_text(RULES_ALL, encoding="utf-8")
        env = _env(_isolated_home, None)
        env.update(
            ZOOM_ACCOUNT_ID=account,
            ZOOM_CLIENT_ID="cid-4471",
            ZOOM_CLIENT_SECRET="csec-SECRET-4471",
        )
        r = _run(
            [*verbosity, "watch", "--service", "zoom", "--url", s.url, "--meeting", "123",
             "--rules", str(rules), "--once", "--state-dir", str(tmp_path / "state")],
            env,
        )  # fmt: skip
        assert r.returncode == 3, r.stderr
        assert len(s.requests) >= 2 and account in str(s.requests[0]["path"])  # it was sent
        assert "Zoom sign-in" in r.stderr and "kept failing" in r.stderr
        for text in (r.stdout, r.stderr):
            assert account not in text and "SECRET" not in text
            assert "Traceback" not in text
        if not verbosity:
            assert "Failed to parse headers" not in r.stderr  # a debug detail, not a warning
        else:
            assert "Failed to parse headers" in r.stderr and "account_id=***" in r.stderr
    finally:
        s.stop()
