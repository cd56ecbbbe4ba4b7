"""A badly behaved reference service, served for real on 127.0.0.1: every answer a real
service (or a proxy, a portal or an attacker in between) might give becomes a clear error
within the deadline, never a crash, a hang, a memory blow-up or a leaked token."""

from __future__ import annotations

import threading
import time

import pytest

from hostguard.cli import main
from hostguard.services.base import AuthError, ServiceError, UnreachableError
from hostguard.services.reference import MAX_NAME, ReferenceAdapter
from tests.robustness import hostile_server
from tests.robustness.conftest import TOKEN
from tests.services.scripted_server import Answer, ScriptedServer

RULES = """\
version = 1
[[rule]]
name = "Flag AU"
action = "flag"
countries = ["AU"]
"""


def adapter(server, **kw) -> ReferenceAdapter:
    kw.setdefault("backoff_base", 0.01)
    kw.setdefault("backoff_cap", 0.02)
    kw.setdefault("deadline", 5.0)
    return ReferenceAdapter(server.url, TOKEN, **kw)


def roster_error(server, scenario: str, **kw) -> ServiceError:
    server.scenario = scenario
    a = adapter(server, **kw)
    try:
        with pytest.raises(ServiceError) as info:
            a.fetch_roster("demo")
    finally:
        a.close()
    assert TOKEN not in str(info.value)
    return info.value


def test_a_well_behaved_answer_works(hostile):
    server, _ = hostile
    snap = adapter(server).fetch_roster("demo")
    assert [p.id for p in snap.participants] == ["p1", "p2"]


@pytest.mark.parametrize(
    ("scenario", "words"),
    [
        ("array", "participants page should be an object, got a list"),
        ("participants-not-list", "participants page.participants should be a list"),
        ("id-object", r"participants[0].id should be text, got an object"),
        ("ip-list", "participants[0].ip_address should be text, got a list"),
        ("unknown-role", "participants[0].role is not a known role"),
    ],
)
def test_wrong_shapes_and_types_are_named(hostile, scenario, words):
    server, _ = hostile
    err = roster_error(server, scenario)
    assert words in str(err)
    assert len(server.requests) == 1  # the same answer again would not help


def test_a_numeric_id_is_text_and_a_10_mb_name_is_cut(hostile):
    server, _ = hostile
    server.scenario = "id-number"
    assert adapter(server).fetch_roster("demo").participants[0].id == "12345"
    server.scenario = "huge-name"
    (p,) = adapter(server).fetch_roster("demo").participants
    assert p.name == "A" * MAX_NAME  # shown and recorded, so bounded


@pytest.mark.parametrize("scenario", ["truncated-json", "length-mismatch"])
def test_cut_answers_are_retried_then_reported(hostile, scenario):
    server, _ = hostile
    err = roster_error(server, scenario, max_attempts=3)
    assert isinstance(err, UnreachableError)
    assert "failed 3 times" in str(err) and "truncated" in str(err)
    assert len(server.requests) == 3


def test_a_cursor_that_returns_to_itself_stops_with_a_clear_error(hostile):
    server, _ = hostile
    err = roster_error(server, "cursor-loop")
    assert "participant list does not end" in str(err)
    assert len(server.requests) == 2


def test_a_cycle_of_cursors_stops_with_a_clear_error(hostile):
    server, _ = hostile
    err = roster_error(server, "cursor-cycle")
    assert "participant list does not end" in str(err)
    assert len(server.requests) == 3  # None -> a -> b -> a again: stop


def test_an_html_page_is_named_at_once_not_retried(hostile):
    server, _ = hostile
    err = roster_error(server, "html")
    assert "web page (HTML), not JSON" in str(err) and "API root" in str(err)
    assert len(server.requests) == 1


def test_an_endless_body_is_cut_at_the_cap(hostile):
    server, _ = hostile
    err = roster_error(server, "huge-body", max_body=1 << 20)
    assert "too large" in str(err)
    assert len(server.requests) == 1


def test_a_gzip_bomb_is_not_decompressed_past_the_cap(hostile):
    hostile_server.bomb()  # built before the clock starts
    server, _ = hostile
    err = roster_error(server, "gzip-bomb", max_body=1 << 20)
    assert "too large (over 1048576 bytes)" in str(err)


def test_a_server_trickling_bytes_cannot_hold_a_request_past_its_deadline(hostile):
    server, _ = hostile
    started = time.monotonic()
    err = roster_error(server, "trickle", deadline=1.0, read_timeout=0.5)
    assert isinstance(err, UnreachableError)
    assert "still arriving at the deadline" in str(err)
    assert time.monotonic() - started < 30  # not a hang (the trickle never ends by itself)


def test_a_redirect_is_not_followed_and_the_token_goes_nowhere_else(hostile):
    server, other = hostile
    err = roster_error(server, "redirect")
    assert err.status == 301
    assert f"redirects to {other.url}" in str(err)
    assert "leak" not in str(err)  # the Location's path and query are not repeated
    assert other.requests == []  # the other host never saw a request, let alone the token


def test_a_401_echoing_the_token_does_not_repeat_it(hostile):
    server, _ = hostile
    err = roster_error(server, "401-echo")
    assert isinstance(err, AuthError) and "HTTP 401" in str(err)
    assert "***" in str(err)


def test_deeply_nested_json_from_the_service_is_an_error_not_a_crash():
    s = ScriptedServer()
    try:
        deep = b"[" * 100_000 + b"]" * 100_000
        s.add(Answer(200, deep), Answer(401, deep))
        a = ReferenceAdapter(s.url, TOKEN)
        with pytest.raises(ServiceError, match="nested too deeply"):
            a.fetch_roster("demo")
        with pytest.raises(AuthError, match="HTTP 401"):  # an error body too deep to read
            a.fetch_roster("demo")
    finally:
        s.stop()


def test_a_problem_title_cannot_send_terminal_escapes():
    s = ScriptedServer()
    try:
        s.add(Answer(400, {"title": "Bad \x1b[2J\x1b[31mrequest\u202e", "detail": "x\ny"}))
        with pytest.raises(ServiceError) as info:
            ReferenceAdapter(s.url, TOKEN).fetch_roster("demo")
        assert "\x1b" not in str(info.value) and "\u202e" not in str(info.value)
        assert "\n" not in str(info.value)
        assert "Bad [2J[31mrequest: x y" in str(info.value)
    finally:
        s.stop()


# -- `hostguard watch` against it, as a user runs it ------------------------------------------
@pytest.mark.parametrize(
    ("scenario", "code", "words"),
    [
        ("array", 3, "should be an object"),
        ("id-object", 3, "id should be text"),
        ("ip-list", 3, "ip_address should be text"),
        ("unknown-role", 3, "not a known role"),
        ("html", 3, "web page (HTML)"),
        ("cursor-loop", 3, "does not end"),
        ("redirect", 3, "does not follow redirects"),
        ("401-echo", 3, "refused the credentials"),
        ("huge-body", 3, "too large"),
        ("huge-name", 0, "dry run: 1 participants"),
    ],
)
def test_watch_gives_a_clear_message_never_a_traceback_or_the_token(
    hostile, tmp_path, capsys, monkeypatch, scenario, code, words
):
    server, other = hostile
    server.scenario = scenario
    rules = tmp_path / "r.toml"
    rules.write_text(RULES, encoding="utf-8")
    state = tmp_path / "state"
    monkeypatch.setenv("HOSTGUARD_TOKEN", TOKEN)
    rc = main(
        ["-v", "-v", "watch", "--service", "reference", "--url", server.url, "--meeting", "demo",
         "--rules", str(rules), "--once", "--state-dir", str(state)]
    )  # fmt: skip
    out, err = capsys.readouterr()
    assert rc == code, err
    assert words in out + err
    assert "Traceback" not in err and "internal error" not in err
    assert TOKEN not in out + err
    for f in (p for p in tmp_path.rglob("*") if p.is_file()):
        assert TOKEN.encode() not in f.read_bytes(), f
    assert other.requests == []


# -- tokens that cannot be sent -----------------------------------------------------------------
BAD_TOKENS = ["tök€n-SECRET", "tok-SECRET\r\nX-Evil: 1", "tok SECRET", "tok\x00SECRET"]


@pytest.mark.parametrize("bad", BAD_TOKENS)
def test_a_token_that_cannot_be_sent_is_a_usage_error_naming_no_secret(bad):
    from hostguard.services.base import ConfigurationError

    with pytest.raises(ConfigurationError) as info:
        ReferenceAdapter("http://127.0.0.1:9", bad)
    assert "SECRET" not in str(info.value) and "check the token" in str(info.value)


@pytest.mark.parametrize("bad", BAD_TOKENS[:2])
def test_the_http_layer_refuses_unsendable_credentials_without_retrying(hostile, bad):
    from hostguard.services.http import ServiceHTTP

    server, _ = hostile
    http = ServiceHTTP(server.url, service="Webex", auth=lambda: {"Authorization": f"Bearer {bad}"})
    started = time.monotonic()
    with pytest.raises(AuthError) as info:
        http.request("GET", "/meetings/demo")
    assert "cannot be sent in an HTTP header" in str(info.value)
    assert "SECRET" not in str(info.value)
    assert server.requests == []  # nothing went out, and nothing was retried
    assert time.monotonic() - started < 5


@pytest.mark.parametrize("bad", BAD_TOKENS[:2])
def test_watch_with_an_unsendable_token_exits_2(hostile, tmp_path, capsys, bad):
    server, _ = hostile
    rules = tmp_path / "r.toml"
    rules.write_text(RULES, encoding="utf-8")
    rc = main(
        ["watch", "--service", "reference", "--url", server.url, "--meeting", "demo",
         "--rules", str(rules), "--once", "--state-dir", str(tmp_path / "s"), "--token", bad]
    )  # fmt: skip
    out, err = capsys.readouterr()
    assert rc == 2 and "check the token" in err
    assert "SECRET" not in out + err and "internal error" not in err
    assert server.requests == []


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("http://127.0.0.1:99999", "port must be a number"),
        ("http://exa mple.com", "host name is empty or contains spaces"),
        ("http://127.0.0.1:8080/api?token=SECRET", "must not contain a query"),
        ("http://127.0.0.1:8080/api#SECRET", "must not contain a query (?...) or fragment"),
        ("ftp://127.0.0.1/SECRET", "not an http(s) URL (scheme 'ftp', host '127.0.0.1')"),
        ("http://me:SECRET@127.0.0.1", "must not contain a user name or password"),
    ],
)
def test_a_url_that_cannot_work_is_refused_at_once_without_repeating_it(url, words):
    from hostguard.services.base import ConfigurationError

    with pytest.raises(ConfigurationError) as info:
        ReferenceAdapter(url, TOKEN)
    assert words in str(info.value) and "SECRET" not in str(info.value)


def test_an_international_host_name_is_still_a_url():
    assert ReferenceAdapter("https://bücher.example/api", TOKEN).http.host == "bücher.example"


@pytest.mark.parametrize("meeting", [".", "..", "a/b", "x?y#z"])
def test_a_meeting_id_stays_one_path_segment(hostile, meeting):
    server, _ = hostile
    with pytest.raises(ServiceError):
        adapter(server).fetch_roster(meeting)
    (req,) = server.requests
    path = str(req["path"])
    assert path.startswith("/meetings/") and path.split("?")[0].endswith("/participants")
    assert path.split("?")[0].count("/") == 3  # /meetings/<one segment>/participants


# -- a server that trickles its headers: the deadline covers the whole answer --------------------
def _in_thread(fn) -> tuple[threading.Thread, dict[str, BaseException]]:
    outcome: dict[str, BaseException] = {}

    def run() -> None:
        try:
            fn()
        except BaseException as exc:  # reported to the test
            outcome["error"] = exc

    t = threading.Thread(target=run, daemon=True)
    t.start()
    return t, outcome


def test_a_server_trickling_its_headers_cannot_hold_a_request_past_its_deadline(hostile):
    server, _ = hostile
    server.scenario = "slow-headers"
    server.trickle_interval = 0.3  # each byte well inside the 5 s read timeout
    a = adapter(server, deadline=1.5, max_attempts=3)
    t, outcome = _in_thread(lambda: a.fetch_roster("demo"))
    t.join(60)  # the headers never end by themselves: only a total deadline ends this
    assert not t.is_alive(), "still waiting for the headers long after the deadline"
    err = outcome["error"]
    assert isinstance(err, UnreachableError), repr(err)
    assert "did not answer in time" in str(err)
    assert "still arriving at the deadline" in str(err)
    assert TOKEN not in str(err)
    assert len(server.requests) == 1  # no time was left for another attempt


@pytest.mark.slow
def test_watch_against_a_server_trickling_its_headers_ends_with_exit_3(
    hostile, tmp_path, _isolated_home
):
    """The issue's run: the status line, then one header byte every 2 s, for ever."""
    from tests.robustness.test_display_and_secrets import _env, _run

    server, _ = hostile
    server.scenario = "slow-headers"
    rules = tmp_path / "r.toml"
    rules.write_text(RULES, encoding="utf-8")
    # _run's own time limit (120 s) fails the test if the command is still waiting then.
    r = _run(
        ["watch", "--service", "reference", "--url", server.url, "--meeting", "demo",
         "--rules", str(rules), "--once", "--state-dir", str(tmp_path / "state")],
        _env(_isolated_home, TOKEN),
    )  # fmt: skip
    assert r.returncode == 3, r.stderr
    assert "did not answer in time" in r.stderr and "still arriving at the deadline" in r.stderr
    assert "Traceback" not in r.stderr and TOKEN not in r.stdout + r.stderr


# -- plain http to another computer: refused unless asked for ------------------------------------
def test_watch_refuses_plain_http_to_another_computer(tmp_path, capsys, monkeypatch):
    rules = tmp_path / "r.toml"
    rules.write_text(RULES, encoding="utf-8")
    monkeypatch.setenv("HOSTGUARD_TOKEN", TOKEN)
    rc = main(
        ["watch", "--service", "reference", "--url", "http://192.0.2.7:8080", "--meeting", "demo",
         "--rules", str(rules), "--once", "--state-dir", str(tmp_path / "state")]
    )  # fmt: skip
    out, err = capsys.readouterr()
    assert rc == 2, err
    assert "not encrypted" in err and "--allow-insecure-http" in err
    assert TOKEN not in out + err
    assert not (tmp_path / "state").exists()


def test_watch_with_allow_insecure_http_sends_and_says_so(
    hostile, tmp_path, capsys, monkeypatch, caplog
):
    """Through an http proxy (the only way a test reaches "another computer"): the flag lets
    the request go, with a warning that the credentials travel in clear text."""
    proxy, _ = hostile  # answers any path; here it plays the proxy
    for var in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(var, raising=False)
        monkeypatch.delenv(var.upper(), raising=False)
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.setenv("HOSTGUARD_TOKEN", TOKEN)
    rules = tmp_path / "r.toml"
    rules.write_text(RULES, encoding="utf-8")
    rc = main(
        ["watch", "--service", "reference", "--url", "http://meetings.hostguard-test.invalid",
         "--allow-insecure-http", "--meeting", "demo", "--rules", str(rules), "--once",
         "--state-dir", str(tmp_path / "state")]
    )  # fmt: skip
    out, err = capsys.readouterr()
    assert proxy.requests, err
    assert str(proxy.requests[0]["path"]).startswith("http://meetings.hostguard-test.invalid/")
    assert rc == 0, err  # the proxy serves the reference API: a dry run completes
    assert "without encryption" in caplog.text + err
    assert TOKEN not in out + err + caplog.text
