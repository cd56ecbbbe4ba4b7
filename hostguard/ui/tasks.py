"""The one way the app runs a job off the GUI thread (network, keyring, SQLite, downloads, previews).

`TaskRunner` is what a widget holds. ``run(fn, done[, on_progress])`` calls ``fn(progress)`` on a
worker thread; ``call(fn, done)`` calls ``fn()`` and hands ``done`` the exception object itself
(for callers that tell an `AuthError` from an `UnreachableError`). ``done`` and ``on_progress``
always run on the GUI thread, through a queued signal. ``serial=True`` runs one job at a time and
keeps only the newest waiting one (a preview computed for text the host has since changed is
worth nothing). ``is_busy``/``wait_idle`` tell tests and closing dialogs whether work is in flight.

Workers are daemon threads, not a QThreadPool: a job blocked on the network (a sign-in that
waits out its deadline, a download) must never hold the window open when the host quits, and a
QThreadPool waits for its jobs when it is destroyed. A job that finishes after its widget is
gone has nobody left to tell and is dropped quietly.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, Qt, Signal

from hostguard.ui.qtcompat import emit

log = logging.getLogger(__name__)

Progress = Callable[[int, int | None], None]  # (done, total or None when unknown)
Done = Callable[[Any, str], None]  # (result, error message; "" when it worked)


class BackgroundTask:
    """One job handed to a `TaskRunner`: what to run and whom to tell."""

    def __init__(self, fn: Callable[[], Any], done: Callable[[Any, BaseException | None], None],
                 on_progress: Callable[[Any, Any], None] | None, name: str) -> None:
        self.fn, self.done, self.on_progress, self.name = fn, done, on_progress, name
        self.finished = threading.Event()


class TaskRunner(QObject):
    """Jobs for one widget, run on daemon threads, answered on the GUI thread."""

    _finished = Signal(object, object, object)  # task, result, exception (None when it worked)
    _progressed = Signal(object, object, object)  # task, done, total

    def __init__(self, parent: QObject | None = None, *, serial: bool = False, name: str = "hostguard-ui-task") -> None:
        super().__init__(parent)
        self.serial = serial
        self.name = name
        self._lock = threading.Lock()
        self._tasks: set[BackgroundTask] = set()  # started, not yet answered
        self._waiting: BackgroundTask | None = None  # serial: the newest job not yet started
        self._running = 0
        self._finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)

    # -- starting ----------------------------------------------------------------------
    def run(self, fn: Callable[[Progress], Any], done: Done,
            on_progress: Callable[[Any, Any], None] | None = None) -> BackgroundTask:
        """Run ``fn(progress)`` off the GUI thread; ``done(result, error message)`` on the GUI thread.

        Exceptions become the error message: their text is already meant for people (the
        services layer never puts secrets in messages).
        """
        holder: list[BackgroundTask] = []

        def progress(n: int, total: int | None = None) -> None:
            self._emit(self._progressed, holder[0], n, total)

        def answer(result: Any, exc: BaseException | None) -> None:
            done(result, "" if exc is None else (str(exc) or type(exc).__name__))

        task = BackgroundTask(lambda: fn(progress), answer, on_progress, self.name)
        holder.append(task)
        return self._submit(task)

    def call(self, fn: Callable[[], Any], done: Callable[[Any, BaseException | None], None],
             name: str | None = None) -> BackgroundTask:
        """Run ``fn()`` off the GUI thread; ``done(result, exception or None)`` on the GUI thread."""
        return self._submit(BackgroundTask(fn, done, None, name or self.name))

    def _submit(self, task: BackgroundTask) -> BackgroundTask:
        with self._lock:
            self._tasks.add(task)
            if self.serial and self._running:
                if self._waiting is not None:  # superseded before it started: never run
                    self._tasks.discard(self._waiting)
                    self._waiting.finished.set()
                self._waiting = task
                return task
            self._running += 1
        self._start(task)
        return task

    def _start(self, task: BackgroundTask) -> None:
        threading.Thread(target=self._work, args=(task,), name=task.name, daemon=True).start()

    def _work(self, task: BackgroundTask) -> None:
        try:
            result, error = task.fn(), None
        except BaseException as exc:  # handed to the caller, who shows it
            if not isinstance(exc, Exception):
                log.debug("background job %s ended by %s", task.name, type(exc).__name__)
            log.info("background job %s failed: %s", task.name, type(exc).__name__)
            result, error = None, exc
        nxt = None
        with self._lock:
            if self.serial and self._waiting is not None:
                nxt, self._waiting = self._waiting, None
            else:
                self._running -= 1
        if not self._emit(self._finished, task, result, error):
            with self._lock:
                self._tasks.discard(task)
            task.finished.set()
        if nxt is not None:  # after the answer above, so answers come in the order of the jobs
            self._start(nxt)

    @staticmethod
    def _emit(signal: Any, *args: Any) -> bool:
        try:
            emit(signal, *args)
        except RuntimeError:
            # The widget that asked was closed while the job ran: nobody is left to tell.
            # Quitting mid-download must not end in a traceback.
            log.debug("background job finished after its widget was gone")
            return False
        return True

    # -- answering (GUI thread) --------------------------------------------------------
    def _on_progress(self, task: BackgroundTask, n: Any, total: Any) -> None:
        if task.on_progress is not None and task in self._tasks:
            task.on_progress(n, total)

    def _on_finished(self, task: BackgroundTask, result: Any, error: BaseException | None) -> None:
        with self._lock:
            self._tasks.discard(task)
        try:
            task.done(result, error)
        finally:
            task.finished.set()

    # -- state -------------------------------------------------------------------------
    def is_busy(self) -> bool:
        with self._lock:
            return bool(self._tasks)

    def wait_idle(self, msecs: int = 5000) -> bool:
        """Wait (handling the GUI thread's events, so answers arrive) until no job is in flight."""
        deadline = QDeadlineTimer(msecs)
        while self.is_busy():
            if deadline.hasExpired():
                return False
            QCoreApplication.processEvents()
            with self._lock:
                pending = next(iter(self._tasks), None)
            if pending is not None:
                pending.finished.wait(0.005)
        return True
