"""The audit trail in the app: a table of every decision with filters, export and readmit.

`AuditTableModel` (a `QAbstractTableModel`, Vorta-style: named columns, a sort role with the
raw comparable value, an object role with the row) holds the rows of the engine's
`AuditLog.query()` (dicts with `hostguard.engine.store.AUDIT_COLUMNS`). `AuditFilterProxy`
filters by action, outcome, rule, text and time range. `AuditView` loads rows off the GUI
thread, exports what is shown as CSV or JSON with the engine's own writer (the same files
`hostguard audit export` writes), and offers "Readmit" (undo) through an injected callable,
e.g. ``engine.readmit``, where the service can admit people back.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimeZone,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hostguard.core.participants import plain_text
from hostguard.core.rules import ACTION_LABELS
from hostguard.engine.audit import export_rows
from hostguard.ui.tasks import TaskRunner

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2

# (row key, header); the model shows these, exports keep every column of the row.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("at", "Time (UTC)"),
    ("participant_name", "Participant"),
    ("role", "Role"),
    ("action", "Action"),
    ("rule", "Rule"),
    ("outcome", "Outcome"),
    ("detail", "Detail"),
    ("country", "Country"),
    ("network", "Network"),
    ("database", "Database"),
    ("actor", "By"),
    ("reason", "Reason"),
)
COL = {key: i for i, (key, _) in enumerate(COLUMNS)}
READMIT_ACTIONS = ("waiting_room", "remove", "block")
ANY = ""


def parse_time(value: object) -> float | None:
    """Epoch seconds from the audit's ISO 8601 UTC text (or a number)."""
    if value is None or value == "":
        return None
    if isinstance(value, int | float):
        return float(value)
    text = str(value).replace("Z", "+00:00")
    try:
        t = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    if t.tzinfo is None:
        t = t.replace(tzinfo=dt.UTC)
    return t.timestamp()


def outcome_of(row: dict[str, Any]) -> str:
    return str(row.get("outcome") or "pending")


class AuditTableModel(QAbstractTableModel):
    def __init__(self, rows: Iterable[dict[str, Any]] = (), parent=None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self._times: list[float | None] = []
        self.set_rows(rows)

    def set_rows(self, rows: Iterable[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = [dict(r) for r in rows]
        self._times = [parse_time(r.get("at")) for r in self._rows]
        self.endResetModel()

    def rows(self) -> list[dict[str, Any]]:
        return list(self._rows)

    def row_at(self, row: int) -> dict[str, Any]:
        return self._rows[row]

    def time_at(self, row: int) -> float | None:
        return self._times[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return COLUMNS[section][1]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(COLUMNS):
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == OBJECT_ROLE:
            return row
        if role == SORT_ROLE:
            if key == "at":
                t = self._times[index.row()]
                return t if t is not None else 0.0
            if key == "outcome":
                return outcome_of(row)
            v = row.get(key)
            return "" if v is None else str(v)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, key, index.row(), tooltip=role == Qt.ItemDataRole.ToolTipRole)
        return None

    def _text(self, row: dict[str, Any], key: str, r: int, *, tooltip: bool) -> str:
        v = row.get(key)
        if key == "at":
            t = self._times[r]
            return dt.datetime.fromtimestamp(t, dt.UTC).strftime("%Y-%m-%d %H:%M:%S") if t is not None else ""
        if key == "participant_name":
            name = plain_text(v) or str(row.get("participant_id") or "")
            return f"{name} ({row.get('participant_id')})" if tooltip else name
        if key == "action":
            return ACTION_LABELS.get(str(v), str(v or ""))
        if key == "outcome":
            return outcome_of(row)
        if key == "rule":
            return str(v) if v else "(default or exempt)"
        # Everything else is shown as plain single-line text.
        return plain_text(v, limit=1000 if tooltip else 200) if v is not None else ""

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class AuditFilterProxy(QSortFilterProxyModel):
    """Rows matching every active filter: action, outcome, rule, text, time range."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.action = ANY
        self.outcome = ANY
        self.rule = ANY
        self.text = ""
        self.start: float | None = None
        self.end: float | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_filters(self, *, action: str | None = None, outcome: str | None = None, rule: str | None = None,
                    text: str | None = None, start: Any = ..., end: Any = ...) -> None:
        """Change some filters; ``start``/``end`` (epoch seconds or None) only when given."""
        if action is not None:
            self.action = action
        if outcome is not None:
            self.outcome = outcome
        if rule is not None:
            self.rule = rule
        if text is not None:
            self.text = text.strip().casefold()
        if start is not ...:
            self.start = start
        if end is not ...:
            self.end = end
        self.invalidate()

    def active(self) -> bool:
        return bool(self.action or self.outcome or self.rule or self.text or self.start is not None or self.end is not None)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        m: AuditTableModel = self.sourceModel()  # type: ignore[assignment]
        row = m.row_at(source_row)
        if self.action and row.get("action") != self.action:
            return False
        if self.outcome and outcome_of(row) != self.outcome:
            return False
        if self.rule and (row.get("rule") or "") != self.rule:
            return False
        if self.start is not None or self.end is not None:
            t = m.time_at(source_row)
            if t is None or (self.start is not None and t < self.start) or (self.end is not None and t > self.end):
                return False
        if self.text:
            hay = " ".join(str(row.get(k) or "") for k in ("participant_name", "participant_id", "reason", "rule",
                                                           "detail", "country", "network", "actor", "action"))
            if self.text not in hay.casefold():
                return False
        return True

    def shown_rows(self) -> list[dict[str, Any]]:
        """The rows that pass the filters, oldest first (the order of the log and its exports)."""
        m: AuditTableModel = self.sourceModel()  # type: ignore[assignment]
        rows = sorted(self.mapToSource(self.index(r, 0)).row() for r in range(self.rowCount()))
        return [m.row_at(r) for r in rows]


class AuditView(QWidget):
    """The audit table with filters, export and readmit.

    ``source()`` returns the rows (e.g. ``engine.audit.query``), run off the GUI thread;
    ``exporter(path, fmt)`` writes the whole log (e.g. ``engine.audit.export``) and is used
    when no filter is active; ``readmit(participant_id)`` undoes a move or removal where the
    service allows it (``readmit_supported``: the adapter has the admit capability).
    Signals: ``rowsLoaded(int)``, ``exported(str path, int rows)``, ``readmitFinished(bool, str)``.
    """

    rowsLoaded = Signal(int)
    exported = Signal(str, int)
    readmitFinished = Signal(bool, str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        source: Callable[[], Sequence[dict[str, Any]]] | None = None,
        exporter: Callable[[str, str], Any] | None = None,
        readmit: Callable[[str], Any] | None = None,
        readmit_supported: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("auditView")
        self._source = source
        self._exporter = exporter
        self._readmit = readmit
        self._readmit_supported = readmit_supported
        self._runner = TaskRunner(self)
        self.model = AuditTableModel(parent=self)
        self.proxy = AuditFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        def combo(name: str, label: str) -> QComboBox:
            c = QComboBox(self)
            c.setObjectName(name)
            c.setAccessibleName(label)
            c.addItem(f"{label}: any", ANY)
            c.currentIndexChanged.connect(self._filters_changed)
            return c

        self.action_filter = combo("auditAction", "Action")
        self.outcome_filter = combo("auditOutcome", "Outcome")
        self.rule_filter = combo("auditRule", "Rule")
        self.search = QLineEdit(self)
        self.search.setObjectName("auditSearch")
        self.search.setAccessibleName("Search the audit log")
        self.search.setPlaceholderText("Search name, reason, country…")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filters_changed)
        self.use_range = QCheckBox("From", self)
        self.use_range.setAccessibleName("Limit to a time range")
        self.use_range.toggled.connect(self._filters_changed)
        now = QDateTime.currentDateTimeUtc()
        self.start_edit = QDateTimeEdit(now.addDays(-1), self)
        self.start_edit.setTimeZone(QTimeZone.utc())
        self.start_edit.setAccessibleName("Start of the time range (UTC)")
        self.end_edit = QDateTimeEdit(now.addDays(1), self)
        self.end_edit.setTimeZone(QTimeZone.utc())
        self.end_edit.setAccessibleName("End of the time range (UTC)")
        for e in (self.start_edit, self.end_edit):
            e.setCalendarPopup(True)
            e.setDisplayFormat("yyyy-MM-dd HH:mm")
            e.dateTimeChanged.connect(self._filters_changed)

        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName("Audit log")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL["at"], Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.refresh_button = QPushButton("&Refresh", self)
        self.refresh_button.setAccessibleName("Reload the audit log")
        self.refresh_button.clicked.connect(self.refresh)
        self.csv_button = QPushButton("Export &CSV…", self)
        self.csv_button.setAccessibleName("Export the shown rows as CSV")
        self.csv_button.clicked.connect(lambda: self._ask_export("csv"))
        self.json_button = QPushButton("Export &JSON…", self)
        self.json_button.setAccessibleName("Export the shown rows as JSON")
        self.json_button.clicked.connect(lambda: self._ask_export("json"))
        self.readmit_button = QPushButton("Re&admit", self)
        self.readmit_button.setObjectName("readmitButton")
        self.readmit_button.setAccessibleName("Readmit the selected participant (undo)")
        self.readmit_button.clicked.connect(self.readmit_selected)
        self.status = QLabel(self)
        self.status.setObjectName("auditStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        filters = QHBoxLayout()
        for w in (self.action_filter, self.outcome_filter, self.rule_filter):
            filters.addWidget(w)
        filters.addWidget(self.search, 1)
        range_row = QHBoxLayout()
        range_row.addWidget(self.use_range)
        range_row.addWidget(self.start_edit)
        range_row.addWidget(QLabel("to", self))
        range_row.addWidget(self.end_edit)
        range_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for b in (self.readmit_button, self.refresh_button, self.csv_button, self.json_button):
            buttons.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addLayout(filters)
        lay.addLayout(range_row)
        lay.addWidget(self.table, 1)
        lay.addLayout(buttons)
        self._update_buttons()

    # -- data --------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[dict[str, Any]]) -> None:
        self.model.set_rows(rows)
        self._refill_choices()
        self._update_buttons()
        self._show_count()

    def refresh(self) -> None:
        """Reload from ``source`` off the GUI thread; `rowsLoaded(n)` follows."""
        if self._source is None:
            return
        source = self._source
        self._run(lambda _p: list(source()), self._loaded)

    def _loaded(self, rows: Any, error: str) -> None:
        if error:
            self.status.setText(f"Could not read the audit log: {error}")
            return
        self.set_rows(rows)
        self.rowsLoaded.emit(len(rows))

    def _refill_choices(self) -> None:
        rows = self.model.rows()
        for combo, values in (
            (self.action_filter, sorted({str(r.get("action")) for r in rows if r.get("action")})),
            (self.outcome_filter, sorted({outcome_of(r) for r in rows})),
            (self.rule_filter, sorted({str(r.get("rule")) for r in rows if r.get("rule")})),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for v in values:
                combo.addItem(ACTION_LABELS.get(v, v) if combo is self.action_filter else v, v)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def _filters_changed(self, *_args: object) -> None:
        start = end = None
        if self.use_range.isChecked():
            start = self.start_edit.dateTime().toSecsSinceEpoch()
            end = self.end_edit.dateTime().toSecsSinceEpoch() + 59.999  # minutes are shown: include the last one
        self.proxy.set_filters(action=self.action_filter.currentData(), outcome=self.outcome_filter.currentData(),
                               rule=self.rule_filter.currentData(), text=self.search.text(), start=start, end=end)
        self._show_count()
        self._update_buttons()

    def set_time_range(self, start: dt.datetime | None, end: dt.datetime | None) -> None:
        self.use_range.setChecked(start is not None or end is not None)
        if start is not None:
            self.start_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(start.timestamp()), QTimeZone.utc()))
        if end is not None:
            self.end_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(end.timestamp()), QTimeZone.utc()))
        self._filters_changed()

    def _show_count(self) -> None:
        n, total = self.proxy.rowCount(), self.model.rowCount()
        self.status.setText(f"{n} of {total} entries shown" if n != total else f"{total} entries")

    def selected_row(self) -> dict[str, Any] | None:
        idx = self.table.selectionModel().selectedRows()
        return idx[0].data(OBJECT_ROLE) if idx else None

    # -- export ------------------------------------------------------------------------
    def _ask_export(self, fmt: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, f"Export audit log as {fmt.upper()}", f"hostguard-audit.{fmt}",
                                              f"{fmt.upper()} (*.{fmt})")
        if path:
            self.export(path, fmt)

    def export(self, path: str | os.PathLike[str], fmt: str) -> None:
        """Write the shown rows (all of the log when nothing is filtered) off the GUI thread."""
        p = str(path)
        exporter = self._exporter
        if exporter is not None and not self.proxy.active():
            def work(_progress) -> int:
                n = exporter(p, fmt)
                return n if isinstance(n, int) else self.model.rowCount()
        else:
            rows = self.proxy.shown_rows()

            def work(_progress) -> int:
                return export_rows(rows, p, fmt)

        def done(n: Any, error: str) -> None:
            if error:
                self.status.setText(f"Export failed: {error}")
                return
            self.status.setText(f"Exported {n} entries to {p}")
            self.exported.emit(p, int(n))

        self._run(work, done)

    # -- readmit -----------------------------------------------------------------------
    def _can_readmit(self, row: dict[str, Any] | None) -> bool:
        return (row is not None and self._readmit is not None and self._readmit_supported
                and row.get("action") in READMIT_ACTIONS and outcome_of(row) == "applied")

    def _update_buttons(self, *_args: object) -> None:
        row = self.selected_row()
        ok = self._can_readmit(row)
        self.readmit_button.setEnabled(ok)
        if self._readmit is None or not self._readmit_supported:
            self.readmit_button.setToolTip("This service cannot admit people back")
        elif not ok:
            self.readmit_button.setToolTip("Select someone who was moved or removed")
        else:
            self.readmit_button.setToolTip("")

    def readmit_selected(self) -> None:
        row = self.selected_row()
        if not self._can_readmit(row):
            return
        assert row is not None and self._readmit is not None
        pid = str(row.get("participant_id"))
        name = plain_text(row.get("participant_name")) or pid
        fn = self._readmit
        self.readmit_button.setEnabled(False)

        def done(_result: Any, error: str) -> None:
            self._update_buttons()
            text = (f"Could not readmit {name}: {error}" if error
                    else f"Readmission of {name} queued; the table shows the outcome when it settles.")
            self.status.setText(text)
            self.readmitFinished.emit(not error, text)
            if not error:
                self.refresh()

        self._run(lambda _p: fn(pid), done)

    # -- plumbing ----------------------------------------------------------------------
    def _run(self, fn: Callable[..., Any], done: Callable[[Any, str], None]) -> None:
        self._runner.run(fn, done)

    def wait_idle(self, msecs: int = 5000) -> bool:
        return self._runner.wait_idle(msecs)
