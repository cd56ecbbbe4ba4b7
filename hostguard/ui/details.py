"""The details pane: everything HostGuard knows about the selected participant, and why.

Shows the full evidence of the IP inference (address, status, database and date, network
prefix, anycast / ASN / anonymizer flags where a database provides them), the decision with
its rule and reason, and the sync state with its detail. "Unknown (not in database)",
"private network" and "no address reported" are spelled out differently, because they mean
different things to a host. Every label is plain text (Qt.PlainText), so a name made of
markup or bidi controls shows literally.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hostguard.core.participants import plain_text
from hostguard.ui.labels import action_label
from hostguard.ui.qtcompat import emit
from hostguard.ui.roster_model import country_text, sync_label

STATUS_EXPLANATIONS = {
    "resolved": "The database places this address in a country.",
    "unknown": "A public address that the database does not cover: the country is unknown.",
    "private": "A private-network address (LAN, VPN-internal, carrier-grade NAT): it says "
    "nothing about where the person is, so the country is unknown.",
    "no_address": "The meeting service reported no address for this person: the country is unknown.",
    "invalid": "The service reported something that is not an IP address: the country is unknown.",
}

FIELDS = (
    ("name", QT_TRANSLATE_NOOP("DetailsPane", "Name")),
    ("email", QT_TRANSLATE_NOOP("DetailsPane", "E-mail")),
    ("role", QT_TRANSLATE_NOOP("DetailsPane", "Role")),
    ("status", QT_TRANSLATE_NOOP("DetailsPane", "Status")),
    ("joined", QT_TRANSLATE_NOOP("DetailsPane", "Joined")),
    ("country", QT_TRANSLATE_NOOP("DetailsPane", "Country")),
    ("inference", QT_TRANSLATE_NOOP("DetailsPane", "Inference")),
    ("address", QT_TRANSLATE_NOOP("DetailsPane", "Address")),
    ("network", QT_TRANSLATE_NOOP("DetailsPane", "Network")),
    ("database", QT_TRANSLATE_NOOP("DetailsPane", "Database")),
    ("flags", QT_TRANSLATE_NOOP("DetailsPane", "Network flags")),
    ("location", QT_TRANSLATE_NOOP("DetailsPane", "Other location data")),
    ("decision", QT_TRANSLATE_NOOP("DetailsPane", "Decision")),
    ("reason", QT_TRANSLATE_NOOP("DetailsPane", "Reason")),
    ("sync", QT_TRANSLATE_NOOP("DetailsPane", "Sync")),
)


@runtime_checkable
class AddressNotes(Protocol):
    """An adapter that can say where a participant's address came from, or why there is none
    (Webex: matched from analytics by which id, or left unknown because the match was not unique)."""

    def address_note(self, meeting_id: str, participant_id: str) -> str: ...


def _plain_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    label.setAccessibleName(name)
    return label


class DetailsPane(QScrollArea):
    """Details of one RosterEntry; `readmitRequested(participant_id)` for the undo button."""

    readmitRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsPane")
        self.setAccessibleName(self.tr("Participant details"))
        self.stale_days = 60  # Settings → GeoIP → "Warn when a database is older than" (the window sets it)
        self.setWidgetResizable(True)
        body = QWidget(self)
        outer = QVBoxLayout(body)
        self._placeholder = QLabel(self.tr("Select a participant to see the evidence for their country and decision."), body)
        self._placeholder.setTextFormat(Qt.TextFormat.PlainText)
        self._placeholder.setWordWrap(True)
        outer.addWidget(self._placeholder)
        self._form_host = QWidget(body)
        form = QFormLayout(self._form_host)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        for key, title in FIELDS:
            lab = _plain_label(self._form_host, self.tr(title))
            self.labels[key] = lab
            caption = QLabel(self.tr("{label}:").format(label=self.tr(title)), self._form_host)
            caption.setTextFormat(Qt.TextFormat.PlainText)
            caption.setBuddy(lab)
            form.addRow(caption, lab)
        outer.addWidget(self._form_host)
        buttons = QHBoxLayout()
        self.readmit_button = QPushButton(self.tr("Readmit"), body)
        self.readmit_button.setAccessibleName(self.tr("Readmit participant"))
        self.readmit_button.setToolTip(self.tr("Admit this person from the waiting room (undo), where the service allows it"))
        self.readmit_button.clicked.connect(self._readmit)
        buttons.addWidget(self.readmit_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        outer.addStretch(1)
        self.setWidget(body)
        self._entry: Any | None = None
        self._address_note: Callable[[str], str] | None = None
        self.readmit_enabled = True  # the window turns it off for dry runs / services without admit
        self.show_entry(None)

    def set_adapter(self, adapter: object, meeting_id: str) -> None:
        """Ask ``adapter`` why an address is what it is, when it can say (`AddressNotes`)."""
        if isinstance(adapter, AddressNotes):
            self._address_note = lambda pid: adapter.address_note(meeting_id, pid)
        else:
            self._address_note = None

    @property
    def participant_id(self) -> str | None:
        return None if self._entry is None else str(self._entry.participant.id)

    def show_entry(self, entry: Any | None) -> None:
        self._entry = entry
        self._placeholder.setVisible(entry is None)
        self._form_host.setVisible(entry is not None)
        self.readmit_button.setVisible(entry is not None)
        if entry is None:
            return
        note = ""
        if self._address_note is not None:
            try:
                note = self._address_note(str(entry.participant.id))
            except Exception:  # a note is extra evidence: never let it hide the pane
                note = ""
        for key, text in self.texts(entry, note, stale_days=self.stale_days).items():
            self.labels[key].setText(text)
        self.readmit_button.setEnabled(self.readmit_enabled and entry.participant.status == "waiting")

    @staticmethod
    def texts(entry: Any, address_note: str = "", *, stale_days: int = 60) -> dict[str, str]:
        """The plain-text value of every field (also what the tests check). ``address_note``:
        the service's word on the address (where it came from, or why there is none)."""
        p, geo, d = entry.participant, entry.geo, entry.decision
        ev = geo.evidence()
        status = str(ev.get("status"))
        out = {
            "name": plain_text(p.name, 500) or "(no name)",
            "email": plain_text(p.email, 300) or "—",
            "role": p.role,
            "status": p.status,
            "joined": plain_text(p.joined_at or "", 40) or "—",
            "country": country_text(geo) + (f" ({geo.country}, continent {geo.continent})" if geo.country else ""),
            "inference": f"{geo.status.label}: {STATUS_EXPLANATIONS.get(status, '')}".strip(),
            "address": str(ev.get("ip") or "no address reported")
            + (f" — {plain_text(address_note, 400)}" if address_note else ""),
            "network": str(ev.get("network") or "—"),
        }
        if geo.database is not None:
            db = geo.database
            age = db.age_days()
            stale = f" — older than {stale_days} days, consider updating" if age > stale_days else ""
            out["database"] = f"{db.label} ({db.database_type}), built {db.build_date.isoformat()}, {age} days old{stale}"
            if db.attribution:
                out["database"] += f"\n{db.attribution}"
        else:
            out["database"] = "not consulted (no public address)"
        flags = []
        flags.append("anycast network (the location may be anywhere)" if ev.get("anycast") else "not anycast")
        if "asn" in ev:
            flags.append(f"AS{ev['asn']} {plain_text(ev.get('as_org') or '', 80)}".strip())
        if "anonymizers" in ev:
            flags.append("anonymizer: " + ", ".join(str(a).replace("_", " ") for a in ev["anonymizers"]))  # type: ignore[union-attr]
        out["flags"] = "; ".join(flags)
        loc = []
        for key, title in (
            ("regions", "regions"),
            ("city", "city"),
            ("registered_country", "registered country"),
            ("represented_country", "represented country"),
        ):
            if key in ev:
                val = ev[key]
                loc.append(f"{title}: {', '.join(val) if isinstance(val, list) else val}")
        out["location"] = "; ".join(loc) or "—"
        action = action_label(d.action)
        out["decision"] = action + (f" — rule '{plain_text(d.rule, 100)}'" if d.rule else " — exempt" if d.exempt else " — default")
        out["reason"] = plain_text(d.reason, 500)
        sync = entry.sync or "none"
        sync_text = sync_label(sync) or QCoreApplication.translate("DetailsPane", "nothing to send")
        if entry.sync_detail:
            sync_text += f": {plain_text(entry.sync_detail, 300)}"
        out["sync"] = sync_text
        return out

    def _readmit(self) -> None:
        if self._entry is not None:
            emit(self.readmitRequested, str(self._entry.participant.id))
