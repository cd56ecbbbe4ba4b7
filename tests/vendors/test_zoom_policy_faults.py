"""Setting a Zoom meeting's country policy when an answer is not Zoom's.

A proxy's or sign-in portal's web page answering the meeting's GET or PATCH is no refusal by
Zoom: the person is still listed for manual removal, the result says what happened ("could not
be set this time", the web page) and never "Zoom refused", and the policy is set again after
1, 2, 4 ... minutes. A PATCH whose answer was not Zoom's counts against the meeting's 100
updates a day, as it may have reached Zoom. Zoom's own refusal (an error with its {code,
message}) is said once per rule set, as before: the same request gets the same answer.

Against the simulator's Zoom subset, made to answer the next meeting requests with chosen
answers (`ZoomSubset.meeting_answers`, `meeting_patch_answers`)."""

from __future__ import annotations

import time

import pytest

from hostguard.core.geo import GeoResolver
from hostguard.core.rules import parse_rules
from hostguard.services.base import MANUAL
from hostguard.services.zoom import MANUAL_SENTENCE, ZoomAdapter
from hostguard.simulator.server import Response
from hostguard.simulator.zoom import meeting_number, zoom_error

MEETING = str(meeting_number("demo"))
WEB_PAGE = Response(200, b"<html><body>Sign in to continue</body></html>", "text/html")
BLOCK_CN, _ = parse_rules('version = 1\n[[rule]]\nname = "Block CN"\naction = "block"\ncountries = ["CN"]\n', "r")


class Clock:
    """The adapter's clock, moved on by the test (the simulator keeps its own)."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.time() + self.offset


@pytest.fixture
def setup(simulator, zoom_creds):
    sim = simulator(participants=150, seed=8)
    zoom = sim.app.extensions["zoom"]
    clock = Clock()
    a = ZoomAdapter(sim.url + "/zoom", zoom_creds(sim), min_refresh=0.0, clock=clock)
    a.use_ruleset(BLOCK_CN)
    with GeoResolver() as geo:
        people = [
            p for p in a.list_participants(MEETING) if p.role == "attendee" and geo.lookup(p.ip).country == "CN"
        ]
    assert len(people) >= 4
    yield sim, zoom, a, clock, people
    a.close()


def denied(zoom, sim) -> list[str]:
    doc = zoom.policy_doc(sim.meeting)
    return doc["denied_list"] if doc.get("enable") and doc.get("method") == "deny" else []


def patches(zoom) -> int:
    return sum(len(times) for times in zoom.patches.values())


@pytest.mark.parametrize("where", ["meeting_answers", "meeting_patch_answers"])
def test_a_web_page_is_no_refusal_and_the_policy_is_set_a_minute_later(setup, where):
    sim, zoom, a, clock, people = setup
    getattr(zoom, where)[:] = [WEB_PAGE]
    first = a.act(MEETING, people[0].id, "block", "k1")
    assert first.outcome == MANUAL and MANUAL_SENTENCE in first.detail  # the person is still listed
    assert "could not be set this time" in first.detail and "web page (HTML)" in first.detail, first.detail
    assert "tries again in 1 minute" in first.detail
    assert "Zoom refused" not in first.detail
    assert denied(zoom, sim) == [] and patches(zoom) == 0
    # The PATCH whose answer was a web page may have reached Zoom: it counts.
    assert a.updates.used(int(MEETING)) == (1 if where == "meeting_patch_answers" else 0)
    # Within the minute: not tried again (a second web page queued stays unused).
    getattr(zoom, where)[:] = [WEB_PAGE]
    clock.offset = 30
    again = a.act(MEETING, people[1].id, "block", "k2")
    assert "could not be set this time" in again.detail and getattr(zoom, where) == [WEB_PAGE]
    getattr(zoom, where)[:] = []
    # After it: set, read back and said.
    clock.offset = 61
    later = a.act(MEETING, people[2].id, "block", "k3")
    assert "refuses new joiners from CN" in later.detail, later.detail
    assert denied(zoom, sim) == ["CN"] and patches(zoom) == 1
    assert a.apply_rules(MEETING).changed
    assert a.updates.used(int(MEETING)) == (2 if where == "meeting_patch_answers" else 1)


def test_the_wait_doubles_while_answers_are_not_zoom_s_up_to_half_an_hour(setup):
    sim, zoom, a, clock, people = setup
    waits = []
    for i in range(7):
        zoom.meeting_answers[:] = [WEB_PAGE]
        text = a.act(MEETING, people[i % len(people)].id, "block", f"k{i}").detail
        waits.append(text.split("tries again in ", 1)[1].split(")", 1)[0].split(";", 1)[0])
        clock.offset += {0: 60, 1: 120, 2: 240, 3: 480, 4: 960, 5: 1800, 6: 1800}[i]
    assert waits == ["1 minute", "2 minutes", "4 minutes", "8 minutes", "16 minutes", "30 minutes", "30 minutes"]
    assert zoom.meeting_answers == [] and denied(zoom, sim) == []
    # One good answer ends it: set, and the next failure (another rule set) starts at a minute.
    assert "refuses new joiners from CN" in a.act(MEETING, people[0].id, "block", "k9").detail
    assert denied(zoom, sim) == ["CN"]


def test_zoom_s_own_refusal_is_said_once_per_rule_set(setup):
    sim, zoom, a, clock, people = setup
    zoom.meeting_patch_answers[:] = [zoom_error(400, 300, "Invalid field: approved_or_denied_countries_or_regions.")]
    first = a.act(MEETING, people[0].id, "block", "k1")
    assert "Zoom refused the country policy" in first.detail and "Invalid field" in first.detail, first.detail
    assert "tries again" not in first.detail
    clock.offset = 7200  # hours later: the same rules, the same request, not sent again
    zoom.meeting_patch_answers[:] = [WEB_PAGE]
    a.act(MEETING, people[1].id, "block", "k2")
    assert zoom.meeting_patch_answers == [WEB_PAGE] and denied(zoom, sim) == []
    assert a.updates.used(int(MEETING)) == 0  # Zoom answered: nothing was changed
