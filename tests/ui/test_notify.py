"""Issue 14, told when it matters: the notification decisions (burst guard holding actions,
actions failing, the connection lost) over the engine's real status and hold values, and a
click bringing the window to the right place. The tray itself is skipped where there is none
(offscreen): the decisions are what is tested."""

from __future__ import annotations

import dataclasses

from hostguard.engine.burst import BurstHold
from hostguard.engine.results import EngineStatus
from hostguard.ui.notify import CONNECTION, FAILED, HELD, Notifier

UP = EngineStatus(connected=True, participants=10, pending=0, applied=0, failed=0, unsupported=0, manual=0,
                  backing_off_until=None, rate_limited=False, last_error=None, budget=None)


def test_each_matter_is_told_once(qtbot):
    n = Notifier(use_tray=False)
    assert n.tray is None
    assert n.status(dataclasses.replace(UP, failed=2)) == []  # failures before we looked: not news
    hold = BurstHold(12, 40, 30, 60.0, 0.25)
    first = n.hold(hold)
    assert first is not None and first.kind == HELD and "12 actions held" in first.message
    assert n.hold(BurstHold(15, 45, 35, 60.0, 0.25)) is None  # the same hold, grown: not again
    n.status(dataclasses.replace(UP, failed=2, held=15))
    assert n.hold(hold) is None
    n.status(dataclasses.replace(UP, failed=2, held=0))  # released or dropped: a new hold is news
    assert n.hold(BurstHold(6, 10, 8, 60.0, 0.25)).kind == HELD

    failed = n.status(dataclasses.replace(UP, failed=5))
    assert [x.kind for x in failed] == [FAILED] and "3 actions failed" in failed[0].message
    assert n.status(dataclasses.replace(UP, failed=5)) == []
    lost = n.status(dataclasses.replace(UP, failed=5, connected=False, last_error="connection refused"))
    assert [x.kind for x in lost] == [CONNECTION] and "connection refused" in lost[0].message
    assert n.status(dataclasses.replace(UP, failed=5, connected=False)) == []  # still down: told once
    assert [x.kind for x in n.decided] == [HELD, HELD, FAILED, CONNECTION]


def test_a_click_brings_the_window_to_the_matter(qtbot, window):
    assert isinstance(window.notifier, Notifier)
    went: list[str] = []
    n = Notifier(use_tray=False, goto=went.append)
    n.status(UP)
    n.status(dataclasses.replace(UP, failed=1))
    n.clicked()
    assert went == [FAILED]
    # The window's own handler: without a meeting it only comes forward.
    window.show_notified(FAILED)
    assert window.isVisible()


def test_rule_actions_are_told_only_when_the_host_turned_it_on(qtbot):
    from hostguard.ui.notify import ACTED

    n = Notifier(use_tray=False)
    n.status(dataclasses.replace(UP, applied=4))  # what was done before we looked: not news
    assert n.status(dataclasses.replace(UP, applied=9)) == []  # off by default
    n.rule_acts = True
    told = n.status(dataclasses.replace(UP, applied=12))
    assert [x.kind for x in told] == [ACTED] and "3 actions" in told[0].message
    assert n.status(dataclasses.replace(UP, applied=12)) == []


def test_the_setting_reaches_the_notifier_when_a_meeting_starts(qtbot, window, settings):
    from hostguard.ui import session as session_mod
    from hostguard.ui.settings import SettingsStore

    assert window.notifier.rule_acts is False
    SettingsStore(settings).set("general/notify_rule_acts", True)
    window._start_session(
        lambda on_diff, on_status: session_mod.start_demo(on_diff, on_status, crowd=20, pool=5, join_rate=0.0, seed=3),
        "Starting the simulated event…",
    )
    qtbot.waitUntil(lambda: window.session is not None, timeout=20000)
    assert window.notifier.rule_acts is True
