"""Desktop notifications (system tray) for what needs the host while their eyes are on the
meeting client: enforcement holding actions for the burst guard, actions that failed, the
connection to the service lost, and, if the host turns it on in Settings, each time the rules'
actions are confirmed. A click on a notification brings the window to the right place.

The decisions (`Notifier.hold`, `Notifier.status`) are plain logic over the engine's status and
its `BurstHold`, kept in ``decided`` whether or not a tray exists; the tray shows them where the
platform has one (``QSystemTrayIcon.isSystemTrayAvailable()``; not under offscreen or many
minimal window managers, where nothing is shown and nothing fails)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from hostguard.ui.labels import plural

log = logging.getLogger(__name__)

HELD, FAILED, CONNECTION, ACTED = "held", "failed", "connection", "acted"


@dataclass(frozen=True)
class Notice:
    kind: str  # HELD | FAILED | CONNECTION | ACTED: where a click leads
    title: str
    message: str


class Notifier(QObject):
    """Decides when to notify and shows it in the tray. ``goto(kind)`` is called when the host
    clicks the last notification (the window shows the held banner, the failures, ...)."""

    def __init__(self, parent: QObject | None = None, *, icon: QIcon | None = None,
                 goto: Callable[[str], None] | None = None, use_tray: bool | None = None) -> None:
        super().__init__(parent)
        self.decided: list[Notice] = []
        self.rule_acts = False  # Settings: "Notify me when a rule acts" (off by default)
        self._goto = goto
        self._last_kind: str | None = None
        self._held = 0
        self._failed: int | None = None
        self._applied: int | None = None
        self._connected: bool | None = None
        available = QSystemTrayIcon.isSystemTrayAvailable() if use_tray is None else use_tray
        self.tray: QSystemTrayIcon | None = None
        if available:
            self.tray = QSystemTrayIcon(icon or QIcon(), self)
            self.tray.setToolTip("HostGuard")
            self.tray.messageClicked.connect(self._clicked)
            self.tray.show()

    def reset(self) -> None:
        """A new meeting: nothing seen yet."""
        self._held = 0
        self._failed = None
        self._applied = None
        self._connected = None

    # -- decisions ---------------------------------------------------------------------------
    def hold(self, hold: Any) -> Notice | None:
        """The burst guard held actions: once per hold (a hold that grows is not told again)."""
        n = int(getattr(hold, "held", 0) or 0)
        if n <= 0:
            return None
        if self._held:
            self._held = max(self._held, n)
            return None
        self._held = n
        return self._notify(HELD, self.tr("Enforcement paused"), plural(
            self.tr("%n action(s) held by the burst guard: act on them or stop enforcing.", "", n), n,
            "%n action held by the burst guard: act on them or stop enforcing.",
            "%n actions held by the burst guard: act on them or stop enforcing."))

    def status(self, st: Any) -> list[Notice]:
        """An engine status: held actions released or dropped (re-arms the hold notice), more
        failures than before, the connection lost (after it was up)."""
        out: list[Notice] = []
        if not int(getattr(st, "held", 0) or 0):
            self._held = 0
        failed = int(getattr(st, "failed", 0) or 0)
        if self._failed is not None and failed > self._failed:
            n = failed - self._failed
            notice = self._notify(FAILED, self.tr("Actions failed"), plural(
                self.tr("%n action(s) failed; see the Sync column.", "", n), n,
                "%n action failed; see the Sync column.", "%n actions failed; see the Sync column."))
            out.append(notice)
        self._failed = failed
        applied = int(getattr(st, "applied", 0) or 0)
        if self.rule_acts and self._applied is not None and applied > self._applied:
            n = applied - self._applied
            out.append(self._notify(ACTED, self.tr("Rules acted"), plural(
                self.tr("The service confirmed %n action(s) the rules took.", "", n), n,
                "The service confirmed %n action the rules took.",
                "The service confirmed %n actions the rules took.")))
        self._applied = applied
        connected = bool(getattr(st, "connected", False))
        if self._connected is True and not connected:
            error = str(getattr(st, "last_error", "") or "")
            out.append(self._notify(CONNECTION, self.tr("Connection lost"),
                                    self.tr("The connection to the meeting service was lost: {error}").format(error=error)
                                    if error else self.tr("The connection to the meeting service was lost.")))
        self._connected = connected
        return out

    # -- showing -----------------------------------------------------------------------------
    def _notify(self, kind: str, title: str, message: str) -> Notice:
        notice = Notice(kind, title, message)
        self.decided.append(notice)
        self._last_kind = kind
        if self.tray is not None:
            icon = (QSystemTrayIcon.MessageIcon.Critical if kind == FAILED
                    else QSystemTrayIcon.MessageIcon.Information if kind == ACTED
                    else QSystemTrayIcon.MessageIcon.Warning)
            self.tray.showMessage(title, message, icon, 15000)
        else:
            log.info("notification (no system tray here): %s: %s", title, message)
        return notice

    def _clicked(self) -> None:
        if self._goto is not None and self._last_kind is not None:
            self._goto(self._last_kind)

    def clicked(self) -> None:
        """What a click on the last notification does (the tray's messageClicked)."""
        self._clicked()
