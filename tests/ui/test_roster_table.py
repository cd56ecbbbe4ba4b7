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
