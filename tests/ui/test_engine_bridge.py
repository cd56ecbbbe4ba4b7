"""The engine bridge: callbacks from worker threads reach the model on the GUI thread, in
coalesced, capped batches."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread

from hostguard.ui.engine_bridge import EngineBridge
from hostguard.ui.roster_model import COL_SYNC, RosterModel
from hostguard.ui.rows import V_SYNC
from tests.ui.factories import RosterDiff, crowd, with_sync


def test_diffs_from_many_threads_arrive_batched_and_coalesced(qtbot):
    model = RosterModel()
    bridge = EngineBridge(model, interval_ms=20, max_rows_per_tick=500)
    people = crowd(2000, seed=11)
    batches: list[tuple[int, int]] = []
    bridge.batchApplied.connect(lambda u, r: batches.append((u, r)))
    applied_on: set[object] = set()
    model.rowsInserted.connect(lambda *_: applied_on.add(QThread.currentThread()))

    def worker(part: list) -> None:
        for i in range(0, len(part), 50):
            chunk = part[i : i + 50]
            bridge.on_diff(RosterDiff(upserted=chunk, removed_ids=[]))
            # every entry changes again at once: only the latest state may show
            bridge.on_diff(RosterDiff(upserted=[with_sync(e, "pending") for e in chunk], removed_ids=[]))

    threads = [threading.Thread(target=worker, args=(people[k::4],)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # removals after upserts in the same pending window cancel them
    bridge.on_diff(RosterDiff(upserted=[], removed_ids=[e.participant.id for e in people[:100]]))
    qtbot.waitUntil(lambda: model.rowCount() == 1900 and bridge.pending == 0, timeout=10000)
    assert applied_on == {QThread.currentThread()}  # the GUI thread, never a worker
    assert max(u + r for u, r in batches) <= 500  # capped per tick
    assert len(batches) >= 4
    assert {model.index(r, COL_SYNC).data() for r in range(model.rowCount())} == {"Pending"}
    assert model.row_of(people[0].participant.id) is None
    bridge.stop()


def test_status_keeps_only_the_latest(qtbot):
    model = RosterModel()
    bridge = EngineBridge(model, interval_ms=10)
    seen: list[object] = []
    bridge.statusChanged.connect(seen.append)

    def post() -> None:
        for i in range(100):
            bridge.on_status(i)

    t = threading.Thread(target=post)
    t.start()
    t.join()
    with qtbot.waitSignal(bridge.statusChanged, timeout=5000):
        pass
    assert seen[-1] == 99 and len(seen) < 100
    bridge.stop()


def test_flush_applies_everything_now():
    model = RosterModel()
    bridge = EngineBridge(model, max_rows_per_tick=100)
    bridge.on_diff(RosterDiff(upserted=crowd(1000, seed=2), removed_ids=[]))
    bridge.flush()
    assert model.rowCount() == 1000 and bridge.pending == 0
    bridge.stop()


def test_changed_rows_and_removals_weigh_more_than_new_rows():
    """A batch is sized in cost units: a tick of changes to shown rows, or of removals, holds
    fewer rows than a tick of arrivals (which are cheap appends)."""
    from hostguard.ui.engine_bridge import CHANGED_ROW_COST, MAX_REMOVALS_PER_TICK

    model = RosterModel()
    bridge = EngineBridge(model, max_rows_per_tick=800)
    bridge.stop()  # ticks by hand (flush), so nothing adapts to timing in between
    batches: list[tuple[int, int]] = []
    bridge.batchApplied.connect(lambda u, r: batches.append((u, r)))
    people = crowd(1000, seed=21)
    bridge.on_diff(RosterDiff(upserted=people, removed_ids=[]))
    bridge.flush()
    assert batches[0] == (800, 0)  # new rows: the row cap
    batches.clear()
    bridge.on_diff(RosterDiff(upserted=[with_sync(e, "pending") for e in people], removed_ids=[]))
    bridge.flush()
    assert batches[0][0] == 800 // CHANGED_ROW_COST
    assert sum(u for u, _ in batches) == 1000
    batches.clear()
    bridge.on_diff(RosterDiff(upserted=[], removed_ids=[e.participant.id for e in people[:100]]))
    bridge.flush()
    assert 0 < batches[0][1] <= MAX_REMOVALS_PER_TICK
    assert sum(r for _, r in batches) == 100 and model.rowCount() == 900


def test_rows_from_an_engine_process_are_unpacked_on_the_gui_thread_in_the_order_they_came(qtbot):
    """Rows an engine process rendered come packed (one pickle per frame): the channel's reader
    thread only queues them, the GUI thread unpacks them; frames merge in order, so someone
    who left and came back is shown."""
    from hostguard.engine.channel import dumps
    from hostguard.engine.remote import RenderedDiff
    from hostguard.ui.roster_model import render_row

    unpacked_on: list[object] = []

    class Recording(RenderedDiff):
        __slots__ = ()

        def rows(self):
            unpacked_on.append(QThread.currentThread())
            return super().rows()

    def frame(entries, removed=()):
        return Recording([e.participant.id for e in entries], dumps([render_row(e) for e in entries]), list(removed))

    model = RosterModel()
    bridge = EngineBridge(model, interval_ms=10)
    people = crowd(300, seed=5)
    gone = people[0].participant.id

    def reader() -> None:  # as RemoteEngine's reader thread delivers them
        bridge.on_diff(frame(people))
        bridge.on_diff(frame([], removed=[gone]))
        bridge.on_diff(frame([with_sync(people[0], "pending")]))  # back again

    t = threading.Thread(target=reader)
    t.start()
    t.join()
    assert unpacked_on == [] and bridge.pending == 302  # queued as they came, nothing unpacked
    qtbot.waitUntil(lambda: model.rowCount() == 300 and bridge.pending == 0, timeout=10000)
    assert set(unpacked_on) == {QThread.currentThread()}  # the GUI thread
    assert model.index(model.row_of(gone), COL_SYNC).data() == "Pending"
    assert not model.entry_is_here(gone)  # rows only: the entry stays with the engine
    bridge.stop()


def test_rows_that_come_or_go_wait_for_the_next_layout_while_changed_rows_show_at_once(qtbot):
    """A batch that changes the number of rows makes the table lay out and repaint all it
    shows: joins and leaves are applied at most every STRUCTURE_INTERVAL_MS, changes to rows
    shown at every tick."""
    from hostguard.ui.engine_bridge import STRUCTURE_INTERVAL_MS

    model = RosterModel()
    bridge = EngineBridge(model, interval_ms=10)
    people = crowd(50, seed=8)
    bridge.on_diff(RosterDiff(upserted=people[:40], removed_ids=[]))
    qtbot.waitUntil(lambda: model.rowCount() == 40, timeout=5000)  # the first rows: at once
    structural: list[float] = []
    model.rowsInserted.connect(lambda *_: structural.append(time.monotonic()))
    model.rowsRemoved.connect(lambda *_: structural.append(time.monotonic()))
    sent = time.monotonic()
    bridge.on_diff(RosterDiff(upserted=[with_sync(people[1], "pending"), *people[40:]], removed_ids=[people[2].participant.id]))
    qtbot.waitUntil(lambda: model.index(model.row_of(people[1].participant.id), COL_SYNC).data() == "Pending", timeout=5000)
    changed_at = time.monotonic()
    qtbot.waitUntil(lambda: model.rowCount() == 49, timeout=5000)
    assert structural and min(structural) > sent
    assert changed_at < min(structural)  # the change did not wait for the layout
    assert STRUCTURE_INTERVAL_MS <= 1000  # joins and leaves still show within a second
    bridge.stop()


def test_a_first_roster_larger_than_a_batch_arrives_batch_after_batch_without_waiting():
    """Joins are held back for the next layout (STRUCTURE_INTERVAL_MS) only when they trickle
    in: when a batch of rows that come was cut short by its cap (a first roster, sorted or
    not), the next tick takes the next rows at once instead of a second later, and a backlog
    still in frames counts as waiting. (Before, the tail of a sorted first roster of 50,000
    came in a batch a second.)"""
    from hostguard.engine.channel import dumps
    from hostguard.engine.remote import RenderedDiff
    from hostguard.ui.engine_bridge import STRUCTURE_BACKLOG
    from hostguard.ui.roster_model import render_row

    model = RosterModel()
    bridge = EngineBridge(model, max_rows_per_tick=100)
    bridge.stop()  # ticks by hand, all within far less than STRUCTURE_INTERVAL_MS
    people = crowd(450, seed=12)
    bridge.on_diff(RosterDiff(upserted=people, removed_ids=[]))
    shown = []
    for _ in range(6):
        bridge._tick()
        shown.append(model.rowCount())
    assert shown == [0, 100, 200, 300, 400, 450]  # (the first tick unpacks the frame)
    # Rows still packed in frames count towards the backlog: a second roster of that size,
    # all in frames, is not held back either.
    more = crowd(STRUCTURE_BACKLOG, seed=13, prefix="q")
    for i in range(0, len(more), 200):
        chunk = more[i : i + 200]
        bridge.on_diff(RenderedDiff([e.participant.id for e in chunk], dumps([render_row(e) for e in chunk]), []))
    assert bridge._unpack(0.0)  # one frame unpacked (200 rows), the others still queued
    bridge._apply_some()  # the frames still queued make it a backlog: applied now
    assert model.rowCount() == 450 + 100


def test_rows_that_replace_rows_do_not_pile_up_in_the_young_generation():
    """Each row that replaces a row frees as many tracked objects as it brings, so CPython's
    count never calls for a pass while the young generation grows (in the benchmark, to
    17,000 objects, then gone through in one 10-16 ms pass at any moment). The bridge collects
    it between paints every YOUNG_ROWS rows: it never holds much more than that many rows'."""
    import gc

    from hostguard.engine.channel import dumps
    from hostguard.engine.remote import RenderedDiff
    from hostguard.ui.engine_bridge import YOUNG_ROWS
    from hostguard.ui.roster_model import render_row

    model = RosterModel()
    bridge = EngineBridge(model)
    bridge.stop()  # ticks by hand
    people = crowd(6000, seed=21)

    def frames(entries) -> list[RenderedDiff]:
        return [
            RenderedDiff([e.participant.id for e in entries[i : i + 200]],
                         dumps([render_row(e) for e in entries[i : i + 200]]), [])
            for i in range(0, len(entries), 200)
        ]  # fmt: skip

    send_all = frames(people)
    changes = frames([with_sync(e, "applied", "done") for e in people])  # packed beforehand, as
    # the engine process does: below, only the bridge and the model make and free objects
    for diff in send_all:
        bridge.on_diff(diff)
    while bridge.pending:
        bridge._tick()
    assert model.rowCount() == 6000
    gc.collect()  # the rows shown are old now, as in a meeting under way
    young = []
    for diff in changes:  # each row replaced once, as an apply's sync changes do
        bridge.on_diff(diff)
        for _ in range(4):
            bridge._tick()
        young.append(len(gc.get_objects(generation=0)))
    while bridge.pending:
        bridge._tick()
    assert model.rowCount() == 6000
    assert all(model.view(e.participant.id)[V_SYNC] == "applied" for e in people[::500])
    # A row is four tracked objects (the pair the bridge keeps, the row, its texts, its keys).
    assert max(young) < 6 * YOUNG_ROWS, young
