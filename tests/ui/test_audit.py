"""The audit view over a real state database (the engine's Store and AuditLog): model checks,
filters, export in the engine's formats, and readmit through an injected callable."""

from __future__ import annotations

import csv
import io
import json
import threading

import pytest

from hostguard.engine import AuditLog, Store
from hostguard.engine.store import AUDIT_COLUMNS
from hostguard.ui.audit_view import (
    COL,
    OBJECT_ROLE,
    SORT_ROLE,
    AuditTableModel,
    AuditView,
    parse_time,
)

PEOPLE = [
    # (participant, name, action, rule, outcome, country)
    ("p1", "Chen", "waiting_room", "Waiting room for CN", "applied", "CN"),
    ("p2", "=HYPERLINK(\"x\")", "waiting_room", "Waiting room for CN", "failed", "CN"),
    ("p3", "Ana", "flag", "Flag unknown", "applied", None),
    ("p4", "Bob\u202eevil", "remove", "Remove RU", "unsupported", "RU"),
    ("p5", "Dee", "remove", "Remove RU", "applied", "RU"),
]


def evidence(pid, name, action, rule, country):
    return {
        "actor": "tester", "service": "reference", "meeting_id": "demo", "participant_id": pid,
        "participant_name": name, "role": "attendee", "action": action, "rule": rule,
        "reason": f"in {country}; rule '{rule}'" if country else "country unknown (private network address)",
        "country": country, "continent": "AS" if country == "CN" else ("EU" if country else None),
        "geo_status": "resolved" if country else "private", "database": "DB-IP", "database_date": "2026-11-01",
        "network": "1.0.1.0/24" if country else None,
    }


@pytest.fixture
def log(tmp_path):
    store = Store(tmp_path / "state")
    for pid, name, action, rule, outcome, country in PEOPLE:
        store.record(f"k-{pid}", evidence(pid, name, action, rule, country), outcome,
                     "service said no" if outcome == "failed" else "")
    yield AuditLog(store, "reference", "demo")
    store.close()


def test_model_passes_qtmodeltester(qtmodeltester, log):
    model = AuditTableModel(log.query())
    assert model.rowCount() == len(PEOPLE)
    qtmodeltester.check(model, force_py=True)


def test_model_shows_plain_text_and_sorts_by_time(log):
    model = AuditTableModel(log.query())
    names = [model.index(r, COL["participant_name"]).data() for r in range(model.rowCount())]
    assert "Bobevil" in names  # the right-to-left override is dropped
    assert model.index(0, COL["action"]).data() == "Waiting room"
    assert isinstance(model.index(0, COL["at"]).data(SORT_ROLE), float)


def make_view(qtbot, log, **kw) -> AuditView:
    view = AuditView(source=log.query, exporter=log.export, **kw)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.rowsLoaded, timeout=5000) as loaded:
        view.refresh()
    assert loaded.args == [len(PEOPLE)]
    return view


def shown_ids(view) -> list[str]:
    return sorted(r["participant_id"] for r in view.proxy.shown_rows())


def test_filters(qtbot, log):
    view = make_view(qtbot, log)
    assert shown_ids(view) == ["p1", "p2", "p3", "p4", "p5"]
    view.action_filter.setCurrentIndex(view.action_filter.findData("remove"))
    assert shown_ids(view) == ["p4", "p5"]
    view.outcome_filter.setCurrentIndex(view.outcome_filter.findData("applied"))
    assert shown_ids(view) == ["p5"]
    assert view.status.text() == "1 of 5 entries shown"
    view.action_filter.setCurrentIndex(0)
    view.outcome_filter.setCurrentIndex(0)
    view.rule_filter.setCurrentIndex(view.rule_filter.findData("Waiting room for CN"))
    assert shown_ids(view) == ["p1", "p2"]
    view.rule_filter.setCurrentIndex(0)
    view.search.setText("private network")
    assert shown_ids(view) == ["p3"]
    view.search.setText("")
    assert len(shown_ids(view)) == 5


def test_time_range_filter(qtbot):
    import datetime as dt

    rows = []
    for i, day in enumerate((1, 5, 9)):
        rows.append({**evidence(f"t{i}", f"T{i}", "flag", "r", "CN"), "at": f"2026-11-0{day}T12:00:00.000Z",
                     "outcome": "applied", "detail": "", "settled_at": None})
    view = AuditView()
    qtbot.addWidget(view)
    view.set_rows(rows)
    assert parse_time(rows[0]["at"]) == dt.datetime(2026, 11, 1, 12, tzinfo=dt.UTC).timestamp()
    view.set_time_range(dt.datetime(2026, 11, 4, tzinfo=dt.UTC), dt.datetime(2026, 11, 9, 11, 0, tzinfo=dt.UTC))
    assert shown_ids(view) == ["t1"]
    view.set_time_range(dt.datetime(2026, 11, 4, tzinfo=dt.UTC), dt.datetime(2026, 11, 30, tzinfo=dt.UTC))
    assert shown_ids(view) == ["t1", "t2"]
    view.use_range.setChecked(False)
    assert shown_ids(view) == ["t0", "t1", "t2"]


def test_export_csv_and_json(qtbot, log, tmp_path):
    view = make_view(qtbot, log)
    # Nothing filtered: the engine's own export of the whole log.
    full = tmp_path / "all.csv"
    with qtbot.waitSignal(view.exported, timeout=5000) as done:
        view.export(full, "csv")
    assert done.args == [str(full), len(PEOPLE)]
    rows = list(csv.reader(io.StringIO(full.read_text(encoding="utf-8"), newline="")))
    assert tuple(rows[0]) == AUDIT_COLUMNS
    assert len(rows) == 1 + len(PEOPLE)
    names = [r[AUDIT_COLUMNS.index("participant_name")] for r in rows[1:]]
    assert "'=HYPERLINK(\"x\")" in names  # spreadsheets show it as text
    # Filtered: only what is shown, same columns, as JSON.
    view.action_filter.setCurrentIndex(view.action_filter.findData("remove"))
    part = tmp_path / "removed.json"
    with qtbot.waitSignal(view.exported, timeout=5000) as done:
        view.export(part, "json")
    assert done.args == [str(part), 2]
    data = json.loads(part.read_text(encoding="utf-8"))
    assert [d["participant_id"] for d in data] == ["p4", "p5"]
    assert set(data[0]) == set(AUDIT_COLUMNS)
    assert "ip" not in data[0]


def test_readmit_selected(qtbot, log):
    calls: list[tuple[str, threading.Thread]] = []

    def readmit(pid):
        calls.append((pid, threading.current_thread()))
        return "key-1"

    view = make_view(qtbot, log, readmit=readmit)

    def select(pid):
        for r in range(view.proxy.rowCount()):
            if view.proxy.index(r, 0).data(OBJECT_ROLE)["participant_id"] == pid:
                view.table.selectRow(r)
                return
        raise AssertionError(pid)

    select("p3")  # flagged: nothing to undo
    assert not view.readmit_button.isEnabled()
    select("p2")  # failed: nothing happened
    assert not view.readmit_button.isEnabled()
    select("p1")  # applied waiting room
    assert view.readmit_button.isEnabled()
    with qtbot.waitSignal(view.readmitFinished, timeout=5000) as done:
        view.readmit_button.click()
    assert done.args[0] is True
    assert "Readmission of Chen queued" in done.args[1]
    assert calls[0][0] == "p1" and calls[0][1] is not threading.main_thread()
    view.wait_idle()


def test_readmit_failure_and_unsupported(qtbot, log):
    def refuse(pid):
        raise RuntimeError("this is a dry run: nothing is sent")

    view = make_view(qtbot, log, readmit=refuse)
    view.search.setText("Dee")
    view.table.selectRow(0)
    with qtbot.waitSignal(view.readmitFinished, timeout=5000) as done:
        view.readmit_selected()
    assert done.args == [False, "Could not readmit Dee: this is a dry run: nothing is sent"]

    no_admit = make_view(qtbot, log, readmit=refuse, readmit_supported=False)
    no_admit.search.setText("Dee")
    no_admit.table.selectRow(0)
    assert not no_admit.readmit_button.isEnabled()
    assert "cannot admit" in no_admit.readmit_button.toolTip()



def test_audit_view_on_a_real_engine_readmits_on_the_simulator(qtbot, simulator, tmp_path):
    """End to end: apply "waiting room for CN" on a simulated meeting, see it in the audit view,
    readmit one person from there, and find the admit in the service's ground truth."""
    pytest.importorskip("hostguard.simulator.server", reason="hostguard/simulator/server.py not built yet")
    from hostguard.core.geo import GeoResolver
    from hostguard.core.rules import parse_rules
    from hostguard.engine import Engine
    from hostguard.services.base import Capability
    from hostguard.services.reference import ReferenceAdapter

    sim = simulator(participants=40, seed=5)
    rules = parse_rules('version = 1\nmax_action_share = 1.0\n[[rule]]\nname = "Waiting room for CN"\n'
                        'action = "waiting_room"\ncountries = ["CN"]\n')[0]
    adapter = ReferenceAdapter(sim.url, sim.token)
    resolver = GeoResolver()
    engine = Engine(adapter, sim.meeting_id, rules, resolver, tmp_path / "state", apply=True)
    engine.start()
    try:
        assert engine.wait_ready(20)
        result = engine.apply()
        assert result.queued > 0, "the seeded meeting has no one from CN"
        assert engine.wait_settled(30)
        view = AuditView(source=engine.audit.query, exporter=engine.audit.export, readmit=engine.readmit,
                         readmit_supported=Capability.ADMIT in adapter.capabilities)
        qtbot.addWidget(view)
        with qtbot.waitSignal(view.rowsLoaded, timeout=5000) as loaded:
            view.refresh()
        assert loaded.args[0] == result.queued
        view.outcome_filter.setCurrentIndex(view.outcome_filter.findData("applied"))
        assert view.proxy.rowCount() == result.queued
        view.table.selectRow(0)
        pid = view.selected_row()["participant_id"]
        assert view.readmit_button.isEnabled()
        with qtbot.waitSignal(view.readmitFinished, timeout=5000) as done:
            view.readmit_button.click()
        assert done.args[0] is True, done.args[1]
        assert engine.wait_settled(30)
        actions = [(a["participant_id"], a["action"]) for a in sim.state()["actions"]]
        assert (pid, "waiting_room") in actions
        assert (pid, "admit") in actions
        view.wait_idle()
    finally:
        engine.stop()
        resolver.close()


def test_sorting_and_filtering_happen_in_the_model_and_keep_the_selection(qtbot, qtmodeltester, log):
    """Sorting by a column and filtering are the model's (a proxy sort calls into Python twice
    per comparison: seconds for a big event's log); the selected row stays selected."""
    from PySide6.QtCore import Qt

    from hostguard.ui.audit_view import AuditFilter

    view = make_view(qtbot, log)
    qtmodeltester.check(view.model, force_py=True)
    view.table.sortByColumn(COL["participant_name"], Qt.SortOrder.AscendingOrder)
    keys = [view.proxy.index(r, COL["participant_name"]).data(SORT_ROLE) for r in range(view.proxy.rowCount())]
    assert keys == sorted(keys)
    view.table.selectRow(2)
    chosen = view.selected_row()["participant_id"]
    view.table.sortByColumn(COL["participant_name"], Qt.SortOrder.DescendingOrder)
    keys = [view.proxy.index(r, COL["participant_name"]).data(SORT_ROLE) for r in range(view.proxy.rowCount())]
    assert keys == sorted(keys, reverse=True)
    assert view.selected_row()["participant_id"] == chosen
    # a filter on the model, then the same sort order among what it keeps
    view.model.set_filter(AuditFilter(action="remove"))
    assert [view.model.row_at(r)["participant_id"] for r in range(view.model.rowCount())] == ["p5", "p4"]  # Dee, Bob
    assert view.model.total_count == len(PEOPLE)
    assert [r["participant_id"] for r in view.model.shown_rows()] == ["p4", "p5"]  # the log's order
    view.model.set_filter(AuditFilter())
    assert view.model.rowCount() == len(PEOPLE)
