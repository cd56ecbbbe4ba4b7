"""The roster's table view repaints what changed on screen, and everything it must: rows that
come or go below the screen repaint nothing on it; above it, or on it, they repaint it; a
change off screen repaints nothing, on screen only its rows. Real Qt widgets (offscreen)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

from hostguard.ui.roster_model import COL_NAME, COL_SYNC, RosterFilterProxy, RosterModel
from hostguard.ui.roster_table import RosterTable
from tests.ui.factories import RosterDiff, crowd, with_sync


class PaintLog(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.heights: list[int] = []

    def eventFilter(self, _obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.heights.append(event.rect().height())
        return False


def _table(qtbot, n: int = 300):
    model = RosterModel()
    proxy = RosterFilterProxy()
    proxy.setSourceModel(model)
    table = RosterTable()
    table.setModel(proxy)
    table.resize(600, 400)
    qtbot.addWidget(table)
    people = crowd(n, seed=12)
    model.apply_diff(RosterDiff(upserted=people, removed_ids=[]))
    table.show()
    qtbot.waitExposed(table)
    paints = PaintLog()
    table.viewport().installEventFilter(paints)
    qtbot.wait(50)
    paints.heights.clear()
    return model, table, people, paints


def _settle(qtbot) -> None:
    qtbot.wait(60)  # the delayed layout and the paint it asks for


def test_rows_that_come_or_go_below_the_screen_repaint_nothing_on_it(qtbot):
    model, table, people, paints = _table(qtbot)
    shown = table.shown_rows()
    assert shown is not None and shown[1] < 100
    scrollbar_max = table.verticalScrollBar().maximum()
    model.apply_diff(RosterDiff(upserted=crowd(320, seed=13)[300:], removed_ids=[people[250].participant.id]))
    _settle(qtbot)
    assert paints.heights == [] and table.quiet_layouts >= 1
    assert table.verticalScrollBar().maximum() > scrollbar_max  # the scroll bar follows
    # A row gone from the screen moves everything under it: all of it is repainted.
    before = table.full_layouts
    model.apply_diff(RosterDiff(upserted=[], removed_ids=[people[0].participant.id]))
    _settle(qtbot)
    assert table.full_layouts > before and max(paints.heights) >= table.viewport().height() - 1
    assert model.index(0, COL_NAME).data() != people[0].participant.name


def test_a_change_off_screen_repaints_nothing_and_on_screen_only_its_rows(qtbot):
    model, table, people, paints = _table(qtbot)
    model.apply_diff(RosterDiff(upserted=[with_sync(people[r], "pending") for r in (150, 151, 152, 290)], removed_ids=[]))
    # Signalled as one long span, as a model may: still nothing on screen to repaint.
    model.dataChanged.emit(model.index(100, 0), model.index(299, COL_SYNC))
    _settle(qtbot)
    assert paints.heights == []
    model.apply_diff(RosterDiff(upserted=[with_sync(people[3], "pending")], removed_ids=[]))
    _settle(qtbot)
    assert paints.heights and max(paints.heights) <= 2 * table.rowHeight(3)
    # A span across the screen and beyond it repaints the screen's part of it.
    paints.heights.clear()
    model.dataChanged.emit(model.index(2, 0), model.index(299, COL_SYNC))
    _settle(qtbot)
    assert paints.heights and max(paints.heights) < table.viewport().height()


def test_sorted_rows_placed_below_the_screen_repaint_nothing_on_it(qtbot):
    """Sorted, a batch of new rows lands in many places (one layout change, said to Qt as a
    sort of the rows): where all of them land below the screen, nothing on it is repainted (Qt
    6.11 repainted everything it showed at each batch of a sorted first roster); where one
    lands on it, all of it is."""
    from PySide6.QtCore import Qt

    from tests.ui.factories import entry

    model, table, _people, paints = _table(qtbot)
    from PySide6.QtWidgets import QHeaderView

    # As the window has it (MainWindow._build_table).
    vh = table.verticalHeader()
    vh.hide()
    vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vh.setDefaultSectionSize(22)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)
    table.setShowGrid(False)
    table.resize(1000, 700)
    table.setSortingEnabled(True)
    table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)  # "Person 0", "Person 1", "Person 10"...
    _settle(qtbot)
    shown = table.shown_rows()
    assert shown is not None and shown[1] < 40
    on_screen = [model.index(r, COL_NAME).data() for r in range(shown[1] + 1)]
    paints.heights.clear()
    # "Person 205z", "Person 215z"...: each after "Person 205", "Person 215"..., far below.
    late = [entry(f"late{i}", f"Person {20 + i}5z", "8.8.8.8") for i in range(12)]
    model.apply_diff(RosterDiff(upserted=late, removed_ids=[]))
    _settle(qtbot)
    assert paints.heights == [] and table.quiet_layouts >= 1
    assert [model.index(r, COL_NAME).data() for r in range(shown[1] + 1)] == on_screen
    names = [model.index(r, COL_NAME).data() for r in range(model.rowCount())]
    assert names == sorted(names, key=str.casefold) and "Person 215z" in names
    # One of a batch lands on the screen: all of it is repainted.
    before = table.full_layouts
    model.apply_diff(RosterDiff(upserted=[entry("early", "Person 0a", "8.8.8.8"),
                                          *[entry(f"more{i}", f"Person {30 + i}5z", "8.8.8.8") for i in range(12)]],
                                removed_ids=[]))  # fmt: skip
    _settle(qtbot)
    assert table.full_layouts > before and max(paints.heights) >= table.viewport().height() - 1
    assert model.index(1, COL_NAME).data() == "Person 0a"
