"""The participants file for `hostguard evaluate` (CSV or JSON), its errors, and display text."""

from __future__ import annotations

import json

import pytest

from hostguard.core.participants import (
    ParticipantsError,
    load_participants,
    normalise_role,
    plain_text,
)


@pytest.fixture
def write(tmp_path):
    def _write(content: str | bytes, name: str = "people.csv"):
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, "utf-8", newline="")
        return path

    return _write


def errors_of(path) -> list[str]:
    with pytest.raises(ParticipantsError) as exc:
        load_participants(path)
    assert exc.value.errors
    return exc.value.errors


# -- CSV -------------------------------------------------------------------------------------
def test_csv_basic(write):
    path = write(
        "id,name,email,role,ip\n"
        "1,Ana,ana@example.org,host,8.8.8.8\n"
        "2,Bo,,co-host,\n"
        "3,Chen,chen@example.cn,,223.5.5.5\n"
        '4,"Doe, Jane",jane@example.com,panelist, 2001:db8::1 \n'
    )
    ps = load_participants(path)
    assert [(p.id, p.name, p.email, p.role, p.ip) for p in ps] == [
        ("1", "Ana", "ana@example.org", "host", "8.8.8.8"),
        ("2", "Bo", "", "co-host", ""),
        ("3", "Chen", "chen@example.cn", "attendee", "223.5.5.5"),
        ("4", "Doe, Jane", "jane@example.com", "panelist", "2001:db8::1"),
    ]


def test_csv_only_required_columns_and_crlf(write):
    ps = load_participants(write("id,ip\r\na,1.1.1.1\r\nb,\r\n"))
    assert [(p.id, p.ip, p.role, p.name) for p in ps] == [
        ("a", "1.1.1.1", "attendee", ""),
        ("b", "", "attendee", ""),
    ]


def test_csv_with_bom_and_odd_header_case(write):
    path = write("\ufeffID, Name ,IP,Role\nx1,Zoë,1.36.0.1,Attendee\n".encode())
    (p,) = load_participants(path)
    assert (p.id, p.name, p.ip, p.role) == ("x1", "Zoë", "1.36.0.1", "attendee")


def test_csv_with_extra_columns(write):
    ps = load_participants(write("id,ip,department,joined\n1,8.8.8.8,sales,09:00\n"))
    assert [(p.id, p.ip) for p in ps] == [("1", "8.8.8.8")]


@pytest.mark.parametrize(
    ("header", "missing"),
    [("name,ip", "id"), ("id,name", "ip"), ("name,email", "id, ip")],
)
def test_csv_missing_columns(write, header, missing):
    path = write(f"{header}\nx,y\n")
    (msg,) = errors_of(path)
    assert msg.startswith(f"{path}: line 1: missing column(s) {missing}")


def test_csv_empty_file(write):
    (msg,) = errors_of(write(""))
    assert "empty file" in msg


def test_csv_duplicate_ids_name_both_lines(write):
    path = write("id,ip\n1,8.8.8.8\n2,\n1,1.1.1.1\n")
    (msg,) = errors_of(path)
    assert msg == f"{path}: line 4: key 'id': duplicate id '1' (first at line 2)"


def test_csv_bad_role(write):
    path = write("id,ip,role\n1,8.8.8.8,moderator\n")
    (msg,) = errors_of(path)
    assert msg.startswith(f"{path}: line 2: key 'role': unknown role 'moderator'")
    assert "host, co-host, panelist, attendee" in msg


def test_csv_more_values_than_columns(write):
    path = write("id,ip\n1,8.8.8.8,extra\n")
    (msg,) = errors_of(path)
    assert "line 2" in msg and "more values than columns" in msg


def test_csv_empty_id(write):
    (msg,) = errors_of(write("id,ip\n ,8.8.8.8\n"))
    assert "line 2: key 'id'" in msg


def test_csv_all_errors_at_once(write):
    path = write(
        "id,ip,role\n1,8.8.8.8,boss\n,1.1.1.1,host\n3,,attendee\n3,,attendee\n5,1.2.3.4,x,y\n"
    )
    errs = errors_of(path)
    assert [e.split(": ")[1] for e in errs] == ["line 2", "line 3", "line 5", "line 6"]
    assert all(e.startswith(f"{path}: ") for e in errs)


def test_many_errors_are_summarised_in_the_message(write):
    path = write("id,ip,role\n" + "".join(f"{i},,boss\n" for i in range(30)))
    with pytest.raises(ParticipantsError) as exc:
        load_participants(path)
    assert len(exc.value.errors) == 30
    assert "... and 10 more" in str(exc.value)


def test_role_aliases():
    assert normalise_role("Co-Host") == "co-host"
    assert normalise_role("cohost") == "co-host"
    assert normalise_role(" PANELLIST ") == "panelist"
    assert normalise_role(None) == "attendee"
    assert normalise_role("") == "attendee"
    assert normalise_role("owner") is None
    assert normalise_role(3) is None


# -- JSON --------------------------------------------------------------------------------------
def test_json_list(write):
    data = [
        {"id": "a", "ip": "8.8.8.8", "name": "Ana", "email": "ana@example.org", "role": "host"},
        {"id": 7, "ip": None},
        {"id": "c", "ip": "", "role": None, "extra": {"nested": True}},
    ]
    ps = load_participants(write(json.dumps(data), "people.json"))
    assert [(p.id, p.ip, p.role) for p in ps] == [
        ("a", "8.8.8.8", "host"),
        ("7", "", "attendee"),
        ("c", "", "attendee"),
    ]


def test_json_detected_by_content_and_wrapped_object(write):
    path = write(json.dumps({"participants": [{"id": "1", "ip": "1.1.1.1"}]}), "export.txt")
    assert [p.id for p in load_participants(path)] == ["1"]


def test_json_with_bom(write):
    path = write(b"\xef\xbb\xbf" + json.dumps([{"id": "1", "ip": "1.1.1.1"}]).encode(), "p.json")
    assert load_participants(path)[0].ip == "1.1.1.1"


def test_json_syntax_error(write):
    path = write('[{"id": "1", "ip": "1.1.1.1"},\n {"id": 2 "ip": ""}]', "p.json")
    (msg,) = errors_of(path)
    assert msg.startswith(f"{path}: line 2, column") and "invalid JSON" in msg


def test_json_not_a_list(write):
    (msg,) = errors_of(write('{"id": "1"}', "p.json"))
    assert "expected a JSON list" in msg


@pytest.mark.parametrize(
    ("item", "needle"),
    [
        ({"ip": "1.1.1.1"}, "key 'id'"),
        ({"id": "1"}, "key 'ip': missing"),
        ({"id": "1", "ip": 16843009}, "key 'ip': expected text"),
        ({"id": "1", "ip": "", "role": "boss"}, "key 'role'"),
        ({"id": "1", "ip": "", "role": 1}, "key 'role'"),
        ({"id": "1", "ip": "", "name": ["x"]}, "'name'"),
        ({"id": True, "ip": ""}, "key 'id'"),
        ("just text", "expected an object"),
    ],
)
def test_json_item_errors(write, item, needle):
    path = write(json.dumps([{"id": "ok", "ip": ""}, item]), "p.json")
    (msg,) = errors_of(path)
    assert msg.startswith(f"{path}: item 2: ") and needle in msg


def test_json_duplicate_ids(write):
    path = write(json.dumps([{"id": "1", "ip": ""}, {"id": 1, "ip": ""}]), "p.json")
    (msg,) = errors_of(path)
    assert "item 2" in msg and "duplicate id '1'" in msg and "item 1" in msg


# -- files that cannot be read -----------------------------------------------------------------
def test_missing_file(tmp_path):
    path = tmp_path / "absent.csv"
    (msg,) = errors_of(path)
    assert msg == f"{path}: file not found"


def test_not_utf8(write):
    (msg,) = errors_of(write("id,ip,name\n1,,Zürich\n".encode("latin-1")))
    assert "not UTF-8" in msg


def test_directory(tmp_path):
    (msg,) = errors_of(tmp_path)
    assert str(tmp_path) in msg


# -- display text --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("Ana", "Ana"),
        ("evil\u202egnp.exe", "evilgnp.exe"),  # right-to-left override dropped
        ("zero\u200bwidth", "zerowidth"),
        ("two\nlines\r\tand tab", "two lines and tab"),
        ("<b>bold</b>", "<b>bold</b>"),
        ("  spaced   out  ", "spaced out"),
        (None, ""),
        ("\x1b[31mred", "[31mred"),
    ],
)
def test_plain_text(raw, shown):
    assert plain_text(raw) == shown


def test_plain_text_limit():
    assert plain_text("x" * 500, limit=10) == "x" * 9 + "…"


def test_csv_row_with_fewer_values_than_columns_is_an_error(write):
    """A short row (a damaged export) must not silently become "no address reported": an
    `unknown = true` rule would then act on the person because the file was broken. csv's
    DictReader fills missing cells with None, so the 'ip' key looks present."""
    path = write("id,name,ip\n1,Ana,8.8.8.8\n2,Bo\n")
    (msg,) = errors_of(path)
    assert msg.startswith(f"{path}: line 3: ")
    assert "'ip'" in msg or "fewer values" in msg


def test_json_lone_surrogate_in_name_is_handled(write):
    """JSON may escape a lone surrogate ("\\ud800"); Python keeps it in the str, and it then
    cannot be written as UTF-8 anywhere (stdout, CSV, SQLite). Either the loader reports it
    or it replaces it; it must never reach the rest of HostGuard as is."""
    path = write(
        '[{"id": "1", "name": "x\\ud800y", "email": "a\\udfff@example.org", "ip": ""}]', "p.json"
    )
    try:
        ps = load_participants(path)
    except ParticipantsError as exc:
        assert "item 1" in str(exc)
    else:
        ps[0].name.encode("utf-8")
        ps[0].email.encode("utf-8")


def test_plain_text_output_is_encodable():
    plain_text("x\ud800y").encode("utf-8")
