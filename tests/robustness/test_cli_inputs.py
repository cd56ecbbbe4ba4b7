"""Files and arguments from outside, as a user gives them to the CLI: each bad one is a clear
message naming what is wrong and where (exit 2), never a traceback, and nothing on disk is
created or changed by a command that only reads."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys

import pytest

from hostguard.cli import EXIT_USAGE, main, terminal_safe
from hostguard.core.rules import MAX_RULES_BYTES
from hostguard.engine.store import DB_NAME

RULES = """\
version = 1
[[rule]]
name = "Flag AU"
action = "flag"
countries = ["AU"]
"""


@pytest.fixture
def rules(tmp_path):
    p = tmp_path / "rules.toml"
    p.write_text(RULES, encoding="utf-8")
    return p


@pytest.fixture
def people(tmp_path):
    p = tmp_path / "people.csv"
    p.write_text("id,ip,name\n1,1.2.3.4,Alice\n", encoding="utf-8")
    return p


def evaluate(capsys, rules, people, *extra: str) -> tuple[int, str, str]:
    rc = main(["evaluate", "--rules", str(rules), "--participants", str(people), *extra])
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "internal error" not in err, err
    return rc, out, err


def test_participants_json_nested_10000_levels(capsys, tmp_path, rules):
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 10_000 + "]" * 10_000)
    rc, _, err = evaluate(capsys, rules, deep)
    assert rc == EXIT_USAGE
    assert f"{deep}: JSON nested too deeply" in err


@pytest.mark.parametrize("inner", ["[" * 10_000 + "]" * 10_000, "{a=" * 3000 + "1" + "}" * 3000])
def test_rules_toml_nested_deeply(capsys, tmp_path, people, inner):
    deep = tmp_path / "deep.toml"
    deep.write_text(f"version = 1\nx = {inner}\n")
    rc, _, err = evaluate(capsys, deep, people)
    assert rc == EXIT_USAGE
    assert f"{deep}: invalid TOML: arrays or tables nested too deeply" in err


def test_binary_rules_file(capsys, tmp_path, people):
    binary = tmp_path / "rules.toml"
    binary.write_bytes(bytes(range(256)) * 20)
    rc, _, err = evaluate(capsys, binary, people)
    assert rc == EXIT_USAGE and f"{binary}: not UTF-8 text" in err


def test_a_rules_file_over_the_size_limit_is_refused_before_reading(capsys, tmp_path, people):
    big = tmp_path / "big.toml"
    with open(big, "wb") as f:  # sparse: no 16 MiB written
        f.truncate(MAX_RULES_BYTES + 1)
    rc, _, err = evaluate(capsys, big, people)
    assert rc == EXIT_USAGE and "too large for a rules file" in err


def test_100k_rules_load_and_evaluate(capsys, tmp_path, people):
    codes = ["CN", "RU", "US", "DE", "AU"]
    big = tmp_path / "many.toml"
    big.write_text(
        "version = 1\n"
        + "".join(
            f'[[rule]]\nname = "r{i}"\naction = "flag"\ncountries = ["{codes[i % 5]}"]\n'
            for i in range(100_000)
        )
    )
    rc, out, _ = evaluate(capsys, big, people, "--format", "json")
    assert rc == 0
    assert json.loads(out)[0]["rule"] == "r4"


def test_100k_errors_are_summarised_not_all_printed(capsys, tmp_path, people):
    bad = tmp_path / "bad.toml"
    bad.write_text(
        "version = 1\n"
        + "".join(
            f'[[rule]]\nname = "r{i}"\naction = "zap"\ncountries = ["CN"]\n' for i in range(100_000)
        )
    )
    rc, _, err = evaluate(capsys, bad, people)
    assert rc == EXIT_USAGE
    lines = err.strip().splitlines()
    assert lines[0] == "hostguard: 100000 errors in the rules file:"
    assert "rule 'r0' (#1): key 'action': unknown action 'zap'" in lines[1]
    assert lines[-1] == "... and 99950 more"
    assert len(lines) == 52


def test_csv_with_nul_bytes_is_read_and_shown_without_them(capsys, tmp_path, rules):
    nul = tmp_path / "nul.csv"
    nul.write_bytes(b"id,ip,name\n1,1.0.16.1,Ali\x00ce\n")
    rc, out, _ = evaluate(capsys, rules, nul)
    assert rc == 0 and "Alice" in out and "\x00" not in out


def test_csv_cell_over_the_csv_field_limit(capsys, tmp_path, rules):
    big = tmp_path / "big.csv"
    big.write_text("id,ip,name\n1,1.2.3.4,Alice\n2,1.0.16.2," + "x" * 200_000 + "\n")
    rc, _, err = evaluate(capsys, rules, big)
    assert rc == EXIT_USAGE
    assert f"{big}: line 3: not usable CSV (field larger than field limit" in err
    head = tmp_path / "head.csv"
    head.write_text("id,ip," + "n" * 200_000 + "\n")
    rc, _, err = evaluate(capsys, rules, head)
    assert rc == EXIT_USAGE and f"{head}: line 1: not usable CSV" in err


@pytest.mark.parametrize("which", ["rules", "participants", "geoip"])
def test_a_directory_where_a_file_is_expected(capsys, tmp_path, rules, people, which):
    d = tmp_path / "adir"
    d.mkdir()
    args = {"rules": rules, "participants": people}
    extra: tuple[str, ...] = ()
    if which == "geoip":
        extra = ("--geoip", str(d))
    else:
        args[which] = d
    rc, _, err = evaluate(capsys, args["rules"], args["participants"], *extra)
    assert rc == EXIT_USAGE and str(d) in err


def test_messages_quoting_a_file_cannot_send_terminal_escapes(capsys, tmp_path, people):
    evil = tmp_path / "evil.toml"
    evil.write_text(
        'version = 1\n[[rule]]\nname = "x\\u001b[2J\\u202e"\naction = "zap"\ncountries = ["CN"]\n'
    )
    rc, _, err = evaluate(capsys, evil, people)
    assert rc == EXIT_USAGE and "unknown action 'zap'" in err
    assert "\x1b" not in err and "\u202e" not in err
    assert terminal_safe("a\x1b[31mb\n  c\u202ed\te") == "a[31mb\n  cd    e"


# -- audit export: reading must never create or change a file -----------------------------------
def _fingerprint(d):
    return {p.name: (p.stat().st_size, p.stat().st_mtime_ns, p.read_bytes()) for p in d.iterdir()}


def _export(capsys, d) -> tuple[int, str, str]:
    rc = main(["audit", "export", "--state-dir", str(d)])
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "internal error" not in err, err
    return rc, out, err


def test_audit_export_of_another_programs_sqlite_file(capsys, tmp_path):
    d = tmp_path / "other"
    d.mkdir()
    con = sqlite3.connect(d / DB_NAME)
    con.execute("create table notes(x)")
    con.execute("insert into notes values ('keep me')")
    con.commit()
    con.close()
    before = _fingerprint(d)
    rc, out, err = _export(capsys, d)
    assert rc == EXIT_USAGE and "belongs to another program" in err and out == ""
    assert _fingerprint(d) == before


def test_audit_export_of_a_text_file_named_like_the_database(capsys, tmp_path):
    d = tmp_path / "text"
    d.mkdir()
    (d / DB_NAME).write_text("hello, I am not a database\n")
    before = _fingerprint(d)
    rc, _, err = _export(capsys, d)
    assert rc == EXIT_USAGE and "not a usable HostGuard state database" in err
    assert _fingerprint(d) == before


def test_audit_export_of_a_missing_state_dir_creates_nothing(capsys, tmp_path):
    d = tmp_path / "nope"
    rc, _, err = _export(capsys, d)
    assert rc == EXIT_USAGE and f"--state-dir {d}: no HostGuard state database" in err
    assert not d.exists()


def test_audit_export_of_a_zero_byte_database_changes_nothing(capsys, tmp_path):
    d = tmp_path / "empty"
    d.mkdir()
    (d / DB_NAME).write_bytes(b"")
    before = _fingerprint(d)
    _export(capsys, d)
    assert _fingerprint(d) == before


# -- simulate: sizes that would exhaust memory are refused up front ----------------------------
@pytest.mark.parametrize("n", ["-5", "0", "10000000"])
def test_simulate_participants_out_of_range(capsys, n):
    rc = main(["simulate", "--participants", n])
    _, err = capsys.readouterr()
    assert rc == EXIT_USAGE and f"--participants must be from 1 to 200000, not {n}" in err


def test_subprocess_bad_inputs_exit_2_without_traceback(tmp_path, rules):
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 10_000 + "]" * 10_000)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    r = subprocess.run(
        [sys.executable, "-m", "hostguard", "evaluate", "--rules", str(rules), "--participants", str(deep)],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert r.returncode == EXIT_USAGE and "Traceback" not in r.stderr
    assert "nested too deeply" in r.stderr


# -- spreadsheet exports -------------------------------------------------------------------------
HOSTILE_NAMES = [
    '=HYPERLINK("https://attacker.example","x")',
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    "\t=1+1",
    "\r=1+1",
    "line one\nline two",
    'quote " inside',
]


def test_evaluate_csv_is_spreadsheet_safe_and_one_record_per_row(capsys, tmp_path, rules):
    people = tmp_path / "p.json"
    people.write_text(
        json.dumps(
            [{"id": str(i), "ip": "1.0.16.1", "name": n} for i, n in enumerate(HOSTILE_NAMES)]
        )
    )
    rc, out, _ = evaluate(capsys, rules, people, "--format", "csv")
    assert rc == 0
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert len(rows) == len(HOSTILE_NAMES)
    for row, name in zip(rows, HOSTILE_NAMES, strict=True):
        if name[0] in "=+-@\t\r":
            assert row["name"] == "'" + name
        else:
            assert row["name"] == name
    rc, out, _ = evaluate(capsys, rules, people, "--format", "json")
    assert [r["name"] for r in json.loads(out)] == HOSTILE_NAMES  # JSON keeps the real name


def test_a_participants_file_over_the_size_limit_is_refused(capsys, tmp_path, rules, monkeypatch):
    from hostguard.core import participants

    monkeypatch.setattr(participants, "MAX_FILE_BYTES", 1 << 20)
    big = tmp_path / "big.csv"
    big.write_text("id,ip\n" + "1,\n" * (1 << 19))
    rc, _, err = evaluate(capsys, rules, big)
    assert rc == EXIT_USAGE and "more than 1 MiB is too large for a participants file" in err


@pytest.mark.parametrize("which", ["rules", "participants"])
def test_an_endless_device_is_refused_not_read_forever(capsys, rules, people, which):
    # A device (endless like /dev/zero, or waiting for a keyboard like /dev/tty) is not a
    # file: refused before anything is read from it.
    args = {"rules": rules, "participants": people, which: "/dev/zero"}
    rc, _, err = evaluate(capsys, args["rules"], args["participants"])
    assert rc == EXIT_USAGE and "/dev/zero: is a device, not a regular file" in err


# -- named pipes: opening one waits for a writer, forever if none comes ---------------------------
@pytest.fixture
def fifo(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes on this OS")
    path = tmp_path / "pipe"
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("which", ["rules", "participants", "geoip"])
def test_a_named_pipe_is_refused_at_once_not_waited_on(tmp_path, rules, people, fifo, which):
    # A child process with a generous timeout: before the fix, opening the pipe blocked forever.
    args = {"rules": str(rules), "participants": str(people)}
    extra: list[str] = []
    if which == "geoip":
        extra = ["--geoip", str(fifo)]
    else:
        args[which] = str(fifo)
    r = subprocess.run(
        [sys.executable, "-m", "hostguard", "evaluate", "--rules", args["rules"],
         "--participants", args["participants"], *extra],
        capture_output=True, text=True, timeout=120, env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )  # fmt: skip
    assert r.returncode == EXIT_USAGE, r.stderr
    assert f"{fifo}: is a named pipe (FIFO), not a regular file" in r.stderr
    assert "Traceback" not in r.stderr


def test_watch_refuses_a_named_pipe_as_rules_or_geoip(tmp_path, rules, fifo, simulator):
    sim = simulator(participants=5, seed=1)
    base = [sys.executable, "-m", "hostguard", "watch", "--service", "reference", "--url", sim.url,
            "--meeting", sim.meeting_id, "--token", sim.token, "--state-dir", str(tmp_path / "s"), "--once"]  # fmt: skip
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    for extra in (["--rules", str(fifo)], ["--rules", str(rules), "--geoip", str(fifo)]):
        r = subprocess.run([*base, *extra], capture_output=True, text=True, timeout=120, env=env)
        assert r.returncode == EXIT_USAGE, r.stderr
        assert "is a named pipe (FIFO), not a regular file" in r.stderr
    assert sim.state()["actions"] == []


def test_participants_json_with_wrong_types_names_the_item_and_key(capsys, tmp_path, rules):
    bad = tmp_path / "p.json"
    bad.write_text(
        json.dumps(
            [
                {"id": 1.5, "ip": ""},
                {"id": {"x": 1}, "ip": ""},
                {"id": "3", "ip": ["1.2.3.4"]},
                {"id": "4", "ip": "", "name": {"first": "A"}},
                {"id": "5", "ip": "", "role": "overlord"},
                "not an object",
            ]
        )
    )
    rc, _, err = evaluate(capsys, rules, bad)
    assert rc == EXIT_USAGE
    assert "item 1: key 'id': expected text or a whole number, got float" in err
    assert "item 2: key 'id': expected text or a whole number, got dict" in err
    assert "item 3: key 'ip': expected text, got list" in err
    assert "item 4: keys 'name' and 'email' must be text" in err
    assert "item 5: key 'role': unknown role 'overlord'" in err
    assert "item 6: expected an object with id and ip" in err
