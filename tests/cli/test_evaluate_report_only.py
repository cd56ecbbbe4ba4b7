"""`hostguard evaluate` shows report-only matches apart (json: a "reported" list; csv: a last
"reported" column; table: a column and a count line) and reads rule windows at the clock."""

from __future__ import annotations

import csv
import io
import json

from hostguard.cli import EXIT_OK, main

RULES = """
version = 1
[[rule]]
name = "Watch CN"
action = "remove"
countries = ["CN"]
mode = "report"

[[rule]]
name = "WR CN"
action = "waiting_room"
countries = ["CN"]

[[rule]]
name = "Ended"
action = "block"
countries = ["US"]
active_until = 2001-01-01T00:00:00Z
"""

PEOPLE = "id,name,ip\n1,Chen,223.5.5.5\n2,Googler,8.8.8.8\n3,Nobody,\n"


def run(capsys, tmp_path, fmt):
    (tmp_path / "r.toml").write_text(RULES, encoding="utf-8")
    (tmp_path / "p.csv").write_text(PEOPLE, encoding="utf-8")
    rc = main(["evaluate", "--rules", str(tmp_path / "r.toml"), "--participants", str(tmp_path / "p.csv"), "--format", fmt])
    out, err = capsys.readouterr()
    assert rc == EXIT_OK, err
    return out


def test_json_has_the_report_only_matches_apart(capsys, tmp_path):
    rows = {r["id"]: r for r in json.loads(run(capsys, tmp_path, "json"))}
    assert (rows["1"]["action"], rows["1"]["rule"], rows["1"]["reported"]) == ("waiting_room", "WR CN", ["Watch CN"])
    assert rows["2"]["reported"] == [] and rows["3"]["reported"] == []
    # The rule whose window ended long ago is skipped like a disabled one.
    assert (rows["2"]["action"], rows["2"]["rule"]) == ("allow", None)


def test_csv_has_a_last_reported_column(capsys, tmp_path):
    table = list(csv.reader(io.StringIO(run(capsys, tmp_path, "csv"))))
    header = table[0]
    assert header[-1] == "reported" and header[:-1][-3:] == ["email", "role", "exempt"]
    by_id = {row[0]: row for row in table[1:]}
    assert by_id["1"][-1] == "Watch CN" and by_id["2"][-1] == ""


def test_table_counts_report_only_matches_and_names_skipped_rules(capsys, tmp_path):
    out = run(capsys, tmp_path, "table")
    assert "REPORTED" in out.splitlines()[0]
    assert "report-only (nobody acted on): 'Watch CN': 1" in out
    assert "rule 'Ended': skipped now (ended at" in out
