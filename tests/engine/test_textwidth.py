"""Display width for tables: wide (CJK) characters take two columns, combining marks none;
`hostguard watch`'s dry-run table stays aligned with the simulator's CJK names."""

from __future__ import annotations

from hostguard.cli import main
from hostguard.cli.textwidth import display_width, format_table, pad, truncate
from tests.engine.helpers import write_rules


def at_column(line: str, col: int) -> str:
    """The rest of ``line`` from display column ``col`` ("" when a wide character straddles it)."""
    used = 0
    for i, ch in enumerate(line):
        if used == col:
            return line[i:]
        if used > col:
            return ""
        used += display_width(ch)
    return ""


def test_display_width():
    assert display_width("abc") == 3
    assert display_width("朱艳") == 4  # CJK ideographs: wide
    assert display_width("ＡＢ") == 4  # fullwidth forms
    assert display_width("ｶﾀ") == 2  # halfwidth katakana: narrow
    assert display_width("e\u0301") == 1  # a combining accent takes no column
    assert display_width("김민준") == 6
    assert pad("朱艳", 6) == "朱艳  " and display_width(pad("朱艳", 6)) == 6
    assert truncate("朱艳朱艳朱艳", 7) == "朱艳朱…" and display_width(truncate("朱艳朱艳朱艳", 7)) <= 7
    assert truncate("short", 10) == "short"


def test_table_columns_line_up_by_display_width():
    rows = [{"id": "p1", "name": "朱艳", "country": "CN"}, {"id": "p2", "name": "Ann Lee", "country": "US"},
            {"id": "p3", "name": "Zoë\u0301", "country": "FR"}]  # fmt: skip
    lines = format_table(rows, ("id", "name", "country")).splitlines()
    col = display_width(lines[0][: lines[0].index("COUNTRY")])
    assert [at_column(line, col)[:2] for line in lines[1:]] == ["CN", "US", "FR"]


def test_watch_dry_run_table_is_aligned_with_cjk_names(simulator, tmp_path, capsys):
    sim = simulator(participants=200, seed=1)
    rules = write_rules(tmp_path / "r.toml")
    code = main([
        "watch", "--service", "reference", "--url", sim.url, "--meeting", sim.meeting_id, "--rules", str(rules),
        "--once", "--state-dir", str(tmp_path / "s"), "--token", sim.token,
    ])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0
    lines = out.split("\n\n")[0].splitlines()
    header, rows = lines[0], lines[1:]
    assert any(display_width(r) != len(r) for r in rows)  # some names are wide (CJK)
    country = {p["id"]: p for p in sim.state()["participants"]}
    for name in ("COUNTRY", "STATUS", "ACTION"):
        col = display_width(header[: header.index(name)])
        for r in rows:
            cell = at_column(r, col)
            assert cell and at_column(r, col - 2).startswith("  "), (name, r)
            if name == "STATUS":
                assert cell.startswith(country[r.split()[0]]["status"]), r
