"""The country breakdown: Qt's model checks, counts and shares, special categories, bars."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from hostguard.ui.breakdown import (
    COL_COUNT,
    COL_LABEL,
    COL_SHARE,
    KEY_ROLE,
    SHARE_ROLE,
    SPECIAL_ROLE,
    BreakdownModel,
    BreakdownView,
)
from hostguard.ui.roster_model import (
    CAT_INVALID,
    CAT_NO_ADDRESS,
    CAT_PRIVATE,
    CAT_UNKNOWN,
    RosterModel,
)
from tests.ui.factories import PRIVATE_IP, UNKNOWN_IP, RosterDiff, entry, with_sync


def _roster() -> RosterModel:
    m = RosterModel()
    people = (
        [entry(f"us{i}", ip="8.8.8.8") for i in range(5)]
        + [entry(f"cn{i}", ip="1.0.1.1") for i in range(3)]
        + [entry("pv", ip=PRIVATE_IP), entry("na", ip=""), entry("uk", ip=UNKNOWN_IP)]
        + [entry("gone", ip="81.2.69.160", status="removed")]  # not in the meeting any more
    )
    m.apply_diff(RosterDiff(upserted=people, removed_ids=[]))
    return m


def _rows(model: BreakdownModel) -> list[tuple[str, str, str]]:
    return [
        (model.index(r, COL_LABEL).data(KEY_ROLE), model.index(r, COL_COUNT).data(), model.index(r, COL_SHARE).data())
        for r in range(model.rowCount())
    ]


def test_counts_and_shares_with_special_categories_apart(qtmodeltester):
    roster = _roster()
    bd = BreakdownModel()
    bd.set_counts(roster.category_counts)
    qtmodeltester.check(bd, force_py=True)
    assert bd.total == 11  # joined or waiting; the removed person is not counted
    assert _rows(bd) == [
        ("US", "5", "45.5%"),
        ("CN", "3", "27.3%"),
        (CAT_UNKNOWN, "1", "9.1%"),
        (CAT_PRIVATE, "1", "9.1%"),
        (CAT_NO_ADDRESS, "1", "9.1%"),
    ]
    assert bd.index(0, COL_SHARE).data(SHARE_ROLE) == pytest.approx(5 / 11)
    assert bd.index(2, COL_LABEL).data() == "Unknown (not in database)"
    assert bd.index(3, COL_LABEL).data() == "Private network"
    assert bd.index(4, COL_LABEL).data() == "No address reported"
    assert bd.index(4, 0).data(SPECIAL_ROLE) is True and bd.index(0, 0).data(SPECIAL_ROLE) is False
    assert "China" in bd.index(1, COL_LABEL).data()


def test_live_updates_move_rows_and_keep_persistent_indexes(qtmodeltester):
    roster = _roster()
    bd = BreakdownModel()
    bd.set_counts(roster.category_counts)
    cn = QPersistentModelIndex(bd.index(1, 0))
    assert cn.data(KEY_ROLE) == "CN"
    # three more from China: CN overtakes US; then a new country and an invalid address
    roster.apply_diff(RosterDiff(upserted=[entry(f"cnx{i}", ip="1.0.1.1") for i in range(3)], removed_ids=[]))
    bd.set_counts(roster.category_counts)
    assert cn.isValid() and cn.row() == 0 and cn.data(KEY_ROLE) == "CN"
    roster.apply_diff(RosterDiff(upserted=[entry("gb", ip="81.2.69.160"), entry("bad", ip="nonsense")], removed_ids=[]))
    bd.set_counts(roster.category_counts)
    keys = bd.keys()
    assert keys[:3] == ["CN", "US", "GB"]
    assert keys[-1] == CAT_INVALID  # shown once there is one
    # people leave: GB disappears; the always-shown categories stay at zero
    roster.apply_diff(RosterDiff(upserted=[with_sync(entry("gb", ip="81.2.69.160", status="left"), "none")], removed_ids=["pv"]))
    bd.set_counts(roster.category_counts)
    assert "GB" not in set(bd.keys())
    assert bd.count(CAT_PRIVATE) == 0 and CAT_PRIVATE in set(bd.keys())
    qtmodeltester.check(bd, force_py=True)


def test_clicking_a_country_toggles_its_filter(qtbot):
    roster = _roster()
    bd = BreakdownModel()
    bd.set_counts(roster.category_counts)
    view = BreakdownView()
    qtbot.addWidget(view)
    view.setModel(bd)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    rect = view.visualRect(bd.index(1, COL_LABEL))
    with qtbot.waitSignal(view.categoryClicked) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["CN"]
    with qtbot.waitSignal(view.categoryClicked) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [None]
    # the bars are painted (the delegate runs without Qt warnings)
    assert not view.grab().isNull()
