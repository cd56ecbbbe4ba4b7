"""Connect to a meeting: service, base URL, meeting ID and credentials, with a connection test.

Credential fields come from `hostguard.services.credentials.SERVICES` (secret ones are
password fields). Secrets go to the OS keyring through `Credentials.set`, which keeps them for
this session only when no keyring is usable — never in a file — and the dialog repeats its
sentence saying where the secret went. Non-secret choices (service, URL, meeting) are settings.

Everything that may block — probing the keyring, storing, the connection test — runs on a
thread pool; the dialog shows progress and stays responsive.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hostguard.services import credentials as creds_mod
from hostguard.ui.labels import credential_label
from hostguard.ui.session import for_app
from hostguard.ui.settings import SettingsStore
from hostguard.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

MIN_WIDTH = 560
SERVICE_CHOICES = (("reference", QT_TRANSLATE_NOOP("ConnectionDialog", "Reference service")),
                   ("zoom", QT_TRANSLATE_NOOP("ConnectionDialog", "Zoom")),
                   ("webex", QT_TRANSLATE_NOOP("ConnectionDialog", "Webex")))
MEETING_HINT = {
    "zoom": QT_TRANSLATE_NOOP("ConnectionDialog", "meeting ID or UUID; for a webinar: webinar:<ID>"),
    "webex": QT_TRANSLATE_NOOP("ConnectionDialog", "meeting number, series ID or instance ID"),
}

URL_HINT = {
    "reference": QT_TRANSLATE_NOOP("ConnectionDialog", "API root, e.g. http://127.0.0.1:8765 (required)"),
    "zoom": QT_TRANSLATE_NOOP("ConnectionDialog", "optional: serves BASE/v2/… and BASE/oauth/token instead of Zoom's hosts"),
    "webex": QT_TRANSLATE_NOOP("ConnectionDialog", "optional: serves BASE/v1/… and BASE/analytics/v1/… instead of Webex's hosts"),
}


@dataclass(frozen=True)
class ConnectionDetails:
    service: str
    url: str
    meeting_id: str
    # Secrets: never in the repr, never compared, never written by this dialog except to the keyring.
    credentials: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False)


def default_tester(details: ConnectionDetails) -> str:
    """Build the service's adapter and ask it for one sentence (raises with a safe message)."""
    from hostguard.services import make_adapter
    from hostguard.services.base import ConfigurationError

    try:
        adapter = make_adapter(details.service, details.url or None, dict(details.credentials))
    except ConfigurationError as exc:
        raise ConfigurationError(for_app(exc, in_connection_dialog=True)) from None
    try:
        return adapter.test_connection(details.meeting_id)
    finally:
        adapter.close()


class ConnectionDialog(QDialog):
    """Choose and test a meeting connection; OK stores the credentials and the choices.

    ``credentials``: a `hostguard.services.credentials.Credentials` (default: the OS keyring);
    ``tester(details) -> sentence``: default `default_tester` (the real adapter);
    ``store``: where service/URL/meeting are remembered.
    Signals: ``testFinished(bool ok, str sentence)``, ``saved(str sentence)``,
    ``keyringChecked(str sentence)``.
    """

    testFinished = Signal(bool, str)
    saved = Signal(str)
    keyringChecked = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        store: SettingsStore | None = None,
        credentials: Any | None = None,
        tester: Callable[[ConnectionDetails], str] | None = None,
        initial: ConnectionDetails | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to a meeting"))
        self.setObjectName("connectionDialog")
        self.store = store
        self.creds = credentials if credentials is not None else creds_mod.Credentials()
        self.tester = tester or default_tester
        self._runner = TaskRunner(self)
        self._keyring_info: Any = None
        self.storage_sentence = ""
        self.accepted_details: ConnectionDetails | None = None  # after OK; secrets not included
        self.field_edits: dict[str, QLineEdit] = {}

        form = QFormLayout()
        self.service_combo = QComboBox(self)
        self.service_combo.setObjectName("service")
        self.service_combo.setAccessibleName(self.tr("Meeting service"))
        for value, label in SERVICE_CHOICES:
            self.service_combo.addItem(self.tr(label), value)
        self.url_edit = QLineEdit(self)
        self.url_edit.setObjectName("baseUrl")
        self.url_edit.setAccessibleName(self.tr("Base URL"))
        self.meeting_edit = QLineEdit(self)
        self.meeting_edit.setObjectName("meetingId")
        self.meeting_edit.setAccessibleName(self.tr("Meeting ID"))
        form.addRow(self.tr("&Service:"), self.service_combo)
        form.addRow(self.tr("Base &URL:"), self.url_edit)
        form.addRow(self.tr("&Meeting ID:"), self.meeting_edit)
        self.fields_box = QWidget(self)
        self.fields_form = QFormLayout(self.fields_box)
        self.fields_form.setContentsMargins(0, 0, 0, 0)

        self.keyring_label = QLabel(self.tr("Checking the keyring…"), self)
        self.keyring_label.setObjectName("keyringStatus")
        self.keyring_label.setWordWrap(True)
        self.keyring_label.setTextFormat(Qt.TextFormat.PlainText)

        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.test_button.setObjectName("testConnection")
        self.test_button.setAccessibleName(self.tr("Test the connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("testProgress")
        self.progress.setAccessibleName(self.tr("Connection test in progress"))
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("testResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.progress, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save and connect"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        creds_box = QGroupBox(self.tr("Credentials"), self)
        creds_box.setObjectName("credentialsBox")
        cl = QVBoxLayout(creds_box)
        cl.addWidget(self.fields_box)
        cl.addWidget(self.keyring_label)

        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(creds_box)
        lay.addLayout(test_row)
        lay.addWidget(self.result_label)
        lay.addWidget(self.buttons)

        self.service_combo.currentIndexChanged.connect(self._service_changed)
        if initial is None and store is not None:
            initial = ConnectionDetails(store.get("connection/service"), store.get("connection/url"),
                                        store.get("connection/meeting_id"))
        if initial is not None:
            self.service_combo.setCurrentIndex(max(self.service_combo.findData(initial.service), 0))
            self.url_edit.setText(initial.url)
            self.meeting_edit.setText(initial.meeting_id)
        self._service_changed()
        if initial is not None:
            for k, v in initial.credentials.items():
                if k in self.field_edits:
                    self.field_edits[k].setText(v)
        self._check_keyring()
        # Word-wrapped sentences (keyring, test result) have no width of their own: without a
        # floor, openbox opened the dialog at its bare size hint and the rows overlapped.
        self.setMinimumWidth(MIN_WIDTH)
        self.setSizeGripEnabled(True)
        self.resize(MIN_WIDTH, self.sizeHint().height())
        self.grow_to_fit()  # the height the wrapped sentences need at this width
        self.first_empty_field().setFocus()

    def grow_to_fit(self) -> None:
        """Taller when a sentence wraps onto more lines than there is room for.

        Qt does not grow a shown dialog for word-wrapped labels whose text changes later (the
        keyring sentence arrives from a worker thread); without this they overlap the rows
        below, as seen under openbox.
        """
        lay = self.layout()
        lay.activate()
        need = lay.totalHeightForWidth(self.width()) if lay.hasHeightForWidth() else lay.totalSizeHint().height()
        if need > self.height():
            self.resize(self.width(), need)

    def fit_later(self) -> None:
        """`grow_to_fit` once Qt has measured new label texts (its layout requests are queued
        events, handled before this queued call)."""
        QTimer.singleShot(0, self.grow_to_fit)

    def first_empty_field(self) -> QWidget:
        """Where typing should start: the first field still to fill in."""
        edits = ([self.url_edit] if self.service() == "reference" else []) + [self.meeting_edit]
        edits += list(self.field_edits.values())
        return next((e for e in edits if not e.text().strip()), self.test_button)

    # -- fields --------------------------------------------------------------------------
    def service(self) -> str:
        return self.service_combo.currentData()

    def _service_changed(self) -> None:
        while self.fields_form.rowCount():
            self.fields_form.removeRow(0)
        self.field_edits.clear()
        svc = creds_mod.SERVICES[self.service()]
        for fld in svc.fields:
            e = QLineEdit(self.fields_box)
            e.setObjectName(f"cred_{fld.key}")
            e.setAccessibleName(self.tr("{service} {field}").format(service=svc.title, field=credential_label(fld.label)))
            if fld.secret:
                e.setEchoMode(QLineEdit.EchoMode.Password)
                e.setPlaceholderText(self.tr("leave empty to keep the stored one"))
            if fld.optional:
                # Webex's admin token: analytics (addresses) needs an admin, expel/admit the host.
                e.setPlaceholderText(self.tr("optional: for analytics (addresses); else the access token is used"))
            self.field_edits[fld.key] = e
            self.fields_form.addRow(self.tr("{label}:").format(label=credential_label(fld.label)), e)
        self.url_edit.setPlaceholderText(self.tr(URL_HINT.get(self.service(), "")))
        self.meeting_edit.setPlaceholderText(self.tr(MEETING_HINT.get(self.service(), "")))
        # Fields made now join the end of the focus chain (after OK and Cancel): put them back
        # between the meeting ID and the test button.
        chain = [self.meeting_edit, *self.field_edits.values(), self.test_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.fit_later()

    def details(self) -> ConnectionDetails:
        """What the dialog holds now; credentials are only the fields typed in."""
        typed = {k: e.text().strip() for k, e in self.field_edits.items() if e.text().strip()}
        return ConnectionDetails(self.service(), self.url_edit.text().strip(), self.meeting_edit.text().strip(), typed)

    def _resolved(self, details: ConnectionDetails) -> ConnectionDetails:
        """Typed fields first, then the environment and the keyring (runs on a worker thread)."""
        res = self.creds.resolve(details.service)
        values = dict(res.values)
        values.update(details.credentials)
        return ConnectionDetails(details.service, details.url, details.meeting_id, values)

    # -- background work ---------------------------------------------------------------
    def _run(self, fn: Callable[..., Any], done: Callable[[Any, str], None]) -> None:
        self._runner.run(fn, done)

    def is_busy(self) -> bool:
        return self._runner.is_busy()

    def _check_keyring(self) -> None:
        def probe(_progress) -> Any:
            return self.creds.info()

        self._run(probe, self._keyring_done)

    def _keyring_done(self, info: Any, error: str) -> None:
        self._keyring_info = info
        if error or info is None:
            text = self.tr("Could not check the keyring ({error}); secrets will be kept for this session only.").format(error=error)
        elif info.usable:
            text = info.sentence()
        else:
            text = info.sentence() + self.tr(" Secrets you enter are kept for this session only, never written to a file.")
        self.keyring_label.setText(text)
        self.fit_later()
        self.keyringChecked.emit(text)

    def test_connection(self) -> None:
        """Run the tester off the GUI thread; `testFinished(ok, sentence)` follows."""
        if self.test_button.isEnabled() is False:
            return
        details = self.details()
        if not details.meeting_id:
            self._test_done(None, self.tr("Enter the meeting ID first."))
            return
        self.test_button.setEnabled(False)
        self.progress.setVisible(True)
        self.result_label.setText(self.tr("Testing…"))
        tester = self.tester

        def work(_progress) -> str:
            return tester(self._resolved(details))

        self._run(work, self._test_done)

    def _test_done(self, sentence: Any, error: str) -> None:
        self.test_button.setEnabled(True)
        self.progress.setVisible(False)
        ok = not error
        text = str(sentence) if ok else self.tr("Connection failed: {error}").format(error=for_app(error, in_connection_dialog=True))
        self.result_label.setText(text)
        self.fit_later()
        self.testFinished.emit(ok, text)

    def save(self) -> None:
        """Store typed credentials (keyring, or this session only) and the choices; then accept."""
        details = self.details()
        if self.service() == "reference" and not details.url:
            self.result_label.setText(self.tr("The reference service needs its base URL (the API root)."))
            return
        if not details.meeting_id:
            self.result_label.setText(self.tr("Enter the meeting ID."))
            return
        self.ok_button.setEnabled(False)
        creds = self.creds

        def work(_progress) -> str:
            # Everything the service needs must be typed, stored or in the environment before
            # anything is saved: a connection that can only fail is not "saved and connected".
            have = creds.resolve(details.service)
            missing = [k for k in have.missing if k not in details.credentials]
            if missing:
                fields = {f.key: f.label for f in creds_mod.SERVICES[details.service].fields}
                labels = [fields[k] for k in missing]
                said = labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]
                raise creds_mod.CredentialsError(
                    f"enter the {said} (not stored in the keyring or set in the environment)."
                )
            sentences = []
            info = creds.info()
            for key, value in details.credentials.items():
                sentences.append(creds.set(details.service, key, value, info=info).sentence)
            if not sentences:
                return "No new credentials entered; the stored ones are used."
            # Every field lands in the same place: one sentence is enough.
            return sentences[-1]

        self._run(work, self._save_done)

    def _save_done(self, sentence: Any, error: str) -> None:
        self.ok_button.setEnabled(True)
        if error:
            self.result_label.setText(self.tr("Nothing was saved: {error}").format(error=for_app(error, in_connection_dialog=True)))
            self.fit_later()
            return
        details = self.details()
        self.accepted_details = ConnectionDetails(details.service, details.url, details.meeting_id)
        if self.store is not None:
            self.store.set("connection/service", details.service)
            self.store.set("connection/url", details.url)
            self.store.set("connection/meeting_id", details.meeting_id)
        for e in self.field_edits.values():
            e.clear()  # the secret no longer lingers in a widget
        self.storage_sentence = str(sentence)
        self.result_label.setText(self.storage_sentence)
        self.saved.emit(self.storage_sentence)
        self.accept()

    def done(self, r: int) -> None:
        for e in self.field_edits.values():
            e.clear()
        super().done(r)
