"""The details pane with the engine in its own process: the window keeps rows only, so the
pane asks the engine for the selected person's entry and fills in when it comes.

Against the real simulator, the real engine process (`hostguard --engine-host`) and the real
window: on a change of selection the pane shows the new person at once (from the row) and
"Loading the evidence…", never the person before; an answer for someone no longer selected is
dropped; when the engine cannot answer, the pane says so and can ask again.
"""

from __future__ import annotations

import os
import signal
import sys

import pytest
from PySide6.QtCore import Qt

from hostguard.core.rules import parse_rules
from hostguard.engine.remote import RemoteEngine
from hostguard.ui import session as session_mod
from hostguard.ui.details import ENTRY, GONE, LOADING, UNAVAILABLE
from hostguard.ui.roster_model import COL_DECISION, COL_NAME, ID_ROLE, V_TEXTS

WAIT = 60000  # ms: a generous bound on waiting, not a timing assertion
RULES = 'version = 1\n[[rule]]\nname = "CN"\naction = "waiting_room"\ncountries = ["CN"]\n'

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="kills the engine process with SIGKILL")


def _open(qtbot, window, simulator, tmp_path, monkeypatch, seed: int):
    """A meeting of 12 on the simulator, shown in the window through its engine process."""
    return _open_on(qtbot, window, simulator(participants=12, seed=seed), tmp_path, monkeypatch)


def _open_on(qtbot, window, sim, tmp_path, monkeypatch):
    monkeypatch.setenv("HOSTGUARD_TOKEN", sim.token)
    rs, _ = parse_rules(RULES, "rules.toml")
    bridge = window.bridge
    session = session_mod.connect(
        "reference", sim.url, sim.meeting_id, bridge.on_diff, bridge.on_status, ruleset=rs,
        state_dir=str(tmp_path / "state"), poll_interval=1.0, on_event=window._engine_event_sink,
    )  # fmt: skip
    window.set_session(session)
    assert isinstance(session.engine, RemoteEngine)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.model.rowCount() >= 10, timeout=WAIT)
    return session


def _row(window, row: int) -> tuple[str, str]:
    """(participant id, the name the row shows) of the table's ``row``."""
    pid = window.proxy.index(row, 0).data(ID_ROLE)
    return pid, window.model.view(pid)[V_TEXTS][COL_NAME]


def _entry_shown(window, pid: str) -> bool:
    return window.details.state == ENTRY and window.details.participant_id == pid


def test_a_new_selection_shows_the_new_person_at_once_and_never_the_one_before(
    qtbot, window, simulator, tmp_path, monkeypatch
):
    _open(qtbot, window, simulator, tmp_path, monkeypatch, seed=31)
    pane = window.details
    first, _ = _row(window, 0)
    second, second_name = _row(window, 1)
    assert not window.model.entry_is_here(first)  # the engine process keeps the entries
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: _entry_shown(window, first), timeout=WAIT)
    first_address = pane.labels["address"].text()
    assert first_address

    # No event has run since the selection changed: the answer is not shown yet (the window
    # takes it from its event loop, even one that came back at once).
    window.table.selectRow(1)
    assert pane.state == LOADING and pane.subject_id == second and pane.participant_id is None
    assert pane.labels["name"].text() == second_name
    assert pane.notice.isVisible() and pane.notice.text() == "Loading the evidence…"
    assert not pane.labels["address"].isVisible() and pane.labels["address"].text() == ""
    assert not pane.readmit_button.isEnabled()
    # What the row says is shown as the row says it.
    view = window.model.view(second)
    assert pane.labels["decision"].text() == view[V_TEXTS][COL_DECISION]

    qtbot.waitUntil(lambda: _entry_shown(window, second), timeout=WAIT)
    assert not pane.notice.isVisible()
    entry = window.session.engine.entry(second, timeout=10)
    assert pane.labels["name"].text() == second_name
    assert pane.labels["address"].text() == (entry.geo.ip or "no address reported")


def test_an_answer_for_someone_no_longer_selected_is_dropped(qtbot, window, simulator, tmp_path, monkeypatch):
    _open(qtbot, window, simulator, tmp_path, monkeypatch, seed=32)
    pane = window.details
    ids = [_row(window, r)[0] for r in range(3)]
    seen: list[tuple[str, str | None, str | None, str]] = []

    def after_the_window(pid: str, _answer: object) -> None:
        # Connected after the window's own slot: runs once the window has handled the answer.
        seen.append((pid, pane.participant_id, pane.subject_id, pane.state))

    window.entryArrived.connect(after_the_window, Qt.ConnectionType.QueuedConnection)
    # Three selections in one turn of the event loop: three questions in flight, and only the
    # last person is wanted when the answers come.
    window.table.selectRow(0)
    window.table.selectRow(1)
    window.table.selectRow(2)
    assert pane.subject_id == ids[2] and pane.state == LOADING
    qtbot.waitUntil(lambda: {s[0] for s in seen} >= set(ids), timeout=WAIT)
    qtbot.waitUntil(lambda: _entry_shown(window, ids[2]), timeout=WAIT)
    for pid, shown, about, _state in seen:
        assert shown in (None, ids[2]), f"the answer for {pid} showed {shown}"
        assert about == ids[2], f"after the answer for {pid} the pane was about {about}"
    window.entryArrived.disconnect(after_the_window)


def test_when_the_engine_cannot_answer_the_pane_says_so_and_asks_again(
    qtbot, window, simulator, tmp_path, monkeypatch
):
    session = _open(qtbot, window, simulator, tmp_path, monkeypatch, seed=33)
    engine, pane = session.engine, window.details
    pid, name = _row(window, 0)
    # The engine process is killed, and cannot be started again for now (its command fails);
    # the window's rows stay.
    command = engine.command
    engine.command = [sys.executable, "-c", "raise SystemExit(3)"]
    with qtbot.waitSignal(window.engineEvent, timeout=WAIT, check_params_cb=lambda kind, _text: kind == "died"):
        os.kill(engine.pid, signal.SIGKILL)
    assert not engine.ready.is_set()

    window.table.selectRow(0)
    # Not left "loading" for ever: the engine's "not running" comes back at once.
    qtbot.waitUntil(lambda: pane.state == UNAVAILABLE, timeout=WAIT)
    assert pane.subject_id == pid and pane.participant_id is None
    assert pane.labels["name"].text() == name
    assert "did not answer" in pane.notice.text()
    assert pane.retry_button.isVisible() and not pane.readmit_button.isEnabled()

    # The engine comes back; "Try again" asks again, and the evidence shows.
    engine.command = command
    qtbot.waitUntil(lambda: engine.ready.is_set(), timeout=WAIT)
    pane.retry_button.click()
    qtbot.waitUntil(lambda: _entry_shown(window, pid), timeout=WAIT)
    assert not pane.retry_button.isVisible()


def test_an_engine_started_again_answers_once_it_has_listed_the_meeting_never_gone_before(
    qtbot, window, simulator, tmp_path, monkeypatch
):
    """After the engine process is started again, its roster is empty until the meeting is
    listed: the pane waits for that ("Loading"), instead of saying that the person left."""
    sim = simulator(participants=12, seed=35)
    session = _open_on(qtbot, window, sim, tmp_path, monkeypatch)
    engine, pane = session.engine, window.details
    pid, _name = _row(window, 0)
    sim.app.listing_open.clear()  # the next listing waits: the new engine's first roster
    try:
        with qtbot.waitSignal(window.engineEvent, timeout=WAIT, check_params_cb=lambda kind, _text: kind == "died"):
            os.kill(engine.pid, signal.SIGKILL)
        qtbot.waitUntil(lambda: engine.ready.is_set(), timeout=WAIT)  # started, nothing listed yet
        for row in (4, 3, 2, 1, 0):  # a host clicking through rows: five answers waiting
            window.table.selectRow(row)
        assert pane.subject_id == pid and pane.state == LOADING
        # The engine's other calls go on meanwhile (the waiting answers hold no call worker).
        assert engine.call("undo_limits", actions=["remove"], timeout=5.0) is not None
        qtbot.wait(1500)  # the answer would have come by now if the engine gave one at once
        assert pane.state == LOADING, pane.notice.text()
    finally:
        sim.app.listing_open.set()
    qtbot.waitUntil(lambda: _entry_shown(window, pid), timeout=WAIT)


def test_a_person_the_engine_no_longer_lists_is_said_to_be_gone(qtbot, window, simulator, tmp_path, monkeypatch):
    _open(qtbot, window, simulator, tmp_path, monkeypatch, seed=34)
    pane = window.details
    window._show_details("left-long-ago")  # a participant the engine does not list (None comes back)
    assert pane.state == LOADING
    qtbot.waitUntil(lambda: pane.state == GONE, timeout=WAIT)
    assert "no longer listed" in pane.notice.text() and not pane.readmit_button.isEnabled()
