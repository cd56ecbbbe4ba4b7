"""Starting the desktop app: `run_app(demo)` is what `hostguard` and `hostguard --demo` call.

The app follows the system: Qt 6 scales for high-DPI displays by itself and picks the light or
dark scheme from the platform, so no palette or style is forced here. Qt's messages go to
Python logging and uncaught exceptions to a dialog (ui/errors.py).
"""

from __future__ import annotations

import gc
import logging
import signal
import sys
from importlib import resources

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from hostguard import APP_NAME, ORG_NAME, __version__
from hostguard.ui import i18n
from hostguard.ui.errors import install_exception_hook, install_qt_message_handler
from hostguard.ui.qtcompat import refcount_defect
from hostguard.ui.roster_model import use_flag_emoji

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


def tune_interpreter() -> None:
    """Keep the GUI thread responsive while worker threads parse tens of thousands of rows.

    Python's full garbage collections (20-200 ms with a 50,000-person roster, on whichever
    thread triggers them) come far less often with a higher last-generation threshold, and a
    shorter switch interval lets the GUI thread take the interpreter lock back sooner after
    each Qt call (tests/benchmarks: ui_max_stall_ms).
    """
    gc.set_threshold(10_000, 50, 1_000)
    sys.setswitchinterval(0.001)


def run_app(demo: bool) -> int:
    """Open the window; with ``demo``, on the embedded simulated event. Returns the exit code."""
    defect = refcount_defect()
    if defect:
        print(f"hostguard: {defect}", file=sys.stderr)
        return 1
    tune_interpreter()
    app = create_application()
    # The language chosen in Settings ("" follows the system); a change applies at the next start.
    i18n.install(str(QSettings().value("general/language", "") or ""))
    install_exception_hook()
    window = create_window()
    window.show_first_run()
    window.show()
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
