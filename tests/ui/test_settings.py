"""Declared settings, the generated dialog and its persistence; the connection dialog with a
real keyring backend (a dict-backed `KeyringBackend`, and keyring's own fail backend) and a
connection test against a real simulator on loopback, off the GUI thread."""

from __future__ import annotations

import threading
from pathlib import Path

import keyring.backend
import keyring.backends.fail
import pytest
from PySide6.QtCore import QSettings

from hostguard.core.geo import GeoResolver
from hostguard.services import credentials as creds_mod
from hostguard.ui.connection_dialog import ConnectionDetails, ConnectionDialog, default_tester
from hostguard.ui.settings import SECTIONS, SETTINGS, SettingsDialog, SettingsStore, coerce, setting


class DictKeyring(keyring.backend.KeyringBackend):
    """A real keyring backend that keeps entries in a dict (no OS keyring in CI)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.entries.get((service, username))

    def set_password(self, service, username, password):
        self.entries[(service, username)] = password

    def delete_password(self, service, username):
        self.entries.pop((service, username), None)


@pytest.fixture
def store(tmp_path):
    return SettingsStore(QSettings(str(tmp_path / "hostguard.ini"), QSettings.Format.IniFormat))


@pytest.fixture(autouse=True)
def _no_session_secrets():
    yield
    creds_mod.forget_session_secrets()


# ---- settings -------------------------------------------------------------------------------
def test_dialog_is_generated_from_the_declarations(qtbot, store):
    dlg = SettingsDialog(store)
    qtbot.addWidget(dlg)
    shown = [s for s in SETTINGS if not s.hidden]
    assert set(dlg.editors) == {s.key for s in shown}
    for s in shown:
        w = dlg.editors[s.key]
        assert w.accessibleName() == s.label
        assert w.toolTip() == s.help
        assert w.objectName() == "setting_" + s.key.replace("/", "_")
    tabs = [dlg.tabs.tabText(i) for i in range(dlg.tabs.count())]
    assert tabs == [SECTIONS[sec] for sec in ("general", "geoip", "storage")]
    # Defaults shown, auto-apply off.
    assert dlg.value("general/auto_apply_new") is False
    assert dlg.value("general/refresh_interval_s") == 5


def test_values_persist_with_their_types(qtbot, store, tmp_path):
    dlg = SettingsDialog(store)
    qtbot.addWidget(dlg)
    dlg.editors["general/auto_apply_new"].click()
    dlg.set_value("general/refresh_interval_s", 12)
    dlg.set_value("geoip/paths", ["/data/GeoLite2-City.mmdb", "/data/GeoLite2-ASN.mmdb"])
    dlg.set_value("storage/state_dir", str(tmp_path / "state"))
    dlg.set_value("storage/audit_retention_days", 0)
    with qtbot.waitSignals([store.changed] * 5, timeout=1000):
        dlg.accept()
    assert dlg.result() == dlg.DialogCode.Accepted

    again = SettingsStore(QSettings(str(tmp_path / "hostguard.ini"), QSettings.Format.IniFormat))
    assert again.get("general/auto_apply_new") is True
    assert again.get("general/refresh_interval_s") == 12
    assert again.get("geoip/paths") == ["/data/GeoLite2-City.mmdb", "/data/GeoLite2-ASN.mmdb"]
    assert again.get("storage/state_dir") == str(tmp_path / "state")
    assert again.get("storage/audit_retention_days") == 0
    # A reopened dialog shows the stored values; Restore Defaults puts the declared ones back.
    dlg2 = SettingsDialog(again)
    qtbot.addWidget(dlg2)
    assert dlg2.value("general/auto_apply_new") is True
    dlg2.restore_defaults()
    assert dlg2.value("general/auto_apply_new") is False
    assert dlg2.value("geoip/paths") == []


def test_default_store_and_bad_values(qtbot, tmp_path):
    st = SettingsStore()  # the platform's settings file, under the test's isolated home
    assert st.get("general/refresh_interval_s") == 5
    st.set("general/refresh_interval_s", "30")
    assert st.get("general/refresh_interval_s") == 30
    with pytest.raises(ValueError, match="Roster refresh interval: expected 1 to 300"):
        st.set("general/refresh_interval_s", 0)
    with pytest.raises(ValueError, match="expected one of reference, zoom, webex"):
        coerce(setting("connection/service"), "teams")
    with pytest.raises(KeyError):
        st.get("no/such")
    # A value someone edited by hand into nonsense falls back to the default.
    st.qsettings.setValue("general/refresh_interval_s", "lots")
    assert st.get("general/refresh_interval_s") == 5


def test_geoip_section_lists_databases_and_updates_off_the_gui_thread(qtbot, store):
    resolver = GeoResolver()
    seen: list[threading.Thread] = []

    class Result:
        def sentence(self) -> str:
            return "Installed DBIP-Country-Lite built 2026-11-01."

    def update(progress):
        seen.append(threading.current_thread())
        progress(512, 1024)
        return Result()

    dlg = SettingsDialog(store, databases=lambda: resolver.databases, update_database=update)
    qtbot.addWidget(dlg)
    info = resolver.databases[0]
    assert dlg.db_table.rowCount() == len(resolver.databases)
    assert dlg.db_table.item(0, 0).text() == "DB-IP (bundled)"
    assert dlg.db_table.item(0, 2).text() == info.build_date.isoformat()
    assert dlg.db_table.item(0, 3).text().startswith(f"{info.age_days()} days")
    assert "db-ip.com" in dlg.attribution.text()
    with qtbot.waitSignal(dlg.databaseUpdated, timeout=5000) as sig:
        dlg.update_button.click()
        assert dlg.is_busy() and not dlg.update_button.isEnabled()
    assert isinstance(sig.args[0], Result)
    assert seen and seen[0] is not threading.main_thread()
    assert dlg.update_result.text() == "Installed DBIP-Country-Lite built 2026-11-01."
    assert dlg.update_button.isEnabled()

    def failing(progress):
        raise OSError("download.db-ip.com: connection refused")

    dlg2 = SettingsDialog(store, databases=lambda: resolver.databases, update_database=failing)
    qtbot.addWidget(dlg2)
    with qtbot.waitSignal(dlg2.databaseUpdated, timeout=5000) as sig2:
        dlg2.start_update()
    assert sig2.args[0] is None
    assert dlg2.update_result.text() == ("Update failed: download.db-ip.com: connection refused. "
                                         "The current database is unchanged.")
    resolver.close()


def test_update_button_disabled_without_an_updater(qtbot, store):
    dlg = SettingsDialog(store)
    qtbot.addWidget(dlg)
    assert not dlg.update_button.isEnabled()
    assert dlg.db_table.rowCount() == 0


# ---- connection dialog ----------------------------------------------------------------------
def make_dialog(qtbot, store, backend, **kw) -> ConnectionDialog:
    dlg = ConnectionDialog(store=store, credentials=creds_mod.Credentials(backend), **kw)
    qtbot.addWidget(dlg)
    return dlg


def wait_idle(qtbot, dlg) -> None:
    qtbot.waitUntil(lambda: not dlg.is_busy(), timeout=5000)


def test_fields_follow_the_service_and_hide_secrets(qtbot, store):
    dlg = make_dialog(qtbot, store, DictKeyring())
    wait_idle(qtbot, dlg)
    assert list(dlg.field_edits) == ["token"]
    assert dlg.field_edits["token"].echoMode() == dlg.field_edits["token"].EchoMode.Password
    dlg.service_combo.setCurrentIndex(dlg.service_combo.findData("zoom"))
    assert list(dlg.field_edits) == ["account_id", "client_id", "client_secret"]
    modes = {k: e.echoMode() for k, e in dlg.field_edits.items()}
    assert modes["client_secret"] == dlg.field_edits["client_secret"].EchoMode.Password
    assert modes["client_id"] == dlg.field_edits["client_id"].EchoMode.Normal
    assert all(e.accessibleName() for e in dlg.field_edits.values())
    assert "BASE/v2" in dlg.url_edit.placeholderText()
    assert "webinar:" in dlg.meeting_edit.placeholderText()
    details = ConnectionDetails("zoom", "", "1", {"client_secret": "s3cret"})
    assert "s3cret" not in repr(details)


def test_saves_to_the_keyring_and_says_where(qtbot, store):
    backend = DictKeyring()
    dlg = make_dialog(qtbot, store, backend)
    with qtbot.waitSignal(dlg.keyringChecked, timeout=5000) as checked:
        pass
    assert checked.args[0].startswith("Secrets are stored in ")
    dlg.url_edit.setText("http://127.0.0.1:9")
    dlg.meeting_edit.setText("demo")
    dlg.field_edits["token"].setText("tok-123")
    with qtbot.waitSignal(dlg.saved, timeout=5000) as saved:
        dlg.ok_button.click()
    assert saved.args[0].startswith("Stored in ")
    assert backend.entries == {("HostGuard", "reference:token"): "tok-123"}
    assert dlg.result() == dlg.DialogCode.Accepted
    assert dlg.accepted_details == ConnectionDetails("reference", "http://127.0.0.1:9", "demo")
    assert store.get("connection/meeting_id") == "demo"
    assert store.get("connection/url") == "http://127.0.0.1:9"
    # Nothing secret reached the settings file.
    store.qsettings.sync()
    assert "tok-123" not in Path(store.qsettings.fileName()).read_text(encoding="utf-8")
    assert dlg.field_edits["token"].text() == ""


def test_without_a_keyring_the_secret_is_kept_for_the_session_only(qtbot, store):
    dlg = make_dialog(qtbot, store, keyring.backends.fail.Keyring())
    with qtbot.waitSignal(dlg.keyringChecked, timeout=5000) as checked:
        pass
    assert "kept for this session only" in checked.args[0]
    dlg.url_edit.setText("http://127.0.0.1:9")
    dlg.meeting_edit.setText("demo")
    dlg.field_edits["token"].setText("tok-456")
    with qtbot.waitSignal(dlg.saved, timeout=5000) as saved:
        dlg.ok_button.click()
    assert "kept for this session only" in saved.args[0]
    assert creds_mod.Credentials(keyring.backends.fail.Keyring()).get("reference", "token") == "tok-456"
    assert "tok-456" not in Path(store.qsettings.fileName()).read_text(encoding="utf-8")


def test_reference_needs_a_url_before_saving(qtbot, store):
    dlg = make_dialog(qtbot, store, DictKeyring())
    wait_idle(qtbot, dlg)
    dlg.meeting_edit.setText("demo")
    dlg.ok_button.click()
    assert "needs its base URL" in dlg.result_label.text()
    assert dlg.result() != dlg.DialogCode.Accepted


def _require_simulator():
    pytest.importorskip("hostguard.simulator.server", reason="hostguard/simulator/server.py not built yet")


def test_test_connection_runs_off_the_gui_thread_against_the_simulator(qtbot, store, simulator):
    _require_simulator()
    sim = simulator(participants=12, seed=2)
    threads: list[threading.Thread] = []

    def tester(details):
        threads.append(threading.current_thread())
        return default_tester(details)

    backend = DictKeyring()
    dlg = make_dialog(qtbot, store, backend, tester=tester)
    wait_idle(qtbot, dlg)
    dlg.url_edit.setText(sim.url)
    dlg.meeting_edit.setText(sim.meeting_id)
    dlg.field_edits["token"].setText(sim.token)
    with qtbot.waitSignal(dlg.testFinished, timeout=20000) as done:
        dlg.test_button.click()
        assert not dlg.test_button.isEnabled()
        assert dlg.progress.isVisibleTo(dlg)
    ok, sentence = done.args
    assert ok, sentence
    assert sentence.startswith("Connected to meeting")
    assert "12 participants" in sentence or "participant" in sentence
    assert dlg.result_label.text() == sentence
    assert threads and threads[0] is not threading.main_thread()
    assert dlg.test_button.isEnabled() and not dlg.progress.isVisibleTo(dlg)

    # The stored token is used when the field is left empty.
    backend.set_password("HostGuard", "reference:token", sim.token)
    dlg.field_edits["token"].clear()
    with qtbot.waitSignal(dlg.testFinished, timeout=20000) as again:
        dlg.test_connection()
    assert again.args[0] is True

    # A wrong token: a clear failure that does not repeat the token.
    dlg.field_edits["token"].setText("wrong-token-xyz")
    with qtbot.waitSignal(dlg.testFinished, timeout=20000) as bad:
        dlg.test_connection()
    ok, sentence = bad.args
    assert not ok
    assert sentence.startswith("Connection failed: ")
    assert "wrong-token-xyz" not in sentence


def test_save_refuses_while_credentials_are_missing_and_stores_nothing(qtbot, store, monkeypatch):
    for var in ("ZOOM_ACCOUNT_ID", "ZOOM_CLIENT_ID", "ZOOM_CLIENT_SECRET"):
        monkeypatch.delenv(var, raising=False)
    backend = DictKeyring()
    dlg = make_dialog(qtbot, store, backend)
    wait_idle(qtbot, dlg)
    dlg.service_combo.setCurrentIndex(dlg.service_combo.findData("zoom"))
    dlg.meeting_edit.setText("123")
    dlg.field_edits["client_secret"].setText("s3cret")
    dlg.ok_button.click()
    wait_idle(qtbot, dlg)
    text = dlg.result_label.text()
    assert text.startswith("Nothing was saved: enter the account ID and client ID (not stored")
    assert "s3cret" not in text
    assert dlg.result() != dlg.DialogCode.Accepted
    assert backend.entries == {}
    assert store.get("connection/meeting_id") in ("", None)
    # with the rest typed in, it saves and connects
    dlg.field_edits["account_id"].setText("acc")
    dlg.field_edits["client_id"].setText("cid")
    with qtbot.waitSignal(dlg.saved, timeout=5000):
        dlg.ok_button.click()
    assert len(backend.entries) == 3
