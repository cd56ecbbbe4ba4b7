"""The details pane says why a Webex participant's address is unknown (issue 10), in the
adapter's words: no analytics yet, a refused admin token, or a match that was not unique."""

from __future__ import annotations

import pytest

from hostguard.services.webex import WebexAdapter
from hostguard.ui.details import AddressNotes, DetailsPane
from tests.ui.factories import entry

# Every exchange with the simulator's /webex subset in this file is checked against Webex's own
# API description (tests/contract): the client's requests and the answers.
pytestmark = pytest.mark.usefixtures("as_webex_describes")


def test_the_reason_an_address_is_unknown_is_in_the_details_pane(qtbot, simulator):
    sim = simulator(participants=8, seed=61)
    sub = sim.app.extensions["webex"]
    adapter = WebexAdapter(sim.url + "/webex", {"token": sub.host_token})  # no admin rights
    try:
        people = adapter.list_participants("demo")
        assert isinstance(adapter, AddressNotes)
        pane = DetailsPane()
        qtbot.addWidget(pane)
        pane.set_adapter(adapter, "demo")
        p = people[0]
        pane.show_entry(entry(p.id, p.name, ""))
        text = pane.labels["address"].text()
        assert text.startswith("no address reported — ")
        assert "analytics:read_all" in text and "refused the access token" in text
    finally:
        adapter.close()


def test_an_address_found_says_how_it_was_matched(qtbot, simulator):
    sim = simulator(participants=8, seed=62)
    adapter = WebexAdapter(sim.url + "/webex", {"token": sim.token})
    try:
        p = next(p for p in adapter.list_participants("demo") if p.ip)
        pane = DetailsPane()
        qtbot.addWidget(pane)
        pane.set_adapter(adapter, "demo")
        pane.show_entry(entry(p.id, p.name, p.ip))
        # the simulator's qualities ids have their own form: the match is by the device's session id
        assert (
            pane.labels["address"].text() == f"{p.ip} — from Webex analytics, matched by session id"
        )
        pane.set_adapter(object(), "demo")  # an adapter without notes: the address alone
        pane.show_entry(entry(p.id, p.name, p.ip))
        assert pane.labels["address"].text() == p.ip
    finally:
        adapter.close()
