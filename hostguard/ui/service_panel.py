"""What the host must know about the connected service, above the roster.

Zoom and Webex cannot do everything the reference service does. Their adapters say so in one
sentence (`status_note()`), and Zoom lists the people the rules remove but whom only the Zoom
client can remove (`manual_removals(meeting_id)`): the panel shows that list with buttons that
copy the names or the participant IDs, so the host can act on it in the Zoom client. The
reference service has nothing to add, and the panel stays hidden.

`refresh()` reads the adapter's in-memory state (no network): the main window calls it when
the engine reports a new status, at most about once a second.

Zoom's dashboard does not report co-hosts (its roles are host and attendee, and panelist in
webinars): the panel says so in its own line (`role_note(meeting_id)`) and, when Zoom gave the
meeting's alternative hosts (`alternative_hosts(meeting_id)`), offers to copy their e-mail
addresses for the rules' e-mail exemptions, the exemption that covers co-hosts.

When HostGuard has changed the meeting's own policy (Zoom's country policy), the panel says
what it did and offers to put the previous policy back (`restoreRequested`); the main window
asks the engine (off the GUI thread) whether there is such a change, in this session or
recorded in the audit trail by an earlier one (`set_policy`).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hostguard.core.participants import plain_text
from hostguard.services.capabilities import ManualRemovals, RoleNotes, StatusNote
from hostguard.ui.labels import plural
from hostguard.ui.rows import name_label

log = logging.getLogger(__name__)

MANUAL_COLUMNS = (QT_TRANSLATE_NOOP("ServicePanel", "Name"), QT_TRANSLATE_NOOP("ServicePanel", "E-mail"),
                  QT_TRANSLATE_NOOP("ServicePanel", "Participant ID"))
NOTE_LIMIT = 2000  # the note is the adapter's own text; Zoom's includes its budget sentence


class ServicePanel(QFrame):
    """The adapter's note and, for Zoom, the "remove manually in the Zoom client" list."""

    restoreRequested = Signal()  # the host asks to put the meeting's previous policy back

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("servicePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.adapter: Any | None = None
        self.meeting_id = ""
        self.note = QLabel(self)
        self.note.setObjectName("serviceNote")
        self.note.setAccessibleName(self.tr("What this meeting service can and cannot do"))
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.role_box = QWidget(self)
        self.role_label = QLabel(self.role_box)
        self.role_label.setObjectName("roleNote")
        self.role_label.setAccessibleName(self.tr("Roles this meeting service does not report"))
        self.role_label.setWordWrap(True)
        self.role_label.setTextFormat(Qt.TextFormat.PlainText)
        self.role_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_alternates = QPushButton(self.tr("Copy alternative hosts' &e-mails"), self.role_box)
        self.copy_alternates.setObjectName("copyAlternativeHosts")
        self.copy_alternates.setAccessibleName(self.tr("Copy the meeting's alternative hosts' e-mail addresses, to exempt them"))
        self.copy_alternates.clicked.connect(self.copy_alternative_hosts)
        rrow = QHBoxLayout(self.role_box)
        rrow.setContentsMargins(0, 0, 0, 0)
        rrow.addWidget(self.role_label, 1)
        rrow.addWidget(self.copy_alternates)
        self._alternates: tuple[str, ...] = ()

        self.manual_box = QWidget(self)
        self.manual_title = QLabel(self.manual_box)
        self.manual_title.setObjectName("manualTitle")
        self.manual_title.setTextFormat(Qt.TextFormat.PlainText)
        f = self.manual_title.font()
        f.setBold(True)
        self.manual_title.setFont(f)
        self.manual_table = QTableWidget(0, len(MANUAL_COLUMNS), self.manual_box)
        self.manual_table.setObjectName("manualRemovals")
        self.manual_table.setAccessibleName(self.tr("Remove manually in the Zoom client"))
        self.manual_table.setHorizontalHeaderLabels([self.tr(c) for c in MANUAL_COLUMNS])
        self.manual_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.manual_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.manual_table.verticalHeader().setVisible(False)
        self.manual_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.manual_table.setMaximumHeight(150)
        self.manual_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.copy_names = QPushButton(self.tr("Copy &names"), self.manual_box)
        self.copy_names.setObjectName("copyManualNames")
        self.copy_names.setAccessibleName(self.tr("Copy the names to remove manually"))
        self.copy_names.clicked.connect(lambda: self.copy("names"))
        self.copy_ids = QPushButton(self.tr("Copy &IDs"), self.manual_box)
        self.copy_ids.setObjectName("copyManualIds")
        self.copy_ids.setAccessibleName(self.tr("Copy the participant IDs to remove manually"))
        self.copy_ids.clicked.connect(lambda: self.copy("ids"))
        buttons = QVBoxLayout()
        buttons.addWidget(self.copy_names)
        buttons.addWidget(self.copy_ids)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.manual_table, 1)
        row.addLayout(buttons)
        mb = QVBoxLayout(self.manual_box)
        mb.setContentsMargins(0, 0, 0, 0)
        mb.addWidget(self.manual_title)
        mb.addLayout(row)

        self.policy_box = QWidget(self)
        self.policy_label = QLabel(self.policy_box)
        self.policy_label.setObjectName("policyChange")
        self.policy_label.setTextFormat(Qt.TextFormat.PlainText)
        self.policy_label.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore previous &policy"), self.policy_box)
        self.restore_button.setObjectName("restorePolicy")
        self.restore_button.setAccessibleName(self.tr("Restore the meeting's previous country policy"))
        self.restore_button.clicked.connect(self.restoreRequested)
        prow = QHBoxLayout(self.policy_box)
        prow.setContentsMargins(0, 0, 0, 0)
        prow.addWidget(self.policy_label, 1)
        prow.addWidget(self.restore_button)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        lay.addWidget(self.note)
        lay.addWidget(self.role_box)
        lay.addWidget(self.policy_box)
        lay.addWidget(self.manual_box)
        self._people: list[Any] = []
        self._policy: str | None = None
        self.set_adapter(None, "")

    def set_adapter(self, adapter: Any | None, meeting_id: str) -> None:
        self.adapter = adapter
        self.meeting_id = meeting_id
        self._people = []
        self._policy = None
        self.manual_table.setRowCount(0)
        self.refresh()

    def set_policy(self, change: str | None) -> None:
        """What HostGuard did to the meeting's own policy and can undo (None: nothing)."""
        self._policy = plain_text(change, NOTE_LIMIT) if change else None
        self.restore_button.setEnabled(True)
        self.refresh()

    @property
    def policy(self) -> str | None:
        return self._policy

    def refresh(self) -> None:
        adapter = self.adapter
        note_fn = adapter.status_note if isinstance(adapter, StatusNote) else None
        manual_fn = adapter.manual_removals if isinstance(adapter, ManualRemovals) else None
        note = ""
        if note_fn is not None:
            try:
                note = plain_text(note_fn(self.meeting_id) or "", NOTE_LIMIT)
            except Exception:
                log.debug("status_note failed", exc_info=True)
        people: list[Any] = []
        if manual_fn is not None:
            try:
                people = list(manual_fn(self.meeting_id))
            except Exception:
                log.debug("manual_removals failed", exc_info=True)
        if note != self.note.text():
            self.note.setText(note)
        self.note.setVisible(bool(note))
        role = self._show_roles(adapter)
        self._show_manual(people, manual_fn is not None)
        if self._policy:
            self.policy_label.setText(self.tr("HostGuard changed this meeting's own policy: {policy}").format(policy=self._policy))
        self.policy_box.setVisible(bool(self._policy))
        self.setVisible(bool(note) or bool(role) or manual_fn is not None or bool(self._policy))

    def _show_roles(self, adapter: Any) -> str:
        """The service's word on roles it does not report, and the alternative hosts to copy."""
        roles = adapter if isinstance(adapter, RoleNotes) else None
        role_fn = roles.role_note if roles is not None else None
        alt_fn = roles.alternative_hosts if roles is not None else None
        role = ""
        alternates: tuple[str, ...] = ()
        try:
            role = plain_text(role_fn(self.meeting_id) or "", NOTE_LIMIT) if role_fn is not None else ""
            alternates = tuple(plain_text(a, 320) for a in alt_fn(self.meeting_id)) if alt_fn is not None else ()
        except Exception:
            log.debug("role_note failed", exc_info=True)
        if role != self.role_label.text():
            self.role_label.setText(role)
        self._alternates = alternates
        self.copy_alternates.setVisible(bool(alternates))
        self.copy_alternates.setEnabled(bool(alternates))
        self.role_box.setVisible(bool(role))
        return role

    @property
    def alternates(self) -> tuple[str, ...]:
        return self._alternates

    def copy_alternative_hosts(self) -> str:
        """Put the alternative hosts' e-mail addresses on the clipboard, one a line; returns the text."""
        text = "\n".join(self._alternates)
        QApplication.clipboard().setText(text)
        return text

    def _show_manual(self, people: list[Any], supported: bool) -> None:
        self.manual_box.setVisible(supported)
        if not supported:
            return
        rows = [(name_label(p.name), plain_text(p.email or ""), str(p.id)) for p in people]
        old = [(p.name, p.email, p.id) for p in self._people]
        self._people = people
        n = len(rows)
        self.manual_title.setText(
            plural(self.tr("Remove manually in the Zoom client: %n participant(s)", "", n), n,
                   "Remove manually in the Zoom client: %n participant", "Remove manually in the Zoom client: %n participants")
            if n else self.tr("Remove manually in the Zoom client: nobody at the moment")
        )
        for w in (self.copy_names, self.copy_ids, self.manual_table):
            w.setVisible(bool(n))
            w.setEnabled(bool(n))
        new = [(p.name, p.email, p.id) for p in people]
        table = self.manual_table
        if new == old and table.rowCount() == n:
            return
        # The list mostly grows at the end: then only the new rows are made (thousands of
        # rows in a big Zoom event would otherwise be rebuilt on every change).
        start = len(old) if new[: len(old)] == old and table.rowCount() == len(old) else 0
        table.setUpdatesEnabled(False)
        try:
            table.setRowCount(n)
            for r in range(start, n):
                for c, text in enumerate(rows[r]):
                    table.setItem(r, c, QTableWidgetItem(text))
        finally:
            table.setUpdatesEnabled(True)

    def manual_rows(self) -> list[tuple[str, str, str]]:
        return [tuple(self.manual_table.item(r, c).text() for c in range(3))  # type: ignore[misc]
                for r in range(self.manual_table.rowCount())]

    def copy(self, what: str) -> str:
        """Put the names or the IDs on the clipboard, one a line; returns the text."""
        col = 0 if what == "names" else 2
        text = "\n".join(row[col] for row in self.manual_rows())
        QApplication.clipboard().setText(text)
        return text
