"""What the host must know about the connected service, above the roster.

Zoom and Webex cannot do everything the reference service does. Their adapters say so in one
sentence (`status_note()`), and Zoom lists the people the rules remove but whom only the Zoom
client can remove (`manual_removals(meeting_id)`): the panel shows that list with buttons that
copy the names or the participant IDs, so the host can act on it in the Zoom client. The
reference service has nothing to add, and the panel stays hidden.

`refresh()` reads the adapter's in-memory state (no network): the main window calls it when
the engine reports a new status, at most about once a second.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt
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

log = logging.getLogger(__name__)

MANUAL_COLUMNS = ("Name", "E-mail", "Participant ID")
NOTE_LIMIT = 2000  # the note is the adapter's own text; Zoom's includes its budget sentence


class ServicePanel(QFrame):
    """The adapter's note and, for Zoom, the "remove manually in the Zoom client" list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("servicePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.adapter: Any | None = None
        self.meeting_id = ""
        self.note = QLabel(self)
        self.note.setObjectName("serviceNote")
        self.note.setAccessibleName("What this meeting service can and cannot do")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.manual_box = QWidget(self)
        self.manual_title = QLabel(self.manual_box)
        self.manual_title.setObjectName("manualTitle")
        self.manual_title.setTextFormat(Qt.TextFormat.PlainText)
        f = self.manual_title.font()
        f.setBold(True)
        self.manual_title.setFont(f)
        self.manual_table = QTableWidget(0, len(MANUAL_COLUMNS), self.manual_box)
        self.manual_table.setObjectName("manualRemovals")
        self.manual_table.setAccessibleName("Remove manually in the Zoom client")
        self.manual_table.setHorizontalHeaderLabels(MANUAL_COLUMNS)
        self.manual_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.manual_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.manual_table.verticalHeader().setVisible(False)
        self.manual_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.manual_table.setMaximumHeight(150)
        self.manual_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.copy_names = QPushButton("Copy &names", self.manual_box)
        self.copy_names.setObjectName("copyManualNames")
        self.copy_names.setAccessibleName("Copy the names to remove manually")
        self.copy_names.clicked.connect(lambda: self.copy("names"))
        self.copy_ids = QPushButton("Copy &IDs", self.manual_box)
        self.copy_ids.setObjectName("copyManualIds")
        self.copy_ids.setAccessibleName("Copy the participant IDs to remove manually")
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

        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        lay.addWidget(self.note)
        lay.addWidget(self.manual_box)
        self._people: list[Any] = []
        self.set_adapter(None, "")

    def set_adapter(self, adapter: Any | None, meeting_id: str) -> None:
        self.adapter = adapter
        self.meeting_id = meeting_id
        self._people = []
        self.manual_table.setRowCount(0)
        self.refresh()

    def refresh(self) -> None:
        adapter = self.adapter
        note_fn = getattr(adapter, "status_note", None)
        manual_fn = getattr(adapter, "manual_removals", None)
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
        self._show_manual(people, manual_fn is not None)
        self.setVisible(bool(note) or manual_fn is not None)

    def _show_manual(self, people: list[Any], supported: bool) -> None:
        self.manual_box.setVisible(supported)
        if not supported:
            return
        rows = [(plain_text(p.name) or "(no name)", plain_text(p.email or ""), str(p.id)) for p in people]
        old = [(p.name, p.email, p.id) for p in self._people]
        self._people = people
        n = len(rows)
        self.manual_title.setText(
            f"Remove manually in the Zoom client: {n} participant{'s' if n != 1 else ''}"
            if n else "Remove manually in the Zoom client: nobody at the moment"
        )
        for w in (self.copy_names, self.copy_ids, self.manual_table):
            w.setVisible(bool(n))
            w.setEnabled(bool(n))
        if [(p.name, p.email, p.id) for p in people] == old and self.manual_table.rowCount() == n:
            return
        self.manual_table.setRowCount(n)
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                self.manual_table.setItem(r, c, QTableWidgetItem(text))

    def manual_rows(self) -> list[tuple[str, str, str]]:
        return [tuple(self.manual_table.item(r, c).text() for c in range(3))  # type: ignore[misc]
                for r in range(self.manual_table.rowCount())]

    def copy(self, what: str) -> str:
        """Put the names or the IDs on the clipboard, one a line; returns the text."""
        col = 0 if what == "names" else 2
        text = "\n".join(row[col] for row in self.manual_rows())
        QApplication.clipboard().setText(text)
        return text
