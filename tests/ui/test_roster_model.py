"""The roster model and its proxy: Qt's model checks, batched diffs, plain-text names, filters."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QModelIndex, QModelRoleData, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView

from hostguard.core.rules import Decision
from hostguard.ui.roster_model import (
    CAT_NO_ADDRESS,
    CAT_PRIVATE,
    CAT_UNKNOWN,
    COL_COUNTRY,
    COL_DECISION,
    COL_JOINED,
    COL_NAME,
    COL_SYNC,
    COLUMN_COUNT,
    FILTER_ROLE,
    ID_ROLE,
    OBJECT_ROLE,
    SORT_ROLE,
    V_CATEGORY,
    V_FILTER,
    V_PRESENT,
    V_TEXTS,
    RosterFilterProxy,
    RosterModel,
    render_row,
)
from tests.ui.factories import PRIVATE_IP, UNKNOWN_IP, RosterDiff, crowd, entry, with_sync

HOSTILE = [
    "<b>Boss</b><img src=x onerror=alert(1)>",
    "evil\u202egnp.exe",
    "tab\there\x00nul\x1b[31mred\x07",
    "<a href='https://example.com'>click</a>",
    "\u200b\u2066Zero\u2069width",
]


def expected_counts(entries) -> dict[str, int]:
    """The breakdown counts a model should hold for these entries (present people per category)."""
    out: dict[str, int] = {}
    for e in entries:
        v = render_row(e)
        if v[V_PRESENT]:
            out[v[V_CATEGORY]] = out.get(v[V_CATEGORY], 0) + 1
    return out


def _ids(model: RosterModel) -> list[str]:
    return [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())]


def test_qmodeltester_with_data_and_after_batches(qapp, qtmodeltester):
    model = RosterModel()
    model.apply_diff(RosterDiff(upserted=crowd(80), removed_ids=[]))
    # check() also watches every later signal of the model; call it once per model
    qtmodeltester.check(model, force_py=True)
    # updates, removals and new rows in one batch
    es = model.entries()
    model.apply_diff(
        RosterDiff(
            upserted=[with_sync(es[5], "pending"), *crowd(20, seed=9, prefix="new")],
            removed_ids=[es[0].participant.id, es[7].participant.id, es[8].participant.id],
        )
    )
    # sorted: new rows go to their places, changed keys re-sort, all under the tester's eye
    model.sort(COL_COUNTRY, Qt.SortOrder.DescendingOrder)
    model.apply_diff(RosterDiff(upserted=crowd(10, seed=4, prefix="late"), removed_ids=[]))
    model.apply_diff(RosterDiff(upserted=crowd(70, seed=5, prefix="flood"), removed_ids=[]))
    model.sort(-1)


def test_qmodeltester_on_the_proxy(qapp, qtmodeltester):
    """(One tester per test: pytest-qt's tester follows a single model.)"""
    model = RosterModel()
    model.apply_diff(RosterDiff(upserted=crowd(80), removed_ids=[]))
    proxy = RosterFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=True)
    proxy.sort(COL_COUNTRY)
    proxy.set_search_text("person 1")
    model.apply_diff(RosterDiff(upserted=crowd(12, seed=6, prefix="x"), removed_ids=[model.entries()[3].participant.id]))
    proxy.set_search_text("")
    proxy.sort(-1)


def test_batched_diffs_match_a_reference_dict(qtbot):
    """Thousands of random upserts and removals, applied in batches, end as a plain dict would."""
    model = RosterModel()
    rnd = random.Random(5)
    pool = crowd(3000, seed=3)
    truth: dict[str, object] = {}
    inserted_signals: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _p, a, b: inserted_signals.append((a, b)))
    for _batch in range(25):
        ups = []
        for e in rnd.sample(pool, 300):
            e = with_sync(e, rnd.choice(["none", "pending", "applied", "failed"]))
            ups.append(e)
        present = list(truth)
        rem = rnd.sample(present, min(len(present), 120))
        # the same id upserted twice in one batch: the later one wins
        if ups:
            ups.append(with_sync(ups[0], "backing_off"))
        model.apply_diff(RosterDiff(upserted=ups, removed_ids=rem))
        for pid in rem:
            truth.pop(pid, None)
        for e in ups:
            truth[e.participant.id] = e
        assert sorted(_ids(model)) == sorted(truth)
        for pid, e in truth.items():
            row = model.row_of(pid)
            assert row is not None
            assert model.index(row, 0).data(OBJECT_ROLE) == e
            assert model.index(row, COL_SYNC).data(Qt.ItemDataRole.DisplayRole) == render_row(e)[V_TEXTS][COL_SYNC]
    # one insert signal per batch at most (new rows go in one block at the end)
    assert len(inserted_signals) <= 25
    # the breakdown counts follow the rows present
    expected = expected_counts(truth.values())
    assert dict(model.category_counts) == expected
    assert model.present_count == sum(expected.values())


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_rows_are_found_after_many_inserts_in_one_place_and_removals(qtbot, order):
    """Row positions are numbers bisected, not a table rebuilt per removal: every id must still
    lead to its row after a hundred inserts between the same two rows (which exhausts the
    numbers between them and forces a renumbering) and removals above and below."""
    model = RosterModel()
    model.apply_diff(RosterDiff(upserted=crowd(300, seed=2), removed_ids=[]))
    model.sort(COL_NAME, order)
    rnd = random.Random(3)

    def check() -> None:
        for row in range(model.rowCount()):
            pid = model.index(row, 0).data(ID_ROLE)
            assert model.row_of(pid) == row
            assert model.entry(pid) == model.index(row, 0).data(OBJECT_ROLE)

    middle = model.index(150, COL_NAME).data()
    renumbered = []  # rows around a crowded place renumbered (not the whole table)
    model._respace = lambda a, b: (renumbered.append((a, b)), RosterModel._respace(model, a, b))
    for i in range(120):
        # the name of the middle row every time: each new row lands next to the previous one
        model.apply_diff(RosterDiff(upserted=[entry(f"same{i}", middle)], removed_ids=[]))
        if i % 10 == 0:
            ids = _ids(model)
            model.apply_diff(RosterDiff(upserted=[], removed_ids=rnd.sample(ids, 3)))
            check()
    check()
    assert renumbered  # the numbers between two rows did run out
    keys = [model.index(r, COL_NAME).data(SORT_ROLE) for r in range(model.rowCount())]
    assert keys == sorted(keys, reverse=order == Qt.SortOrder.DescendingOrder)
    # inserts at the very top and bottom
    model.apply_diff(RosterDiff(upserted=[entry("top", "\u0000"), entry("bottom", "\uffff")], removed_ids=[]))
    check()


def test_sorted_model_stays_sorted_as_rows_arrive_and_change():
    """No timed re-sort: every batch leaves the table in order."""
    model = RosterModel()
    model.apply_diff(RosterDiff(upserted=crowd(200, seed=8), removed_ids=[]))
    model.sort(COL_NAME)

    def names() -> list[str]:
        return [model.index(r, COL_NAME).data(SORT_ROLE) for r in range(model.rowCount())]

    assert names() == sorted(names())
    # a few new rows: inserted in place
    model.apply_diff(RosterDiff(upserted=[entry(f"n{i}", f"{c} new") for i, c in enumerate("mAzq")], removed_ids=[]))
    assert names() == sorted(names())
    # a flood: in place too
    model.apply_diff(RosterDiff(upserted=crowd(150, seed=9, prefix="fl"), removed_ids=[]))
    assert names() == sorted(names())
    # a changed key moves at once
    first = model.entries()[0]
    model.apply_diff(RosterDiff(upserted=[entry(first.participant.id, "zzz last")], removed_ids=[]))
    assert names() == sorted(names())
    assert model.row_of(first.participant.id) == model.rowCount() - 1
    # back to join order
    model.sort(-1)
    assert model.entries()[0].participant.id == "p0"
    model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert names() == sorted(names(), reverse=True)


def test_changes_are_signalled_once_per_contiguous_run():
    model = RosterModel()
    es = crowd(50)
    model.apply_diff(RosterDiff(upserted=es, removed_ids=[]))
    spans: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(lambda a, b, *_: spans.append((a.row(), b.row(), a.column(), b.column())))
    model.apply_diff(RosterDiff(upserted=[with_sync(es[i], "pending") for i in (3, 4, 5, 20)], removed_ids=[]))
    assert spans == [(3, 5, 0, COLUMN_COUNT - 1), (20, 20, 0, COLUMN_COUNT - 1)]


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_names_are_plain_text(name):
    model = RosterModel()
    model.apply_diff(RosterDiff(upserted=[entry("x", name)], removed_ids=[]))
    shown = model.index(0, COL_NAME).data(Qt.ItemDataRole.DisplayRole)
    # markup stays literal characters; no control or bidi character survives
    for ch in shown:
        assert ch.isprintable() and ch not in "\u202e\u2066\u2069\u200b"
    if "<b>" in name:
        assert "<b>Boss</b>" in shown
    assert "\u202e" not in shown
    # tooltips are escaped HTML, so Qt never interprets a name as markup
    model.apply_diff(RosterDiff(upserted=[with_sync(entry("x", name), "failed", name)], removed_ids=[]))
    tip = model.index(0, COL_SYNC).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("<qt>")
    assert "<b>" not in tip and "<img" not in tip and "<a " not in tip


def test_sort_role_gives_raw_values_and_unknowns_sort_last():
    model = RosterModel()
    model.apply_diff(
        RosterDiff(
            upserted=[
                entry("a", "Zed", "8.8.8.8", joined_at="2026-11-28T02:00:05Z"),
                entry("b", "amy", PRIVATE_IP, joined_at="2026-11-28T02:00:01Z"),
                entry("c", "Bob", "1.0.1.1", joined_at="2026-11-28T01:59:00+00:00"),
            ],
            removed_ids=[],
        )
    )
    proxy = RosterFilterProxy()
    proxy.setSourceModel(model)
    assert isinstance(model.index(0, COL_JOINED).data(SORT_ROLE), float)
    proxy.sort(COL_NAME)
    assert [proxy.index(r, 0).data(ID_ROLE) for r in range(3)] == ["b", "c", "a"]
    proxy.sort(COL_JOINED)
    assert [proxy.index(r, 0).data(ID_ROLE) for r in range(3)] == ["c", "b", "a"]
    proxy.sort(COL_COUNTRY)  # China, United States, then private network
    assert [proxy.index(r, 0).data(ID_ROLE) for r in range(3)] == ["c", "a", "b"]


def test_filters_search_country_and_quick():
    model = RosterModel()
    model.apply_diff(
        RosterDiff(
            upserted=[
                entry("us", "Ann Lee", "8.8.8.8"),
                entry("cn", "Wei", "1.0.1.1"),
                entry("pv", "Pat", PRIVATE_IP),
                entry("na", "Nobody", ""),
                entry("uk", "Unk", UNKNOWN_IP),
                entry("h", "Host <i>", "1.0.1.1", role="host"),
            ],
            removed_ids=[],
        )
    )
    proxy = RosterFilterProxy()
    proxy.setSourceModel(model)

    def shown() -> set[str]:
        return {proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())}

    proxy.set_search_text("ANN")
    assert shown() == {"us"}
    proxy.set_search_text("china")  # country name
    assert shown() == {"cn", "h"}
    proxy.set_search_text("<i>")  # markup is searched literally
    assert shown() == {"h"}
    # The flag, as the Country column shows it (copied from a cell), finds that country's
    # rows, and only those ("us" would also be in "Unk"'s or other words, the flag is not).
    proxy.set_search_text(" \U0001F1E8\U0001F1F3 ")  # CN
    assert shown() == {"cn", "h"}
    proxy.set_search_text("\U0001F1FA\U0001F1F8")  # US
    assert shown() == {"us"}
    assert proxy.search_text == "\U0001F1FA\U0001F1F8"  # the text as typed, for the box
    proxy.set_search_text("")
    proxy.set_category("CN")
    assert shown() == {"cn", "h"}
    proxy.set_quick_filter("acting")  # the host is exempt: only Wei goes to the waiting room
    assert shown() == {"cn"}
    proxy.set_category(None)
    proxy.set_quick_filter("flagged")
    assert shown() == {"pv", "na", "uk"}
    proxy.set_quick_filter("all")
    for cat, who in ((CAT_PRIVATE, "pv"), (CAT_NO_ADDRESS, "na"), (CAT_UNKNOWN, "uk")):
        proxy.set_category(cat)
        assert shown() == {who}
    # a name cannot forge a filter token: the separator is a control character
    forged = entry("f", "\x1ec:CN\x1e", "8.8.8.8")
    model.apply_diff(RosterDiff(upserted=[forged], removed_ids=[]))
    proxy.set_category("CN")
    assert "f" not in shown()
    assert "\x1ec:CN\x1e" not in render_row(model.entry("f"))[V_FILTER].split("\x1e", 5)[-1]
    # a search never matches the tokens, only what the row shows
    proxy.set_category(None)
    proxy.set_search_text("st:")
    assert shown() == set()
    # filtered-out participants are still held, counted, and come back
    assert model.total_count == 7 and model.rowCount() == 0 and model.entry("us") is not None
    proxy.set_search_text("")
    assert len(shown()) == 7
    with pytest.raises(ValueError):
        proxy.set_quick_filter("nope")


def test_decision_column_says_which_rule():
    model = RosterModel()
    model.apply_diff(RosterDiff(upserted=[entry("cn", "Wei", "1.0.1.1"), entry("h", "H", "1.0.1.1", role="host")], removed_ids=[]))
    # the rule's name says the action already: not repeated
    assert model.index(0, COL_DECISION).data() == "Waiting room for CN"
    assert model.index(1, COL_DECISION).data() == "Allow (exempt)"
    assert model.index(0, COL_DECISION).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.rowCount(model.index(0, 0)) == 0 and model.columnCount(QModelIndex()) == COLUMN_COUNT
    # a name that does not say it (or says another action) gets the action in front
    from hostguard.ui.roster_model import decision_text

    for name, action, shown in (("China", "waiting_room", "Waiting room · China"),
                                ("Remove RU", "flag", "Flag · Remove RU"),
                                ("block list", "block", "block list")):  # fmt: skip
        d = Decision(action=action, rule=name, reason="", exempt=False)
        assert decision_text(d) == shown


# -- the join time's arithmetic form matches astimezone().strftime --------------------------
@pytest.mark.parametrize("tz", [None, "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe"])
def test_joined_time_matches_astimezone_strftime(tz, monkeypatch):
    import datetime as dt
    import time as _time

    from hostguard.ui import rows as rm

    if tz is not None:
        if not hasattr(_time, "tzset"):
            pytest.skip("no time.tzset on this platform")
        monkeypatch.setenv("TZ", tz)
        _time.tzset()
    try:
        rnd = random.Random(5)
        for i in range(3000):
            ts = rnd.uniform(1.0e9, 2.2e9) if i % 3 else rnd.uniform(-2.0e9, 4.0e9)
            t = dt.datetime.fromtimestamp(ts, dt.UTC).replace(microsecond=rnd.choice([0, 1, 999_999]))
            value = t.replace(tzinfo=None).isoformat() + rnd.choice(["Z", "+05:30", "-03:00", ""])
            want = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
            if want.tzinfo is None:
                want = want.replace(tzinfo=dt.UTC)
            assert rm._joined(value) == (want.astimezone().strftime("%H:%M:%S"), want.timestamp()), value
    finally:
        if tz is not None:
            monkeypatch.undo()  # TZ as it was, then the C library told so
            _time.tzset()


def test_multidata_matches_data_through_the_proxy():
    model = RosterModel()
    model.apply_diff(RosterDiff(upserted=[*crowd(20, seed=6), with_sync(entry("s1", "Synced"), "failed", "HTTP 500")], removed_ids=[]))
    proxy = RosterFilterProxy()
    proxy.setSourceModel(model)
    roles = [
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.AccessibleTextRole,
        SORT_ROLE,
        FILTER_ROLE,
        ID_ROLE,
    ]
    for m in (model, proxy):
        for row in range(m.rowCount()):
            for col in range(COLUMN_COUNT):
                index = m.index(row, col)
                for role in roles:
                    rd = QModelRoleData(int(role))
                    index.multiData(rd)
                    expected = index.data(role)
                    got = rd.data()
                    if role == Qt.ItemDataRole.DecorationRole and expected is not None:
                        assert got is not None and got.cacheKey() == expected.cacheKey()
                    else:
                        assert got == expected, (row, col, role)


def test_painting_asks_the_model_once_per_cell(qtbot):
    """The view gets all roles of a cell in one multiData call, through the proxy."""
    calls = {"data": 0, "multi": 0}

    class Counting(RosterModel):
        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            calls["data"] += 1
            return super().data(index, role)

        def multiData(self, index, span):
            calls["multi"] += 1
            super().multiData(index, span)

    model = Counting()
    model.apply_diff(RosterDiff(upserted=crowd(100, seed=2), removed_ids=[]))
    proxy = RosterFilterProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.resize(900, 500)
    calls.update(data=0, multi=0)
    view.grab()
    assert calls["multi"] >= COLUMN_COUNT * 5  # at least five rows painted
    assert calls["data"] <= calls["multi"]  # (a few size hints may still ask one role)


@pytest.mark.parametrize("sort_col", [-1, COL_NAME])
def test_rows_move_in_and_out_of_a_filter_as_they_change(qtbot, sort_col):
    """With a filter on, batches of changes, arrivals and departures leave exactly the rows
    the filter takes, in order, while the counts keep covering everyone."""
    model = RosterModel()
    proxy = RosterFilterProxy()
    proxy.setSourceModel(model)
    model.sort(sort_col)
    proxy.set_quick_filter("pending")  # sync pending or backing off
    rnd = random.Random(17)
    pool = crowd(1500, seed=23)
    truth: dict[str, object] = {}
    for batch in range(30):
        ups = [with_sync(e, rnd.choice(["none", "pending", "applied", "backing_off"])) for e in rnd.sample(pool, 120)]
        rem = rnd.sample(sorted(truth), min(len(truth), 25))
        model.apply_diff(RosterDiff(upserted=ups, removed_ids=rem))
        for pid in rem:
            truth.pop(pid, None)
        for e in ups:
            truth[e.participant.id] = e
        if batch % 7 == 3:  # and the filter changes now and then
            proxy.set_quick_filter("all" if proxy.quick_filter == "pending" else "pending")
        wanted = {pid for pid, e in truth.items() if proxy.quick_filter == "all" or e.sync in ("pending", "backing_off")}
        shown = [proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())]
        assert sorted(shown) == sorted(wanted)
        assert model.total_count == len(truth) and {e.participant.id for e in model.entries()} == set(truth)
        for row, pid in enumerate(shown):
            assert model.row_of(pid) == row and model.entry(pid) == truth[pid]
        hidden = set(truth) - wanted
        assert all(model.row_of(pid) is None and model.entry(pid) == truth[pid] for pid in hidden)
        keys = [model.index(r, max(sort_col, 0)).data(SORT_ROLE) for r in range(model.rowCount())]
        if sort_col >= 0:
            assert keys == sorted(keys)
        else:  # join order: the order each participant first arrived in
            seqs = list(model._seq)
            assert seqs == sorted(seqs)
    expected = expected_counts(truth.values())
    assert dict(model.category_counts) == expected


@pytest.mark.parametrize("sort_col", [-1, COL_NAME])
def test_narrowing_a_filter_gives_what_a_fresh_filter_gives(sort_col):
    """Typing one more letter tests only the rows shown; the result (rows and order) must be
    the same as filtering everyone afresh."""
    from hostguard.ui.roster_model import RowMatch

    people = crowd(600, seed=31)

    def shown_with(steps) -> list[str]:
        model = RosterModel()
        model.apply_diff(RosterDiff(upserted=people, removed_ids=[]))
        model.sort(sort_col)
        for match in steps:
            model.set_row_filter(match)
        return [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())]

    a = RowMatch(None, (), "1")
    an = RowMatch(None, (), "12")
    an_joined = RowMatch(None, ("st:joined",), "12")
    an_joined_us = RowMatch("US", ("st:joined",), "12")
    assert an.within(a) and an_joined.within(an) and an_joined_us.within(an_joined)
    assert not a.within(an) and not an.within(an_joined) and not RowMatch("CN").within(RowMatch("US"))
    for target, path in ((an, [a, an]), (an_joined_us, [a, an, an_joined, an_joined_us])):
        fresh = shown_with([target])
        assert 0 < len(fresh) < len(people)
        assert shown_with(path) == fresh
    # and back out (broader): everyone, in the model's order
    assert shown_with([a, an, None]) == shown_with([])


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_each_sorted_batch_ends_fully_sorted_and_keeps_persistent_indexes(qtbot, order):
    """Changed sort keys, arrivals and departures; each batch (new rows in few places: one
    insert signal per place; in many places, or rows that move: one layout change) must leave
    exactly the fully sorted order, with persistent indexes still on their participants."""
    model = RosterModel()
    model.apply_diff(RosterDiff(upserted=crowd(800, seed=41), removed_ids=[]))
    model.sort(COL_SYNC, order)
    desc = order == Qt.SortOrder.DescendingOrder
    rnd = random.Random(43)
    signals = {"inserted": 0, "layout": 0}
    model.rowsInserted.connect(lambda *_: signals.__setitem__("inserted", signals["inserted"] + 1))
    model.layoutChanged.connect(lambda *_: signals.__setitem__("layout", signals["layout"] + 1))
    for batch in range(12):
        ids = _ids(model)
        watched = ids[rnd.randrange(len(ids))]
        pin = QPersistentModelIndex(model.index(model.row_of(watched), COL_SYNC))
        n = (0 if batch % 2 else 20) if batch % 4 else 300  # no changes, a few, now and then many
        changes = [with_sync(model.entry(pid), rnd.choice(["none", "pending", "applied", "failed"]))
                   for pid in rnd.sample(ids, n)]  # fmt: skip
        gone = [pid for pid in rnd.sample(ids, 5) if pid != watched]
        newcomers = crowd(40 if batch % 3 else 3, seed=100 + batch, prefix=f"b{batch}-")
        model.apply_diff(RosterDiff(upserted=changes + newcomers, removed_ids=gone))
        keys = [(model.index(r, COL_SYNC).data(SORT_ROLE), model._seq[r]) for r in range(model.rowCount())]
        assert keys == sorted(keys, reverse=desc)
        for r, pid in enumerate(_ids(model)):
            assert model.row_of(pid) == r
        assert pin.isValid() and pin.data(ID_ROLE) == watched
    assert signals["inserted"] and signals["layout"]  # both ways were taken


def test_changes_on_screen_are_signalled_row_by_row_and_the_rest_around_them(qtbot):
    """With the rows on screen known, a batch of changes spread over the table signals each
    changed run on screen by itself and the others in one span above and one below it (a span
    across the screen repaints all of it); every changed row is covered, at once."""
    model = RosterModel()
    people = crowd(400, seed=3)
    model.apply_diff(RosterDiff(upserted=people, removed_ids=[]))
    model.set_watched_rows(100, 130)
    changed = [5, 50, 101, 102, 120, 200, 399]
    spans: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b, *_: spans.append((a.row(), b.row())))
    model.apply_diff(RosterDiff(upserted=[with_sync(people[r], "pending") for r in changed], removed_ids=[]))
    assert sorted(spans) == [(5, 50), (101, 102), (120, 120), (200, 399)]
    # Without a screen to watch, as before: runs, merged past MAX_RUNS.
    model.set_watched_rows(-1, -1)
    spans.clear()
    model.apply_diff(RosterDiff(upserted=[with_sync(people[r], "failed") for r in changed], removed_ids=[]))
    assert all(any(a <= r <= b for a, b in spans) for r in changed)
