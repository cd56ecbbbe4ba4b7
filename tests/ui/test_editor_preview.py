"""Preview and apply: numbers for a known roster (real GeoResolver on the bundled database,
real rules), the share guard's verdict, and the confirmation dialog's safeguards."""

from __future__ import annotations

from functools import cache

import pytest
from PySide6.QtCore import Qt

from hostguard.core.geo import GeoResolver
from hostguard.core.participants import Participant
from hostguard.core.rules import parse_rules
from hostguard.engine import RosterEntry
from hostguard.services.base import Capability
from hostguard.ui.apply_dialog import ApplyDialog, service_sentences
from hostguard.ui.preview import (
    ALREADY,
    DEFAULT_KEY,
    EXEMPT_KEY,
    NEW,
    PreviewPanel,
    compute_preview,
)

CN, US, GB = "1.0.1.1", "8.8.8.8", "81.2.69.160"
PRIVATE = "192.168.1.20"
CURRENT = parse_rules("version = 1\n")[0]  # nothing decided yet: everyone allowed
CN_RULES = """
version = 1
max_action_share = {share}
[[rule]]
name = "Waiting room for CN"
action = "waiting_room"
countries = ["CN"]
[[rule]]
name = "Flag unknown"
action = "flag"
unknown = true
"""


@cache
def resolver() -> GeoResolver:
    return GeoResolver()


def entry(pid: str, ip: str, *, name: str = "", role: str = "attendee", status: str = "joined",
          current=CURRENT, sync: str = "none") -> RosterEntry:
    p = Participant(id=pid, name=name or f"Person {pid}", role=role, ip=ip, status=status)
    geo = resolver().lookup(ip)
    return RosterEntry(participant=p, geo=geo, decision=current.evaluate(p, geo), sync=sync)


def roster() -> list[RosterEntry]:
    """4 CN attendees (one already waiting), a CN host, 3 US, 1 GB, 1 private, 1 who left (CN)."""
    return [
        entry("c1", CN, name="<b>Chen</b>"),
        entry("c2", CN),
        entry("c3", CN),
        entry("c4", CN, status="waiting"),
        entry("h1", CN, role="host"),
        entry("u1", US),
        entry("u2", US),
        entry("u3", US),
        entry("g1", GB),
        entry("p1", PRIVATE),
        entry("gone", CN, status="left"),
    ]


def test_roster_resolves_as_assumed():
    assert [resolver().lookup(ip).country for ip in (CN, US, GB, PRIVATE)] == ["CN", "US", "GB", None]


def test_preview_numbers_and_guard_over_limit():
    rs = parse_rules(CN_RULES.format(share=0.25))[0]
    r = compute_preview(roster(), rs)
    assert r.total == 10  # the one who left is not counted
    cn = r.impact("Waiting room for CN")
    assert (cn.count, cn.newly, cn.already) == (4, 3, 1)
    assert {p.id: p.change for p in cn.people} == {"c1": NEW, "c2": NEW, "c3": NEW, "c4": ALREADY}
    assert cn.people[0].name == "<b>Chen</b>"  # kept as plain text, shown literally
    unknown = r.impact("Flag unknown")
    assert (unknown.count, unknown.newly) == (1, 1)
    assert r.impact(DEFAULT_KEY).count == 4
    assert r.impact(EXEMPT_KEY).count == 1
    assert r.counts == {"allow": 5, "flag": 1, "waiting_room": 4}
    assert r.to_send == {"waiting_room": 3}
    assert set(r.to_send_ids["waiting_room"]) == {"c1", "c2", "c3"}
    # 3 to move of 9 non-exempt present: 33%, above the 25% limit.
    assert (r.verdict.acting, r.verdict.eligible) == (3, 9)
    assert not r.verdict.allowed
    assert "above the limit of 25%" in r.verdict.message()

    within = compute_preview(roster(), parse_rules(CN_RULES.format(share=0.5))[0])
    assert within.verdict.allowed


def test_preview_counts_what_was_already_sent():
    rs = parse_rules(CN_RULES.format(share=0.25))[0]
    entries = roster()
    # c1 was already decided and sent under these rules.
    entries[0] = entry("c1", CN, current=rs, sync="applied")
    r = compute_preview(entries, rs)
    assert r.impact("Waiting room for CN").already == 2
    assert r.to_send == {"waiting_room": 2}
    # Loosening the rules releases people currently decided as waiting room.
    r2 = compute_preview(entries, parse_rules("version = 1\n")[0])
    assert r2.released == 1
    assert r2.to_send == {}


def test_panel_draws_the_preview_off_the_gui_thread(qtbot):
    panel = PreviewPanel(debounce_ms=0)
    qtbot.addWidget(panel)
    panel.set_entries(roster())
    with qtbot.waitSignal(panel.previewReady, timeout=5000) as ready:
        panel.set_ruleset(parse_rules(CN_RULES.format(share=0.25))[0])
    r = ready.args[0]
    assert panel.result() is r
    assert panel.verdict_label.text() == "⚠ Share guard: " + r.verdict.message()
    assert panel.verdict_label.property("overLimit") is True
    assert panel.verdict_label.font().bold()
    assert panel.apply_button.isEnabled()
    # Drawn: the stacked bar and the per-rule chart carry the same numbers for assistive tech.
    assert "Waiting room: 4" in panel.action_bar.accessibleDescription()
    assert "Waiting room for CN: 3 to act on, 1 done" in panel.chart.accessibleDescription()
    assert panel.chart.height() >= 4 * panel.chart.ROW_H
    pm = panel.grab()
    assert not pm.isNull()
    # The list under each rule.
    m = panel.tree_model
    top = m.item(0, 0)
    assert top.text() == "Waiting room for CN"
    assert m.item(0, 2).text() == "4" and m.item(0, 3).text() == "3" and m.item(0, 4).text() == "1"
    assert top.rowCount() == 4
    assert top.child(0, 0).text().startswith("<b>Chen</b>")

    with qtbot.waitSignal(panel.applyRequested) as req:
        panel.apply_button.click()
    assert req.args[0] is r

    # Within the limit: plain text, not marked.
    with qtbot.waitSignal(panel.previewReady, timeout=5000):
        panel.set_ruleset(parse_rules(CN_RULES.format(share=0.5))[0])
    assert panel.verdict_label.property("overLimit") is False
    assert not panel.verdict_label.text().startswith("⚠")


def test_panel_uses_an_injected_preview(qtbot):
    calls = []

    def preview(rs):
        calls.append(rs)
        return compute_preview(roster(), rs)

    panel = PreviewPanel(preview=preview, debounce_ms=0)
    qtbot.addWidget(panel)
    rs = parse_rules(CN_RULES.format(share=0.25))[0]
    with qtbot.waitSignal(panel.previewReady, timeout=5000):
        panel.set_ruleset(rs)
    assert calls == [rs]


# ---- apply dialog --------------------------------------------------------------------------
ZOOM_CAPS = frozenset({Capability.LIST_WITH_ADDRESSES, Capability.LIST, Capability.DENY_REGISTRANT,
                       Capability.COUNTRY_POLICY})
REFERENCE_CAPS = frozenset(Capability)


# The offscreen platform warns that it cannot propagate size hints when a window is shown.
@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_apply_dialog_requires_extra_confirmation_over_limit(qtbot):
    r = compute_preview(roster(), parse_rules(CN_RULES.format(share=0.25))[0])
    dlg = ApplyDialog(r, service="Reference service", capabilities=REFERENCE_CAPS)
    qtbot.addWidget(dlg)
    assert dlg.cancel_button.isDefault()
    assert not dlg.apply_button.isDefault()
    assert dlg.understand.isVisibleTo(dlg)
    assert dlg.understand.text() == "I understand this affects 33% of the meeting"
    assert not dlg.apply_button.isEnabled()
    assert "Waiting room: 3" in dlg.findChild(type(dlg.guard_label), "applySummary").text()
    assert dlg.guard_label.text() == "Share guard: " + r.verdict.message()
    # Enter does not apply: Cancel is the default.
    dlg.show()
    qtbot.waitExposed(dlg)
    with qtbot.waitSignal(dlg.rejected):
        qtbot.keyClick(dlg, Qt.Key.Key_Return)
    assert not dlg.force

    dlg2 = ApplyDialog(r, service="Reference service", capabilities=REFERENCE_CAPS)
    qtbot.addWidget(dlg2)
    dlg2.understand.setChecked(True)
    assert dlg2.apply_button.isEnabled()
    with qtbot.waitSignal(dlg2.accepted):
        dlg2.apply_button.click()
    assert dlg2.force


def test_apply_dialog_within_limit_has_no_extra_step(qtbot):
    r = compute_preview(roster(), parse_rules(CN_RULES.format(share=0.5))[0])
    dlg = ApplyDialog(r, service="Reference service", capabilities=REFERENCE_CAPS)
    qtbot.addWidget(dlg)
    assert not dlg.understand.isVisibleTo(dlg)
    assert dlg.apply_button.isEnabled()
    assert dlg.service_notes == ["New joiners from CN can also be refused by the meeting's own country policy "
                                 "on Reference service."]
    assert not dlg.force


def test_apply_dialog_names_what_the_service_cannot_do(qtbot):
    rs = parse_rules(CN_RULES.format(share=0.5) + '\n[[rule]]\nname = "Remove GB"\naction = "remove"\n'
                     'countries = ["GB"]\n')[0]
    r = compute_preview(roster(), rs)
    assert r.to_send == {"waiting_room": 3, "remove": 1}
    dlg = ApplyDialog(r, service="Zoom", capabilities=ZOOM_CAPS, notes=["An adapter sentence."])
    qtbot.addWidget(dlg)
    notes = dlg.notes_label.text()
    assert ("Zoom cannot move people already in the meeting to the waiting room: 3 participants are listed "
            "for you to move to the waiting room in the Zoom client.") in notes
    assert ("Zoom cannot remove people already in the meeting: 1 participant is listed for you to remove "
            "in the Zoom client.") in notes
    assert "country policy" in notes and "An adapter sentence." in notes
    items = {dlg.manual_list.item(i).text() for i in range(dlg.manual_list.count())}
    assert items == {"<b>Chen</b> — move to the waiting room", "Person c2 — move to the waiting room",
                     "Person c3 — move to the waiting room", "Person g1 — remove"}
    assert dlg.unsupported == {"waiting_room": 3, "remove": 1}
    # Capabilities given as plain names work the same.
    assert service_sentences(r, "Zoom", ["list", "country_policy"]) == service_sentences(r, "Zoom", ZOOM_CAPS)


def test_apply_dialog_with_nothing_to_send(qtbot):
    r = compute_preview(roster(), parse_rules("version = 1\n")[0])
    dlg = ApplyDialog(r, service="Zoom", capabilities=ZOOM_CAPS)
    qtbot.addWidget(dlg)
    assert not dlg.apply_button.isEnabled()
    assert "nothing to send" in dlg.findChild(type(dlg.guard_label), "applySummary").text()


@pytest.mark.parametrize("share", [0.25])
def test_preview_from_engine_matches(qtbot, share, simulator, tmp_path):
    """Against a real engine on a real simulator: the engine's preview in the panel's terms."""
    pytest.importorskip("hostguard.simulator.server", reason="simulator server not built yet")
    from hostguard.engine import Engine
    from hostguard.services.reference import ReferenceAdapter
    from hostguard.ui.preview import engine_previewer

    sim = simulator(participants=60, seed=3)
    rs = parse_rules(CN_RULES.format(share=share))[0]
    engine = Engine(ReferenceAdapter(sim.url, sim.token), sim.meeting_id, parse_rules("version = 1\n")[0],
                    resolver(), tmp_path / "state")
    engine.start()
    try:
        assert engine.wait_ready(20)
        panel = PreviewPanel(preview=engine_previewer(engine), debounce_ms=0)
        qtbot.addWidget(panel)
        with qtbot.waitSignal(panel.previewReady, timeout=10000) as ready:
            panel.set_ruleset(rs)
        r = ready.args[0]
        ep = engine.preview(rs)
        assert r.verdict == ep.verdict
        assert r.sending == len(ep.to_send) + len(ep.unsupported) + len(ep.manual)
        own = compute_preview(engine.snapshot(), rs)
        assert own.verdict == ep.verdict
        assert own.impact("Waiting room for CN").count == r.impact("Waiting room for CN").count
    finally:
        engine.stop()


def test_a_rule_in_force_but_not_applied_says_how_many_apply_would_act_on():
    """The rule set already decides waiting room for the CN people (nothing changes), but
    nothing was sent: the chart must not read as if Apply would do nothing."""
    from hostguard.ui.preview import impact_text

    rs = parse_rules(CN_RULES.format(share=1.0))[0]
    entries = [entry(f"c{i}", CN, current=rs) for i in range(3)]
    r = compute_preview(entries, rs)
    imp = r.impact("Waiting room for CN")
    assert imp.newly == 0 and imp.already == 0
    assert impact_text(imp) == "3 to act on"
    assert r.to_send == {"waiting_room": 3}
    flag_only = compute_preview(entries, parse_rules('version = 1\n[[rule]]\nname = "F"\naction = "flag"\ncountries = ["CN"]\n')[0])
    assert impact_text(flag_only.impact("F")) == "3 (3 changed)"


def test_a_big_preview_lists_a_rules_people_when_the_rule_is_opened(qtbot):
    """Hundreds of people per rule are listed when the host opens the rule, not when the
    preview is drawn (thousands of tree rows on the GUI thread nobody may look at)."""
    from hostguard.ui.preview import EAGER_LISTED, MAX_LISTED, PreviewPanel

    rs = parse_rules(CN_RULES.format(share=1.0))[0]
    n = EAGER_LISTED + 50
    entries = [entry(f"c{i}", CN) for i in range(n)]
    panel = PreviewPanel(debounce_ms=0)
    qtbot.addWidget(panel)
    panel.set_entries(entries)
    with qtbot.waitSignal(panel.previewReady, timeout=10000):
        panel.set_ruleset(rs)
    top = panel.tree_model.item(0, 0)
    assert top.text() == "Waiting room for CN" and panel.tree_model.item(0, 2).text() == str(n)
    assert top.rowCount() == 1 and "open to list" in top.child(0, 0).text()
    panel.tree.expand(panel.tree_model.index(0, 0))
    assert top.rowCount() == min(n, MAX_LISTED)
    listed = {top.child(r, 0).text().split("  ")[0] for r in range(top.rowCount())}
    assert listed <= {e.participant.name for e in entries} and len(listed) == top.rowCount()
    panel.tree.collapse(panel.tree_model.index(0, 0))
    panel.tree.expand(panel.tree_model.index(0, 0))  # opened again: listed once
    assert top.rowCount() == min(n, MAX_LISTED)
