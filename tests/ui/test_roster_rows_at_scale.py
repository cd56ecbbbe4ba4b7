"""The roster's rows are light for the garbage collector, and a sorted roster stays exactly in
order as thousands of rows arrive and change (properties, not timings)."""

from __future__ import annotations

import gc
import random

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView

from hostguard.engine import decode_entry, encode_entry
from hostguard.ui.engine_bridge import EngineBridge
from hostguard.ui.roster_model import (
    COL_COUNTRY,
    COL_NAME,
    COL_SYNC,
    ID_ROLE,
    OBJECT_ROLE,
    SORT_ROLE,
    V_CATEGORY,
    V_ID,
    V_PRESENT,
    V_SORT,
    RosterFilterProxy,
    RosterModel,
    RowMatch,
    render_row,
    row_view,
)
from tests.ui.factories import PRIVATE_IP, UNKNOWN_IP, RosterDiff, crowd, entry, with_sync


def _untracked_after_a_collection(objects) -> bool:
    """Whether the collector stops tracking ``objects``: a tuple is untracked in a pass that
    finds its items untracked, and one pass may visit a row before the tuples inside it (its
    reachability search reorders what it visits), so two passes, as the generations make."""
    gc.collect()
    gc.collect()
    return not any(gc.is_tracked(o) for o in objects)


def test_a_rendered_row_is_a_plain_tuple_the_collector_stops_tracking():
    rows = [render_row(e) for e in (entry("a", "Ann", "8.8.8.8"), entry("b", "Wei", "1.0.1.1", sync="pending"),
                                    entry("c", "", PRIVATE_IP, joined_at=None), entry("d", "X", UNKNOWN_IP),
                                    with_sync(entry("e", "Y", ""), "failed", "HTTP 500"))]  # fmt: skip
    for row in rows:
        assert type(row) is tuple
        assert gc.is_tracked(row)  # (new: the collector has not looked at it yet)
    assert _untracked_after_a_collection(rows)
    # built by field name, the same tuple
    v = rows[0]
    assert row_view(id=v[0], texts=v[1], sort_keys=v[2], filter_key=v[3], category=v[4], present=v[5],
                    decision_action=v[6], sync=v[7], sync_tooltip=v[8], reason=v[9], place=v[10]) == v  # fmt: skip


def test_the_model_keeps_entries_as_bytes_and_nothing_per_row_the_collector_walks():
    people = crowd(600, seed=3)
    model = RosterModel()
    bridge = EngineBridge(model)
    bridge.stop()
    # as the engine process delivers them: the entries with their bytes
    diff = RosterDiff(upserted=people[:300], removed_ids=[])
    diff.blobs = [encode_entry(e) for e in people[:300]]
    bridge.on_diff(diff)
    # as an engine in this process does: entries only (the bridge encodes them)
    bridge.on_diff(RosterDiff(upserted=people[300:], removed_ids=[]))
    bridge.flush()
    model.set_row_filter(RowMatch("US"))  # some rows held apart, filtered out
    assert 0 < model.rowCount() < 600 and model.total_count == 600
    assert all(type(b) is bytes for b in model._blobs)
    assert all(type(h[0]) is bytes for h in model._hidden.values())
    held = [*model._views, *model._hidden.values(), *(h[1] for h in model._hidden.values())]
    assert _untracked_after_a_collection(held)
    # decoded on demand, equal to what came
    truth = {e.participant.id: e for e in people}
    for pid in (people[0].participant.id, people[450].participant.id):
        assert model.entry(pid) == truth[pid]
    row = model.index(0, 0)
    assert row.data(OBJECT_ROLE) == truth[row.data(ID_ROLE)]
    assert decode_entry(model._blobs[0]) == truth[row.data(ID_ROLE)]
    assert sorted(e.participant.id for e in model.entries()) == sorted(truth)
    # who is in the meeting, from the views (no entry decoded)
    assert model.present_ids() == {pid for pid, e in truth.items() if e.participant.status in ("joined", "waiting")}
    assert model.is_present(people[0].participant.id)
    assert model.sync_state(people[0].participant.id) == ("none", people[0].decision.action)


def _expected_order(truth: dict, seq: dict, col: int, desc: bool, accept=None) -> list[str]:
    """The ids in a full sort of the truth: the sort column's key, then join sequence."""
    views = {pid: render_row(e) for pid, e in truth.items()}
    ids = [pid for pid in truth if accept is None or accept(views[pid])]
    return sorted(ids, key=lambda pid: (views[pid][V_SORT][col], seq[pid]), reverse=desc)


def _elsewhere(e, rnd: random.Random):
    """The same person, seen from another address (a new country, mostly): a new sort key."""
    ip = rnd.choice(["8.8.8.8", "1.0.1.1", "81.2.69.160", "2.16.0.1", PRIVATE_IP, "",
                     f"{rnd.randrange(1, 224)}.{rnd.randrange(256)}.{rnd.randrange(256)}.7"])  # fmt: skip
    return entry(e.participant.id, e.participant.name, ip, sync=rnd.choice(["none", "pending", "applied"]))


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_sorted_by_country_thousands_of_arrivals_and_changes_land_in_order(qtbot, order):
    """20,000 rows sorted by country, then batches bringing 2,000 new people and 500 changes
    of address (their country, so their place, changes) and some departures, as the bridge
    delivers them: after every batch the rows are exactly a full sort of the truth, every id
    finds its row, a selected participant stays selected, and the counts are right."""
    rnd = random.Random(61)
    desc = order == Qt.SortOrder.DescendingOrder
    people = crowd(20_000, seed=59)
    model = RosterModel()
    proxy = RosterFilterProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    seq = {e.participant.id: i for i, e in enumerate(people)}  # join order, the tie-breaker
    truth: dict[str, object] = {e.participant.id: e for e in people}
    model.apply_diff(RosterDiff(upserted=people, removed_ids=[]))
    proxy.sort(COL_COUNTRY, order)
    assert [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())] == _expected_order(truth, seq, COL_COUNTRY, desc)

    watched = people[rnd.randrange(len(people))].participant.id
    view.setCurrentIndex(proxy.mapFromSource(model.index(model.row_of(watched), COL_NAME)))
    pin = QPersistentModelIndex(model.index(model.row_of(watched), COL_COUNTRY))
    inserted = {"signals": 0}
    model.rowsInserted.connect(lambda *_: inserted.__setitem__("signals", inserted["signals"] + 1))
    newcomers = crowd(2_000, seed=67, prefix="new")
    order_seen: list[str] = []
    seq_counter = len(seq)
    for batch in range(8):
        arriving = newcomers[batch * 250 : (batch + 1) * 250]
        if batch == 7:
            arriving = arriving[:3]  # a few, in a few places: insert signals, no layout change
        ids = list(truth)
        changing = [_elsewhere(truth[pid], rnd) for pid in rnd.sample(ids, 0 if batch == 7 else 70)]
        if watched not in {e.participant.id for e in changing} and batch == 2:
            changing.append(_elsewhere(truth[watched], rnd))  # the selected row moves too
        leaving = [pid for pid in rnd.sample(ids, 20 if batch % 2 else 0) if pid != watched]
        model.apply_diff(RosterDiff(upserted=arriving + changing, removed_ids=leaving))
        for pid in leaving:
            del truth[pid]
        for e in arriving + changing:
            pid = e.participant.id
            if pid not in truth:
                seq_counter += 1
                seq[pid] = seq_counter
            truth[pid] = e
        order_seen = [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())]
        assert order_seen == _expected_order(truth, seq, COL_COUNTRY, desc), batch
        assert proxy.rowCount() == model.rowCount()
        assert pin.isValid() and pin.data(ID_ROLE) == watched
        assert view.currentIndex().data(ID_ROLE) == watched
    assert inserted["signals"] >= 8
    assert len(order_seen) == len(truth) == 20_000 + 1_753 - 4 * 20
    # every id leads to its row
    assert [model.row_of(pid) for pid in order_seen] == list(range(len(order_seen)))
    counts: dict[str, int] = {}
    for e in truth.values():
        v = render_row(e)
        if v[V_PRESENT]:
            counts[v[V_CATEGORY]] = counts.get(v[V_CATEGORY], 0) + 1
    assert dict(model.category_counts) == counts
    # a filter on, more changes: the rows shown are the filtered full sort
    match = RowMatch(None, ("s:pending", "s:applied"))
    model.set_row_filter(match)
    changing = [_elsewhere(truth[pid], rnd) for pid in rnd.sample(list(truth), 500)]
    model.apply_diff(RosterDiff(upserted=changing + newcomers[1753:1900], removed_ids=[]))
    for e in changing + newcomers[1753:1900]:
        pid = e.participant.id
        if pid not in truth:
            seq_counter += 1
            seq[pid] = seq_counter
        truth[pid] = e
    shown = [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())]
    assert shown == _expected_order(truth, seq, COL_COUNTRY, desc, match)
    model.set_row_filter(None)
    assert [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())] == _expected_order(truth, seq, COL_COUNTRY, desc)


def test_a_crowded_place_renumbers_only_rows_around_it():
    """New rows landing again and again at one place (the end of one country's group, as new
    joiners from one country do) exhaust the numbers there: the rows around it are
    renumbered, never the whole table, and every row is still found."""
    model = RosterModel()
    model.apply_diff(RosterDiff(upserted=crowd(3000, seed=71), removed_ids=[]))
    model.sort(COL_SYNC)  # every row "" (nothing to send): new rows all go to the one end
    full = []
    model._renumber = lambda: (full.append(1), RosterModel._renumber(model))
    spans: list[int] = []
    real = model._respace
    model._respace = lambda a, b: (spans.append(b - a), real(a, b))
    # "Applied" lands between the rows with nothing to send and those "Not sent" (one place,
    # hit 300 times); "Pending" after everyone
    for i in range(300):
        model.apply_diff(RosterDiff(upserted=[with_sync(entry(f"x{i}", "X"), "pending"),
                                              with_sync(entry(f"y{i}", "Y"), "applied")], removed_ids=[]))  # fmt: skip
    assert spans and not full
    keys = [(model.index(r, COL_SYNC).data(SORT_ROLE), model._seq[r]) for r in range(model.rowCount())]
    assert keys == sorted(keys)
    ids = [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())]
    assert [model.row_of(pid) for pid in ids] == list(range(len(ids)))
    assert model._coords == sorted(model._coords) and len(set(model._coords)) == len(ids)
    assert {model._coord_of[pid] for pid in ids} == set(model._coords)
    assert all(v[V_ID] in model._coord_of for v in model._views)
