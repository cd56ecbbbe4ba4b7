"""Telling screen readers about changes that matter while the host looks elsewhere: the
connection lost or back, decisions sent, auto-apply held back by the share guard.

A Qt accessibility announcement (read out by Orca, NVDA, VoiceOver without moving the focus);
"assertive" interrupts whatever is being read, for what must not wait (connection lost, the
guard holding actions back)."""

from __future__ import annotations

import logging

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    if not text:
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive if assertive else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)
    log.debug("announced: %s", text)
