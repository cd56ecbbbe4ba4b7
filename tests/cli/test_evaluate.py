"""`hostguard evaluate` end to end: formats, exit codes and messages, on real .mmdb files."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from hostguard import __version__
from hostguard.cli import EXIT_OK, EXIT_USAGE, main
from tests.mmdb_factory import ADDR, build_all

REPO = Path(__file__).resolve().parents[2]

RULES = """
version = 1
default = "allow"
max_action_share = 0.5

[exempt]
emails = ["*@example.org"]

[[rule]]
name = "Waiting room for CN"
action = "waiting_room"
countries = ["CN"]

[[rule]]
name = "Flag unknown"
action = "flag"
unknown = true
"""

PEOPLE = [
    # id, name, email, role, ip
    ("1", "Host Hanna", "hanna@corp.test", "host", "223.5.5.5"),
    ("2", "Chen", "chen@corp.test", "attendee", "223.5.5.5"),
    ("3", "Hong Kong Ho", "ho@corp.test", "attendee", "1.36.0.1"),
    ("4", "Nobody", "", "attendee", ""),
    ("5", "VIP", "Boss@Example.ORG", "attendee", "114.114.114.114"),
    ("6", "Lan", "", "panelist", "10.1.2.3"),
    ("7", "Googler", "g@corp.test", "attendee", "8.8.8.8"),
    ("8", "Mapped", "", "attendee", "::ffff:223.5.5.5"),
]

EXPECTED = {  # id -> (country, continent, action, rule)
    "1": ("CN", "AS", "allow", None),
    "2": ("CN", "AS", "waiting_room", "Waiting room for CN"),
    "3": ("HK", "AS", "allow", None),
    "4": (None, None, "flag", "Flag unknown"),
    "5": ("CN", "AS", "allow", None),
    "6": (None, None, "flag", "Flag unknown"),
    "7": ("US", "NA", "allow", None),
    "8": ("CN", "AS", "waiting_room", "Waiting room for CN"),
}


@pytest.fixture(scope="module")
def dbs(tmp_path_factory):
    return build_all(tmp_path_factory.mktemp("mmdb"))


@pytest.fixture
def files(tmp_path):
    rules = tmp_path / "rules.toml"
    rules.write_text(RULES, "utf-8")
    people_csv = tmp_path / "people.csv"
    with people_csv.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "email", "role", "ip"])
        w.writerows(PEOPLE)
    people_json = tmp_path / "people.json"
    people_json.write_text(
        json.dumps(
            [
                dict(zip(("id", "name", "email", "role", "ip"), row, strict=True))
                for row in reversed(PEOPLE)
            ]
        ),
        "utf-8",
    )
    return {"rules": rules, "csv": people_csv, "json": people_json, "dir": tmp_path}


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def evaluate_json(capsys, files, *extra, participants=None) -> list[dict]:
    code, out, err = run_cli(
        capsys,
        "evaluate",
        "--rules",
        files["rules"],
        "--participants",
        participants or files["csv"],
        "--format",
        "json",
        *extra,
    )
    assert code == EXIT_OK, err
    return json.loads(out)


# -- json ---------------------------------------------------------------------------------------
def test_json_output_keys_values_and_order(capsys, files):
    rows = evaluate_json(capsys, files)
    assert [r["id"] for r in rows] == [p[0] for p in PEOPLE]
    for r in rows:
        assert list(r)[:2] == ["id", "name"]
        assert {"id", "name", "ip", "country", "continent", "action", "rule", "reason"} <= set(r)
        assert (r["country"], r["continent"], r["action"], r["rule"]) == EXPECTED[r["id"]], r
        assert isinstance(r["reason"], str) and r["reason"]
    by_id = {r["id"]: r for r in rows}
    assert by_id["1"]["reason"] == "exempt (role host)"
    assert by_id["2"]["reason"] == "in CN per DB-IP 2026-06; rule 'Waiting room for CN'"
    assert by_id["4"]["ip"] is None
    assert "no address reported" in by_id["4"]["reason"]
    assert "private network" in by_id["6"]["reason"]
    assert by_id["5"]["reason"] == "exempt (e-mail matches *@example.org)"
    assert by_id["8"]["ip"] == "::ffff:223.5.5.5"


def test_json_participants_file_keeps_its_own_order(capsys, files):
    rows = evaluate_json(capsys, files, participants=files["json"])
    assert [r["id"] for r in rows] == [p[0] for p in reversed(PEOPLE)]
    assert all(
        (r["country"], r["continent"], r["action"], r["rule"]) == EXPECTED[r["id"]] for r in rows
    )


def test_json_with_layered_test_databases(capsys, files, dbs):
    files["rules"].write_text(
        "version = 1\n"
        '[[rule]]\nname = "tor"\naction = "block"\nanonymizers = ["tor"]\n'
        '[[rule]]\nname = "google"\naction = "flag"\nasns = [15169]\n'
        '[[rule]]\nname = "california"\naction = "flag"\nregions = ["US-CA"]\n',
        "utf-8",
    )
    files["csv"].write_text(
        f"id,ip\nt,{ADDR['DE_TOR']}\ng,{ADDR['US']}\nc,{ADDR['CGNAT']}\n", "utf-8"
    )
    rows = evaluate_json(
        capsys, files, "--geoip", dbs.city, "--geoip", dbs.asn, "--geoip", dbs.anonymous_ip
    )
    assert [(r["id"], r["country"], r["action"], r["rule"]) for r in rows] == [
        ("t", "DE", "block", "tor"),
        ("g", "US", "flag", "google"),
        ("c", None, "allow", None),  # CGNAT: private, though the test DB maps it to CN
    ]


def test_warning_for_condition_without_database(capsys, files, dbs):
    files["rules"].write_text(
        'version = 1\n[[rule]]\nname = "ca"\naction = "block"\nregions = ["US-CA"]\n', "utf-8"
    )
    code, out, err = run_cli(
        capsys,
        "evaluate",
        "--rules",
        files["rules"],
        "--participants",
        files["csv"],
        "--format",
        "json",
    )
    assert code == EXIT_OK
    assert "warning" in err and "rule 'ca' (#1)" in err and "key 'regions'" in err
    assert all(r["rule"] is None for r in json.loads(out))


# -- csv ----------------------------------------------------------------------------------------
DANGEROUS = ['=HYPERLINK("http://evil.test","x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "|calc"]


def test_csv_output_is_formula_injection_safe(capsys, files):
    with files["csv"].open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "email", "ip"])
        for i, bad in enumerate(DANGEROUS):
            w.writerow([bad if i % 2 else f"id{i}", bad, f"{i}@corp.test", "223.5.5.5"])
    files["rules"].write_text(
        'version = 1\n[[rule]]\nname = "=cmd|\' /C calc\'!A0"\naction = "flag"\ncountries = ["CN"]\n',
        "utf-8",
    )
    code, out, err = run_cli(
        capsys,
        "evaluate",
        "--rules",
        files["rules"],
        "--participants",
        files["csv"],
        "--format",
        "csv",
    )
    assert code == EXIT_OK, err
    table = list(csv.reader(io.StringIO(out)))
    header, body = table[0], table[1:]
    assert {"id", "name", "ip", "country", "continent", "action", "rule", "reason"} <= set(header)
    assert len(body) == len(DANGEROUS)
    for row in body:
        for cell in row:
            assert not cell or cell[0] not in "=+-@\t\r|", row
    names = [row[header.index("name")] for row in body]
    assert names == ["'" + d for d in DANGEROUS]
    assert body[0][header.index("rule")] == "'=cmd|' /C calc'!A0"


@pytest.mark.parametrize("name", ["\r=1", "one\rtwo", "one\ntwo", "one\r\ntwo"])
def test_csv_cell_with_line_break_stays_one_record(capsys, files, name):
    """A display name with a bare CR must be quoted, or the CSV gains a row (csv.writer with
    lineterminator="\\n" only quotes cells containing "\\n")."""
    with files["csv"].open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(
            [["id", "name", "ip"], ["1", name, "223.5.5.5"], ["2", "ok", "8.8.8.8"]]
        )
    code, out, err = run_cli(
        capsys,
        "evaluate",
        "--rules",
        files["rules"],
        "--participants",
        files["csv"],
        "--format",
        "csv",
    )
    assert code == EXIT_OK, err
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert [r["id"] for r in rows] == ["1", "2"]
    assert rows[0]["name"].lstrip("'") == name
    assert not rows[0]["name"].startswith(("=", "\r"))


def test_csv_output_values(capsys, files):
    code, out, _ = run_cli(
        capsys,
        "evaluate",
        "--rules",
        files["rules"],
        "--participants",
        files["csv"],
        "--format",
        "csv",
    )
    assert code == EXIT_OK
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["id"] for r in rows] == [p[0] for p in PEOPLE]
    assert [(r["country"] or None, r["action"], r["rule"] or None) for r in rows] == [
        (c, a, rule) for c, _, a, rule in EXPECTED.values()
    ]


# -- table --------------------------------------------------------------------------------------
def test_table_output(capsys, files):
    code, out, err = run_cli(
        capsys, "evaluate", "--rules", files["rules"], "--participants", files["csv"]
    )
    assert code == EXIT_OK, err
    lines = out.splitlines()
    assert lines[0].split()[:5] == ["ID", "NAME", "IP", "COUNTRY", "ACTION"]
    assert "8 participants" in out and "waiting_room: 2" in out and "flag: 2" in out
    assert "IP Geolocation by DB-IP (https://db-ip.com)" in out
    assert "share guard:" in out


def test_table_strips_control_characters_from_names(capsys, files):
    files["csv"].write_text(
        'id,name,ip\n1,"evil\u202egnp.exe\nsecond line\x1b[2J",8.8.8.8\n', "utf-8"
    )
    code, out, _ = run_cli(
        capsys, "evaluate", "--rules", files["rules"], "--participants", files["csv"]
    )
    assert code == EXIT_OK
    assert "\u202e" not in out and "\x1b" not in out
    assert "evilgnp.exe second line[2J" in out


# -- errors: exit 2, a message, no traceback ------------------------------------------------------
def assert_usage_error(code: int, out: str, err: str, *needles: str) -> None:
    assert code == EXIT_USAGE, (code, out, err)
    assert "Traceback" not in err and "Traceback" not in out
    assert err.startswith("hostguard: ")
    for n in needles:
        assert n in err, (n, err)


def test_bad_rules_file_lists_every_error(capsys, files):
    files["rules"].write_text(
        'version = 1\n[[rule]]\nname = "a"\naction = "kick"\ncountries = ["CN"]\n'
        '[[rule]]\nname = "b"\naction = "flag"\nnetworks = ["1.2.3.4/99"]\n',
        "utf-8",
    )
    code, out, err = run_cli(
        capsys, "evaluate", "--rules", files["rules"], "--participants", files["csv"]
    )
    assert_usage_error(
        code,
        out,
        err,
        "2 errors",
        str(files["rules"]),
        "rule 'a' (#1): key 'action'",
        "rule 'b' (#2): key 'networks'",
    )
    assert out == ""


def test_rules_toml_syntax_error(capsys, files):
    files["rules"].write_text("version = 1\n[[rule]\n", "utf-8")
    code, out, err = run_cli(
        capsys, "evaluate", "--rules", files["rules"], "--participants", files["csv"]
    )
    assert_usage_error(code, out, err, "invalid TOML", "line 2")


def test_bad_participants_file(capsys, files):
    files["csv"].write_text("id,ip,role\n1,8.8.8.8,boss\n2,1.1.1.1,host\n2,,\n", "utf-8")
    code, out, err = run_cli(
        capsys, "evaluate", "--rules", files["rules"], "--participants", files["csv"]
    )
    assert_usage_error(
        code, out, err, str(files["csv"]), "line 2: key 'role'", "line 4: key 'id': duplicate"
    )


def test_participants_missing_columns(capsys, files):
    files["csv"].write_text("name,address\nx,1.1.1.1\n", "utf-8")
    code, out, err = run_cli(
        capsys, "evaluate", "--rules", files["rules"], "--participants", files["csv"]
    )
    assert_usage_error(code, out, err, "missing column(s) id, ip")


@pytest.mark.parametrize("which", ["rules", "participants"])
def test_missing_files(capsys, files, which):
    missing = files["dir"] / f"missing-{which}"
    args = {"rules": files["rules"], "participants": files["csv"], which: missing}
    code, out, err = run_cli(
        capsys, "evaluate", "--rules", args["rules"], "--participants", args["participants"]
    )
    assert_usage_error(code, out, err, str(missing), "file not found")


def test_missing_geoip_file(capsys, files):
    missing = files["dir"] / "nope.mmdb"
    code, out, err = run_cli(
        capsys,
        "evaluate",
        "--rules",
        files["rules"],
        "--participants",
        files["csv"],
        "--geoip",
        missing,
    )
    assert_usage_error(code, out, err, "--geoip", str(missing), "file not found")


def test_text_file_renamed_mmdb(capsys, files, dbs):
    code, out, err = run_cli(
        capsys,
        "evaluate",
        "--rules",
        files["rules"],
        "--participants",
        files["csv"],
        "--geoip",
        dbs.not_a_database,
    )
    assert_usage_error(
        code, out, err, "--geoip", str(dbs.not_a_database), "not a readable MaxMind DB file"
    )


def test_two_country_databases(capsys, files, dbs):
    code, out, err = run_cli(
        capsys, "evaluate", "--rules", files["rules"], "--participants", files["csv"],
        "--geoip", dbs.flat, "--geoip", dbs.geoip2_country,
    )  # fmt: skip
    assert_usage_error(code, out, err, str(dbs.geoip2_country), "second")


def test_corrupt_mmdb_is_invalid_input_not_internal_error(capsys, files, dbs):
    """A damaged database (valid metadata, broken search tree, e.g. a bad download) opens,
    then fails on the first lookup: that is bad --geoip input (exit 2 naming the file), not
    an internal error (exit 1)."""
    data = bytearray(Path(dbs.flat).read_bytes())
    data[:512] = b"\xff" * 512  # the search tree comes first; metadata (at the end) stays valid
    corrupt = files["dir"] / "corrupt.mmdb"
    corrupt.write_bytes(bytes(data))
    code, out, err = run_cli(
        capsys,
        "evaluate",
        "--rules",
        files["rules"],
        "--participants",
        files["csv"],
        "--geoip",
        corrupt,
    )
    assert_usage_error(code, out, err, str(corrupt))


def test_ipv6_participant_with_ipv4_only_database(capsys, files, dbs):
    """An IPv4-only country file (ip-location-db publishes them) must not crash evaluate."""
    files["csv"].write_text(f"id,ip\na,{ADDR['CN']}\nb,{ADDR['US6']}\n", "utf-8")
    code, out, err = run_cli(
        capsys,
        "evaluate",
        "--rules",
        files["rules"],
        "--participants",
        files["csv"],
        "--geoip",
        dbs.flat_v4,
        "--format",
        "json",
    )
    assert code == EXIT_OK, err
    rows = json.loads(out)
    assert [(r["id"], r["country"], r["rule"]) for r in rows] == [
        ("a", "CN", "Waiting room for CN"),
        ("b", None, "Flag unknown"),
    ]


def test_bad_format_is_a_usage_error(capsys, files):
    with pytest.raises(SystemExit) as exc:
        main(
            [
                "evaluate",
                "--rules",
                str(files["rules"]),
                "--participants",
                str(files["csv"]),
                "--format",
                "xml",
            ]
        )
    assert exc.value.code == EXIT_USAGE
    assert "invalid choice" in capsys.readouterr().err


def test_missing_required_argument(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["evaluate", "--participants", "p.csv"])
    assert exc.value.code == EXIT_USAGE
    assert "--rules" in capsys.readouterr().err


def test_version(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"HostGuard {__version__}"


# -- a real process ------------------------------------------------------------------------------
def _python_m(*argv, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "hostguard", *map(str, argv)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=env,
        cwd=REPO,
        timeout=60,
        check=False,
    )


def test_subprocess_evaluate_json_and_version(files):
    proc = _python_m(
        "evaluate", "--rules", files["rules"], "--participants", files["csv"], "--format", "json"
    )
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    assert [(r["id"], r["action"]) for r in rows] == [(k, v[2]) for k, v in EXPECTED.items()]
    proc = _python_m("--version")
    assert (proc.returncode, proc.stdout.strip()) == (0, f"HostGuard {__version__}")


def test_subprocess_bad_input_exits_2_without_traceback(files):
    files["rules"].write_text('version = 1\n[[rule]]\nname = "x"\naction = "block"\n', "utf-8")
    proc = _python_m("evaluate", "--rules", files["rules"], "--participants", files["csv"])
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert "Traceback" not in proc.stderr
    assert proc.stderr.startswith("hostguard: ") and "rule 'x' (#1)" in proc.stderr


@pytest.mark.parametrize("fmt", ["json", "csv", "table"])
def test_lone_surrogate_in_participants_file_is_not_an_internal_error(capsys, files, fmt):
    people = files["dir"] / "surrogate.json"
    people.write_text('[{"id": "1", "name": "x\\ud800y", "ip": "223.5.5.5"}]', "utf-8")
    code, out, err = run_cli(
        capsys, "evaluate", "--rules", files["rules"], "--participants", people, "--format", fmt
    )
    assert code in (EXIT_OK, EXIT_USAGE), err
    assert "internal error" not in err
    out.encode("utf-8")


@pytest.mark.parametrize("fmt", ["json", "table"])
def test_non_utf8_stdout_does_not_crash(files, fmt):
    """Windows gives a redirected stdout the ANSI code page (cp1252): a participant called
    陈伟 must not turn `hostguard evaluate > out.json` into an internal error."""
    files["csv"].write_text("id,name,ip\n1,陈伟,223.5.5.5\n2,Zoë,8.8.8.8\n", "utf-8")
    proc = _python_m(
        "evaluate", "--rules", files["rules"], "--participants", files["csv"], "--format", fmt,
        env={"PYTHONIOENCODING": "cp1252"},
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    if fmt == "json":
        rows = json.loads(proc.stdout)
        assert [r["id"] for r in rows] == ["1", "2"]
