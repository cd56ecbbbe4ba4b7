"""TaskRunner: the one way the app runs work off the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from hostguard.ui.tasks import TaskRunner


def test_answers_arrive_on_the_gui_thread_with_progress(qtbot):
    runner = TaskRunner()
    seen: list[tuple[str, object]] = []
    gui = QThread.currentThread()

    def work(progress):
        progress(1, 2)
        progress(2, 2)
        return threading.current_thread().name

    def done(result, error):
        seen.append(("done", (result, error, QThread.currentThread() is gui)))

    runner.run(work, done, lambda n, total: seen.append(("progress", (n, total))))
    assert runner.wait_idle(5000)
    assert seen[-1] == ("done", ("hostguard-ui-task", "", True))
    assert [s for s in seen if s[0] == "progress"] == [("progress", (1, 2)), ("progress", (2, 2))]
    assert not runner.is_busy()


def test_errors_reach_the_caller_as_text_or_as_the_exception(qtbot):
    runner = TaskRunner()
    got: list[object] = []

    def boom(_progress=None):
        raise LookupError("the meeting has ended")

    runner.run(boom, lambda result, error: got.append((result, error)))
    runner.call(boom, lambda result, exc: got.append((result, exc)))
    assert runner.wait_idle(5000)
    assert (None, "the meeting has ended") in got
    excs = [e for _r, e in got if isinstance(e, BaseException)]
    assert len(excs) == 1 and isinstance(excs[0], LookupError)


def test_serial_runs_one_at_a_time_and_only_the_newest_waiting_job(qtbot):
    runner = TaskRunner(serial=True)
    release = threading.Event()
    started: list[int] = []
    answered: list[int] = []

    def job(n):
        def fn():
            started.append(n)
            if n == 0:
                release.wait(10)
            return n
        return fn

    for n in range(4):  # 0 runs; 1 and 2 are superseded while waiting; 3 runs after 0
        runner.call(job(n), lambda result, _exc: answered.append(result))
    release.set()
    assert runner.wait_idle(5000)
    assert started == [0, 3]
    assert answered == [0, 3]


def test_a_job_blocked_on_the_network_never_holds_the_app(qtbot):
    """Workers are daemon threads: a stuck job cannot keep the process alive at quit."""
    runner = TaskRunner()
    stuck = threading.Event()
    names: list[threading.Thread] = []

    def blocked():
        names.append(threading.current_thread())
        stuck.wait(10)

    runner.call(blocked, lambda *_: None, name="hostguard-stuck")
    qtbot.waitUntil(lambda: bool(names), timeout=5000)
    assert names[0].daemon
    assert runner.is_busy() and not runner.wait_idle(50)
    stuck.set()
    assert runner.wait_idle(5000)


def test_a_job_that_outlives_its_widget_is_dropped_quietly(qtbot):
    runner = TaskRunner()
    release = threading.Event()
    calls: list[object] = []
    task = runner.call(lambda: release.wait(10), calls.append)
    runner.deleteLater()
    qtbot.waitUntil(lambda: _deleted(runner), timeout=5000)
    release.set()
    assert task.finished.wait(5)
    assert calls == []


def _deleted(obj) -> bool:
    try:
        obj.objectName()
    except RuntimeError:
        return True
    return False
