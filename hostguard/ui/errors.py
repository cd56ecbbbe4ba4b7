"""Errors nobody caught, and Qt's own messages: both go to Python logging.

`install_exception_hook` replaces ``sys.excepthook`` (and ``threading.excepthook``) so an
uncaught exception is logged with its traceback and shown in a dialog instead of the app
dying silently (Vorta does the same). `install_qt_message_handler` routes qDebug/qWarning/...
into the ``qt`` logger.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
    QtMsgType,
    Signal,
    Slot,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from hostguard.ui.qtcompat import emit

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(mode: QtMsgType, context, message: str) -> None:
    where = f" ({context.file}:{context.line})" if getattr(context, "file", None) else ""
    qt_log.log(_QT_LEVELS.get(mode, logging.WARNING), "%s%s", message, where)


def install_qt_message_handler() -> None:
    qInstallMessageHandler(_qt_message)


class _Reporter(QObject):
    """Shows the error dialog on the GUI thread, whichever thread the error happened on."""

    report = Signal(str, str)

    def __init__(self) -> None:
        super().__init__()
        self.report.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.showing = False
        self.shown = 0

    @Slot(str, str)
    def _show(self, summary: str, details: str) -> None:
        if self.showing or QApplication.instance() is None:
            return  # one dialog at a time; the rest is in the log
        self.showing = True
        self.shown += 1
        try:
            box = QMessageBox(QMessageBox.Icon.Critical, self.tr("HostGuard: unexpected error"), summary)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setInformativeText(
                self.tr("HostGuard logged the details. Your rules and the outbox are saved; you can keep "
                "working or quit and start again.")
            )
            box.setDetailedText(details)
            box.setObjectName("errorDialog")
            box.exec()
        finally:
            self.showing = False


_reporter: _Reporter | None = None


def format_exception(exc_type: type[BaseException], exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{exc_type.__name__}: {text}" if text else exc_type.__name__


def handle_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, *, thread: str = ""
) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        QApplication.quit()
        return
    where = f" in thread {thread}" if thread else ""
    log.critical("uncaught exception%s", where, exc_info=(exc_type, exc, tb))
    if _reporter is not None:
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        text = (QCoreApplication.translate("_Reporter", "Something went wrong in thread {thread}: {error}") if thread
                else QCoreApplication.translate("_Reporter", "Something went wrong: {error}"))
        emit(_reporter.report, text.format(thread=thread, error=format_exception(exc_type, exc)), details)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None:
        return
    name = args.thread.name if args.thread else "?"
    handle_exception(args.exc_type, args.exc_value, args.exc_traceback, thread=name)


def install_exception_hook() -> None:
    """Log uncaught exceptions and show them in a dialog (GUI thread)."""
    global _reporter
    if _reporter is None:
        _reporter = _Reporter()
        app = QApplication.instance()
        if app is not None:
            _reporter.moveToThread(app.thread())
    sys.excepthook = handle_exception
    threading.excepthook = _thread_hook


def reporter() -> _Reporter | None:
    return _reporter

