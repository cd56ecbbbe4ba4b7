"""Work that may block (network, keyring, SQLite, downloads) run off the GUI thread.

`BackgroundTask` runs ``fn(progress)`` on a Qt thread pool and reports progress and the outcome
through queued signals, so the callbacks run on the GUI thread. `TaskRunner` is what a dialog
holds: its own pool, the tasks in flight (kept alive until they finish, and ``is_busy`` for
tests and for closing), and one ``run`` call. The settings dialog, the connection dialog and
the audit view all use it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

Progress = Callable[[int, int | None], None]  # (done, total or None when unknown)
Done = Callable[[Any, str], None]  # (result, error message; "" when it worked)


class _TaskSignals(QObject):
    progress = Signal(object, object)  # done, total (None: unknown)
    finished = Signal(object, str)  # result, error message ("" when it worked)


class BackgroundTask(QRunnable):
    """Runs ``fn(progress)`` on a pool thread; ``signals.progress``/``signals.finished`` arrive
    on the GUI thread. Exceptions become the error message (their text is already meant for
    people: the services layer never puts secrets in messages)."""

    def __init__(self, fn: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _TaskSignals()

    def run(self) -> None:
        try:
            result = self.fn(self._progress)
        except Exception as exc:
            log.info("background task failed: %s", type(exc).__name__)
            self._emit(self.signals.finished, None, str(exc) or type(exc).__name__)
        else:
            self._emit(self.signals.finished, result, "")

    def _progress(self, done: int, total: int | None = None) -> None:
        self._emit(self.signals.progress, done, total)

    @staticmethod
    def _emit(signal: Any, *args: Any) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:
            # The widget that asked (and its signals) was closed while the work ran: nobody is
            # left to tell. Quitting mid-download must not end in a traceback.
            log.debug("background task finished after its widget was gone")


def start_task(pool: QThreadPool, fn: Callable[[Progress], Any], on_done: Done,
               on_progress: Callable[[Any, Any], None] | None = None) -> BackgroundTask:
    task = BackgroundTask(fn)
    task.setAutoDelete(False)  # the Python object owns it (and its signals) until done
    task.signals.finished.connect(on_done)
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    pool.start(task)
    return task


class TaskRunner(QObject):
    """A thread pool for one widget and the tasks it has in flight."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self._tasks: set[BackgroundTask] = set()

    def run(self, fn: Callable[[Progress], Any], done: Done,
            on_progress: Callable[[Any, Any], None] | None = None) -> BackgroundTask:
        """Run ``fn(progress)`` off the GUI thread; ``done(result, error)`` runs on the GUI thread."""
        holder: list[BackgroundTask] = []

        def finished(result: Any, error: str) -> None:
            self._tasks.discard(holder[0])
            done(result, error)

        task = start_task(self.pool, fn, finished, on_progress)
        holder.append(task)
        self._tasks.add(task)
        return task

    def is_busy(self) -> bool:
        return bool(self._tasks)

    def wait_idle(self, msecs: int = 5000) -> bool:
        return self.pool.waitForDone(msecs)
