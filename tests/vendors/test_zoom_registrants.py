"""Ending a Zoom registration when the registrant list cannot be read: what Zoom's API
description says means "this meeting has no registration these credentials can read" (400/404
on the first page, kept for a while) against a list that could not be read this time (a web
page, a page of another shape, a failure after the first page, a listing that does not end),
which is never kept and never reported as "no registration" or "not a registrant".

Against the simulator's Zoom subset, made to answer the next registrant list requests with
chosen answers (`ZoomSubset.registrant_list_answers`)."""

from __future__ import annotations

import pytest

from hostguard.services.zoom import ZoomAdapter
from hostguard.services.zoom_registrants import RegistrantsUnreadable
from hostguard.simulator.server import Response, json_response
from hostguard.simulator.zoom import meeting_number, zoom_error

NUMBER = str(meeting_number("demo"))


@pytest.fixture
def setup(simulator, zoom_creds):
    sim = simulator(participants=120, seed=21)
    zoom = sim.app.extensions["zoom"]
    a = ZoomAdapter(sim.url + "/zoom", zoom_creds(sim), min_refresh=0.0)
    yield sim, zoom, a
    a.close()


def approved_person(sim, zoom, a):
    """A participant in the meeting whose registration is approved, and their registrant key."""
    statuses = {rec.person.email.lower(): (key, st) for key, rec, st in zoom.registrants(sim.meeting).values()}
    for p in a.list_participants(NUMBER):
        found = statuses.get((p.email or "").lower())
        if found is not None and found[1] == "approved":
            return p, found[0]
    raise AssertionError("the seed has no approved registrant in the meeting")


def status_of(sim, zoom, key: str) -> str:
    return next(st for k, _rec, st in zoom.registrants(sim.meeting).values() if k == key)


WEB_PAGE = Response(200, b"<html><body>Sign in to continue</body></html>", "text/html")


@pytest.mark.parametrize(
    ("answers", "said"),
    [
        ([WEB_PAGE], "a web page (HTML), not JSON"),
        ([json_response({"registrants": "none"})], "has no list of registrants"),
        ([json_response(["not", "an", "object"])], "is not a JSON object"),
        # the approved list was read; the pending one then fails: a partial list is no list
        ([None, zoom_error(404, 3001, "Meeting 1 not found or has expired.")], "HTTP 404"),
    ],
    ids=["web-page", "registrants-not-a-list", "page-not-an-object", "fails-after-first-page"],
)
def test_an_unreadable_list_is_said_and_not_kept(setup, answers, said):
    sim, zoom, a = setup
    p, key = approved_person(sim, zoom, a)
    zoom.registrant_list_answers[:] = answers
    text = a.registrants.end(NUMBER, p)
    assert "the registrant list could not be read" in text and said in text, text
    assert "registration was not changed" in text
    assert "no registration" not in text and "not an approved or pending registrant" not in text
    assert status_of(sim, zoom, key) == "approved"  # untouched
    # Nothing was kept: the next action reads the list again and ends the registration.
    assert zoom.registrant_list_answers == []
    assert a.registrants.end(NUMBER, p) == "registration cancelled (cannot rejoin with it)"
    assert status_of(sim, zoom, key) == "denied"


@pytest.mark.parametrize(
    "answer",
    [
        zoom_error(400, 3000, "Cannot access meeting info."),
        zoom_error(400, 3003, "You are not the meeting host."),
        zoom_error(404, 1001, "Meeting host does not exist: x."),
    ],
    ids=["400-3000", "400-3003", "404-1001"],
)
def test_a_documented_not_available_answer_means_no_registration_and_is_kept(setup, answer):
    sim, zoom, a = setup
    p, key = approved_person(sim, zoom, a)
    zoom.registrant_list_answers[:] = [answer]
    assert a.registrants.end(NUMBER, p) == "the meeting has no registration to end"
    # Kept (REGISTRANTS_TTL_S): the list is not asked for again, so nothing changes.
    assert a.registrants.end(NUMBER, p) == "the meeting has no registration to end"
    assert status_of(sim, zoom, key) == "approved"


def test_the_index_raises_for_an_unreadable_list_and_keeps_nothing(setup):
    _sim, zoom, a = setup
    zoom.registrant_list_answers[:] = [WEB_PAGE]
    with pytest.raises(RegistrantsUnreadable, match="web page"):
        a.registrants.index(NUMBER)
    index = a.registrants.index(NUMBER)  # read again, not a kept failure
    assert index and all(st in ("approved", "pending") for _rid, st in index.values())
