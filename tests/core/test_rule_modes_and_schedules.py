"""Report-only rules (mode = "report") and rule schedules (active_from / active_until /
until = "meeting_end"): validation naming the rule and key, evaluation at an injected time,
report-only matches carried apart, the editor's schedule text, and writing the file back."""

from __future__ import annotations

import datetime as dt

import pytest

from hostguard.core.rules import RulesError, parse_rules, rule_schedule_state
from tests.core.support import person, rule, rules
from tests.mmdb_factory import ADDR

UTC = dt.UTC
T0 = dt.datetime(2026, 6, 4, 4, 0, tzinfo=UTC)  # 12:00 at +08:00


def errors_of(body: str) -> list[str]:
    with pytest.raises(RulesError) as info:
        rules(body)
    return info.value.errors


# -- report-only -------------------------------------------------------------------------------
def test_a_report_rule_never_decides_and_the_enforce_rule_below_it_does(layered):
    rs = rules(
        rule("remove", name="watch CN", countries=["CN"], mode="report")
        + rule("waiting_room", name="WR CN", countries=["CN"])
    )
    cn = person(ADDR["CN"])
    d = rs.evaluate(cn, layered.lookup(cn.ip))
    assert (d.action, d.rule, d.reported) == ("waiting_room", "WR CN", ("watch CN",))
    # With no enforce rule below, the default decides, and the report match is still carried.
    only = rules(rule("block", name="watch CN", countries=["CN"], mode="report"))
    d = only.evaluate(cn, layered.lookup(cn.ip))
    assert (d.action, d.rule, d.reported) == ("allow", None, ("watch CN",))
    us = person(ADDR["US"])
    assert only.evaluate(us, layered.lookup(us.ip)).reported == ()


def test_report_matches_are_not_shared_between_places_by_the_decision_cache(layered):
    # The same default decision, reached with and without a report match, must not be mixed.
    rs = rules(rule("remove", name="watch CN", countries=["CN"], mode="report"))
    cn, jp = person(ADDR["CN"], pid="a"), person(ADDR["JP"], pid="b")
    for _ in range(2):
        assert rs.evaluate(cn, layered.lookup(cn.ip)).reported == ("watch CN",)
        assert rs.evaluate(jp, layered.lookup(jp.ip)).reported == ()


def test_exempt_participants_have_no_report_matches(layered):
    rs = rules(rule("remove", name="watch CN", countries=["CN"], mode="report"))
    host = person(ADDR["CN"], role="host")
    d = rs.evaluate(host, layered.lookup(host.ip))
    assert d.exempt and d.reported == ()


def test_an_unknown_mode_is_an_error_naming_the_rule_and_key():
    (msg,) = errors_of(rule("flag", name="r1", unknown=True, mode="log"))
    assert "rule 'r1'" in msg and "key 'mode'" in msg and "'log'" in msg
    (msg,) = errors_of(rule("flag", name="r1", unknown=True, mode=True))
    assert "key 'mode'" in msg


def test_files_without_mode_mean_what_they_meant(layered):
    rs = rules(rule("flag", name="r", countries=["CN"]))
    assert rs.rules[0].mode == "enforce" and not rs.has_report_rules
    cn = person(ADDR["CN"])
    assert rs.evaluate(cn, layered.lookup(cn.ip)).rule == "r"


# -- schedules ---------------------------------------------------------------------------------
def test_a_rule_outside_its_window_is_skipped_like_a_disabled_one(layered):
    rs = rules(
        "[[rule]]\nname = \"commemoration\"\naction = \"block\"\ncountries = [\"CN\"]\n"
        "active_from = 2026-06-04T12:00:00+08:00\nactive_until = 2026-06-04T20:00:00+08:00\n"
        + rule("flag", name="later", countries=["CN"])
    )
    cn = person(ADDR["CN"])
    geo = layered.lookup(cn.ip)
    before = T0 - dt.timedelta(seconds=1)
    assert rs.evaluate(cn, geo, before).rule == "later"
    assert rs.evaluate(cn, geo, T0).rule == "commemoration"  # from is inclusive
    end = dt.datetime(2026, 6, 4, 12, 0, tzinfo=UTC)
    assert rs.evaluate(cn, geo, end - dt.timedelta(seconds=1)).rule == "commemoration"
    assert rs.evaluate(cn, geo, end).rule == "later"  # until is exclusive
    assert rs.boundaries() == [T0, end]


def test_rfc3339_strings_with_offset_are_read_too(layered):
    rs = rules(rule("block", name="r", countries=["CN"], active_from="2026-06-04T04:00:00Z"))
    assert rs.rules[0].active_from == T0


@pytest.mark.parametrize(
    ("line", "key", "words"),
    [
        ("active_from = 2026-06-04T12:00:00", "active_from", "no offset"),
        ('active_from = "2026-06-04 12:00"', "active_from", "no offset"),
        ('active_until = "14:00"', "active_until", "not an RFC 3339 time"),
        ("active_from = 2026-06-04", "active_from", "with an offset"),
        ("active_from = 12", "active_from", "with an offset"),
        ('until = "end"', "until", "meeting_end"),
        ('until = "meeting_end"\nactive_until = 2026-06-04T12:00:00Z', "until", "not both"),
        ("active_from = 2026-06-04T12:00:00Z\nactive_until = 2026-06-04T11:00:00Z", "active_until", "not after"),
    ],
)
def test_bad_schedules_are_errors_naming_the_rule_and_key(line, key, words):
    (msg,) = errors_of('[[rule]]\nname = "timed"\naction = "flag"\nunknown = true\n' + line + "\n")
    assert "rule 'timed'" in msg and f"key '{key}'" in msg and words in msg


def test_until_meeting_end_is_never_skipped_for_time_while_the_meeting_runs(layered):
    rs = rules(rule("block", name="r", countries=["CN"], active_from="2026-06-04T04:00:00Z", until="meeting_end"))
    r = rs.rules[0]
    assert r.until_meeting_end and r.active_until is None
    cn = person(ADDR["CN"])
    geo = layered.lookup(cn.ip)
    assert rs.evaluate(cn, geo, T0 - dt.timedelta(minutes=1)).rule is None
    assert rs.evaluate(cn, geo, T0 + dt.timedelta(days=400)).rule == "r"


def test_schedule_state_texts_for_the_editor():
    rs = rules(
        rule("block", name="a", countries=["CN"], active_from="2026-06-04T14:00:00+02:00",
             active_until="2026-06-04T18:00:00+02:00")
        + rule("block", name="b", countries=["CN"], until="meeting_end")
        + rule("block", name="c", countries=["CN"], enabled=False)
        + rule("block", name="d", countries=["CN"])
    )  # fmt: skip
    a, b, c, d = rs.rules
    local = dt.timezone(dt.timedelta(hours=2))
    morning = dt.datetime(2026, 6, 4, 9, 30, tzinfo=local)
    assert rule_schedule_state(a, morning) == (False, "inactive until 14:00")
    assert rule_schedule_state(a, morning - dt.timedelta(days=1)) == (False, "inactive until 2026-06-04 14:00")
    assert rule_schedule_state(a, morning.replace(hour=15)) == (True, "active until 18:00")
    assert rule_schedule_state(a, morning.replace(hour=19)) == (False, "ended at 18:00")
    assert rule_schedule_state(b, morning) == (True, "active until the meeting ends")
    assert rule_schedule_state(c, morning) == (False, "disabled")
    assert rule_schedule_state(d, morning) == (True, "")


def test_mode_and_schedules_are_written_back_unchanged():
    text = (
        "version = 1\n"
        + rule("remove", name="watch", countries=["CN"], mode="report", until="meeting_end",
               active_from="2026-06-04T12:00:00+08:00")
        + rule("block", name="window", countries=["RU"], active_from="2026-06-04T12:00:00+08:00",
               active_until="2026-06-04T20:00:00+08:00")
    )  # fmt: skip
    rs, _ = parse_rules(text)
    again, _ = parse_rules(rs.to_toml())
    assert again == rs
    assert 'mode = "report"' in rs.to_toml() and 'until = "meeting_end"' in rs.to_toml()


def test_a_rule_as_a_dict_keeps_its_mode_and_window():
    """What the rules editor's drafts are built from: a report-only rule must not come back
    as an enforcing one, nor a timed rule as an always-on one."""
    from hostguard.core.rules import ruleset_from_dict

    rs = rules(
        rule("remove", name="watch", countries=["CN"], mode="report", until="meeting_end")
        + rule("block", name="window", networks=["203.0.113.0/24"], roles=["attendee"],
               active_from="2026-06-04T12:00:00+08:00", active_until="2026-06-04T20:00:00+08:00",
               enabled=False)
    )  # fmt: skip
    again = ruleset_from_dict({"version": 1, "rule": [r.to_dict() for r in rs.rules]}, "test.toml")
    assert again.rules == rs.rules
    assert rs.rules[0].to_dict()["mode"] == "report" and rs.rules[0].to_dict()["until"] == "meeting_end"
