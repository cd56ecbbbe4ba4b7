"""Typed service capabilities: which adapter has which, checked with isinstance (the engine,
the app's service panel and `watch` ask exactly this). A capability renamed in an adapter
fails here instead of quietly switching the meeting's policy off. Real adapters, real simulator."""

from __future__ import annotations

from hostguard.services.capabilities import (
    CountryPolicyAccess,
    ManualRemovals,
    MeetingPolicyControl,
    MeetingUpdateLimit,
    RoleNotes,
    StatusNote,
)
from hostguard.services.reference import ReferenceAdapter
from hostguard.services.webex import WebexAdapter
from tests.engine.test_rejoin_and_evidence import zoom

ALL = (MeetingPolicyControl, CountryPolicyAccess, StatusNote, ManualRemovals, RoleNotes, MeetingUpdateLimit)


def _has(adapter) -> set[str]:
    return {p.__name__ for p in ALL if isinstance(adapter, p)}


def test_each_adapter_declares_what_it_can_do(simulator):
    sim = simulator(participants=5, seed=1)
    adapters = [zoom(sim), ReferenceAdapter(sim.url, sim.token), WebexAdapter(sim.url + "/webex", {"token": sim.token})]
    try:
        z, ref, webex = (_has(a) for a in adapters)
        assert z == {p.__name__ for p in ALL}
        assert ref == {"CountryPolicyAccess"}
        assert webex == {"StatusNote"}
    finally:
        for a in adapters:
            a.close()


def test_the_engine_sets_no_policy_where_the_service_has_none(simulator, tmp_path):
    from hostguard.core.geo import GeoResolver
    from hostguard.engine import Engine
    from tests.engine.test_rejoin_and_evidence import BLOCK_CN

    sim = simulator(participants=20, seed=1)
    a = ReferenceAdapter(sim.url, sim.token)
    with GeoResolver() as geo:
        engine = Engine(a, sim.meeting_id, BLOCK_CN, geo, tmp_path / "s", apply=True)
        try:
            engine.start(follow=False)
            engine.refresh()
            engine.apply(force=True)
            assert engine.wait_settled(timeout=30)
            assert engine.service_policy is None and engine.restorable_policy() is None
            assert not [r for r in engine.audit.query() if r["action"] == "country_policy"]
        finally:
            engine.close()
            a.close()
