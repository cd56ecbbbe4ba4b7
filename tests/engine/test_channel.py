"""The window <-> engine process channel: frames are data, versions must match, and the
window's GUI-thread calls never wait for an engine process that is not running."""

from __future__ import annotations

import io
import os
import pickle
import subprocess
import sys

import pytest

from hostguard import __version__
from hostguard.core.rules import parse_rules
from hostguard.engine.channel import (
    PROTOCOL,
    Channel,
    ChannelClosed,
    EngineProcessError,
    OpenRequest,
    ProtocolError,
    decode_entry,
    dumps,
    encode_entry,
    loads,
)
from hostguard.engine.remote import RemoteEngine, child_environment, engine_command


def test_a_frame_never_builds_a_function_or_a_foreign_class():
    evil = pickle.dumps((os.system, "true"))
    with pytest.raises(ProtocolError, match=r"(posix|nt|os)\.system"):
        loads(evil)
    with pytest.raises(ProtocolError, match=r"subprocess\.Popen"):
        loads(pickle.dumps(("x", subprocess.Popen)))
    with pytest.raises(ProtocolError, match="a message may not carry"):
        loads(pickle.dumps(parse_rules))  # a HostGuard function is refused too


def test_rules_and_entries_cross_the_channel_intact():
    from tests.ui.factories import entry

    rs, _ = parse_rules('version = 1\n[exempt]\nemails = ["*@example.org"]\n[[rule]]\nname = "CN"\n'
                        'action = "waiting_room"\ncountries = ["CN"]\n', "r.toml")  # fmt: skip
    again = loads(dumps(rs))
    assert again == rs and again.rules[0].name == "CN"
    e = entry("p1", ip="1.0.1.1")
    assert decode_entry(encode_entry(e)) == e


def test_frames_round_trip_and_a_closed_end_is_said():
    buf = io.BytesIO()
    Channel(io.BytesIO(), buf).send("hello", PROTOCOL, __version__)
    reader = Channel(io.BytesIO(buf.getvalue()), io.BytesIO())
    assert reader.recv() == ("hello", PROTOCOL, __version__)
    with pytest.raises(ChannelClosed):
        reader.recv()


def test_an_engine_of_another_version_refuses_and_exits():
    proc = subprocess.Popen(engine_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            env=child_environment())  # fmt: skip
    chan = Channel(proc.stdout, proc.stdin)
    try:
        chan.send("hello", PROTOCOL, "0.0.0-other")
        kind, why = chan.recv()
        assert kind == "refused" and "restart HostGuard" in why
        assert proc.wait(30) == 2
    finally:
        chan.close()
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_the_child_environment_holds_no_secret(monkeypatch):
    for name in ("HOSTGUARD_TOKEN", "ZOOM_CLIENT_SECRET", "WEBEX_ACCESS_TOKEN", "WEBEX_ADMIN_TOKEN"):
        monkeypatch.setenv(name, "s3cret")
    monkeypatch.setenv("HOSTGUARD_HARMLESS", "kept")
    env = child_environment()
    assert "s3cret" not in env.values() and env["HOSTGUARD_HARMLESS"] == "kept"
    assert engine_command()[-1] == "--engine-host" and sys.executable in engine_command()


def test_a_call_without_a_running_engine_fails_at_once():
    engine = RemoteEngine(OpenRequest(service="reference", meeting_id="m"))
    with pytest.raises(EngineProcessError, match="not running"):
        engine.undo_limits(actions=["remove"])  # a GUI-thread call: bounded, never the start timeout


def test_the_ids_the_window_was_told_of_stay_out_of_the_garbage_collectors_passes():
    """50,000 ids in a set cost each full collection of the window's process 3.5 ms; in a
    dict of text and None, the collector leaves them alone."""
    import gc

    from hostguard.engine.remote import RenderedDiff
    from hostguard.engine.roster import RosterDiff

    engine = RemoteEngine(OpenRequest(service="reference", meeting_id="m"))
    told: list[object] = []
    engine.on_diff = told.append
    engine._deliver(RenderedDiff([f"p{i}" for i in range(1000)], dumps([None] * 1000), []))
    engine._deliver(RenderedDiff(["p1000"], dumps([None]), ["p3", "p4"]))
    gc.collect()
    assert not gc.is_tracked(engine._known)
    assert len(engine._known) == 999 and "p3" not in engine._known and "p1000" in engine._known
    engine._deliver(RosterDiff(removed_ids=["p5"]))
    assert "p5" not in engine._known and len(told) == 3


def test_the_first_roster_goes_out_without_pauses_and_later_changes_are_paced():
    """`_Updates.first_roster` tells the writer to send frame after frame (no 20 ms pause)
    while the first roster is going out, and only then: a backlog after it (an apply changing
    thousands of rows) is paced, so that the window gets its changes in bursts."""
    from hostguard.engine.engine import RosterDiff
    from hostguard.engine.host import ROWS_BATCH, _Updates
    from tests.ui.factories import crowd, with_sync

    updates = _Updates()
    updates.render = lambda e: (e.participant.id,)
    people = crowd(3 * ROWS_BATCH, seed=4)
    updates.diff(RosterDiff(upserted=people, removed_ids=[]))
    seen = []
    while updates.ready.is_set():
        seen.append(updates.first_roster())
        updates.take()
    assert seen == [True, True, False]  # the last frame's worth leaves nothing to hurry
    assert not updates.first and not updates.first_roster()
    updates.diff(RosterDiff(upserted=[with_sync(e, "pending") for e in people], removed_ids=[]))
    assert not updates.first_roster()  # as many rows again: paced now
