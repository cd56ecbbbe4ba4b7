"""`hostguard audit export --meeting ID`: only that meeting's rows (repeatable), combined with
`--participant`, and an id without audit entries is exit 2 naming the meetings that have some.
Meeting ids are the ones `hostguard forget --meeting` takes.

Real components: `hostguard watch --apply --once` against simulators on loopback writes the
state directory, `Store` (real SQLite) adds entries where a case needs an id the simulator
cannot serve, and every command goes through the CLI entry point."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter

import pytest
import requests

from hostguard.cli import EXIT_OK, EXIT_USAGE, main
from hostguard.engine.store import Store
from tests.engine.helpers import write_rules


def run_cli(capsys, *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "internal error" not in err, err
    return code, out, err


def watch(capsys, sim, rules, *state_dir: object) -> None:
    """`hostguard watch --apply --once` on the simulator's meeting, into ``state_dir`` (none:
    the meeting's own folder under HostGuard's state folder)."""
    code, _out, err = run_cli(
        capsys, "watch", "--service", "reference", "--url", sim.url, "--meeting", sim.meeting_id,
        "--rules", rules, "--token", sim.token, "--apply", "--once", *state_dir,
    )  # fmt: skip
    assert code == EXIT_OK, err


def export(capsys, state, *argv: object, fmt: str = "json") -> tuple[int, str, str]:
    where = ("--state-dir", state) if state is not None else ()
    return run_cli(capsys, "audit", "export", "--format", fmt, *where, *argv)


def record(
    state, service: str, meeting: str, pid: str, *, name: str = "Kim", key: str = ""
) -> None:
    """One audit-only entry (a flag), as the engine records one."""
    with Store(state) as store:
        store.record(
            key or f"k-{service}-{meeting}-{pid}",
            {"actor": "t", "service": service, "meeting_id": meeting, "participant_id": pid,
             "participant_name": name, "action": "flag", "reason": "flagged"},
            "flagged",
        )  # fmt: skip


@pytest.fixture
def two_meetings(simulator, tmp_path, capsys):
    """A state directory holding two meetings, 'alpha' and 'beta', each acted on by `watch`."""
    rules = write_rules(tmp_path / "r.toml", share=1.0)
    state = tmp_path / "state"
    sims = {}
    for meeting in ("alpha", "beta"):
        sims[meeting] = simulator(meeting_id=meeting, participants=60, seed=7)
        watch(capsys, sims[meeting], rules, "--state-dir", state)
    return state, sims, rules


def test_one_meeting_of_two_in_json_and_csv(two_meetings, capsys):
    state, _sims, _rules = two_meetings
    code, out, _ = export(capsys, state)
    everyone = json.loads(out)
    per_meeting = Counter(r["meeting_id"] for r in everyone)
    assert code == EXIT_OK and per_meeting["alpha"] > 0 and per_meeting["beta"] > 0  # the control
    alpha = [r for r in everyone if r["meeting_id"] == "alpha"]

    code, out, err = export(capsys, state, "--meeting", "alpha")
    assert code == EXIT_OK and err == ""
    assert json.loads(out) == alpha

    code, out, err = export(capsys, state, "--meeting", "alpha", fmt="csv")
    assert code == EXIT_OK and err == ""
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["meeting_id"], r["participant_id"], r["action"], r["at"]) for r in rows] == [
        (r["meeting_id"], r["participant_id"], r["action"], r["at"]) for r in alpha
    ]

    # Repeated: those meetings (a meeting given twice counts once).
    code, out, _ = export(
        capsys, state, "--meeting", "beta", "--meeting", "alpha", "--meeting", "beta"
    )
    assert code == EXIT_OK and json.loads(out) == everyone


def test_csv_of_one_meeting_stays_text_in_a_spreadsheet(tmp_path, capsys):
    """The id is matched as stored, and the cells (the id's included) are guarded as ever."""
    state = tmp_path / "state"
    formula = '=HYPERLINK("http://x.example","hi")'
    meeting = "=1+1"
    record(state, "reference", meeting, "p1", name=formula)
    record(state, "reference", "other", "p2", name=formula)
    code, out, err = export(capsys, state, "--meeting", meeting, fmt="csv")
    assert code == EXIT_OK, err
    (row,) = csv.DictReader(io.StringIO(out))
    assert row["meeting_id"] == "'" + meeting and row["participant_name"] == "'" + formula
    assert row["participant_id"] == "p1"
    code, out, _ = export(capsys, state, "--meeting", meeting)
    (row,) = json.loads(out)  # JSON keeps the values as they are
    assert row["meeting_id"] == meeting and row["participant_name"] == formula


def test_meeting_with_participant_gives_that_meetings_rows_and_no_warning(two_meetings, capsys):
    state, sims, rules = two_meetings
    everyone = json.loads(export(capsys, state)[1])
    acted = [
        r
        for r in everyone
        if r["meeting_id"] == "alpha" and r["action"] in ("remove", "waiting_room", "block")
    ]
    who = acted[0]["participant_id"]
    # The same person rejoins alpha with a new id and is acted on again: still "their rows".
    r = requests.post(sims["alpha"].url + "/_sim/rejoin", json={"participant_id": who}, timeout=10)
    r.raise_for_status()
    new_id = r.json()["participant"]["id"]
    watch(capsys, sims["alpha"], rules, "--state-dir", state)
    # Participant ids are per meeting: beta has someone else with the same id.
    record(state, "reference", "beta", who, name="Someone Else")

    code, out, err = export(capsys, state, "--participant", who)
    assert code == EXIT_OK
    assert {(r["meeting_id"], r["participant_id"]) for r in json.loads(out)} == {
        ("alpha", who),
        ("alpha", new_id),
        ("beta", who),
    }
    assert "warning: rows from 2 meetings" in err and "'alpha'" in err and "'beta'" in err
    assert "choose one with --meeting" in err

    code, out, err = export(capsys, state, "--participant", who, "--meeting", "alpha")
    assert code == EXIT_OK and err == ""  # one meeting: nothing to warn about
    rows = json.loads(out)
    assert {r["participant_id"] for r in rows} == {who, new_id}
    assert {r["meeting_id"] for r in rows} == {"alpha"}
    everyone = json.loads(export(capsys, state)[1])
    assert rows == [
        r for r in everyone if r["meeting_id"] == "alpha" and r["participant_id"] in (who, new_id)
    ]

    code, out, err = export(capsys, state, "--participant", who, "--meeting", "beta", fmt="csv")
    assert code == EXIT_OK and err == ""
    assert [
        (r["meeting_id"], r["participant_id"], r["participant_name"])
        for r in csv.DictReader(io.StringIO(out))
    ] == [("beta", who, "Someone Else")]

    # A meeting that has entries, none about this participant: an empty export, not an error.
    code, out, err = export(capsys, state, "--participant", new_id, "--meeting", "beta")
    assert code == EXIT_OK and json.loads(out) == [] and err == ""


def test_an_unknown_meeting_is_exit_2_naming_the_meetings_there(two_meetings, capsys):
    state, _sims, _rules = two_meetings
    code, out, err = export(capsys, state, "--meeting", "gamma")
    assert code == EXIT_USAGE and out == ""
    assert err.startswith("hostguard: --meeting: no audit entries for meeting 'gamma' in ")
    assert str(state) in err
    assert "entries for 2 meetings: reference 'alpha', reference 'beta'" in err

    # Known and unknown together: nothing exported, the unknown ones named.
    code, out, err = export(
        capsys, state, "--meeting", "alpha", "--meeting", "gamma", "--meeting", "delta", fmt="csv"
    )
    assert code == EXIT_USAGE and out == ""
    assert "for meetings 'gamma', 'delta' in" in err

    # With --participant too: the meeting is what is unknown.
    code, out, err = export(capsys, state, "--participant", "anyone", "--meeting", "gamma")
    assert code == EXIT_USAGE and out == "" and "meeting 'gamma'" in err

    # Many meetings: how many, and a few of them.
    for i in range(6):
        record(state, "webex", f"m{i}", "p1")
    code, out, err = export(capsys, state, "--meeting", "gamma")
    assert code == EXIT_USAGE and out == ""
    assert (
        "entries for 8 meetings: reference 'alpha', reference 'beta', webex 'm0', webex 'm1', webex 'm2' and 3 more"
        in err
    )
    assert "'m3'" not in err


def test_an_unknown_meeting_in_a_state_without_audit_entries(tmp_path, capsys):
    state = tmp_path / "state"
    with Store(state) as store:
        store.bind("reference", "alpha", "http://127.0.0.1:1", "")  # kept, but nothing in the audit
    code, out, err = export(capsys, state, "--meeting", "alpha")
    assert code == EXIT_USAGE and out == ""
    assert "no audit entries for meeting 'alpha'" in err and "no audit entries there at all" in err


def test_meeting_without_state_dir_reads_the_meetings_own_folder(simulator, tmp_path, capsys):
    rules = write_rules(tmp_path / "r.toml", share=1.0)
    for meeting in ("alpha", "beta"):
        watch(capsys, simulator(meeting_id=meeting, participants=40, seed=3), rules)
    everyone = json.loads(export(capsys, None)[1])
    assert {r["meeting_id"] for r in everyone} == {"alpha", "beta"}
    code, out, err = export(capsys, None, "--meeting", "beta")
    assert code == EXIT_OK, err
    assert json.loads(out) == [r for r in everyone if r["meeting_id"] == "beta"]
    code, out, err = export(capsys, None, "--meeting", "gamma")
    assert code == EXIT_USAGE and out == ""
    assert "under HostGuard's state folder" in err and "reference 'alpha', reference 'beta'" in err


def test_audit_export_and_forget_take_the_same_meeting_ids(tmp_path, capsys):
    """A meeting is known by the id it was followed with: a Zoom meeting followed by its number
    typed with spaces is that text (its UUID or the number without spaces is another id), for
    both commands; an id kept on two services is both meetings."""
    state = tmp_path / "state"
    record(state, "zoom", "85 1234 5678", "z1")
    record(state, "zoom", "webinar:812 3456", "w1")
    record(state, "reference", "123", "r1")
    record(state, "zoom", "123", "z2")

    code, out, err = export(capsys, state, "--meeting", "85 1234 5678")
    assert code == EXIT_OK and [r["participant_id"] for r in json.loads(out)] == ["z1"]
    code, out, err = export(capsys, state, "--meeting", "webinar:812 3456")
    assert code == EXIT_OK and [r["participant_id"] for r in json.loads(out)] == ["w1"]

    # Another spelling of the number: not this meeting, for either command.
    code, out, err = export(capsys, state, "--meeting", "8512345678")
    assert code == EXIT_USAGE and out == ""
    assert "did you mean '85 1234 5678'?" in err
    code, out, _ = run_cli(capsys, "forget", "--meeting", "8512345678", "--state-dir", state)
    assert code == EXIT_OK and "nothing is kept about meeting '8512345678'" in out

    # One id on two services: both meetings' rows (forget asks which service).
    code, out, err = export(capsys, state, "--meeting", "123")
    assert code == EXIT_OK and {(r["service"], r["participant_id"]) for r in json.loads(out)} == {
        ("reference", "r1"),
        ("zoom", "z2"),
    }
    record(state, "zoom", "123", "r1", key="k-same-id")
    code, out, err = export(capsys, state, "--meeting", "123", "--participant", "r1")
    assert code == EXIT_OK and len(json.loads(out)) == 2
    assert "rows from 2 meetings (reference '123', zoom '123')" in err and "with --service" in err
    # --service picks the one on that service (and, alone, that service's meetings).
    code, out, err = export(capsys, state, "--meeting", "123", "--participant", "r1", "--service", "zoom")
    assert code == EXIT_OK and err == ""
    assert {(r["service"], r["participant_id"]) for r in json.loads(out)} == {("zoom", "r1")}
    code, out, err = export(capsys, state, "--service", "reference")
    assert code == EXIT_OK and {r["service"] for r in json.loads(out)} == {"reference"}
    code, out, err = export(capsys, state, "--meeting", "85 1234 5678", "--service", "reference")
    assert code == EXIT_USAGE and out == ""
    assert "no audit entries for meeting '85 1234 5678' on reference" in err

    # Forgotten: gone for the export too.
    code, _out, err = run_cli(capsys, "forget", "--meeting", "85 1234 5678", "--state-dir", state)
    assert code == EXIT_OK, err
    code, out, err = export(capsys, state, "--meeting", "85 1234 5678")
    assert code == EXIT_USAGE and out == ""
    assert "entries for 3 meetings: reference '123', zoom '123', zoom 'webinar:812 3456'" in err


def test_help_describes_meeting(capsys):
    with pytest.raises(SystemExit) as done:
        main(["audit", "export", "--help"])
    out = capsys.readouterr().out
    assert done.value.code == 0
    assert "[--meeting ID]" in out and "repeat for several" in out and "forget" in out
