"""What the app tells the host about the service and the data it uses: Zoom's manual-removal
list and note, messages that point to File → Connect instead of the CLI, and Settings → GeoIP
→ Update wired to the real updater with the resolver reloaded afterwards.

Real parts throughout: the simulator (reference API and its Zoom subset) on loopback, the real
ZoomAdapter, a loopback HTTP server serving a database built here, the real updater.
"""

from __future__ import annotations

import datetime as dt
import functools
import gzip
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PySide6.QtWidgets import QApplication

from hostguard.core.geo import GeoResolver
from hostguard.core.rules import parse_rules
from hostguard.services import geoip_update
from hostguard.services.base import MANUAL
from hostguard.services.zoom import ZoomAdapter
from hostguard.ui import session as session_mod
from hostguard.ui.service_panel import ServicePanel
from tests.mmdb_factory import geoip2_country_record, write_mmdb

BLOCK_CN = parse_rules('version = 1\n[[rule]]\nname = "Block CN"\naction = "block"\ncountries = ["CN"]\n', source="test")[0]


# -- Zoom: the note and the list the host acts on -------------------------------------------------


def test_zoom_manual_removals_are_listed_and_copyable(qtbot, simulator):
    sim = simulator(participants=150, seed=8)
    creds = {"account_id": "sim-account", "client_id": "hostguard-sim", "client_secret": sim.token}
    adapter = ZoomAdapter(sim.url + "/zoom", creds, min_refresh=0.0)
    try:
        adapter.use_ruleset(BLOCK_CN)
        people = adapter.list_participants("demo")
        with GeoResolver() as geo:
            cn = [p for p in people if p.role == "attendee" and geo.lookup(p.ip).country == "CN"][:2]
        assert len(cn) == 2
        panel = ServicePanel()
        qtbot.addWidget(panel)
        panel.set_adapter(adapter, "demo")
        assert not panel.isHidden() and "Zoom cannot remove" in panel.note.text()
        assert "budget" in panel.note.text()  # the Zoom dashboard budget sentence
        assert panel.manual_rows() == [] and not panel.copy_ids.isEnabled()

        for i, person in enumerate(cn):
            assert adapter.act("demo", person.id, "block", f"k{i}", "rule 'Block CN'").outcome == MANUAL
        panel.refresh()
        assert "2 participants" in panel.manual_title.text()
        assert {row[2] for row in panel.manual_rows()} == {p.id for p in cn}
        assert panel.copy("ids").splitlines() == [row[2] for row in panel.manual_rows()]
        assert QApplication.clipboard().text() == "\n".join(row[2] for row in panel.manual_rows())
        assert panel.copy("names").splitlines() == [row[0] for row in panel.manual_rows()]
    finally:
        adapter.close()


def test_webex_shows_its_note_and_no_manual_list(qtbot, simulator):
    from hostguard.services.webex import WebexAdapter

    sim = simulator(participants=30, seed=5)
    adapter = WebexAdapter(sim.url + "/webex", {"token": sim.token})
    try:
        adapter.list_participants("demo")
        panel = ServicePanel()
        qtbot.addWidget(panel)
        panel.set_adapter(adapter, "demo")
        assert not panel.isHidden() and "analytics" in panel.note.text()
        assert panel.manual_box.isHidden()
    finally:
        adapter.close()


def test_reference_service_has_nothing_to_add(qtbot):
    panel = ServicePanel()
    qtbot.addWidget(panel)

    class Plain:  # an adapter without notes or manual steps (the reference adapter's shape)
        pass

    panel.set_adapter(Plain(), "m1")
    assert panel.isHidden()


# -- messages point to the app, not the CLI ---------------------------------------------------------


def test_missing_credentials_point_to_the_connect_dialog(qtbot, window, settings):
    settings.setValue("connection/service", "zoom")
    settings.setValue("connection/meeting_id", "123456789")
    window.show_first_run()
    with qtbot.waitSignal(window.sessionFailed, timeout=20000) as blocker:
        assert window.connect_last()
    message = blocker.args[0]
    assert "File → Connect to a meeting…" in message and "Zoom" in message
    assert "hostguard credentials" not in message
    assert message in window.first_run_status.text()


def test_credential_hints_are_worded_for_the_app_from_fields(monkeypatch):
    """The services layer says *what* fixes it (a CredentialsHint); the CLI and the app each word
    it. Rewording the CLI's hint changes nothing in the app."""
    from hostguard.services import make_adapter
    from hostguard.services.base import ConfigurationError, CredentialsHint

    with pytest.raises(ConfigurationError) as info:
        make_adapter("zoom", None, {"account_id": "a", "client_id": "b"})
    err = info.value
    assert str(err) == (
        "Zoom needs the Server-to-Server OAuth app's client secret (ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID, "
        "ZOOM_CLIENT_SECRET, or `hostguard credentials set --service zoom`)"
    )
    app = session_mod.for_app(err)
    assert app == (
        "Zoom needs the Server-to-Server OAuth app's client secret (ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID, "
        "ZOOM_CLIENT_SECRET, or enter them in File → Connect to a meeting…)"
    )
    assert session_mod.for_app(err, in_connection_dialog=True).endswith("or enter them in this dialog)")
    monkeypatch.setattr(CredentialsHint, "cli_sentence", lambda self, problem: f"{problem}: see the manual")
    assert session_mod.for_app(ConfigurationError(err.summary, fix=err.fix)) == app
    assert session_mod.for_app("nothing to rewrite") == "nothing to rewrite"


# -- Settings → GeoIP → Update ------------------------------------------------------------------------


@pytest.fixture
def everyone_in_cn_db(tmp_path):
    """A DB-IP-shaped country database, built today, that places every address in CN."""
    path = write_mmdb(
        tmp_path / "all-cn.mmdb",
        "DBIP-Country-Lite",
        [(["0.0.0.0/0"], geoip2_country_record("CN")), (["2000::/3"], geoip2_country_record("CN"))],
        description="all in CN",
        build_date=dt.datetime.now(dt.UTC).date(),
    )
    return gzip.compress(path.read_bytes())


@pytest.fixture
def db_server(everyone_in_cn_db):
    """Serves this month's and last month's DB-IP file names on 127.0.0.1."""
    served = {f"/free/dbip-country-lite-{m}.mmdb.gz" for m in geoip_update.dbip_months()}

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            body = everyone_in_cn_db if self.path in served else b""
            self.send_response(200 if body else 404)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join(5)


def test_geoip_update_installs_and_the_open_meeting_uses_it(qtbot, window, db_server):
    window.geoip_updater = functools.partial(session_mod.update_geoip_database, base_url=db_server)
    with qtbot.waitSignal(window.sessionStarted, timeout=30000):
        window.start_demo(crowd=40, pool=1, join_rate=0.0)
    session = window.session
    qtbot.waitUntil(lambda: len(session.engine.snapshot()) >= 40, timeout=20000)
    before = [db.description for db in session.resolver.databases]
    assert any(e.geo.country != "CN" for e in session.engine.snapshot())

    dlg = window.make_settings_dialog()
    qtbot.addWidget(dlg)
    assert dlg.update_button.isEnabled()
    with qtbot.waitSignal(window.resolverReloaded, timeout=30000) as reloaded:
        dlg.update_button.click()
    assert reloaded.args == [True]
    assert [db.description for db in session.resolver.databases] != before  # the engine process reopened them
    assert session.resolver.databases[0].description == "all in CN"
    assert "in use" in dlg.update_result.text()
    installed = str(geoip_update.geoip_dir() / "dbip-country-lite.mmdb")
    assert [dlg.db_table.item(r, 4).text() for r in range(dlg.db_table.rowCount())] == [installed]
    # Everyone is decided again with the new data: non-exempt people with a public address
    # are now in CN, so the sample "Waiting room for CN" rule takes them.
    located = [e for e in session.engine.snapshot() if not e.decision.exempt and e.geo.country]
    assert len(located) >= 30
    assert all(e.geo.country == "CN" and e.decision.action == "waiting_room" for e in located)


def test_a_failed_geoip_update_leaves_the_resolver_alone(qtbot, window, closed_port_url):
    window.geoip_updater = functools.partial(session_mod.update_geoip_database, base_url=closed_port_url)
    with qtbot.waitSignal(window.sessionStarted, timeout=30000):
        window.start_demo(crowd=5, pool=1, join_rate=0.0)
    before = window.session.resolver
    dlg = window.make_settings_dialog()
    qtbot.addWidget(dlg)
    with qtbot.waitSignal(dlg.databaseUpdated, timeout=30000) as done:
        dlg.update_button.click()
    assert done.args == [None]
    assert dlg.update_result.text().startswith("Update failed:")
    assert "unchanged" in dlg.update_result.text()
    assert window.session.resolver is before


@pytest.fixture
def closed_port_url():
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def test_the_panel_offers_to_restore_the_zoom_policy_and_restores_it(qtbot, window, simulator, tmp_path):
    """Apply a country rule on Zoom (the meeting's policy changes), then, as after a restart,
    a new session on the same state folder: the panel says what HostGuard changed, and the
    Restore button (confirmed in its dialog) puts the previous policy back."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from hostguard.engine.engine import Engine
    from hostguard.ui.session import Session

    sim = simulator(participants=60, seed=9)
    zoom_sim = sim.app.extensions["zoom"]
    creds = {"account_id": "sim-account", "client_id": "hostguard-sim", "client_secret": sim.token}
    state = tmp_path / "state"
    first = ZoomAdapter(sim.url + "/zoom", creds, min_refresh=0.0)
    with GeoResolver() as geo:
        engine = Engine(first, "demo", BLOCK_CN, geo, state, apply=True)
        engine.start(follow=False)
        engine.refresh()
        engine.apply(force=True)
        assert engine.wait_settled(timeout=30)
        engine.close()
    first.close()
    assert zoom_sim.policy_doc(sim.meeting)["denied_list"] == ["CN"]

    adapter = ZoomAdapter(sim.url + "/zoom", creds, min_refresh=0.0)
    resolver = GeoResolver()
    engine = Engine(adapter, "demo", BLOCK_CN, resolver, state, apply=True,
                    on_diff=window.bridge.on_diff, on_status=window.bridge.on_status)  # fmt: skip
    window.set_session(Session(service="zoom", meeting_id="demo", title="demo", adapter=adapter,
                               engine=engine, resolver=resolver))  # fmt: skip
    panel = window.service_panel
    qtbot.waitUntil(lambda: panel.policy is not None, timeout=10000)
    assert "refuses new joiners from CN" in panel.policy_label.text()
    assert panel.restore_button.isVisibleTo(window)

    def confirm() -> None:
        box = next(w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QMessageBox) and w.objectName() == "restorePolicyDialog" and w.isVisible())  # fmt: skip
        assert "no country policy" not in box.text()  # it names HostGuard's change
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(50, confirm)
    panel.restore_button.click()
    qtbot.waitUntil(lambda: panel.policy is None and not panel.policy_box.isVisibleTo(window), timeout=10000)
    assert zoom_sim.policy_doc(sim.meeting)["enable"] is False
    assert "restored" in window.statusBar().currentMessage()


def test_the_manual_list_grows_and_shrinks_to_exactly_the_people_given(qtbot):
    """Growth at the end adds only the new rows; any other change rebuilds; the table always
    holds exactly the people given, in order."""
    from types import SimpleNamespace

    panel = ServicePanel()
    qtbot.addWidget(panel)

    def people(ids):
        return [SimpleNamespace(name=f"N{i}", email=f"e{i}@example.org", id=f"id{i}") for i in ids]

    for ids in (range(5), range(8), range(2, 8), [7, 3, 5], range(0)):
        panel._show_manual(people(ids), True)
        assert panel.manual_rows() == [(f"N{i}", f"e{i}@example.org", f"id{i}") for i in ids]


def test_a_person_without_a_name_in_the_manual_list_is_said_in_the_hosts_language(qtbot):
    """The manual-removal list says "(no name reported)" through Qt's translations, as the
    roster and the details pane do (here with the German catalogue)."""
    from types import SimpleNamespace

    from hostguard.ui import i18n

    i18n.install("de")
    try:
        panel = ServicePanel()
        qtbot.addWidget(panel)
        panel._show_manual([SimpleNamespace(name="", email="", id="x1")], True)
        assert panel.manual_rows() == [("(kein Name gemeldet)", "", "x1")]
    finally:
        i18n.uninstall()
