"""The connection dialog for Webex (issue 10): an optional admin token field, and a test that
says which role each call needs and which token lacks it, against the simulator."""

from __future__ import annotations

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from hostguard.services import credentials as creds_mod
from hostguard.ui.connection_dialog import ConnectionDialog
from hostguard.ui.settings import SettingsStore

# Every exchange with the simulator's /webex subset in this file is checked against Webex's own
# API description (tests/contract): the client's requests and the answers.
pytestmark = pytest.mark.usefixtures("as_webex_describes")


@pytest.fixture
def dialog(qtbot, tmp_path):
    store = SettingsStore(QSettings(str(tmp_path / "hostguard.ini"), QSettings.Format.IniFormat))
    # no keyring: nothing stored, only what is typed counts
    no_keyring = creds_mod.Credentials(keyring.backends.fail.Keyring())
    dlg = ConnectionDialog(store=store, credentials=no_keyring)
    qtbot.addWidget(dlg)
    wait_idle(qtbot, dlg)
    yield dlg
    wait_idle(qtbot, dlg)
    creds_mod.forget_session_secrets()


def wait_idle(qtbot, dlg) -> None:
    qtbot.waitUntil(lambda: not dlg.is_busy(), timeout=10_000)
    QApplication.processEvents()  # the dialog's queued re-layout, while it still exists


def _test(qtbot, dlg) -> tuple[bool, str]:
    with qtbot.waitSignal(dlg.testFinished, timeout=60_000) as blocker:
        dlg.test_button.click()
    wait_idle(qtbot, dlg)
    return blocker.args[0], blocker.args[1]


def test_the_dialog_has_an_optional_admin_token(dialog):
    dialog.service_combo.setCurrentIndex(dialog.service_combo.findData("webex"))
    assert list(dialog.field_edits) == ["access_token", "admin_token"]
    admin = dialog.field_edits["admin_token"]
    assert admin.echoMode() == admin.EchoMode.Password and "optional" in admin.placeholderText()


def test_the_test_names_the_role_each_call_needs_and_which_token_lacks_it(qtbot, dialog, simulator):
    sim = simulator(participants=10, seed=71)
    sub = sim.app.extensions["webex"]
    dialog.service_combo.setCurrentIndex(dialog.service_combo.findData("webex"))
    dialog.url_edit.setText(sim.url + "/webex")
    dialog.meeting_edit.setText("demo")
    dialog.field_edits["access_token"].setText(sub.host_token)
    ok, text = _test(qtbot, dialog)
    assert ok, text
    assert "Participant list (GET /meetingParticipants, needs the host's token" in text
    assert (
        "Addresses (GET /meeting/qualities, needs an organisation admin token with analytics:read_all"
        in text
    )
    assert "the access token (no separate admin token given) lacks it" in text
    assert (
        "Expel and admit (PUT /meetingParticipants/{id}, needs the host's or a co-host's token"
        in text
    )
    assert sub.host_token not in text

    sub.reset_window()
    dialog.field_edits["admin_token"].setText(sub.admin_token)
    ok, text = _test(qtbot, dialog)
    assert ok and "Addresses (GET /meeting/qualities" in text and "OK with the admin token" in text
    assert "lacks it" not in text

    # a token Webex does not know: the test fails and says which call needed what, never the token
    dialog.field_edits["access_token"].setText("not-a-token")
    ok, text = _test(qtbot, dialog)
    assert not ok and "lacks it" in text and "not-a-token" not in text
