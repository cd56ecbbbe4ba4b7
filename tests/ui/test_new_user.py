"""What a host trying the app for the first time ran into (round 2 under a real X server), kept
fixed: the country picker takes "China" + Enter, rows decided but not yet sent say so, the
breakdown's bars are readable at a glance, dialogs open at a usable size with the cursor where
typing starts, and the status bar shows only what applies."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from hostguard.ui import roster_model
from hostguard.ui.breakdown import COL_SHARE, SCALE_ROLE, SHARE_ROLE, BreakdownModel
from hostguard.ui.connection_dialog import MIN_WIDTH, ConnectionDialog
from hostguard.ui.country_picker import CountryPicker
from hostguard.ui.main_window import MainWindow
from hostguard.ui.roster_model import (
    COL_SYNC,
    NOT_SENT_LABEL,
    V_SYNC_TIP,
    V_TEXTS,
    RosterModel,
    render_row,
)
from hostguard.ui.rules_editor import RulesEditor
from hostguard.ui.session import demo_rules
from hostguard.ui.settings import SettingsStore
from tests.ui.factories import RosterDiff, entry, with_sync

# -- the country picker ----------------------------------------------------------------------------


def test_typing_a_country_name_and_enter_picks_it(qtbot):
    picker = CountryPicker()
    qtbot.addWidget(picker)
    qtbot.keyClicks(picker.search, "China")
    with qtbot.waitSignal(picker.selectionChanged) as sig:
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert sig.args == [["CN"]]
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)  # again: stays picked (Enter never unpicks)
    assert picker.selected() == ["CN"]
    picker.set_query("")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)  # nothing typed: nothing picked
    assert picker.selected() == ["CN"]


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, when the dialog shows
def test_china_enter_in_the_dialog_fills_the_rule(qtbot):
    editor = RulesEditor()
    qtbot.addWidget(editor)
    editor.set_ruleset(demo_rules())
    editor.add_rule()
    closed = []

    def type_china() -> None:
        dlg = QApplication.activeModalWidget()
        qtbot.keyClicks(dlg.picker.search, "China")
        qtbot.keyClick(dlg.picker.search, Qt.Key.Key_Return)  # picks it, and OK is the default
        closed.append(dlg.result())

    QTimer.singleShot(0, type_china)
    editor.findChild(QPushButton, "pick_countries").click()
    assert closed == [1]
    assert editor.countries_edit.text() == "CN"


def test_without_an_emoji_font_the_picker_shows_no_empty_boxes(qtbot):
    was = roster_model.flag_emoji_shown()
    roster_model.use_flag_emoji(False)
    try:
        picker = CountryPicker()
        qtbot.addWidget(picker)
        picker.set_query("CN")
        assert picker.view.model().index(0, 0).data() == "China (CN)"
    finally:
        roster_model.use_flag_emoji(was)


# -- the roster and the breakdown ------------------------------------------------------------------


def test_decided_but_not_sent_says_so():
    cn = render_row(entry("cn1", ip="1.0.1.1"))  # "Waiting room for CN", nothing sent yet
    assert cn[V_TEXTS][COL_SYNC] == NOT_SENT_LABEL
    assert "press Apply" in cn[V_SYNC_TIP]
    assert render_row(with_sync(entry("cn2", ip="1.0.1.1"), "applied"))[V_TEXTS][COL_SYNC] == "Applied"
    assert render_row(entry("us1", ip="8.8.8.8"))[V_TEXTS][COL_SYNC] == ""  # allowed: nothing to send


def test_the_largest_share_fills_the_bar():
    roster = RosterModel()
    people = [entry(f"us{i}", ip="8.8.8.8") for i in range(3)] + [entry("cn", ip="1.0.1.1")]
    roster.apply_diff(RosterDiff(upserted=people, removed_ids=[]))
    model = BreakdownModel()
    model.set_counts(roster.category_counts)
    shares = [model.index(r, COL_SHARE).data(SHARE_ROLE) for r in range(model.rowCount())]
    assert max(shares) == pytest.approx(0.75)
    assert [model.index(r, COL_SHARE).data(SCALE_ROLE) for r in range(model.rowCount())] == pytest.approx(
        [0.75] * model.rowCount())


# -- dialogs and the status bar --------------------------------------------------------------------


def test_connection_dialog_opens_wide_enough_with_the_cursor_where_typing_starts(qtbot, settings):
    dlg = ConnectionDialog(store=SettingsStore(settings))
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: not dlg.is_busy(), timeout=5000)
    assert dlg.minimumWidth() >= MIN_WIDTH
    assert dlg.first_empty_field() is dlg.url_edit  # the reference service needs its address first
    dlg.service_combo.setCurrentIndex(dlg.service_combo.findData("zoom"))
    assert dlg.first_empty_field() is dlg.meeting_edit  # Zoom's address is optional
    dlg.meeting_edit.setText("123")
    assert dlg.first_empty_field() is dlg.field_edits["account_id"]


def test_first_run_status_bar_shows_only_what_applies(qtbot, settings):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show_first_run()
    assert window.conn_label.text() == "Not connected"
    assert window.sync_label.isHidden() and window.people_label.isHidden() and window.budget_label.isHidden()
    assert window.service_panel.isHidden()
    window.shutdown()


def test_credential_fields_come_between_the_meeting_and_the_test_button(qtbot, settings):
    dlg = ConnectionDialog(store=SettingsStore(settings))
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: not dlg.is_busy(), timeout=5000)
    dlg.service_combo.setCurrentIndex(dlg.service_combo.findData("zoom"))
    chain, w = [], dlg.meeting_edit
    for _ in range(4):
        w = w.nextInFocusChain()
        while not (w.focusPolicy() & Qt.FocusPolicy.TabFocus) or w.isHidden():
            w = w.nextInFocusChain()
        chain.append(w)
    assert chain == [*dlg.field_edits.values(), dlg.test_button]


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_the_keyring_sentence_never_overlaps_the_rows_below(qtbot, settings):
    """It arrives from a worker thread after the dialog is shown, and wraps onto two lines."""
    dlg = ConnectionDialog(store=SettingsStore(settings))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    label = dlg.keyring_label
    with qtbot.waitSignal(dlg.keyringChecked, timeout=5000):
        pass
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()), timeout=5000)
    long = "No usable keyring here (keyring found no backend to use). " * 3
    dlg.keyring_label.setText(long)
    dlg.fit_later()
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()), timeout=5000)

    def bottom(w):
        return w.mapTo(dlg, w.rect().bottomLeft()).y()

    def top(w):
        return w.mapTo(dlg, w.rect().topLeft()).y()

    assert bottom(dlg.keyring_label) < top(dlg.test_button)
