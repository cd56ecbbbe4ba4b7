"""One planning function: the CLI's dry run (`Engine.preview`), the app's preview, the Apply
dialog and `Engine.apply` name the same people, including a person who left and rejoined.
Also the roster's sync states as values (not read from wording), driven without threads.
Real simulator (its Zoom subset), real ZoomAdapter, real SQLite, real .mmdb, the real window."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QSettings

from hostguard.core.geo import GeoResolver
from hostguard.core.rules import parse_rules
from hostguard.engine import SyncState, plan
from hostguard.engine.roster import Roster
from hostguard.engine.store import OutboxRow, Store
from hostguard.services.base import RemoteParticipant
from tests.engine.test_rejoin_and_evidence import BLOCK_CN_ATTENDEES, cn_guest, rules, run, zoom
from tests.vendors.conftest import sim_post

ALLOW_ALL = parse_rules("version = 1\n")[0]


@pytest.fixture(scope="module")
def resolver():
    with GeoResolver() as r:
        yield r


def test_dry_run_preview_apply_dialog_and_apply_name_the_same_people(qtbot, simulator, tmp_path, resolver):
    from hostguard.ui.apply_dialog import ApplyDialog
    from hostguard.ui.main_window import MainWindow
    from hostguard.ui.session import Session

    sim = simulator(participants=300, seed=21)
    a = zoom(sim)
    engine = run(a, BLOCK_CN_ATTENDEES, resolver, tmp_path / "state")  # CN attendees: manual
    window = None
    try:
        old_id = cn_guest(engine)
        new_id = sim_post(sim, "/_sim/rejoin", {"participant_id": old_id})["participant"]["id"]
        engine.refresh()
        cn_attendees = {
            e.id for e in engine.snapshot() if e.geo.country == "CN" and e.participant.role == "attendee"
        }
        assert new_id in cn_attendees and old_id not in cn_attendees
        # The host loosens the rules (nothing is sent), then previews stricter ones: the CN
        # attendees were acted on under the earlier rules (the rejoined one in an earlier
        # session), so only the people of a second country are still to act on.
        engine.set_ruleset(ALLOW_ALL)
        other = Counter(
            e.geo.country for e in engine.snapshot() if e.geo.country not in (None, "CN")
        ).most_common(1)[0][0]
        wider = rules(
            '[[rule]]\nname = "Block CN attendees"\naction = "block"\ncountries = ["CN"]\n'
            'roles = ["attendee"]\n'
            f'[[rule]]\nname = "Remove {other}"\naction = "remove"\ncountries = ["{other}"]\n'
            'roles = ["attendee"]\n',
            share=0.01,
        )

        cli = engine.preview(wider)  # what `watch` prints in a dry run
        assert new_id in cli.already_done and cn_attendees <= set(cli.already_done)
        assert cli.acting and not set(cli.acting) & cn_attendees

        settings = QSettings(str(tmp_path / "hostguard.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings)
        qtbot.addWidget(window)
        window.set_session(Session(service="zoom", meeting_id="demo", title="demo", adapter=a,
                                   engine=engine, resolver=resolver))  # fmt: skip
        panel = window.preview_panel
        panel.set_ruleset(wider)
        panel.refresh()
        qtbot.waitUntil(lambda: panel.result() is not None and panel.result().ruleset is wider, timeout=20000)
        app = panel.result()
        app_ids = {pid for ids in app.to_send_ids.values() for pid in ids}
        assert app_ids == set(cli.acting)
        assert app.verdict == cli.verdict and not app.verdict.allowed

        dialog = ApplyDialog(app, service="Zoom", capabilities=window.session.capabilities)
        qtbot.addWidget(dialog)
        assert sum(dialog.unsupported.values()) + sum(
            n for act, n in app.to_send.items() if act not in dialog.unsupported
        ) == len(cli.acting)
        confirmed = [pid for ids in app.to_send_ids.values() for pid in ids]  # as the window does

        engine.set_ruleset(wider)
        applied = engine.apply(force=True, participant_ids=confirmed)
        assert set(applied.participant_ids) == set(cli.acting)
        assert applied.already_done == len(cli.already_done)
        assert new_id not in applied.participant_ids
    finally:
        if window is not None:
            window.session = None
            window.shutdown()
        engine.close()
        a.close()


def _rp(pid: str, ip: str = "1.0.1.1", **kw) -> RemoteParticipant:
    return RemoteParticipant(pid, name=pid, ip=ip, **kw)


def _row(pid: str, action: str, state: str, attempts: int, detail: str, person: str = "") -> OutboxRow:
    return OutboxRow(
        key=f"k-{pid}-{action}", service="reference", meeting_id="m", participant_id=pid,
        action=action, reason="", rule=None, actor="t", state=state, detail=detail,
        attempts=attempts, created=1.0, updated=1.0, person=person,
    )  # fmt: skip


BLOCK_CN = rules('[[rule]]\nname = "Block CN"\naction = "block"\ncountries = ["CN"]\n')


def test_sync_states_come_from_the_outbox_row_not_its_wording(resolver):
    roster = Roster("reference", "m", BLOCK_CN, resolver)
    with roster.lock:
        roster.apply_snapshot([_rp("a"), _rp("b"), _rp("c"), _rp("d")])
        roster.load_rows([
            _row("a", "block", "queued", 0, "retrying: said by a service"),  # never tried
            _row("b", "block", "queued", 2, "the service was busy"),  # tried, put back
            _row("c", "block", "sending", 1, ""),
            _row("d", "block", "manual", 1, "remove in the client"),
        ])  # fmt: skip
        states = {pid: roster.rebuild(pid).sync for pid in "abcd"}
    assert states == {
        "a": SyncState.PENDING,
        "b": SyncState.BACKING_OFF,
        "c": SyncState.PENDING,
        "d": SyncState.MANUAL,
    }
    assert all(type(s) is SyncState for s in states.values())


def test_the_roster_covers_a_rejoin_step_by_step(resolver):
    """Driven without threads: a session that ended manual covers the same person's new
    session once the first is gone; plan() says so for the new session."""
    roster = Roster("zoom", "m", BLOCK_CN, resolver)
    person = roster.person("uid:1")
    with roster.lock:
        roster.apply_snapshot([_rp("s1", person_key="uid:1")])
        roster.load_rows([_row("s1", "block", "manual", 1, "remove in the client", person)])
        diff, changed = roster.apply_events([("left", _rp("s1", person_key="uid:1", status="left")),
                                             ("joined", _rp("s2", person_key="uid:1"))])  # fmt: skip
        assert diff.removed_ids == ["s1"] and [e.id for e in changed] == ["s2"]
        new = roster.entries["s2"]
        assert new.sync == SyncState.MANUAL and "same person as session s1" in new.sync_detail
        p = plan(list(roster.entries.values()), BLOCK_CN, handled=roster.handled)
        # Without the engine's outbox, the entry's own sync state says the same.
        q = plan(list(roster.entries.values()), BLOCK_CN)
    assert p.already_done == q.already_done == ("s2",) and p.acting == q.acting == ()


def test_store_keeps_the_rows_a_roster_reads(tmp_path):
    """The roster's rows come from the real store: a requeued row reads back as tried."""
    with Store(tmp_path / "s") as store:
        from hostguard.engine.store import NewAction

        store.enqueue([NewAction(key="k1", service="reference", meeting_id="m", participant_id="p",
                                 action="block", reason="", rule=None, actor="t", state="queued",
                                 detail="", audit={"actor": "t", "service": "reference", "meeting_id": "m",
                                                   "participant_id": "p", "action": "block"})])  # fmt: skip
        rows = store.claim("reference", "m", 10)
        store.requeue([(r.key, "the service was busy") for r in rows])
        from hostguard.engine.roster import sync_state

        assert sync_state(store.get("k1")) is SyncState.BACKING_OFF


def test_the_sync_column_names_every_state_from_its_value(qapp):
    """The app maps each SyncState to words; "backing off" does not depend on a detail's wording."""
    from hostguard.ui.roster_model import SYNC_LABELS, V_SYNC, V_SYNC_TIP, render_row
    from tests.ui.factories import entry

    assert set(SYNC_LABELS) == set(SyncState)
    row = render_row(entry("p1", ip="1.0.1.1", sync=SyncState.BACKING_OFF, sync_detail="the service was busy"))
    assert row[V_SYNC] == SyncState.BACKING_OFF and "Backing off" in row[V_SYNC_TIP]
