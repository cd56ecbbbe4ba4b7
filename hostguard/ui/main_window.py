"""The main window: live roster, country breakdown, details, rules with preview and apply.

Layout: a first-run page until a meeting is connected, then tabs "Roster" (search, quick
filter, the table) and "Rules" (the editor and its preview); docks for the country breakdown
and the participant details; a status bar with the sync counts. The engine reaches the window
only through the `EngineBridge` (batched, GUI thread); anything that may block (starting a
session, applying, readmitting) runs on a worker thread and reports back through a queued
signal. Each key sequence has exactly one owner, a QAction in the menus.
"""

from __future__ import annotations

import contextlib
import logging
import time
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hostguard.core.rules import ENFORCING_ACTIONS
from hostguard.engine import MeetingInUse, export_rows, forget_meeting, iso_time, read_audit_rows
from hostguard.ui import notify as notify_mod
from hostguard.ui import session as session_mod
from hostguard.ui import theme
from hostguard.ui.about import AboutDialog
from hostguard.ui.announce import announce
from hostguard.ui.apply_dialog import ApplyDialog
from hostguard.ui.audit_view import AuditView
from hostguard.ui.breakdown import BreakdownModel, BreakdownView
from hostguard.ui.connection_dialog import ConnectionDetails, ConnectionDialog
from hostguard.ui.details import DetailsPane
from hostguard.ui.engine_bridge import EngineBridge
from hostguard.ui.labels import action_label, guard_text, plural
from hostguard.ui.notify import Notifier
from hostguard.ui.preview import PreviewPanel, compute_preview, engine_previewer
from hostguard.ui.qtcompat import emit, forget_module_sources
from hostguard.ui.roster_model import (
    COL_NAME,
    ID_ROLE,
    ROSTER_COLUMNS,
    V_ACTION,
    V_TEXTS,
    VISUAL_ORDER,
    RosterFilterProxy,
    RosterModel,
    category_label,
)
from hostguard.ui.roster_table import RosterTable
from hostguard.ui.rows import COL_COUNTRY, COL_DECISION, COL_ROLE, COL_STATUS, V_REASON
from hostguard.ui.rules_editor import RulesEditor
from hostguard.ui.service_panel import ServicePanel
from hostguard.ui.settings import SettingsDialog, SettingsStore
from hostguard.ui.tasks import TaskRunner
from hostguard.ui.undo_dialog import UndoDialog

log = logging.getLogger(__name__)

APP_TITLE = "HostGuard"
SEARCH_DEBOUNCE_MS = 250
# Columns of addresses, networks and times: left to right inside their cells in every language.
LEFT_TO_RIGHT_COLUMNS = ("evidence", "network", "joined")
COLUMN_KEYS = [c.key for c in ROSTER_COLUMNS]
# The country breakdown redraws at most once a second under a stream of changes, as often as
# people who join or leave reach the table (EngineBridge.STRUCTURE_INTERVAL_MS).
BREAKDOWN_MS = 1000
LAST_ACTIONS = 5  # the status bar's last actions (the newest shown, the others in its tooltip)
COUNTS_MS = 1000  # the rules list's live counts: at most once a second


class LeftToRightDelegate(QStyledItemDelegate):
    """Draws its cells left to right even in a right-to-left layout: addresses, networks and
    times read the same in Arabic ("203.0.113.5", "AS13335"), while the columns and the rest of
    the window mirror."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.direction = Qt.LayoutDirection.LeftToRight


def export_person(engine, participant_id: str, path: str, fmt: str) -> int:
    """Write what the audit keeps about one participant of the engine's meeting (a person's
    access request; the same rows as `hostguard audit export --participant`). Reads the state
    database: not on the GUI thread."""
    rows = [r for r in read_audit_rows(engine.store.state_dir, participant_id, meetings=[engine.meeting_id])
            if r.get("service") == engine.service]
    rows.sort(key=lambda r: r["at"])
    for r in rows:
        r["at"] = iso_time(r["at"])
        r["settled_at"] = iso_time(r["settled_at"])
    return export_rows(rows, path, fmt)




class RosterChangeCounter:
    """Counts who joined or left the roster model since it was made (the Apply dialog says it
    while it is open), from the model's batches on the GUI thread."""

    def __init__(self, model: RosterModel, report) -> None:
        self._model = model
        self._report = report
        self.present = model.present_ids()  # from the rows' views: no entry decoded
        self.joined = 0
        self.left = 0
        model.batchApplied.connect(self._on_batch)

    def _on_batch(self, upserted: set, removed: set) -> None:
        before = (self.joined, self.left)
        for pid in upserted:
            here = self._model.is_present(pid)
            if here and pid not in self.present:
                self.present.add(pid)
                self.joined += 1
            elif not here and pid in self.present:
                self.present.discard(pid)
                self.left += 1
        for pid in removed:
            if pid in self.present:
                self.present.discard(pid)
                self.left += 1
        if (self.joined, self.left) != before:
            self._report(self.joined, self.left)

    def close(self) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self._model.batchApplied.disconnect(self._on_batch)


class ClickableLabel(QLabel):
    """A status-bar label that does something when clicked (the enforcement indicator)."""

    clicked = Signal()

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.isEnabled():
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class MainWindow(QMainWindow):
    sessionStarted = Signal(object)
    sessionFailed = Signal(str)
    resolverReloaded = Signal(bool)
    # A sentence told to screen readers (ui/announce.py) and whether it interrupts.
    announced = Signal(str, bool)
    # The burst guard held actions (Engine.subscribe_hold fires on engine threads; this
    # signal carries the BurstHold to the GUI thread).
    holdRaised = Signal(object)
    forgotten = Signal(bool, str)  # a meeting was (or was not) forgotten, and what was said
    # The engine process stopped, was started again, or could not be (RemoteEngine.on_event,
    # from its reader thread): kind ("died", "restarted", "gave_up"), and the sentence.
    engineEvent = Signal(str, str)
    # A participant's entry the details pane asked the engine process for (its reader thread
    # answers): the participant id, and the future with the entry or the error.
    entryArrived = Signal(str, object)
    # Closing the window leaves an engine process that enforces on new joiners running
    # (README: "Closing the window during a meeting"); tests turn this off.
    detach_on_close = True

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings if settings is not None else QSettings()
        self.session: Any | None = None
        self.settings_dialog: Any | None = None
        # Settings → GeoIP → Update: downloads and installs (off the GUI thread); replaceable
        # so tests point it at a loopback server.
        self.geoip_updater = session_mod.update_geoip_database
        self._closing = False
        self._starting = False
        self._was_connected: bool | None = None  # for announcing a lost or regained connection
        self._last_guard_hold = ""
        self._enforce_busy = False  # a switch of enforcement is on its way to the engine
        self._held_shown = 0
        self._docks_parked: list[QDockWidget] = []
        self._jobs = TaskRunner(self)

        self.model = RosterModel(self)
        self.proxy = RosterFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.bridge = EngineBridge(self.model, self)
        theme.use_scheme(self.palette())
        self.bridge.statusChanged.connect(self._on_status)
        self.breakdown_model = BreakdownModel(self)
        # The breakdown follows the counts at most a few times a second (a leading-edge
        # throttle: the first change shows at once, a stream of them every BREAKDOWN_MS).
        self._breakdown_timer = QTimer(self)
        self._breakdown_timer.setSingleShot(True)
        self._breakdown_timer.setInterval(BREAKDOWN_MS)
        self._breakdown_timer.timeout.connect(self._breakdown_window_over)
        self._breakdown_due = False
        self.model.categoriesChanged.connect(self._counts_changed)
        self.model.batchApplied.connect(self._on_batch)

        self._build_actions()
        self._build_central()
        self._build_docks()
        self._build_menus()
        self._build_toolbars()
        self._build_status_bar()
        self.holdRaised.connect(self._on_hold)
        self.engineEvent.connect(self._on_engine_event)
        # Always through the event loop, also when the answer is there before the question's
        # callback is added (the future then calls back at once, on the GUI thread): the pane
        # is filled after `_show_details` returns, never inside it.
        self.entryArrived.connect(self._on_entry_arrived, Qt.ConnectionType.QueuedConnection)
        self.details.retryRequested.connect(self._show_details)
        self._details_wanted: str | None = None  # whose entry the details pane waits for
        # Entries asked for are numbered: an answer older than one already shown is dropped
        # (the engine process answers calls concurrently, so not always in order).
        self._details_asked = 0
        self._details_answered = 0
        # Desktop notifications for what needs the host while they watch the meeting client.
        self.notifier = Notifier(self, icon=self.windowIcon(), goto=self.show_notified)
        # Live counts per rule (Engine.rule_counts reads the database: off the GUI thread, at
        # most once a second, and only while the rules tab is shown).
        self._counts_busy = False
        self._preview_dirty = False  # people joined, left or changed since the preview was made
        self._counts_timer = QTimer(self)
        self._counts_timer.setInterval(COUNTS_MS)
        self._counts_timer.timeout.connect(self.refresh_rule_counts)
        self._counts_timer.start()
        self._set_title(None)
        self._default_size()
        self.restore_window_state()
        self._update_actions()
        forget_module_sources()  # the window's modules are imported: see qtcompat

    # ------------------------------------------------------------------ construction --
    def _default_size(self) -> None:
        """Most of the screen on first start (the roster, the rules and the docks all want width)."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            self.resize(1280, 800)
            return
        avail = screen.availableGeometry()
        w = max(1024, min(1600, int(avail.width() * 0.92)))
        h = max(700, min(1000, int(avail.height() * 0.9)))
        self.resize(min(w, avail.width()), min(h, avail.height()))

    def _action(self, text: str, name: str, slot, shortcut: QKeySequence | str | None = None, tip: str = "") -> QAction:
        a = QAction(text, self)
        a.setObjectName(name)
        if shortcut is not None:
            a.setShortcut(QKeySequence(shortcut))
        if tip:
            a.setStatusTip(tip)
            a.setToolTip(tip)
        a.triggered.connect(slot)
        self.addAction(a)
        return a

    def _build_actions(self) -> None:
        # Ctrl+Q on every platform (QKeySequence.Quit is empty on Windows); one owner only.
        self.quit_action = self._action(self.tr("&Quit"), "quitAction", self.close, "Ctrl+Q", self.tr("Stop syncing and quit"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.find_action = self._action(
            self.tr("&Find participant…"), "findAction", self.focus_search, QKeySequence.StandardKey.Find,
            self.tr("Search the roster by name, e-mail, country, address or decision"),
        )
        self.clear_filter_action = self._action(
            self.tr("&Clear filters"), "clearFiltersAction", self.clear_filters, "Ctrl+Shift+F", self.tr("Show everyone again")
        )
        self.connect_action = self._action(
            self.tr("&Connect to a meeting…"), "connectAction", lambda: self.open_connection_dialog(None), "Ctrl+O",
            self.tr("Choose a service and meeting, store credentials in the keyring and test the connection"),
        )
        self.demo_action = self._action(
            self.tr("Open the &demo event"), "demoAction", lambda: self.start_demo(), None, self.tr("A simulated event on this computer; no account needed")
        )
        self.settings_action = self._action(
            self.tr("&Settings…"), "settingsAction", self.open_settings, QKeySequence.StandardKey.Preferences
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        if self.settings_action.shortcut().isEmpty():  # no platform standard (X11 without KDE, Windows)
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.roster_tab_action = self._action(self.tr("&Roster"), "rosterTabAction", lambda: self._show_tab(0), "Ctrl+1")
        self.rules_tab_action = self._action(
            self.tr("R&ules and preview"), "rulesTabAction", lambda: self._show_tab(1), "Ctrl+2",
            self.tr("Write rules and preview whom they affect"),
        )
        self.preview_action = self._action(
            self.tr("&Preview rules"), "previewAction", self.refresh_preview, "F5", self.tr("Recompute whom the rules affect now")
        )
        self.apply_action = self._action(
            self.tr("&Apply rules…"), "applyAction", self.request_apply, "Ctrl+Return",
            self.tr("Send the rules' decisions to the meeting service (asks for confirmation)"),
        )
        self.audit_action = self._action(self.tr("&Audit log…"), "auditAction", self.open_audit, "Ctrl+L")
        # Enforcement in plain sight: toolbar, Rules menu and status bar, one owner of Ctrl+E.
        self.enforce_action = self._action(
            self.tr("&Enforce rules on new joiners"), "enforceAction", lambda: None, "Ctrl+E",
            self.tr("Decide and act on each joiner as they arrive (a burst above the share guard's limit is held "
                    "until you say); remembered for this meeting"),
        )
        self.enforce_action.setCheckable(True)
        self.undo_action = self._action(
            self.tr("&Undo last apply…"), "undoAction", self.request_undo, None,
            self.tr("Admit from the waiting room, unblock and restore the country policy the last Apply changed "
                    "(asks first, and says what cannot be undone)"),
        )
        self._can_undo = False
        self.enforce_action.toggled.connect(self._enforce_toggled)
        self.forget_action = self._action(
            self.tr("&Forget this meeting…"), "forgetAction", self.request_forget, None,
            self.tr("Delete what HostGuard keeps about this meeting (outbox, audit, state), after an offer to "
                    "export the audit log"),
        )
        self.about_action = self._action(self.tr("&About HostGuard"), "aboutAction", self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt_action = self._action(self.tr("About &Qt"), "aboutQtAction", QApplication.aboutQt)
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)


    def _build_central(self) -> None:
        self.stack = QStackedWidget(self)
        self.first_run = self._build_first_run()
        self.stack.addWidget(self.first_run)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        # Roster tab
        roster_page = QWidget(self)
        lay = QVBoxLayout(roster_page)
        lay.setContentsMargins(6, 6, 6, 0)
        bar = QHBoxLayout()
        self.search = QLineEdit(roster_page)
        self.search.setObjectName("rosterSearch")
        self.search.setPlaceholderText(self.tr("Search name, e-mail, country, address, decision…  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the roster"))
        for b in self.search.findChildren(QToolButton):  # the clear button Qt adds
            b.setAccessibleName(self.tr("Clear the search"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(lambda: self.proxy.set_search_text(self.search.text()))
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.quick = QComboBox(roster_page)
        self.quick.setObjectName("quickFilter")
        self.quick.setAccessibleName(self.tr("Quick filter"))
        for key, (label, _tok) in RosterFilterProxy.QUICK_FILTERS.items():
            self.quick.addItem(QCoreApplication.translate("RosterFilterProxy", label), key)
        self.quick.currentIndexChanged.connect(lambda _i: self.proxy.set_quick_filter(self.quick.currentData()))
        self.country_chip = QToolButton(roster_page)
        self.country_chip.setObjectName("countryFilterChip")
        self.country_chip.setAccessibleName(self.tr("Clear the country filter"))
        self.country_chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.country_chip.clicked.connect(lambda: self.set_country_filter(None))
        self.country_chip.hide()
        self.shown_label = QLabel(roster_page)
        self.shown_label.setObjectName("shownCount")
        self.shown_label.setTextFormat(Qt.TextFormat.PlainText)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.country_chip)
        bar.addWidget(QLabel(self.tr("Show:"), roster_page))
        bar.addWidget(self.quick)
        bar.addWidget(self.shown_label)
        lay.addLayout(bar)
        self.service_panel = ServicePanel(roster_page)
        lay.addWidget(self.service_panel)
        self._service_timer = QTimer(self)
        self._service_timer.setSingleShot(True)
        self._service_timer.setInterval(1000)
        self._service_timer.timeout.connect(self.service_panel.refresh)
        self.service_panel.restoreRequested.connect(self.restore_policy)

        self.table = RosterTable(roster_page)
        # Tab leaves the table (arrow keys move between cells): no keyboard trap.
        self.table.setTabKeyNavigation(False)
        self.table.setObjectName("rosterTable")
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        vh = self.table.verticalHeader()
        vh.hide()
        # Fixed row heights: the view never measures 50,000 rows.
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 8)
        hh = self.table.horizontalHeader()
        hh.setSectionsMovable(True)
        hh.setHighlightSections(False)
        for col, column in enumerate(ROSTER_COLUMNS):
            hh.resizeSection(col, column.width)
        for visual, logical in enumerate(VISUAL_ORDER):
            hh.moveSection(hh.visualIndex(logical), visual)
        hh.setStretchLastSection(True)
        # Join order until the host asks for a sort (sorting tens of thousands costs time).
        hh.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        # The model signals changes on screen row by row (see RosterModel.set_watched_rows).
        self.table.verticalScrollBar().valueChanged.connect(self._watch_rows)
        self.table.verticalScrollBar().rangeChanged.connect(self._watch_rows)  # resized, rows came
        self.bridge.batchApplied.connect(self._watch_rows)
        self.proxy.modelReset.connect(self._watch_rows)
        self.proxy.layoutChanged.connect(self._watch_rows)
        self._ltr_delegate = LeftToRightDelegate(self.table)
        for key in LEFT_TO_RIGHT_COLUMNS:
            self.table.setItemDelegateForColumn(COLUMN_KEYS.index(key), self._ltr_delegate)
        lay.addWidget(self.table, 1)
        # Counted once per batch or filter change, after the proxy has settled.
        self._shown_timer = QTimer(self)
        self._shown_timer.setSingleShot(True)
        self._shown_timer.setInterval(0)
        self._shown_timer.timeout.connect(self._update_shown)
        self.proxy.filterChanged.connect(self._shown_timer.start)
        self.bridge.batchApplied.connect(lambda *_: self._shown_timer.start())
        self.proxy.modelReset.connect(self._shown_timer.start)
        # A filter change resets the model: the selected participant stays selected if shown.
        self._current_before_reset: str | None = None
        self.proxy.modelAboutToBeReset.connect(self._remember_current)
        self.proxy.modelReset.connect(self._restore_current)
        self.tabs.addTab(roster_page, self.tr("&Roster"))

        # Rules tab: the editor beside the preview.
        rules_page = QWidget(self)
        rl = QVBoxLayout(rules_page)
        split = QSplitter(Qt.Orientation.Horizontal, rules_page)
        split.setObjectName("rulesSplitter")
        self.rules_editor = RulesEditor(parent=split)
        self.preview_panel = PreviewPanel(split, preview=self._preview_of)
        split.addWidget(self.rules_editor)
        split.addWidget(self.preview_panel)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        split.setSizes([600, 440])
        self.rules_splitter = split
        rl.addWidget(split)
        self.rules_editor.rulesetChanged.connect(self.preview_panel.set_ruleset)
        self.preview_panel.applyRequested.connect(self._confirm_apply)
        self.tabs.addTab(rules_page, self.tr("R&ules and preview"))
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)

    def _build_first_run(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("firstRun")
        outer = QVBoxLayout(page)
        outer.addStretch(1)
        box = QWidget(page)
        # A fixed width lets the wrapped explanations take the height they need in every
        # language (a maximum width leaves Qt guessing heights for wrapped labels).
        box.setFixedWidth(640)
        lay = QVBoxLayout(box)
        title = QLabel(self.tr("Connect HostGuard to a meeting"), box)
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 1.5)
        f.setBold(True)
        title.setFont(f)
        lay.addWidget(title)
        text = QLabel(
            self.tr("HostGuard shows where your participants connect from, lets you write geography "
            "rules, previews exactly whom they affect, and applies them through the meeting "
            "service, with a guard against acting on too much of the meeting at once.\n\n"
            "Choose where your meeting is:"),
            box,
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        lay.addWidget(text)
        self.first_run_buttons: dict[str, QPushButton] = {}
        choices = (
            ("reference", self.tr("Reference service…"), self.tr("A service speaking HostGuard's reference API: needs its address and an API token.")),
            ("zoom", self.tr("Zoom…"), self.tr("A Server-to-Server OAuth app (account ID, client ID, client secret). Zoom cannot remove someone already in a meeting; HostGuard says so before applying.")),
            ("webex", self.tr("Webex…"), self.tr("A Webex access token. Addresses appear after Webex's analytics delay.")),
            ("demo", self.tr("Try the demo (no account needed)"), self.tr("A simulated event on this computer, with people joining live and sample rules loaded but not applied.")),
        )
        # Each button above its explanation: wrapped text beside a button gets too little
        # height from Qt's layouts once a language needs more lines.
        for key, label, explain in choices:
            b = QPushButton(label, box)
            b.setObjectName(f"firstRun_{key}")
            b.setAccessibleName(label.rstrip("…"))
            b.setAccessibleDescription(explain)
            b.setMinimumWidth(220)
            if key == "demo":
                b.clicked.connect(lambda _c=False: self.start_demo())
            else:
                b.clicked.connect(lambda _c=False, k=key: self.open_connection_dialog(k))
            e = QLabel(explain, box)
            e.setWordWrap(True)
            e.setTextFormat(Qt.TextFormat.PlainText)
            e.setContentsMargins(12, 0, 0, 8)
            lay.addWidget(b, 0, Qt.AlignmentFlag.AlignLeading)
            lay.addWidget(e)
            self.first_run_buttons[key] = b
        # One width for the column of buttons: the widest label in this language, at least 220.
        widest = max([220] + [b.sizeHint().width() for b in self.first_run_buttons.values()])
        for b in self.first_run_buttons.values():
            b.setMinimumWidth(widest)
        # The page's stacked layout does not pass height-for-width down: give each wrapped
        # text the height it needs at the box's fixed width, in whatever language it is in.
        inner = box.width() - lay.contentsMargins().left() - lay.contentsMargins().right()
        for lab in box.findChildren(QLabel):
            if lab.wordWrap() and lab.text():
                lab.setMinimumHeight(lab.heightForWidth(inner))
        self.first_run_status = QLabel(box)
        self.first_run_status.setObjectName("firstRunStatus")
        self.first_run_status.setWordWrap(True)
        self.first_run_status.setTextFormat(Qt.TextFormat.PlainText)
        lay.addWidget(self.first_run_status)
        h = QHBoxLayout()
        h.addStretch(1)
        h.addWidget(box)
        h.addStretch(1)
        outer.addLayout(h)
        outer.addStretch(2)
        return page

    def _build_docks(self) -> None:
        self.breakdown_view = BreakdownView(self)
        self.breakdown_view.setModel(self.breakdown_model)
        self.breakdown_view.categoryClicked.connect(self.set_country_filter)
        self.breakdown_total = QLabel(self)
        self.breakdown_total.setObjectName("breakdownTotal")
        self.breakdown_total.setTextFormat(Qt.TextFormat.PlainText)
        self.breakdown_total.setWordWrap(True)
        holder = QWidget(self)
        bl = QVBoxLayout(holder)
        bl.setContentsMargins(4, 4, 4, 4)
        bl.addWidget(self.breakdown_total)
        bl.addWidget(self.breakdown_view, 1)
        self.breakdown_dock = QDockWidget(self.tr("Country breakdown"), self)
        self.breakdown_dock.setObjectName("breakdownDock")
        self.breakdown_dock.setWidget(holder)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.breakdown_dock)

        self.details = DetailsPane(self)
        self.details.readmitRequested.connect(self.readmit)
        self.details_dock = QDockWidget(self.tr("Participant details"), self)
        self.details_dock.setObjectName("detailsDock")
        self.details_dock.setWidget(self.details)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.details_dock)
        self.resizeDocks([self.breakdown_dock], [420], Qt.Orientation.Horizontal)

    def _build_menus(self) -> None:
        self.breakdown_dock.toggleViewAction().setObjectName("toggleBreakdownAction")
        self.details_dock.toggleViewAction().setObjectName("toggleDetailsAction")
        menus = (  # None: a separator
            (self.tr("&File"), (self.connect_action, self.demo_action, None, self.forget_action, None, self.settings_action,
                                 None, self.quit_action)),
            (self.tr("&Edit"), (self.find_action, self.clear_filter_action)),
            (self.tr("&View"), (self.roster_tab_action, self.rules_tab_action, None,
                       self.breakdown_dock.toggleViewAction(), self.details_dock.toggleViewAction())),
            (self.tr("&Rules"), (self.preview_action, self.apply_action, self.undo_action, self.enforce_action, None, self.audit_action)),
            (self.tr("&Help"), (self.about_action, self.about_qt_action)),
        )
        for title, actions in menus:
            menu = self.menuBar().addMenu(title)
            for action in actions:
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)

    def _build_toolbars(self) -> None:
        # The toolbar sits beside the tabs (no extra height: the window fits small screens);
        # icons with their names in the tooltips, and the enforcement switch with its words.
        tb = QToolBar(self.tr("Main toolbar"), self)
        tb.setObjectName("mainToolBar")
        tb.setMovable(False)
        tb.setIconSize(QSize(16, 16))
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        style = self.style()
        for a, icon in ((self.preview_action, QStyle.StandardPixmap.SP_BrowserReload),
                        (self.apply_action, QStyle.StandardPixmap.SP_DialogApplyButton),
                        (self.undo_action, QStyle.StandardPixmap.SP_ArrowBack),
                        (None, None),
                        (self.enforce_action, QStyle.StandardPixmap.SP_DialogYesButton)):
            if a is None:
                tb.addSeparator()
                continue
            a.setIcon(style.standardIcon(icon))
            tb.addAction(a)
            a.setIconVisibleInMenu(False)
        enforce_button = tb.widgetForAction(self.enforce_action)
        if isinstance(enforce_button, QToolButton):
            enforce_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            enforce_button.setObjectName("enforceButton")
        self.tabs.setCornerWidget(tb, Qt.Corner.TopRightCorner)
        self.main_toolbar = tb
        # The burst guard's question, above whatever tab is shown: how many, why, go on or stop.
        self.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        bar = QToolBar(self.tr("Held actions"), self)
        bar.setObjectName("holdBar")
        bar.setMovable(False)
        banner = QFrame(bar)
        banner.setObjectName("holdBanner")
        h = QHBoxLayout(banner)
        h.setContentsMargins(6, 2, 6, 2)
        self.hold_label = QLabel(banner)
        self.hold_label.setObjectName("holdMessage")
        self.hold_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hold_label.setWordWrap(True)
        self.release_button = QPushButton(self.tr("Act on them"), banner)
        self.release_button.setObjectName("releaseHeld")
        self.release_button.setAccessibleName(self.tr("Act on the held actions"))
        self.release_button.clicked.connect(self.release_held)
        self.stop_button = QPushButton(self.tr("Stop enforcing"), banner)
        self.stop_button.setObjectName("dropHeld")
        self.stop_button.setAccessibleName(self.tr("Do not act on the held actions and stop enforcing"))
        self.stop_button.clicked.connect(self.stop_enforcing)
        h.addWidget(self.hold_label, 1)
        h.addWidget(self.release_button)
        h.addWidget(self.stop_button)
        bar.addWidget(banner)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        bar.setVisible(False)
        self.hold_bar = bar
        # Qt's own buttons inside the toolbars (the overflow "»") get a name screen readers say.
        for t in (tb, bar):
            for b in t.findChildren(QToolButton):
                if b.defaultAction() is None and not b.accessibleName():
                    b.setAccessibleName(self.tr("More tools"))

    def _build_status_bar(self) -> None:
        sb = self.statusBar()
        # A label (a tool button would make the status bar taller than the first-run page allows).
        self.enforce_indicator = ClickableLabel(self)
        self.enforce_indicator.setObjectName("enforceIndicator")
        self.enforce_indicator.setTextFormat(Qt.TextFormat.PlainText)
        self.enforce_indicator.setContentsMargins(6, 0, 6, 0)
        self.enforce_indicator.clicked.connect(self.enforce_action.toggle)
        self.enforce_indicator.setAccessibleName(self.tr("Enforcement on new joiners"))
        sb.addPermanentWidget(self.enforce_indicator)
        self.held_label = QLabel(self)
        self.held_label.setObjectName("heldStatus")
        self.held_label.setTextFormat(Qt.TextFormat.PlainText)
        self.held_label.setVisible(False)
        sb.addPermanentWidget(self.held_label)
        self.last_label = QLabel(self)
        self.last_label.setObjectName("lastActions")
        self.last_label.setTextFormat(Qt.TextFormat.PlainText)
        self.last_label.setMaximumWidth(260)  # the newest few are in its tooltip
        self.last_label.setAccessibleName(self.tr("Last actions"))
        self.last_label.setVisible(False)
        sb.addPermanentWidget(self.last_label)
        self._applied_seen: set[tuple[str, str]] = set()
        self._last_actions: list[str] = []
        self._show_enforcement(False)
        self.conn_label = QLabel(self.tr("Not connected"), self)
        self.conn_label.setObjectName("connectionStatus")
        self.people_label = QLabel(self)
        self.people_label.setObjectName("peopleStatus")
        self.sync_label = QLabel(self)
        self.sync_label.setObjectName("syncStatus")
        self.sync_label.setAccessibleName(self.tr("Sync state"))
        self.backoff_label = QLabel(self)
        self.backoff_label.setObjectName("backoffStatus")
        self.budget_label = QLabel(self)
        self.budget_label.setObjectName("budgetStatus")
        self.budget_label.setAccessibleName(self.tr("Request budget"))
        self.budget_label.setWordWrap(False)
        self.budget_label.setMaximumWidth(320)  # the whole sentence is in its tooltip
        self._status_separators: dict[QLabel, QFrame] = {}
        for i, lab in enumerate((self.conn_label, self.people_label, self.sync_label, self.backoff_label, self.budget_label)):
            lab.setTextFormat(Qt.TextFormat.PlainText)
            lab.setContentsMargins(6, 0, 6, 0)
            if i:
                sep = QFrame(self)
                sep.setFrameShape(QFrame.Shape.VLine)
                sep.setFrameShadow(QFrame.Shadow.Sunken)
                sb.addPermanentWidget(sep)
                self._status_separators[lab] = sep
            sb.addPermanentWidget(lab)
        self._show_status_label(self.backoff_label, False)
        self._show_status_label(self.budget_label, False)
        self._show_status_label(self.sync_label, False)  # until a meeting reports its counts
        self._show_status_label(self.people_label, False)
        self._update_breakdown()

    def _show_status_label(self, label: QLabel, on: bool) -> None:
        label.setVisible(on)
        sep = self._status_separators.get(label)
        if sep is not None:
            sep.setVisible(on)

    def show_first_run(self, message: str = "") -> None:
        """The first-run page; the docks have nothing to show yet, so they step aside."""
        self.stack.setCurrentWidget(self.first_run)
        if message:
            self.first_run_status.setText(message)
        if not self._docks_parked:
            self._docks_parked = [d for d in (self.breakdown_dock, self.details_dock) if not d.isHidden()]
            for d in self._docks_parked:
                d.hide()

    def _unpark_docks(self) -> None:
        for d in self._docks_parked:
            d.show()
        self._docks_parked = []

    # ----------------------------------------------------------------- window state --
    def restore_window_state(self) -> None:
        geo = self.settings.value("window/geometry")
        if isinstance(geo, QByteArray | bytes) and geo:
            self.restoreGeometry(QByteArray(geo))
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray | bytes) and state:
            self.restoreState(QByteArray(state))
        header = self.settings.value("window/roster_header")
        hh = self.table.horizontalHeader()
        if isinstance(header, QByteArray | bytes) and header and hh.restoreState(QByteArray(header)):
            # restoreState brings back the sort indicator, not the sort itself
            self.proxy.sort(hh.sortIndicatorSection(), hh.sortIndicatorOrder())

    def save_window_state(self) -> None:
        self._unpark_docks()  # remember the host's docks, not the first-run page's
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/roster_header", self.table.horizontalHeader().saveState())
        self.settings.sync()

    # ------------------------------------------------------------------- sessions --
    def _set_title(self, meeting: str | None) -> None:
        # The demo's title is the app's own words (translated); a real meeting's stays as it is.
        shown = QCoreApplication.translate("session", meeting) if meeting else ""
        self.setWindowTitle(self.tr("{app} — {meeting}").format(app=APP_TITLE, meeting=shown) if meeting else APP_TITLE)

    def run_async(self, fn, callback, name: str = "hostguard-ui-task") -> None:
        """Run ``fn`` off the GUI thread; ``callback(result, error)`` runs on the GUI thread."""
        self._jobs.call(fn, callback, name)

    def _geoip_paths(self) -> list[str] | None:
        return list(SettingsStore(self.settings).get("geoip/paths")) or None

    def start_demo(self, **demo_options: Any) -> None:
        """Start the embedded simulated event (off the GUI thread); ``demo_options`` go to
        `session.start_demo` (crowd, pool, join_rate, seed)."""
        paths = self._geoip_paths()
        self._start_session(
            lambda on_diff, on_status: session_mod.start_demo(
                on_diff, on_status, geoip_paths=paths, on_event=self._engine_event_sink, **demo_options,
            ),
            self.tr("Starting the simulated event…"),
        )

    def connect_last(self) -> bool:
        """Connect to the last meeting from the settings; False when there is none."""
        service = str(self.settings.value("connection/service", "") or "")
        meeting = str(self.settings.value("connection/meeting_id", "") or "")
        url = str(self.settings.value("connection/url", "") or "")
        if not service or not meeting:
            return False
        self.connect_to(service, url, meeting)
        return True

    def connect_to(self, service: str, url: str, meeting: str) -> None:
        store = SettingsStore(self.settings)
        auto = bool(store.get("general/auto_apply_new"))
        paths = list(store.get("geoip/paths")) or None
        state_dir = str(store.get("storage/state_dir") or "") or None
        poll = float(store.get("general/refresh_interval_s"))
        keep_days = int(store.get("storage/audit_retention_days"))
        self._start_session(
            lambda on_diff, on_status: session_mod.connect(
                service, url, meeting, on_diff, on_status, auto_apply_new=auto,
                geoip_paths=paths, state_dir=state_dir, on_event=self._engine_event_sink,
                poll_interval=poll, audit_retention_days=keep_days,
            ),
            self.tr("Connecting to meeting {meeting}…").format(meeting=meeting),
        )

    def _start_session(self, factory, message: str) -> None:
        if self._starting:
            return
        self._starting = True
        self.first_run_status.setText(message)
        self.statusBar().showMessage(message)
        for b in self.first_run_buttons.values():
            b.setEnabled(False)
        old = self.session
        self.session = None
        # The table starts empty now: the new engine may report rows before its session is
        # handed to the window, and the old one may still report while it stops (ignored).
        self.bridge.reset()
        self.model.clear()
        on_diff, on_status = self.bridge.sink()
        # ``factory(on_diff, on_status)`` builds the session, fed through this session's sink.
        self.run_async(lambda: self._replace_session(old, lambda: factory(on_diff, on_status)),
                       self._session_ready, "hostguard-connect")  # fmt: skip

    @staticmethod
    def _replace_session(old, factory):
        if old is not None:
            old.stop()
        return factory()

    def _session_ready(self, session, error) -> None:
        self._starting = False
        for b in self.first_run_buttons.values():
            b.setEnabled(True)
        if self._closing:
            if session is not None:
                session.stop()
            return
        if error is not None:
            msg = session_mod.for_app(str(error) or type(error).__name__)
            log.warning("could not start the session: %s", msg)
            self.first_run_status.setText(self.tr("Could not connect: {msg}").format(msg=msg))
            self.statusBar().showMessage(self.tr("Could not connect: {msg}").format(msg=msg), 15000)
            self.show_first_run()
            emit(self.sessionFailed, msg)
            return
        self.set_session(session, fresh=True)

    def set_session(self, session, *, fresh: bool = False) -> None:
        """Show ``session``. ``fresh``: its rows are in the table already (`_start_session`
        emptied it before the engine started); otherwise the table is emptied first."""
        self._can_undo = False
        self._was_connected = None
        self._last_guard_hold = ""
        if not fresh:
            self.model.clear()
        self._show_details(None)
        self.set_country_filter(None)
        self.session = session
        forget_module_sources()  # what the connection's modules brought (see qtcompat)
        # Rows from an engine process come without their entries (the engine keeps them): the
        # model asks the engine for one when something needs it.
        self.model.set_entry_source(getattr(session.engine, "entry", None))
        self._set_title(session.title)
        self.stack.setCurrentWidget(self.tabs)
        self._unpark_docks()
        self.conn_label.setText(self.tr("{service_title}: connecting…").format(service_title=session.service_title))
        self.details.readmit_enabled = "admit" in {str(c) for c in session.capabilities}
        self.service_panel.set_adapter(session.adapter, session.meeting_id)
        self.details.set_adapter(session.adapter, session.meeting_id)
        self.details.stale_days = int(SettingsStore(self.settings).get("geoip/stale_warning_days"))
        self.check_policy()
        self._update_breakdown()
        self._held_shown = 0
        self.hold_bar.setVisible(False)
        self.notifier.reset()
        self.notifier.rule_acts = bool(SettingsStore(self.settings).get("general/notify_rule_acts"))
        self._applied_seen = set()
        self._last_actions = []
        self.last_label.setVisible(False)
        session.engine.subscribe_hold(lambda hold: emit(self.holdRaised, hold))
        self._restore_enforcement(session)
        if self.rules_editor is not None:
            self.rules_editor.set_live_counts(None)
            self.rules_editor.set_ruleset(session.engine.ruleset)
            self.rules_editor.set_capabilities(session.resolver.capabilities())
        if self.preview_panel is not None:
            self.preview_panel.set_ruleset(session.engine.ruleset)
        self.statusBar().showMessage(
            self.tr("Demo: sample rules loaded, not applied (see Rules).")
            if session.demo
            else self.tr("Connected to {service_title}.").format(service_title=session.service_title),
            10000,
        )
        self._update_actions()
        emit(self.sessionStarted, session)

    def _engine_event_sink(self, kind: str, text: str) -> None:
        """RemoteEngine.on_event, on its threads: to the GUI thread."""
        emit(self.engineEvent, kind, text)

    def _on_engine_event(self, kind: str, text: str) -> None:
        """The engine process died, was started again, or could not be: say so where the
        host looks (the connection label, the status bar) and to a screen reader."""
        if self.session is None:
            return
        svc = self.session.service_title
        if kind == "died":
            self.conn_label.setText(self.tr("{service_title}: engine restarting…").format(service_title=svc))
            shown = self.tr("The engine stopped; starting it again. Queued actions are kept and resume.")
        elif kind == "restarted":
            self.conn_label.setText(self.tr("{service_title}: connecting…").format(service_title=svc))
            shown = self.tr("The engine was started again; queued actions resume.")
        else:
            self.conn_label.setText(self.tr("{service_title}: engine stopped").format(service_title=svc))
            shown = self.tr("The engine stopped and could not be started again. Reconnect from File → Connect to a meeting.")
        self.conn_label.setToolTip(text)
        self.statusBar().showMessage(shown, 15000)
        self.announce(shown, assertive=kind != "restarted")

    def _update_actions(self) -> None:
        has = self.session is not None
        self.apply_action.setEnabled(has and self.preview_panel is not None)
        self.preview_action.setEnabled(has and self.preview_panel is not None)
        self.audit_action.setEnabled(has)
        self.enforce_action.setEnabled(has)
        self.undo_action.setEnabled(has and self._can_undo)
        # A demo's state is a temporary folder, deleted when it ends anyway.
        self.forget_action.setEnabled(has and not getattr(self.session, "demo", False))
        self.enforce_indicator.setEnabled(has)
        # Nothing on the toolbar works before a meeting: the first-run page keeps the height.
        self.main_toolbar.setVisible(has)
        self.enforce_indicator.setVisible(has)
        if not has:
            self._show_enforcement(False)

    def _preview_of(self, ruleset):
        """The preview of ``ruleset`` (run off the GUI thread): the engine's own plan, the one
        its `apply` acts on, so the preview and the Apply dialog show what Apply will do."""
        s = self.session
        return engine_previewer(s.engine)(ruleset) if s is not None else compute_preview((), ruleset)

    # -------------------------------------------------------------- engine updates --
    def _on_status(self, st) -> None:
        if self.session is None:
            return
        self.notifier.status(st)
        svc = self.session.service_title
        if st.connected:
            conn = self.tr("{service}: connected").format(service=svc)
        elif st.last_error:
            conn = self.tr("{service}: {error}").format(service=svc, error=session_mod.for_app(st.last_error))
        else:
            conn = self.tr("{service}: connecting…").format(service=svc)
        if getattr(st, "dry_run", False):
            conn += self.tr(" (dry run)")
        self.conn_label.setText(conn)
        if self._was_connected is True and not st.connected:
            self.announce(self.tr("Connection to {service} lost: {state}").format(service=svc, state=conn), assertive=True)
        elif self._was_connected is False and st.connected:
            self.announce(self.tr("Connected to {service} again.").format(service=svc))
        self._was_connected = bool(st.connected)
        self.conn_label.setToolTip("")
        every = [
            self.tr("Pending {n}").format(n=st.pending),
            self.tr("Applied {n}").format(n=st.applied),
            self.tr("Failed {n}").format(n=st.failed),
            self.tr("Unsupported {n}").format(n=st.unsupported),
            self.tr("Manual {n}").format(n=st.manual),
        ]
        # Pending and Applied always; the others when there are any (all of them in the tooltip),
        # so the status bar keeps room for the enforcement switch and the held actions.
        shown = every[:2] + [text for text, n in zip(every[2:], (st.failed, st.unsupported, st.manual), strict=True) if n]
        self.sync_label.setText(" · ".join(shown))
        self.sync_label.setToolTip(" · ".join(every))
        self._show_status_label(self.sync_label, True)
        waiting = None
        if st.backing_off_until:
            waiting = max(0.0, st.backing_off_until - time.time())
        if st.rate_limited or (waiting and waiting > 0):
            txt = self.tr("Rate limited") if st.rate_limited else self.tr("Service trouble")
            if waiting and waiting > 0:
                txt += self.tr(": backing off {seconds:.0f} s").format(seconds=waiting)
            self.backoff_label.setText(txt)
            self._show_status_label(self.backoff_label, True)
        else:
            self._show_status_label(self.backoff_label, False)
        budget = getattr(st, "budget", None)
        if budget:
            self.budget_label.setText(budget)
            self.budget_label.setToolTip(budget)
        self._show_status_label(self.budget_label, bool(budget))
        if not self._service_timer.isActive():
            self._service_timer.start()
        if not self._enforce_busy:
            self._show_enforcement(bool(getattr(st, "enforcing_new", False)))
        held = int(getattr(st, "held", 0) or 0)
        if held != self._held_shown:
            self._show_held(held)
        blocked = getattr(st, "guard_blocked", None)
        if blocked is not None:
            held = self.tr("Auto-apply held back: {message}").format(message=guard_text(blocked))
            self.statusBar().showMessage(held, 15000)
            if held != self._last_guard_hold:  # once per hold, not on every status report
                self.announce(held, assertive=True)
            self._last_guard_hold = held
        else:
            self._last_guard_hold = ""

    # ------------------------------------------------- enforcement on new joiners --
    def _enforce_key(self, session) -> str:
        """The QSettings key of a meeting's remembered switch (per service and meeting)."""
        return f"enforce/{session.service}/{session.meeting_id}".replace(" ", "_")

    def _restore_enforcement(self, session) -> None:
        """The meeting's remembered choice; a meeting without one keeps the Settings default
        ("Apply rules to new joiners automatically": on after the first Apply)."""
        # The demo always starts as documented (sample rules loaded, nothing applied).
        value = None if getattr(session, "demo", False) else self.settings.value(self._enforce_key(session))
        if value is None:
            self._show_enforcement(bool(session.engine.enforce_new_joiners))
            return
        on = value is True or str(value).lower() in ("true", "1")
        self._switch_enforcement(on, remember=False)

    def _enforce_toggled(self, on: bool) -> None:
        if self._enforce_syncing:
            return
        if self.session is None:
            self._show_enforcement(False)
            return
        self._switch_enforcement(on, remember=True)

    def _switch_enforcement(self, on: bool, *, remember: bool, drop_held: bool = False) -> None:
        """Tell the engine (off the GUI thread: it waits for the roster's lock) and remember it."""
        session = self.session
        if session is None:
            return
        if remember and not getattr(session, "demo", False):
            self.settings.setValue(self._enforce_key(session), bool(on))
        self._enforce_busy = True
        self._show_enforcement(on)
        engine = session.engine

        def work():
            dropped = engine.drop_held() if drop_held else 0
            engine.enforce_new_joiners = on
            return dropped

        def done(dropped, error) -> None:
            self._enforce_busy = False
            if self.session is not session:
                return
            if error is not None:
                self.warn(self.tr("Enforce rules on new joiners"), self.tr("Could not switch: {error}").format(error=error))
            actual = bool(engine.enforce_new_joiners)
            self._show_enforcement(actual)
            if drop_held:
                self._show_held(0)
            if remember:
                text = (self.tr("Rules are now enforced on new joiners as they arrive.") if actual
                        else self.tr("New joiners are no longer acted on automatically; press Apply to act."))
                if dropped:
                    text += " " + plural(self.tr("%n held action(s) dropped.", "", dropped), dropped,
                                         "%n held action dropped.", "%n held actions dropped.")
                self.statusBar().showMessage(text, 10000)
                self.announce(text)

        self.run_async(work, done, "hostguard-enforce")

    _enforce_syncing = False

    def _show_enforcement(self, on: bool) -> None:
        """The switch, the menu entry and the status-bar indicator show ``on`` (no feedback)."""
        self._enforce_syncing = True
        try:
            self.enforce_action.setChecked(on)
        finally:
            self._enforce_syncing = False
        self.enforce_indicator.setText(self.tr("Enforcing") if on else self.tr("Not enforcing"))
        self.enforce_indicator.setToolTip(self.tr("Click or press Ctrl+E to switch"))
        theme_role = "ok" if on else "neutral"
        self.enforce_indicator.setProperty("state", theme_role)

    def _show_held(self, n: int) -> None:
        """The banner and the status bar: how many actions the burst guard holds, and why."""
        self._held_shown = n
        session = self.session
        if n <= 0 or session is None:
            self.hold_bar.setVisible(False)
            self.held_label.setVisible(False)
            return
        hold = session.engine.last_hold
        why = hold.message() if hold is not None else ""
        text = plural(self.tr("Enforcement paused: %n action(s) held by the burst guard.", "", n), n,
                      "Enforcement paused: %n action held by the burst guard.",
                      "Enforcement paused: %n actions held by the burst guard.")
        if why:
            text += " " + why
        self.hold_label.setText(text)
        self.held_label.setText(plural(self.tr("%n held", "", n), n, "%n held", "%n held"))
        self.held_label.setToolTip(text)
        self.held_label.setVisible(True)
        self.hold_bar.setVisible(True)
        self.release_button.setEnabled(True)
        self.stop_button.setEnabled(True)

    def _on_hold(self, hold) -> None:
        """The burst guard held actions (GUI thread): show and say it once per hold."""
        if self.session is None:
            return
        # The hold carries its count; the engine's list would take its lock on the GUI thread
        # (the next status report corrects the count if more were held since).
        self._show_held(int(getattr(hold, "held", 0)))
        self.announce(self.hold_label.text(), assertive=True)
        self.notifier.hold(hold)

    def release_held(self) -> None:
        """"Act on them": the held actions are sent."""
        session = self.session
        if session is None:
            return
        self.release_button.setEnabled(False)
        self.stop_button.setEnabled(False)

        def done(n, error) -> None:
            if error is not None:
                self.release_button.setEnabled(True)
                self.stop_button.setEnabled(True)
                self.warn(self.tr("Held actions"), self.tr("Nothing was sent: {error}").format(error=error))
                return
            self._show_held(0)
            text = plural(self.tr("Acting on %n held participant(s); watch the Sync column.", "", n), n,
                          "Acting on %n held participant; watch the Sync column.",
                          "Acting on %n held participants; watch the Sync column.")
            self.statusBar().showMessage(text, 10000)
            self.announce(text)

        self.run_async(session.engine.release_held, done, "hostguard-release")

    def stop_enforcing(self) -> None:
        """"Stop enforcing": the held actions are dropped (audited) and enforcement goes off."""
        if self.session is None:
            return
        self.release_button.setEnabled(False)
        self.stop_button.setEnabled(False)
        self._switch_enforcement(False, remember=True, drop_held=True)

    def _note_last_actions(self, upserted: set) -> None:
        """The status bar's "Last: …": the newest actions the service confirmed (applied)."""
        newly = []
        for pid in upserted:
            # The row's view says whether the service confirmed it (no entry decoded for that);
            # a confirmed action is noted once. (A service confirms only enforcing actions.)
            state = self.model.sync_state(pid)
            if state is None or state[0] != "applied" or (pid, state[1]) in self._applied_seen:
                continue
            self._applied_seen.add((pid, state[1]))
            if len(newly) >= LAST_ACTIONS:
                continue  # the status bar keeps the newest few
            # From the row (no entry asked for): its action and the name it shows.
            view = self.model.view(pid)
            if view is None or view[V_ACTION] not in ENFORCING_ACTIONS:
                continue
            newly.append(self.tr("{action} — {name}").format(
                action=action_label(view[V_ACTION]), name=view[V_TEXTS][COL_NAME] or pid))
        if not newly:
            return
        self._last_actions = (newly + self._last_actions)[:LAST_ACTIONS]
        self.last_label.setText(self.tr("Last: {what}").format(what=self._last_actions[0]))
        self.last_label.setToolTip("\n".join(self._last_actions))
        self.last_label.setVisible(True)

    def _on_batch(self, upserted: set, removed: set) -> None:
        if self.session is not None:
            self._note_last_actions(upserted)
            self._preview_dirty = True
        pid = self.details.participant_id
        if pid is None:
            return
        if pid in upserted:
            self._show_details(pid, keep_if_gone=True)
        elif pid in removed:
            self._show_details(None)

    def _counts_changed(self) -> None:
        if self._breakdown_timer.isActive():
            self._breakdown_due = True
            return
        self._update_breakdown()
        self._breakdown_timer.start()

    def _breakdown_window_over(self) -> None:
        if self._breakdown_due:
            self._breakdown_due = False
            self._update_breakdown()
            self._breakdown_timer.start()

    def _update_breakdown(self) -> None:
        self.breakdown_model.set_counts(self.model.category_counts)
        total = self.model.present_count
        everyone = self.model.total_count
        self.breakdown_total.setText(
            self.tr("{total} in the meeting (joined or waiting) of {everyone} listed. Click a country to filter the roster.").format(total=total, everyone=everyone)
        )
        self.people_label.setText(self.tr("{everyone} participants, {total} in the meeting").format(everyone=everyone, total=total))
        self._show_status_label(self.people_label, self.session is not None)
        if self.breakdown_view._active is not None:  # keep the clicked row marked after moves
            self.breakdown_view.set_active(self.breakdown_view._active)

    def _update_shown(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.total_count
        self.shown_label.setText(self.tr("{shown} of {total}").format(shown=shown, total=total) if shown != total else self.tr("%n shown", "", total))

    def _watch_rows(self, *_: object) -> None:
        """Tell the model which rows the table shows now (a few more on each side)."""
        shown = self.table.shown_rows()
        if shown is None:
            self.model.set_watched_rows(-1, -1)
        else:
            self.model.set_watched_rows(max(0, shown[0] - 2), shown[1] + 2)

    def _remember_current(self) -> None:
        current = self.table.currentIndex()
        self._current_before_reset = current.data(ID_ROLE) if current.isValid() else None

    def _restore_current(self) -> None:
        pid, self._current_before_reset = self._current_before_reset, None
        row = self.model.row_of(pid) if pid else None
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_details(current.data(ID_ROLE) if current.isValid() else None)

    def _show_details(self, pid: str | None, *, keep_if_gone: bool = False) -> None:
        """Show ``pid``'s entry in the details pane. An entry the engine process keeps is asked
        for without waiting (`RemoteEngine.entry_soon`) and shown when it comes
        (`_on_entry_arrived`); the GUI thread never waits for it. Meanwhile the pane shows what
        the row says and "Loading the evidence…", never the person shown before. ``keep_if_gone``:
        a refresh of the participant shown; when no entry comes, the pane keeps what it shows."""
        self._details_wanted = pid
        engine = self.session.engine if self.session is not None else None
        ask = getattr(engine, "entry_soon", None)
        if pid is None or ask is None or self.model.entry_is_here(pid):
            entry = self.model.entry(pid) if pid is not None else None
            if entry is not None or not keep_if_gone:
                self.details.show_entry(entry)
            return
        if not (keep_if_gone and self.details.participant_id == pid):
            self.details.show_loading(pid, self._row_facts(pid))
        self._details_asked += 1
        fut = ask(pid)
        # A future already settled (an answer that came at once, or the engine not running)
        # calls back here, at once: entryArrived is queued, so the pane is filled afterwards.
        fut.add_done_callback(lambda f, pid=pid, n=self._details_asked: emit(self.entryArrived, pid, (f, n)))

    def _on_entry_arrived(self, pid: str, answer: tuple) -> None:
        fut, number = answer
        if pid != self._details_wanted or number < self._details_answered:
            return  # the host moved on to someone else meanwhile, or a newer answer is shown
        self._details_answered = number
        error = fut.exception()
        entry = None if error is not None else fut.result()
        if error is not None:
            log.info("the details pane could not get an entry: %s", error)
        if entry is not None:
            self.details.show_entry(entry)
        elif self.details.participant_id == pid:
            pass  # a refresh that did not come: the entry shown is still this person's
        elif error is not None:
            self.details.show_unavailable(pid, self._row_facts(pid))
        else:
            self.details.show_gone(pid, self._row_facts(pid))

    def _row_facts(self, pid: str) -> dict[str, str]:
        """What the roster row already says about ``pid``, for the details pane's fields."""
        view = self.model.view(pid)
        if view is None:
            return {}
        texts, reason = view[V_TEXTS], view[V_REASON]
        return {"name": texts[COL_NAME], "role": texts[COL_ROLE], "status": texts[COL_STATUS],
                "country": texts[COL_COUNTRY], "decision": texts[COL_DECISION], "reason": reason}  # fmt: skip

    # ----------------------------------------------------------------- filtering --
    def focus_search(self) -> None:
        if self.stack.currentWidget() is self.tabs:
            self.tabs.setCurrentIndex(0)
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def set_country_filter(self, key: str | None) -> None:
        self.proxy.set_category(key)
        self.breakdown_view.set_active(key)
        if key:
            self.country_chip.setText(f"{category_label(key)}  ✕")
            self.country_chip.setToolTip(self.tr("Show every country again"))
            self.country_chip.show()
        else:
            self.country_chip.hide()

    def clear_filters(self) -> None:
        self.search.clear()
        self._search_timer.stop()
        self.proxy.set_search_text("")
        self.quick.setCurrentIndex(0)
        self.set_country_filter(None)

    def _show_tab(self, index: int) -> None:
        if self.session is not None:
            self.tabs.setCurrentIndex(index)

    # -------------------------------------------------------------- rules, apply --
    def refresh_preview(self) -> None:
        if self.preview_panel is None or self.session is None:
            return
        self.tabs.setCurrentIndex(1)
        rs = self.rules_editor.ruleset() if self.rules_editor is not None else None
        if rs is not None:
            self.preview_panel.set_ruleset(rs)
        self.preview_panel.refresh()

    def request_apply(self) -> None:
        """Menu Apply: preview first, then the confirmation (the panel's Apply does the same)."""
        if self.preview_panel is None or self.session is None:
            return
        self.tabs.setCurrentIndex(1)
        result = self.preview_panel.result()
        if result is None:
            self.statusBar().showMessage(self.tr("Computing the preview first; press Apply when it is shown."), 8000)
            self.refresh_preview()
            return
        self._confirm_apply(result)

    def _confirm_apply(self, result) -> None:
        session = self.session
        if session is None or self.rules_editor is None:
            return
        ruleset = self.rules_editor.ruleset()
        if ruleset is None:
            self.warn(self.tr("Rules have errors"), self.tr("Fix the errors shown in the rules editor before applying."))
            return
        notes: list[str] = []
        try:
            notes = list(session.adapter.plan([a for a, n in result.to_send.items() if n]))
        except Exception:
            log.debug("adapter.plan failed", exc_info=True)
        # What Undo could not take back (the service's own answer).
        try:
            limits = session.engine.undo_limits(actions=[a for a, n in result.to_send.items() if n])
        except Exception:  # the engine is being started again: the dialog goes without them
            log.debug("undo_limits failed", exc_info=True)
            limits = {}
        dlg = ApplyDialog(result, service=session.service_title, capabilities=session.capabilities, notes=notes,
                          undo_limits=limits, parent=self)
        counter = RosterChangeCounter(self.model, dlg.note_changes)
        try:
            accepted = dlg.exec() == dlg.DialogCode.Accepted
        finally:
            counter.close()
        if not accepted:
            return
        force = bool(dlg.force)
        engine = session.engine
        # Act on the people the host confirmed, not on whoever joined while the dialog was open:
        # new joiners are decided by auto-apply (if on) or the next Apply.
        confirmed = [pid for ids in result.to_send_ids.values() for pid in ids]

        def work():
            engine.set_ruleset(ruleset)
            return engine.apply(force=force, participant_ids=confirmed)

        self.statusBar().showMessage(self.tr("Applying…"))
        self.run_async(work, self._applied, "hostguard-apply")

    def _applied(self, result, error) -> None:
        if error is not None:
            verdict = getattr(error, "verdict", None)
            if verdict is not None:
                self.warn(self.tr("Share guard"), self.tr("Nothing was applied: {message}").format(message=guard_text(verdict)))
            else:
                self.warn(self.tr("Apply failed"), self.tr("Nothing was applied: {error}").format(error=error))
            self.statusBar().clearMessage()
            return
        if not (result.queued or result.already_done or result.unsupported or result.manual):
            self.statusBar().showMessage(self.tr("Nothing to send: everyone is already as the rules say."), 15000)
            return
        n = result.queued
        text = plural(self.tr("Queued %n action(s)", "", n), n, "Queued %n action", "Queued %n actions")
        if result.already_done:
            text += self.tr("; {n} already done").format(n=result.already_done)
        if result.unsupported:
            text += self.tr("; {n} not supported by this service").format(n=result.unsupported)
        if result.manual:
            text += self.tr("; {n} need a manual step").format(n=result.manual)
        self.statusBar().showMessage(text + self.tr(". Watch the Sync column."), 15000)
        self.announce(text)
        if result.queued or result.already_done or result.unsupported or result.manual:
            self._can_undo = True
            self._update_actions()
        if self.preview_panel is not None:
            self.preview_panel.refresh()
        self.check_policy()

    def show_notified(self, kind: str) -> None:
        """A click on a notification: the window comes forward where the matter is shown."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        if QApplication.platformName() not in ("offscreen", "minimal"):  # no window stacking there
            self.raise_()
            self.activateWindow()
        if self.session is None:
            return
        self.stack.setCurrentWidget(self.tabs)
        self.tabs.setCurrentIndex(0)
        if kind == notify_mod.FAILED:
            self.quick.setCurrentIndex(self.quick.findData("failed"))
        elif kind == notify_mod.HELD and self.hold_bar.isVisible():
            self.release_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------ live counts --
    def refresh_rule_counts(self) -> None:
        """Ask the engine for each rule's live counts (off the GUI thread; one request at a time)."""
        session = self.session
        if (session is None or self._counts_busy or self.rules_editor is None
                or self.stack.currentWidget() is not self.tabs or self.tabs.currentIndex() != 1):
            return
        # The preview follows the meeting too (once one is shown; one computation at a time).
        panel = self.preview_panel
        if (self._preview_dirty and panel is not None and panel.result() is not None
                and not panel.is_busy() and QApplication.activeModalWidget() is None):
            self._preview_dirty = False
            panel.refresh()
        self._counts_busy = True

        def done(counts, error) -> None:
            self._counts_busy = False
            if self.session is not session or self.rules_editor is None:
                return
            if error is not None:
                log.debug("rule counts failed: %s", error)
                return
            self.rules_editor.set_live_counts(counts)

        self.run_async(session.engine.rule_counts, done, "hostguard-rule-counts")

    # ---------------------------------------------------------------- undo --
    def request_undo(self) -> None:
        """"Undo last apply": ask the engine what it would undo (off the GUI thread), show it,
        and undo only when the host confirms."""
        session = self.session
        if session is None:
            return
        self.undo_action.setEnabled(False)

        def planned(plan, error) -> None:
            self._update_actions()
            if self.session is not session:
                return
            if error is not None:
                self.warn(self.tr("Undo last apply"), self.tr("Could not read what the last apply did: {error}").format(error=error))
                return
            dlg = UndoDialog(plan, parent=self)
            if dlg.exec() != dlg.DialogCode.Accepted:
                return
            self.undo_action.setEnabled(False)
            self.statusBar().showMessage(self.tr("Undoing the last apply…"))
            self.run_async(session.engine.undo_last_apply, self._undone, "hostguard-undo")

        self.run_async(session.engine.undo_plan, planned, "hostguard-undo-plan")

    def _undone(self, result, error) -> None:
        if error is not None:
            self._update_actions()
            self.warn(self.tr("Undo last apply"), self.tr("Nothing was undone: {error}").format(error=error))
            self.statusBar().clearMessage()
            return
        self._can_undo = False  # the engine keeps one apply to undo; it is used now
        self._update_actions()
        n, m = len(result.queued), len(result.not_undoable)
        text = plural(self.tr("Undo: %n action(s) queued", "", n), n, "Undo: %n action queued", "Undo: %n actions queued")
        if m:
            text += self.tr("; {n} could not be undone").format(n=m)
        if result.policy:
            text += self.tr("; country policy: {policy}").format(policy=result.policy)
        if result.policy_error:
            text += self.tr("; country policy not restored: {error}").format(error=result.policy_error)
        self.statusBar().showMessage(text + self.tr(". Watch the Sync column."), 15000)
        self.announce(text)
        self.check_policy()

    # ---------------------------------------------------------------- forget --
    def request_forget(self) -> None:
        """"Forget this meeting…": offer to export its audit first, confirm, then forget."""
        session = self.session
        if session is None or session.demo:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Forget this meeting"),
            self.tr("Delete everything HostGuard keeps about meeting {meeting} on this computer: its outbox, "
                    "its audit log and its state? The connection to the meeting is closed first. This cannot "
                    "be undone.\n\nExport the audit log first to keep a copy.").format(meeting=session.meeting_id),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("forgetDialog")
        box.setTextFormat(Qt.TextFormat.PlainText)
        export_button = box.addButton(self.tr("Export, then forget…"), QMessageBox.ButtonRole.AcceptRole)
        export_button.setObjectName("exportThenForget")
        forget_button = box.addButton(self.tr("Forget without exporting"), QMessageBox.ButtonRole.DestructiveRole)
        forget_button.setObjectName("forgetWithoutExport")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is export_button:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the audit log"), "hostguard-audit.csv",
                                                  "CSV (*.csv)")
            if not path:
                return
            self.forget_current_meeting(export_to=path)
        elif clicked is forget_button:
            self.forget_current_meeting()

    def forget_current_meeting(self, export_to: str | None = None) -> None:
        """Export the audit (if ``export_to``), close the engine, then forget the meeting's state
        (`hostguard.engine.forget_meeting`), all off the GUI thread; the first-run page follows.
        The meeting's remembered enforcement switch is forgotten too."""
        session = self.session
        if session is None or session.demo:
            return
        self.session = None
        self._update_actions()
        state_dir = session.engine.store.state_dir
        self.statusBar().showMessage(self.tr("Forgetting meeting {meeting}…").format(meeting=session.meeting_id))

        def work():
            exported = session.engine.audit.export(export_to, "csv") if export_to else None
            session.stop()
            return exported, forget_meeting(state_dir, session.service, session.meeting_id)

        def done(result, error) -> None:
            self.bridge.flush()  # what the engine said before it closed, then an empty roster
            self.model.clear()
            self.hold_bar.setVisible(False)
            self.held_label.setVisible(False)
            self.last_label.setVisible(False)
            self.settings.remove(self._enforce_key(session))
            if error is not None:
                why = str(error) if isinstance(error, MeetingInUse) else session_mod.for_app(str(error) or type(error).__name__)
                text = self.tr("Meeting {meeting} was not forgotten: {error}").format(meeting=session.meeting_id, error=why)
                self.show_first_run(text)
                emit(self.forgotten, False, text)
                self.warn(self.tr("Forget this meeting"), text)
                return
            exported, forgot = result
            text = self.tr("Meeting {meeting} forgotten: {what}.").format(meeting=session.meeting_id, what=forgot.describe())
            if exported is not None:
                text += " " + self.tr("The audit log ({n} entries) was exported to {file}.").format(n=exported, file=export_to)
            self.show_first_run(text)
            self.statusBar().showMessage(text, 15000)
            self.announce(text)
            emit(self.forgotten, True, text)

        self.run_async(work, done, "hostguard-forget")

    # ---------------------------------------------------- the meeting's own policy --
    def check_policy(self) -> None:
        """Ask the engine (off the GUI thread) whether HostGuard changed the meeting's own
        policy and can put it back; the service panel then offers it."""
        session = self.session
        if session is None:
            return

        def done(change, error) -> None:
            if self.session is session:
                self.service_panel.set_policy(None if error is not None else change)

        self.run_async(session.engine.restorable_policy, done, "hostguard-policy")

    def restore_policy(self) -> None:
        session = self.session
        if session is None or not self.service_panel.policy:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore the meeting's policy"),
            self.tr("Put back the country policy the meeting had before HostGuard changed it?\n\nHostGuard's change: {policy}\n\nPeople from the countries your rules block may then join again; the rules still decide about them once they are in.").format(policy=self.service_panel.policy),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setObjectName("restorePolicyDialog")
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        self.service_panel.restore_button.setEnabled(False)
        self.run_async(session.engine.restore_service_policy, self._policy_restored, "hostguard-restore")

    def _policy_restored(self, sentence, error) -> None:
        self.service_panel.restore_button.setEnabled(True)
        if error is not None:
            self.warn(self.tr("Restore the meeting's policy"), self.tr("Nothing was changed: {error}").format(error=error))
        else:
            self.statusBar().showMessage(str(sentence)[:1].upper() + str(sentence)[1:], 15000)
        self.check_policy()

    def readmit(self, participant_id: str) -> None:
        session = self.session
        if session is None:
            return
        self.run_async(lambda: session.engine.readmit(participant_id), self._readmitted, "hostguard-readmit")

    def _readmitted(self, _result, error) -> None:
        if error is not None:
            self.warn(self.tr("Readmit"), self.tr("Could not readmit: {error}").format(error=error))
        else:
            self.statusBar().showMessage(self.tr("Readmission queued; watch the Sync column."), 8000)

    # ------------------------------------------------------------------- dialogs --
    def announce(self, text: str, *, assertive: bool = False) -> None:
        """Tell screen readers ``text`` now (without moving the focus)."""
        announce(self, text, assertive=assertive)
        emit(self.announced, text, assertive)

    def warn(self, title: str, text: str) -> None:
        """A warning whose text is always plain (error messages may quote a service)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setObjectName("warningDialog")
        box.exec()

    def open_connection_dialog(self, service: str | None) -> None:

        store = SettingsStore(self.settings)
        initial = None
        if service:
            initial = ConnectionDetails(service, str(store.get("connection/url")) if service == store.get("connection/service") else "", "")
        dlg = ConnectionDialog(self, store=store, initial=initial)
        if dlg.exec() and dlg.accepted_details is not None:
            d = dlg.accepted_details
            self.connect_to(d.service, d.url, d.meeting_id)

    def open_settings(self) -> None:
        paths_before = self._geoip_paths()
        dlg = self.make_settings_dialog()
        try:
            accepted = dlg.exec()
        finally:
            self.settings_dialog = None
        s = self.session
        if accepted and s is not None:
            auto = bool(dlg.store.get("general/auto_apply_new"))
            if self.settings.value(self._enforce_key(s)) is not None:
                auto = bool(s.engine.auto_apply_new)  # this meeting's own switch wins over the default
            if auto != bool(s.engine.auto_apply_new):
                self.announce(self.tr("Rules are now applied to new joiners automatically.") if auto
                              else self.tr("New joiners are no longer acted on automatically; press Apply to act."))
            s.engine.auto_apply_new = auto
            self.notifier.rule_acts = bool(dlg.store.get("general/notify_rule_acts"))
            s.engine.poll_interval = float(dlg.store.get("general/refresh_interval_s"))
            s.engine.audit_retention_days = int(dlg.store.get("storage/audit_retention_days"))
            self.details.stale_days = int(dlg.store.get("geoip/stale_warning_days"))
            if self._geoip_paths() != paths_before:  # other database files chosen: use them now
                self._reload_databases()

    def make_settings_dialog(self):
        """The settings dialog, its GeoIP update wired to `geoip_updater` and the resolver reload."""
        dlg = SettingsDialog(
            SettingsStore(self.settings), self, databases=self._databases_in_use, update_database=self.geoip_updater
        )
        dlg.databaseUpdated.connect(lambda result: self._geoip_updated(result, dlg))
        self.settings_dialog = dlg
        return dlg

    def _databases_in_use(self) -> list[Any]:
        s = self.session
        if s is not None:
            return list(s.resolver.databases)
        resolver = session_mod.open_resolver(self._geoip_paths(), index=False)
        try:
            return list(resolver.databases)
        finally:
            resolver.close()

    def _geoip_updated(self, result, dlg) -> None:
        """After a successful update: reopen the databases and decide everyone again."""
        if result is None or self.session is None:
            return
        dlg.update_result.setText(dlg.update_result.text() + self.tr(" Reloading the databases…"))
        self._reload_databases(dlg)

    def _reload_databases(self, dlg=None) -> None:
        """Reopen the databases chosen in Settings (off the GUI thread) and decide everyone again."""
        s = self.session
        if s is None:
            return
        paths = self._geoip_paths()

        def reloaded(_resolver, error) -> None:
            if error is not None:
                text = self.tr("The new database could not be opened ({error}); the previous one stays in use.").format(error=error)
            else:
                text = self.tr("The new database is in use; everyone was decided again with it.")
                if self.rules_editor is not None:
                    self.rules_editor.set_capabilities(s.resolver.capabilities())
            self.statusBar().showMessage(text, 15000)
            if dlg is not None and self.settings_dialog is dlg:
                dlg.update_result.setText(text)
                dlg.refresh_databases()
            emit(self.resolverReloaded, error is None)

        self.run_async(lambda: s.reload_resolver(paths), reloaded, "hostguard-geoip-reload")

    def open_audit(self) -> None:
        if self.session is None:
            return
        engine = self.session.engine
        view = AuditView(
            self,
            source=engine.audit.query,
            exporter=lambda path, fmt: engine.audit.export(path, fmt),
            readmit=engine.readmit,
            readmit_supported="admit" in {str(c) for c in self.session.capabilities},
            person_exporter=lambda pid, path, fmt: export_person(engine, pid, path, fmt),
        )
        view.setWindowTitle(self.tr("Audit log — {title}").format(title=self.session.title))
        view.setWindowFlag(Qt.WindowType.Window, True)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        view.setMinimumSize(720, 400)
        view.resize(1100, 640)
        view.show()
        view.refresh()

    def show_about(self) -> None:
        AboutDialog(self, self.session.resolver if self.session else None).exec()

    # ------------------------------------------------------------------- closing --
    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.follow_color_scheme()
        return super().event(event)

    def follow_color_scheme(self) -> None:
        """Use the meaning colours of the system's scheme (light or dark) and redraw with them."""
        if theme.use_scheme(self.palette()):
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
            if self.model.rowCount():
                self.model.dataChanged.emit(
                    self.model.index(0, 0),
                    self.model.index(self.model.rowCount() - 1, self.model.columnCount() - 1),
                    [Qt.ItemDataRole.DecorationRole],
                )
            self.update()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing:
            self._closing = True
            self.save_window_state()
            self.hide()
            self.shutdown(detach=self.detach_on_close)
        event.accept()

    def shutdown(self, *, detach: bool = True) -> None:
        """Stop updates, then the engine and the simulator (outbox left consistent). With
        ``detach`` (closing the window), an engine enforcing on new joiners carries on."""
        self.bridge.stop()
        s, self.session = self.session, None
        if s is not None:
            started = time.monotonic()
            # An engine process that enforces the rules on new joiners goes on without the
            # window (README: "Closing the window during a meeting").
            s.stop(timeout=3.0, detach=detach)
            log.info("session stopped in %.1f s", time.monotonic() - started)
