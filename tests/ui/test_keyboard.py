"""The main flow with the keyboard alone: start the demo from the first-run page, read the
country breakdown and filter by a country, write a rule for that country, preview it, apply it
through the confirmation dialog and open the audit log. Only key presses reach the window;
each step checks where the focus is (visible, in the active window) and what happened."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from hostguard.ui import session as session_mod
from hostguard.ui.breakdown import COL_LABEL, KEY_ROLE

MAX_TABS = 80  # a focus chain longer than this is not a sensible tab order


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """One key press, delivered where a person's key press goes: the focused widget."""
    target = focused() or QApplication.activeWindow()
    assert target is not None, "no window has the keyboard"
    qtbot.keyClick(target, key, modifier)


def tab_to(qtbot, want, *, backwards: bool = False) -> QWidget:
    """Press Tab (or Shift+Tab) until ``want(widget)`` holds for the focused widget; the
    focus must stay visible all the way (a stop nobody can see is a broken tab order)."""
    seen = []
    for _ in range(MAX_TABS):
        w = focused()
        if w is not None and want(w):
            return w
        if w is not None:
            assert w.isVisible(), f"focus on a hidden widget {w.objectName()!r} after {seen}"
            seen.append(w.objectName() or type(w).__name__)
        press(qtbot, Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached the control; the focus went through {seen}")


def named(name: str):
    return lambda w: w.objectName() == name


@pytest.mark.slow
def test_the_main_flow_by_keyboard_alone(qtbot, window, monkeypatch):
    # The demo with a known, small crowd (the button's own path, only the size fixed).
    real = session_mod.start_demo
    monkeypatch.setattr(session_mod, "start_demo",
                        lambda *a, **k: real(*a, **{**k, "crowd": 40, "pool": 30, "join_rate": 5.0, "seed": 11}))
    window.show_first_run()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    # 1. First-run page: Tab to "Try the demo", Space.
    tab_to(qtbot, named("firstRun_demo"))
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.session is not None, timeout=20000)
    qtbot.waitUntil(lambda: window.model.rowCount() >= 40, timeout=20000)
    qtbot.waitUntil(lambda: window.breakdown_model.count("CN") > 0, timeout=20000)

    # 2. The breakdown: Tab into it, walk to a country the sample rules leave alone (not CN)
    # with the arrow keys; Space filters the roster to it.
    bd = window.breakdown_model
    keys = [bd.index(r, COL_LABEL).data(KEY_ROLE) for r in range(bd.rowCount())]
    target = next(k for k in keys if not k.startswith("~") and k != "CN" and bd.count(k) > 0)
    view = tab_to(qtbot, lambda w: w is window.breakdown_view)
    press(qtbot, Qt.Key.Key_Home)
    for _ in range(bd.rowCount()):
        if view.currentIndex().siblingAtColumn(COL_LABEL).data(KEY_ROLE) == target:
            break
        press(qtbot, Qt.Key.Key_Down)
    assert view.currentIndex().siblingAtColumn(COL_LABEL).data(KEY_ROLE) == target
    press(qtbot, Qt.Key.Key_Space)
    assert window.proxy.rowCount() == bd.count(target)

    # 3. A rule for China: Ctrl+2 opens the rules, Add rule, name, action, countries.
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1
    editor = window.rules_editor
    before = editor.rule_count()
    tab_to(qtbot, named("addRule"))
    press(qtbot, Qt.Key.Key_Space)
    assert editor.rule_count() == before + 1
    name = tab_to(qtbot, named("ruleName"))
    name.selectAll()
    qtbot.keyClicks(name, f"Remove {target}")
    action = tab_to(qtbot, named("ruleAction"))
    while action.currentData() != "remove":
        before_index = action.currentIndex()
        press(qtbot, Qt.Key.Key_Down)
        assert action.currentIndex() != before_index, "the action list ended before 'remove'"
    countries = tab_to(qtbot, named("rule_countries"))
    qtbot.keyClicks(countries, target)
    qtbot.waitUntil(lambda: editor.ruleset() is not None and any(r.name == f"Remove {target}" for r in editor.ruleset().rules))
    rule = next(r for r in editor.ruleset().rules if r.name == f"Remove {target}")
    assert rule.action == "remove" and set(rule.countries) == {target}

    # 4. Preview: F5.
    panel = window.preview_panel
    with qtbot.waitSignal(panel.previewReady, timeout=20000):
        press(qtbot, Qt.Key.Key_F5)
    result = panel.result()
    assert result is not None and result.sending > 0

    # 5. Apply: Ctrl+Return opens the confirmation; inside it, keys only: tick the guard's
    # box if it asks, Tab to Apply, Space. (Enter alone would cancel: Cancel is the default.)
    steps: list[str] = []

    def confirm_by_keys() -> None:
        dlg = QApplication.activeModalWidget()
        if dlg is None or type(dlg).__name__ != "ApplyDialog":
            QTimer.singleShot(20, confirm_by_keys)
            return
        try:
            # A window manager gives a new modal dialog the keyboard; offscreen, ask for it.
            dlg.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg, timeout=5000)
            if dlg.understand.isVisible():
                tab_to(qtbot, lambda w: w is dlg.understand)
                press(qtbot, Qt.Key.Key_Space)
                steps.append("understood")
            tab_to(qtbot, lambda w: w is dlg.apply_button)
            press(qtbot, Qt.Key.Key_Space)
            steps.append("applied")
        except AssertionError as e:  # never leave the modal dialog open: the test would hang
            steps.append(f"failed: {e}")
        finally:
            if dlg.isVisible():
                dlg.reject()

    QTimer.singleShot(20, confirm_by_keys)
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert steps and steps[-1] == "applied"
    sim = window.session.simulator
    qtbot.waitUntil(lambda: any(a["action"] == "remove" for a in sim.state()["actions"]), timeout=30000)

    # 6. The audit log: Ctrl+L; the removal is listed.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    audit = None

    def audit_open() -> bool:
        nonlocal audit
        audit = next((w for w in QApplication.topLevelWidgets()
                      if type(w).__name__ == "AuditView" and w.isVisible()), None)
        return audit is not None

    qtbot.waitUntil(audit_open, timeout=10000)
    audit.refresh()
    qtbot.waitUntil(lambda: audit.model.rowCount() > 0, timeout=20000)
    audit.close()


def test_the_tab_order_follows_the_screen_on_the_roster_page(qtbot, window):
    """Search, then the quick filter, then the table: the order they are read in."""
    window.stack.setCurrentWidget(window.tabs)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.search.setFocus()
    order = []
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Tab)
        order.append(focused())
    assert order[0] is window.quick
    assert window.table in order
