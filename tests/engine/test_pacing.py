"""ForegroundGate: worker threads wait at pause points while the foreground thread holds it."""

from __future__ import annotations

import threading

from hostguard.engine.pacing import ForegroundGate, no_pause


def _worker(
    gate: ForegroundGate, reached: threading.Event, passed: threading.Event
) -> threading.Thread:
    def run() -> None:
        reached.set()
        gate.pause_point()
        passed.set()

    t = threading.Thread(target=run, daemon=True)
    t.start()
    return t


def test_a_worker_waits_while_the_gate_is_held_and_goes_on_when_released():
    gate = ForegroundGate(max_pause=30.0, stale_after=60.0)
    reached, passed = threading.Event(), threading.Event()
    with gate.hold():
        assert gate.closed
        t = _worker(gate, reached, passed)
        assert reached.wait(10)
        # still waiting: the gate is held (the bound is far away)
        assert not passed.wait(0.2)
    assert not gate.closed
    assert passed.wait(10)
    t.join(10)
    assert gate.pauses == 1


def test_a_pause_is_bounded_even_if_the_gate_stays_closed():
    gate = ForegroundGate(max_pause=0.05)
    reached, passed = threading.Event(), threading.Event()
    with gate.hold():
        _worker(gate, reached, passed)
        assert passed.wait(10)  # the worker went on by itself
        assert gate.closed


def test_the_holder_never_waits_on_itself_and_holds_nest():
    gate = ForegroundGate(max_pause=30.0, stale_after=60.0)
    with gate.hold():
        with gate.hold():
            gate.pause_point()  # returns at once on the holding thread
        assert gate.closed  # the outer hold still holds
    assert not gate.closed
    assert gate.pauses == 0


def test_another_thread_cannot_close_a_held_gate_or_open_it():
    gate = ForegroundGate(max_pause=30.0, stale_after=60.0)
    done = threading.Event()

    def other() -> None:
        with gate.hold():  # a second thread's hold is a no-op
            gate.pause_point()  # and it is not the holder, so it would wait: bounded below
        done.set()

    gate.max_pause = 0.01
    with gate.hold():
        t = threading.Thread(target=other, daemon=True)
        t.start()
        assert done.wait(10)
        assert gate.closed  # the other thread's exit did not open it
    t.join(10)
    assert not gate.closed


def test_an_open_gate_and_no_pause_cost_nothing():
    gate = ForegroundGate()
    gate.pause_point()
    no_pause()
    assert gate.pauses == 0


def test_holding_shortens_the_switch_interval_and_restores_it():
    import sys

    before = sys.getswitchinterval()
    gate = ForegroundGate(switch_interval=0.0002)
    with gate.hold():
        assert abs(sys.getswitchinterval() - 0.0002) < 1e-6
        with gate.hold():
            pass
        assert abs(sys.getswitchinterval() - 0.0002) < 1e-6  # the inner hold kept it
    assert sys.getswitchinterval() == before
    with ForegroundGate(switch_interval=None).hold():
        assert sys.getswitchinterval() == before


def test_a_stale_hold_holds_nobody_back():
    """A hold left open (a nested event loop inside it, say) stops pausing the workers."""
    gate = ForegroundGate(max_pause=30.0, stale_after=0.05)
    with gate.hold():
        gate._held_since -= 1.0  # as if held for a second already
        passed = threading.Event()
        t = threading.Thread(target=lambda: (gate.pause_point(), passed.set()), daemon=True)
        t.start()
        assert passed.wait(10)
        assert gate.closed
        assert gate.pauses == 0  # it did not wait at all
    t.join(10)
