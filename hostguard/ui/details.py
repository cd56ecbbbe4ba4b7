"""The details pane: everything HostGuard knows about the selected participant, and why.

Shows the full evidence of the IP inference (address, status, database and date, network
prefix, anycast / ASN / anonymizer flags where a database provides them), the decision with
its rule and reason, and the sync state with its detail. "Unknown (not in database)",
"private network" and "no address reported" are spelled out differently, because they mean
different things to a host. Every label is plain text (Qt.PlainText), so a name made of
markup or bidi controls shows literally.

The pane's own words go through Qt's translations (context "DetailsPane"); what comes from
outside (names, e-mails, rule names and reasons, the service's notes, database names) is shown
as it is. While the window waits for a participant's entry from the engine process, the pane
shows what the roster row already says and "Loading the evidence…" (`show_loading`), never the
previous person; if no entry comes, it says why (`show_unavailable`, `show_gone`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
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
from hostguard.ui.labels import action_label, anonymizer_label, plural, role_label, status_label
from hostguard.ui.qtcompat import emit
from hostguard.ui.roster_model import country_text, sync_label
from hostguard.ui.rows import (
    NOT_SENT_DETAIL,
    NOT_SENT_LABEL,
    fact_separator,
    list_separator,
    name_label,
    reason_text,
)

# The inference line: the status's name and what it means, one sentence per status (so that
# each language words the pair as a whole).
INFERENCE_TEXTS = {
    "resolved": QT_TRANSLATE_NOOP("DetailsPane", "resolved: The database places this address in a country."),
    "unknown": QT_TRANSLATE_NOOP(
        "DetailsPane",
        "unknown (not in database): A public address that the database does not cover: the country is unknown."),
    "private": QT_TRANSLATE_NOOP(
        "DetailsPane",
        "private network: A private-network address (LAN, VPN-internal, carrier-grade NAT): it says nothing "
        "about where the person is, so the country is unknown."),
    "no_address": QT_TRANSLATE_NOOP(
        "DetailsPane", "no address reported: The meeting service reported no address for this person: "
        "the country is unknown."),
    "invalid": QT_TRANSLATE_NOOP(
        "DetailsPane",
        "invalid address: The service reported something that is not an IP address: the country is unknown."),
}

# "Other location data": one "title: value" per field a City database gives.
LOCATION_TEXTS = (
    ("regions", QT_TRANSLATE_NOOP("DetailsPane", "regions: {value}")),
    ("city", QT_TRANSLATE_NOOP("DetailsPane", "city: {value}")),
    ("registered_country", QT_TRANSLATE_NOOP("DetailsPane", "registered country: {value}")),
    ("represented_country", QT_TRANSLATE_NOOP("DetailsPane", "represented country: {value}")),
)

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


class DatabaseAgeWords(QObject):
    """The database line's sentences with a count of days (a QObject so that lupdate sees
    numerus messages: its `tr` with a count; QCoreApplication.translate's count it does not)."""

    def built(self, age: int) -> str:
        return plural(
            self.tr("{label} ({type}), built {date}, %n day(s) old", "", age), age,
            "{label} ({type}), built {date}, %n day old", "{label} ({type}), built {date}, %n days old")  # fmt: skip

    def stale(self, limit: int) -> str:
        return plural(
            self.tr("{database} — older than %n day(s), consider updating", "", limit), limit,
            "{database} — older than %n day, consider updating",
            "{database} — older than %n days, consider updating")  # fmt: skip


def _plain_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    label.setAccessibleName(name)
    return label


# What the pane shows (`DetailsPane.state`).
EMPTY = "empty"  # nobody selected: the placeholder
LOADING = "loading"  # the entry was asked for: the row's facts and "Loading the evidence…"
UNAVAILABLE = "unavailable"  # the engine could not answer: the row's facts, why, and "Try again"
GONE = "gone"  # the engine no longer lists the person
ENTRY = "entry"  # the full evidence


class DetailsPane(QScrollArea):
    """Details of one RosterEntry; `readmitRequested(participant_id)` for the undo button,
    `retryRequested(participant_id)` when the host asks again for an entry that did not come."""

    readmitRequested = Signal(str)
    retryRequested = Signal(str)

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
        # "Loading the evidence…", or why it cannot be shown: above the fields, read first.
        self.notice = QLabel(body)
        self.notice.setObjectName("detailsNotice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        outer.addWidget(self.notice)
        self._form_host = QWidget(body)
        form = QFormLayout(self._form_host)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form = form
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
        self.retry_button = QPushButton(self.tr("Try again"), body)
        self.retry_button.setAccessibleName(self.tr("Load the evidence again"))
        self.retry_button.clicked.connect(self._retry)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        outer.addStretch(1)
        self.setWidget(body)
        self._entry: Any | None = None
        self._subject: str | None = None  # whom the pane is about, loaded or not
        self.state = EMPTY
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
        """Whose entry the pane shows (None while it waits for one, or cannot show one)."""
        return None if self._entry is None else str(self._entry.participant.id)

    @property
    def subject_id(self) -> str | None:
        """Whom the pane is about: the entry shown, or the participant whose entry it waits for."""
        return self._subject

    def show_entry(self, entry: Any | None) -> None:
        self._entry = entry
        self._subject = None if entry is None else str(entry.participant.id)
        self.state = EMPTY if entry is None else ENTRY
        self._placeholder.setVisible(entry is None)
        self._form_host.setVisible(entry is not None)
        self.readmit_button.setVisible(entry is not None)
        self.retry_button.setVisible(False)
        self.notice.setVisible(False)
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
            self._form.setRowVisible(self.labels[key], True)
        self.readmit_button.setEnabled(self.readmit_enabled and entry.participant.status == "waiting")

    def show_loading(self, participant_id: str, known: Mapping[str, str]) -> None:
        """While the entry is on its way: ``known`` (field key -> text, from the roster row:
        at least the name) and "Loading the evidence…"; nothing of anyone shown before."""
        self._show_without_entry(LOADING, participant_id, known, self.tr("Loading the evidence…"))

    def show_unavailable(self, participant_id: str, known: Mapping[str, str]) -> None:
        """The engine could not answer (not running, restarting, or an error): say so, with
        what the row says and a button to ask again."""
        self._show_without_entry(
            UNAVAILABLE, participant_id, known,
            self.tr("The evidence cannot be shown: HostGuard's engine did not answer (it may be restarting). "
                    "Try again in a moment."))  # fmt: skip

    def show_gone(self, participant_id: str, known: Mapping[str, str]) -> None:
        """The engine no longer lists the person (they left and were dropped meanwhile)."""
        self._show_without_entry(
            GONE, participant_id, known, self.tr("This participant is no longer listed, so there is no evidence to show."))

    def _show_without_entry(self, state: str, participant_id: str, known: Mapping[str, str], notice: str) -> None:
        self._entry = None  # the readmit button must never act on someone shown before
        self._subject = participant_id
        self.state = state
        self._placeholder.setVisible(False)
        self._form_host.setVisible(True)
        self.notice.setText(notice)
        self.notice.setVisible(True)
        for key, label in self.labels.items():
            text = known.get(key, "")
            label.setText(text)
            self._form.setRowVisible(label, bool(text))
        self.readmit_button.setVisible(True)
        self.readmit_button.setEnabled(False)
        self.retry_button.setVisible(state == UNAVAILABLE)

    @staticmethod
    def texts(entry: Any, address_note: str = "", *, stale_days: int = 60) -> dict[str, str]:
        """The plain-text value of every field (also what the tests check), in the app's
        language. ``address_note``: the service's word on the address (where it came from, or
        why there is none), shown as it is."""
        p, geo, d = entry.participant, entry.geo, entry.decision
        ev = geo.evidence()
        status = str(ev.get("status"))

        country = country_text(geo)
        if geo.country and geo.continent:
            country = QCoreApplication.translate("DetailsPane", "{country} ({code}, continent {continent})").format(
                country=country, code=geo.country, continent=geo.continent)
        elif geo.country:
            country = QCoreApplication.translate("DetailsPane", "{country} ({code})").format(country=country, code=geo.country)

        if status == "unknown" and geo.note:
            # The database has a record for the address, but what it gives is not a country
            # (geo.note says what, from core, as data): not "not in database".
            inference = QCoreApplication.translate(
                "DetailsPane", "unknown (no country in the database): {note}. The country is unknown."
            ).format(note=plain_text(geo.note, 300))
        elif status in INFERENCE_TEXTS:
            inference = QCoreApplication.translate("DetailsPane", INFERENCE_TEXTS[status])
        else:
            inference = geo.status.label  # a status this pane does not know yet: core's English name
        # What the service reported, even when it is not an address ("invalid"): plain text.
        address = plain_text(str(ev.get("ip") or ""), 100) or QCoreApplication.translate(
            "DetailsPane", "no address reported")
        if address_note:
            address = QCoreApplication.translate("DetailsPane", "{address} — {note}").format(
                address=address, note=plain_text(address_note, 400))
        out = {
            "name": name_label(p.name, 500),
            "email": plain_text(p.email, 300) or "—",
            "role": role_label(p.role),
            "status": status_label(p.status),
            "joined": plain_text(p.joined_at or "", 40) or "—",
            "country": country,
            "inference": inference,
            "address": address,
            "network": str(ev.get("network") or "—"),
        }
        if geo.database is not None:
            db = geo.database
            age = db.age_days()
            words = DatabaseAgeWords()
            text = words.built(age).format(label=db.label, type=db.database_type, date=db.build_date.isoformat())
            if age > stale_days:
                text = words.stale(stale_days).format(database=text)
            if db.attribution:
                text += f"\n{db.attribution}"
            out["database"] = text
        else:
            out["database"] = QCoreApplication.translate("DetailsPane", "not consulted (no public address)")
        # The language's own separators ("、" and "；" in Chinese and Japanese, "، " and "؛ " in
        # Arabic), as the roster's reasons use them: between the items of one list, and between facts.
        items, facts = list_separator(), fact_separator()
        flags = [
            QCoreApplication.translate("DetailsPane", "anycast network (the location may be anywhere)")
            if ev.get("anycast") else QCoreApplication.translate("DetailsPane", "not anycast")
        ]  # fmt: skip
        if "asn" in ev:
            flags.append(f"AS{ev['asn']} {plain_text(ev.get('as_org') or '', 80)}".strip())
        if "anonymizers" in ev:
            kinds = items.join(anonymizer_label(a) for a in ev["anonymizers"])  # type: ignore[union-attr]
            flags.append(QCoreApplication.translate("DetailsPane", "anonymizer: {kinds}").format(kinds=kinds))
        out["flags"] = facts.join(flags)
        loc = []
        for key, title in LOCATION_TEXTS:
            if key in ev:
                val = ev[key]
                value = items.join(map(str, val)) if isinstance(val, list) else plain_text(str(val), 100)
                loc.append(QCoreApplication.translate("DetailsPane", title).format(value=value))
        out["location"] = facts.join(loc) or "—"
        action = action_label(d.action)
        if d.rule:
            decision = QCoreApplication.translate("DetailsPane", "{action} — rule '{rule}'").format(
                action=action, rule=plain_text(d.rule, 100))
        elif d.exempt:
            decision = QCoreApplication.translate("DetailsPane", "{action} — exempt").format(action=action)
        else:
            decision = QCoreApplication.translate("DetailsPane", "{action} — default").format(action=action)
        out["decision"] = decision
        out["reason"] = reason_text(d, geo)
        sync = entry.sync or "none"
        detail = plain_text(entry.sync_detail or "", 300)
        not_sent = sync == "none" and d.enforcing  # decided, nothing sent yet (the Sync column's word)
        if not_sent and not detail:
            out["sync"] = QCoreApplication.translate("roster", NOT_SENT_DETAIL)  # "Not sent yet: press Apply…"
        else:
            state = (QCoreApplication.translate("roster", NOT_SENT_LABEL) if not_sent
                     else sync_label(sync) or QCoreApplication.translate("DetailsPane", "nothing to send"))  # fmt: skip
            out["sync"] = QCoreApplication.translate("DetailsPane", "{state}: {detail}").format(
                state=state, detail=detail) if detail else state  # fmt: skip
        return out

    def _readmit(self) -> None:
        if self._entry is not None:
            emit(self.readmitRequested, str(self._entry.participant.id))

    def _retry(self) -> None:
        if self._subject is not None and self.state == UNAVAILABLE:
            emit(self.retryRequested, self._subject)
