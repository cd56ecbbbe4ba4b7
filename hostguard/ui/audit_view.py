"""The audit trail in the app: a table of every decision with filters, export and readmit.

`AuditTableModel` (a `QAbstractTableModel`, Vorta-style: named columns, a sort role with the
raw comparable value, an object role with the row) holds the rows of the engine's
`AuditLog.query()` (dicts with `hostguard.engine.store.AUDIT_COLUMNS`), and filters (action,
outcome, rule, text, time range) and sorts them itself, in Python over values prepared once
per row: tens of thousands of rows sort in tens of milliseconds, where a proxy sort took
seconds. `AuditFilterProxy` holds the view's filters and passes them on. `AuditView` loads
and prepares rows off the GUI thread, exports what is shown as CSV or JSON with the engine's own writer (the same files
`hostguard audit export` writes), and offers "Readmit" (undo) through an injected callable,
e.g. ``engine.readmit``, where the service can admit people back.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
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
from hostguard.engine import export_rows
from hostguard.ui.labels import action_label
from hostguard.ui.qtcompat import emit
from hostguard.ui.tasks import TaskRunner

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2

# (row key, header); the model shows these, exports keep every column of the row.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("at", QT_TRANSLATE_NOOP("AuditTableModel", "Time (UTC)")),
    ("participant_name", QT_TRANSLATE_NOOP("AuditTableModel", "Participant")),
    ("role", QT_TRANSLATE_NOOP("AuditTableModel", "Role")),
    ("action", QT_TRANSLATE_NOOP("AuditTableModel", "Action")),
    ("rule", QT_TRANSLATE_NOOP("AuditTableModel", "Rule")),
    ("outcome", QT_TRANSLATE_NOOP("AuditTableModel", "Outcome")),
    ("detail", QT_TRANSLATE_NOOP("AuditTableModel", "Detail")),
    ("country", QT_TRANSLATE_NOOP("AuditTableModel", "Country")),
    ("network", QT_TRANSLATE_NOOP("AuditTableModel", "Network")),
    ("database", QT_TRANSLATE_NOOP("AuditTableModel", "Database")),
    ("actor", QT_TRANSLATE_NOOP("AuditTableModel", "By")),
    ("reason", QT_TRANSLATE_NOOP("AuditTableModel", "Reason")),
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


SEARCHED = ("participant_name", "participant_id", "reason", "rule", "detail", "country", "network", "actor", "action")


@dataclass(frozen=True, slots=True)
class PreparedRows:
    """Audit rows with what filtering and sorting need, computed once (off the GUI thread)."""

    rows: list[dict[str, Any]]
    times: list[float | None]
    haystacks: list[str]  # the searchable text of each row, casefolded
    choices: tuple[tuple[str, ...], ...] = ((), (), ())  # the actions, outcomes, rules present


def prepare_rows(rows: Iterable[dict[str, Any]]) -> PreparedRows:
    copied = [dict(r) for r in rows]
    return PreparedRows(
        copied,
        [parse_time(r.get("at")) for r in copied],
        [" ".join(str(r.get(k) or "") for k in SEARCHED).casefold() for r in copied],
        (
            tuple(sorted({str(r.get("action")) for r in copied if r.get("action")})),
            tuple(sorted({outcome_of(r) for r in copied})),
            tuple(sorted({str(r.get("rule")) for r in copied if r.get("rule")})),
        ),
    )


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """The view's filters as one test on a row: action, outcome, rule, text, time range."""

    action: str = ANY
    outcome: str = ANY
    rule: str = ANY
    text: str = ""  # casefolded
    start: float | None = None
    end: float | None = None

    def active(self) -> bool:
        return bool(self.action or self.outcome or self.rule or self.text or self.start is not None
                    or self.end is not None)  # fmt: skip

    def __call__(self, row: dict[str, Any], t: float | None, haystack: str) -> bool:
        if self.action and row.get("action") != self.action:
            return False
        if self.outcome and outcome_of(row) != self.outcome:
            return False
        if self.rule and (row.get("rule") or "") != self.rule:
            return False
        if (self.start is not None or self.end is not None) and (
            t is None or (self.start is not None and t < self.start) or (self.end is not None and t > self.end)
        ):
            return False
        return not self.text or self.text in haystack


class AuditTableModel(QAbstractTableModel):
    """Every audit row; shows those the filter takes, in the order of the sort column.

    Filtering and sorting happen here, in Python over values computed once per row, not in
    the proxy: a proxy sort calls data() twice per comparison, seconds for the tens of
    thousands of rows a big event's log holds (the roster model does the same; see there).
    """

    def __init__(self, rows: Iterable[dict[str, Any]] = (), parent=None) -> None:
        super().__init__(parent)
        self._data = PreparedRows([], [], [])
        self._shown: list[int] = []  # indices into the rows, in display order
        self._filter: AuditFilter | None = None
        self._sort_col = -1
        self._sort_desc = False
        self.set_rows(rows)

    # -- contents ---------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[dict[str, Any]] | PreparedRows) -> None:
        data = rows if isinstance(rows, PreparedRows) else prepare_rows(rows)
        self.beginResetModel()
        self._data = data
        self._shown = self._ordered(self._taken())
        self.endResetModel()

    def set_filter(self, f: AuditFilter | None) -> None:
        self.beginResetModel()
        self._filter = f if f is not None and f.active() else None
        self._shown = self._ordered(self._taken())
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_col = column if 0 <= column < len(COLUMNS) else -1
        self._sort_desc = order == Qt.SortOrder.DescendingOrder and self._sort_col >= 0
        emit(self.layoutAboutToBeChanged)
        before = self.persistentIndexList()
        held = [self._shown[p.row()] if 0 <= p.row() < len(self._shown) else None for p in before]
        self._shown = self._ordered(self._shown)
        where = {i: r for r, i in enumerate(self._shown)} if held else {}
        after = [self.index(where[i], p.column()) if i is not None else QModelIndex()
                 for i, p in zip(held, before, strict=True)]  # fmt: skip
        self.changePersistentIndexList(before, after)
        emit(self.layoutChanged)

    def _taken(self) -> list[int]:
        f, d = self._filter, self._data
        if f is None:
            return list(range(len(d.rows)))
        return [i for i, (r, t, h) in enumerate(zip(d.rows, d.times, d.haystacks, strict=True)) if f(r, t, h)]

    def _ordered(self, indices: list[int]) -> list[int]:
        """``indices`` in the order of the sort column (ties: the log's order)."""
        col = self._sort_col
        by_log = sorted(indices)
        if col < 0:
            return by_log
        key = COLUMNS[col][0]
        rows, times = self._data.rows, self._data.times
        if key == "at":
            keys = {i: (times[i] if times[i] is not None else 0.0) for i in by_log}
        elif key == "outcome":
            keys = {i: outcome_of(rows[i]) for i in by_log}
        else:
            keys = {i: "" if rows[i].get(key) is None else str(rows[i].get(key)) for i in by_log}
        return sorted(by_log, key=keys.__getitem__, reverse=self._sort_desc)

    # -- access -----------------------------------------------------------------------------
    def rows(self) -> list[dict[str, Any]]:
        """Every row, shown or filtered out, in the log's order."""
        return list(self._data.rows)

    @property
    def total_count(self) -> int:
        return len(self._data.rows)

    def choices(self) -> tuple[tuple[str, ...], ...]:
        """(actions, outcomes, rules) found in the rows, each sorted: for the filter lists."""
        return self._data.choices

    def shown_rows(self) -> list[dict[str, Any]]:
        """The rows the filter takes, in the log's order (that of its exports)."""
        rows = self._data.rows
        return [rows[i] for i in sorted(self._shown)]

    def row_at(self, row: int) -> dict[str, Any]:
        return self._data.rows[self._shown[row]]

    def time_at(self, row: int) -> float | None:
        return self._data.times[self._shown[row]]

    # -- Qt model interface -------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("AuditTableModel", COLUMNS[section][1])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown) or not 0 <= index.column() < len(COLUMNS):
            return None
        i = self._shown[index.row()]
        row = self._data.rows[i]
        key = COLUMNS[index.column()][0]
        if role == OBJECT_ROLE:
            return row
        if role == SORT_ROLE:
            if key == "at":
                t = self._data.times[i]
                return t if t is not None else 0.0
            if key == "outcome":
                return outcome_of(row)
            v = row.get(key)
            return "" if v is None else str(v)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, key, i, tooltip=role == Qt.ItemDataRole.ToolTipRole)
        return None

    def _text(self, row: dict[str, Any], key: str, i: int, *, tooltip: bool) -> str:
        v = row.get(key)
        if key == "at":
            t = self._data.times[i]
            return dt.datetime.fromtimestamp(t, dt.UTC).strftime("%Y-%m-%d %H:%M:%S") if t is not None else ""
        if key == "participant_name":
            name = plain_text(v) or str(row.get("participant_id") or "")
            return f"{name} ({row.get('participant_id')})" if tooltip else name
        if key == "action":
            return action_label(v)
        if key == "outcome":
            return outcome_of(row)
        if key == "rule":
            return str(v) if v else self.tr("(default or exempt)")
        # Everything else is shown as plain single-line text.
        return plain_text(v, limit=1000 if tooltip else 200) if v is not None else ""

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class AuditFilterProxy(QSortFilterProxyModel):
    """The view's model: passes the audit rows through and tells the model what to filter and
    sort by (both happen there, see AuditTableModel); keeps the filters the view sets."""

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

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, AuditTableModel):
            source.sort(column, order)
            return
        super().sort(column, order)

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
        source = self.sourceModel()
        if isinstance(source, AuditTableModel):
            source.set_filter(self.current_filter())

    def current_filter(self) -> AuditFilter:
        return AuditFilter(self.action, self.outcome, self.rule, self.text, self.start, self.end)

    def active(self) -> bool:
        return self.current_filter().active()

    def shown_rows(self) -> list[dict[str, Any]]:
        """The rows that pass the filters, oldest first (the order of the log and its exports)."""
        source = self.sourceModel()
        return source.shown_rows() if isinstance(source, AuditTableModel) else []


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
        person_exporter: Callable[[str, str, str], Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("auditView")
        self._person_exporter = person_exporter
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
            c.addItem(self.tr("{label}: any").format(label=label), ANY)
            c.currentIndexChanged.connect(self._filters_changed)
            return c

        self.action_filter = combo("auditAction", self.tr("Action"))
        self.outcome_filter = combo("auditOutcome", self.tr("Outcome"))
        self.rule_filter = combo("auditRule", self.tr("Rule"))
        self.search = QLineEdit(self)
        self.search.setObjectName("auditSearch")
        self.search.setAccessibleName(self.tr("Search the audit log"))
        self.search.setPlaceholderText(self.tr("Search name, reason, country…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filters_changed)
        self.use_range = QCheckBox(self.tr("From"), self)
        self.use_range.setAccessibleName(self.tr("Limit to a time range"))
        self.use_range.toggled.connect(self._filters_changed)
        now = QDateTime.currentDateTimeUtc()
        self.start_edit = QDateTimeEdit(now.addDays(-1), self)
        self.start_edit.setTimeZone(QTimeZone.utc())
        self.start_edit.setAccessibleName(self.tr("Start of the time range (UTC)"))
        self.end_edit = QDateTimeEdit(now.addDays(1), self)
        self.end_edit.setTimeZone(QTimeZone.utc())
        self.end_edit.setAccessibleName(self.tr("End of the time range (UTC)"))
        for e in (self.start_edit, self.end_edit):
            e.setCalendarPopup(True)
            e.setDisplayFormat("yyyy-MM-dd HH:mm")
            e.dateTimeChanged.connect(self._filters_changed)

        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Audit log"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL["at"], Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setAccessibleName(self.tr("Reload the audit log"))
        self.refresh_button.clicked.connect(self.refresh)
        self.csv_button = QPushButton(self.tr("Export &CSV…"), self)
        self.csv_button.setAccessibleName(self.tr("Export the shown rows as CSV"))
        self.csv_button.clicked.connect(lambda: self._ask_export("csv"))
        self.json_button = QPushButton(self.tr("Export &JSON…"), self)
        self.json_button.setAccessibleName(self.tr("Export the shown rows as JSON"))
        self.json_button.clicked.connect(lambda: self._ask_export("json"))
        self.readmit_button = QPushButton(self.tr("Re&admit"), self)
        self.readmit_button.setObjectName("readmitButton")
        self.readmit_button.setAccessibleName(self.tr("Readmit the selected participant (undo)"))
        self.readmit_button.clicked.connect(self.readmit_selected)
        # A person's access request: everything kept about the selected participant.
        self.person_button = QPushButton(self.tr("Export this &person's entries…"), self)
        self.person_button.setObjectName("exportPerson")
        self.person_button.setAccessibleName(self.tr("Export every entry about the selected participant"))
        self.person_button.clicked.connect(self._ask_export_person)
        self.person_button.setVisible(person_exporter is not None)
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
        range_row.addWidget(QLabel(self.tr("to"), self))
        range_row.addWidget(self.end_edit)
        range_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for b in (self.readmit_button, self.person_button, self.refresh_button, self.csv_button, self.json_button):
            buttons.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addLayout(filters)
        lay.addLayout(range_row)
        lay.addWidget(self.table, 1)
        lay.addLayout(buttons)
        self._update_buttons()

    # -- data --------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[dict[str, Any]] | PreparedRows) -> None:
        self.model.set_rows(rows)
        self._refill_choices()
        self._update_buttons()
        self._show_count()

    def refresh(self) -> None:
        """Reload from ``source`` off the GUI thread; `rowsLoaded(n)` follows."""
        if self._source is None:
            return
        source = self._source
        self._run(lambda _p: prepare_rows(source()), self._loaded)

    def _loaded(self, rows: Any, error: str) -> None:
        if error:
            self.status.setText(self.tr("Could not read the audit log: {error}").format(error=error))
            return
        self.set_rows(rows)
        self.rowsLoaded.emit(self.model.total_count)

    def _refill_choices(self) -> None:
        actions, outcomes, rules = self.model.choices()
        for combo, values in (
            (self.action_filter, actions),
            (self.outcome_filter, outcomes),
            (self.rule_filter, rules),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for v in values:
                combo.addItem(action_label(v) if combo is self.action_filter else v, v)
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
        n, total = self.proxy.rowCount(), self.model.total_count
        self.status.setText(self.tr("{n} of {total} entries shown").format(n=n, total=total) if n != total else self.tr("{total} entries").format(total=total))

    def selected_row(self) -> dict[str, Any] | None:
        idx = self.table.selectionModel().selectedRows()
        return idx[0].data(OBJECT_ROLE) if idx else None

    # -- export ------------------------------------------------------------------------
    def _ask_export(self, fmt: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export audit log as {format}").format(format=fmt.upper()), f"hostguard-audit.{fmt}",
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
                return n if isinstance(n, int) else self.model.total_count
        else:
            rows = self.proxy.shown_rows()

            def work(_progress) -> int:
                return export_rows(rows, p, fmt)

        def done(n: Any, error: str) -> None:
            if error:
                self.status.setText(self.tr("Export failed: {error}").format(error=error))
                return
            self.status.setText(self.tr("Exported {n} entries to {file}").format(n=n, file=p))
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
        self.person_button.setEnabled(row is not None and bool(row.get("participant_id")))
        if self._readmit is None or not self._readmit_supported:
            self.readmit_button.setToolTip(self.tr("This service cannot admit people back"))
        elif not ok:
            self.readmit_button.setToolTip(self.tr("Select someone who was moved or removed"))
        else:
            self.readmit_button.setToolTip("")

    def _ask_export_person(self) -> None:
        row = self.selected_row()
        if row is None or self._person_exporter is None:
            return
        pid = str(row.get("participant_id") or "")
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export this person's entries"), "hostguard-person.csv", "CSV (*.csv);;JSON (*.json)")
        if path:
            self.export_person(pid, path, "json" if path.lower().endswith(".json") or "json" in chosen.lower() else "csv")

    def export_person(self, participant_id: str, path: str | os.PathLike[str], fmt: str) -> None:
        """Write every entry kept about ``participant_id`` (and the sessions HostGuard linked to
        the same person in this meeting) off the GUI thread, whatever the filters show."""
        exporter = self._person_exporter
        if exporter is None or not participant_id:
            return
        p = str(path)

        def done(n: Any, error: str) -> None:
            if error:
                self.status.setText(self.tr("Export failed: {error}").format(error=error))
                return
            self.status.setText(self.tr("Exported {n} entries about {who} to {file}").format(
                n=n, who=participant_id, file=p))
            self.exported.emit(p, int(n))

        self._run(lambda _p: exporter(participant_id, p, fmt), done)

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
            text = (self.tr("Could not readmit {name}: {error}").format(name=name, error=error) if error
                    else self.tr("Readmission of {name} queued; the table shows the outcome when it settles.").format(name=name))
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
