"""Starting the desktop app: `run_app(demo)` is what `hostguard` and `hostguard --demo` call.

The app follows the system: Qt 6 scales for high-DPI displays by itself and picks the light or
dark scheme from the platform, so no palette or style is forced here. Qt's messages go to
Python logging and uncaught exceptions to a dialog (ui/errors.py).
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import time
from importlib import resources

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from hostguard import APP_NAME, ORG_NAME, __version__
from hostguard.ui import i18n
from hostguard.ui.errors import install_exception_hook, install_qt_message_handler
from hostguard.ui.qtcompat import refcount_defect
from hostguard.ui.roster_model import use_flag_emoji

_IMPORTED = time.perf_counter()

log = logging.getLogger(__name__)


def app_icon() -> QIcon:
    """The app icon from the installed resources, or an empty icon when they are absent."""
    icon = QIcon()
    try:
        icons = resources.files("hostguard.resources").joinpath("icons")
        svg = icons.joinpath("hostguard.svg")
        if svg.is_file():
            icon.addFile(str(svg))
        for size in (16, 32, 48, 64, 128, 256):
            png = icons.joinpath(f"hostguard-{size}.png")
            if png.is_file():
                icon.addFile(str(png))
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError):
        log.debug("no icon resources")
    return icon


def flag_emoji_available() -> bool:
    """Whether a font that draws flag emoji is installed (Windows' emoji font has no flags)."""
    if sys.platform == "win32":
        return False
    return any("emoji" in f.lower() for f in QFontDatabase.families())


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        install_qt_message_handler()
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QApplication.setOrganizationName(ORG_NAME)
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    # Window titles already say "HostGuard — <meeting>"; an empty display name stops Qt from
    # appending " — HostGuard" a second time on Linux and Windows.
    QApplication.setApplicationDisplayName("")
    # Matches resources/linux/io.hostguard.HostGuard.desktop, so docks show the right icon.
    QApplication.setDesktopFileName("io.hostguard.HostGuard")
    use_flag_emoji(flag_emoji_available())
    icon = app_icon()
    if not icon.isNull():
        QApplication.setWindowIcon(icon)
    return app  # type: ignore[return-value]


def create_window(settings: QSettings | None = None):
    from hostguard.ui.main_window import MainWindow

    return MainWindow(settings)


def _since_process_start() -> float:
    """Seconds since this process started (Linux: its start time in /proc; elsewhere since
    this module was imported, a little later)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as f:
            start_ticks = int(f.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as f:
            uptime = float(f.read().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - _IMPORTED


def report_startup(window) -> None:
    """For the start-up benchmark (HOSTGUARD_STARTUP_REPORT=1): one line on standard error when
    the window has been painted, and one when the first meeting's engine is ready."""
    QTimer.singleShot(0, lambda: print(f"hostguard: window shown after {_since_process_start():.3f} s",
                                       file=sys.stderr, flush=True))  # fmt: skip
    window.sessionStarted.connect(lambda _s: print(f"hostguard: engine ready after {_since_process_start():.3f} s",
                                                   file=sys.stderr, flush=True))  # fmt: skip


def run_app(demo: bool) -> int:
    """Open the window; with ``demo``, on the embedded simulated event. Returns the exit code."""
    defect = refcount_defect()
    if defect:
        print(f"hostguard: {defect}", file=sys.stderr)
        return 1
    app = create_application()
    # The language chosen in Settings ("" follows the system); a change applies at the next start.
    i18n.install(str(QSettings().value("general/language", "") or ""))
    install_exception_hook()
    window = create_window()
    window.show_first_run()
    window.show()
    if os.environ.get("HOSTGUARD_STARTUP_REPORT") == "1":
        report_startup(window)
    if demo:
        window.start_demo()
    else:
        window.connect_last()

    # Ctrl+C in the terminal quits like Ctrl+Q; the timer lets Python see the signal.
    signal.signal(signal.SIGINT, lambda *_: window.close())
    tick = QTimer()
    tick.start(250)
    tick.timeout.connect(lambda: None)
    code = app.exec()
    window.shutdown()
    return int(code)
