"""What a screen reader gets, read through Qt's accessibility interface (QAccessible):
every control a person can reach has a name, the roster table names its row and column
headers, and the changes that matter are announced."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from hostguard.ui import session as session_mod
from hostguard.ui.roster_model import COL_NAME, ROSTER_COLUMNS
from tests.ui.factories import RosterDiff, entry


@pytest.fixture(autouse=True)
def _accessibility_on():
    """As with a screen reader running; off again after (an active bridge reads models at
    other times than painting, which other tests measure)."""
    was = QAccessible.isActive()
    QAccessible.setActive(True)
    yield
    QAccessible.setActive(was)


def accessible_name(w: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(w)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def unnamed_controls(top: QWidget) -> list[str]:
    """Visible controls the keyboard can reach whose accessible name is empty."""
    bad = []
    for w in [top, *top.findChildren(QWidget)]:
        if w.window() is not top or not w.isVisible():
            continue
        if not (w.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if w.focusProxy() is not None:
            continue  # the proxy is what gets the focus (and is checked itself)
        if not accessible_name(w):
            bad.append(f"{type(w).__name__} {w.objectName()!r} (parent {type(w.parent()).__name__} "
                       f"{w.parent().objectName()!r})")
    return bad


def start_demo(qtbot, window) -> None:
    window._start_session(
        lambda on_diff, on_status: session_mod.start_demo(on_diff, on_status, crowd=20, pool=20, join_rate=5.0, seed=2),
        "starting",
    )
    qtbot.waitUntil(lambda: window.session is not None, timeout=20000)
    qtbot.waitUntil(lambda: window.model.rowCount() >= 20, timeout=20000)


@pytest.mark.slow
def test_every_reachable_control_has_a_name(qtbot, window, settings):
    from hostguard.ui.about import AboutDialog
    from hostguard.ui.apply_dialog import ApplyDialog
    from hostguard.ui.connection_dialog import ConnectionDialog
    from hostguard.ui.settings import SettingsStore

    window.show_first_run()
    window.show()
    qtbot.waitExposed(window)
    problems = ["first-run: " + p for p in unnamed_controls(window)]
    start_demo(qtbot, window)
    problems += ["roster: " + p for p in unnamed_controls(window)]
    window.tabs.setCurrentIndex(1)
    panel = window.preview_panel
    with qtbot.waitSignal(panel.previewReady, timeout=20000):
        panel.refresh()
    window.rules_editor.advanced_toggle.setChecked(True)
    problems += ["rules: " + p for p in unnamed_controls(window)]
    dialogs = [
        ApplyDialog(panel.result(), service="Reference service", capabilities=window.session.capabilities, parent=window),
        window.make_settings_dialog(),
        AboutDialog(window, window.session.resolver),
        ConnectionDialog(window, store=SettingsStore(settings)),
    ]
    for dlg in dialogs:
        dlg.show()
        qtbot.waitExposed(dlg)
        problems += [f"{type(dlg).__name__}: " + p for p in unnamed_controls(dlg)]
        dlg.close()
    window.open_audit()
    audit = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "AuditView" and w.isVisible())
    problems += ["audit: " + p for p in unnamed_controls(audit)]
    audit.close()
    assert not problems, "controls without an accessible name:\n" + "\n".join(problems)


def test_the_roster_table_reports_row_and_column_headers(qtbot, window):
    window.stack.setCurrentWidget(window.tabs)
    window.show()
    qtbot.waitExposed(window)
    window.bridge.on_diff(RosterDiff(upserted=[entry("a", name="Ana Lima", ip="8.8.8.8"),
                                              entry("b", name="Bo Chen", ip="1.0.1.1")], removed_ids=[]))
    window.bridge.flush()
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 2)
    table = QAccessible.queryAccessibleInterface(window.table)
    assert table.role() == QAccessible.Role.Table
    assert table.text(QAccessible.Text.Name) == "Participants"
    children = [table.child(i) for i in range(table.childCount())]
    column_headers = [c.text(QAccessible.Text.Name) for c in children if c.role() == QAccessible.Role.ColumnHeader]
    assert column_headers == [c.title for c in ROSTER_COLUMNS]
    row_headers = [c.text(QAccessible.Text.Name) for c in children if c.role() == QAccessible.Role.RowHeader]
    names = {window.proxy.index(r, COL_NAME).data() for r in range(2)}
    assert set(row_headers) == names == {"Ana Lima", "Bo Chen"}
    cell = next(c for c in children if c.role() == QAccessible.Role.Cell)
    cell_iface = cell.tableCellInterface()
    column_of_cell = [h.text(QAccessible.Text.Name) for h in cell_iface.columnHeaderCells()]
    row_of_cell = [h.text(QAccessible.Text.Name) for h in cell_iface.rowHeaderCells()]
    assert len(column_of_cell) == 1 and column_of_cell[0] in column_headers
    assert len(row_of_cell) == 1 and row_of_cell[0] in names


def test_losing_and_regaining_the_connection_is_announced(qtbot, window):
    """The status the engine reports: connected, then an error, then connected again."""
    from dataclasses import dataclass, field

    @dataclass
    class Status:  # the fields MainWindow reads from the engine's status
        connected: bool
        last_error: str = ""
        pending: int = 0
        applied: int = 0
        failed: int = 0
        unsupported: int = 0
        manual: int = 0
        backing_off_until: float | None = None
        rate_limited: bool = False
        dry_run: bool = False
        budget: str = ""
        guard_blocked: object = None
        extra: dict = field(default_factory=dict)

    start_demo(qtbot, window)
    said: list[tuple[str, bool]] = []
    window.announced.connect(lambda text, assertive: said.append((text, assertive)))
    window._on_status(Status(connected=True))
    window._on_status(Status(connected=False, last_error="connection refused"))
    window._on_status(Status(connected=False, last_error="connection refused"))  # once, not per report
    window._on_status(Status(connected=True))
    lost = [s for s in said if "lost" in s[0]]
    back = [s for s in said if "again" in s[0]]
    assert len(lost) == 1 and lost[0][1] is True  # assertive: it must not wait
    assert len(back) == 1 and back[0][1] is False
