"""The words the app shows for the rules' actions, in the host's language.

`hostguard.core.rules.ACTION_LABELS` keeps the English words for the CLI and files; the window
shows these, translated through Qt (context "actions"; the glossary in
resources/translations/README.md keeps them consistent across languages)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hostguard.core.rules import Rule, rule_schedule_state
from hostguard.ui import rows
from hostguard.ui.rows import action_label as action_label
from hostguard.ui.rows import anonymizer_label as anonymizer_label
from hostguard.ui.rows import role_label as role_label
from hostguard.ui.rows import status_label as status_label

# The words for actions, roles, statuses and anonymizers are the roster rows' own
# (`hostguard.ui.rows`, which imports no Qt so that the engine process can render rows): in the
# window they come through Qt's translations. (roster_model says the same when it is imported.)
rows.set_translator(QCoreApplication.translate)


def plural(translated: str, n: int, one: str, many: str) -> str:
    """English singular or plural when no catalogue is loaded, else Qt's numerus translation.

    Call sites pass ``self.tr("%n participant(s) …", "", n)`` (so lupdate sees a numerus
    message and each language gets its own plural forms) and the two English forms, which the
    source language shows without any catalogue loaded."""
    from hostguard.ui import i18n

    if i18n.catalogue_loaded():
        return translated
    return (one if n == 1 else many).replace("%n", str(n))


# The credential fields' names (hostguard.services.credentials declares them in English).
CREDENTIAL_TITLES: dict[str, str] = {
    "API token": QT_TRANSLATE_NOOP("credentials", "API token"),
    "account ID": QT_TRANSLATE_NOOP("credentials", "account ID"),
    "client ID": QT_TRANSLATE_NOOP("credentials", "client ID"),
    "client secret": QT_TRANSLATE_NOOP("credentials", "client secret"),
    "access token": QT_TRANSLATE_NOOP("credentials", "access token"),
    "admin token": QT_TRANSLATE_NOOP("credentials", "admin token"),
    "license key": QT_TRANSLATE_NOOP("credentials", "license key"),
}


def credential_label(label: str) -> str:
    """A credential field's name in the app's language, first letter capitalised ("API token")."""
    title = CREDENTIAL_TITLES.get(label)
    text = QCoreApplication.translate("credentials", title) if title else label
    return text[:1].upper() + text[1:]


_SCHEDULE_TEXTS = (
    ("inactive until ", QT_TRANSLATE_NOOP("RulesEditor", "inactive until {time}")),
    ("ended at ", QT_TRANSLATE_NOOP("RulesEditor", "ended at {time}")),
    ("active until ", QT_TRANSLATE_NOOP("RulesEditor", "active until {time}")),
)


def schedule_text(rule: Rule, now: dt.datetime | None = None) -> str:
    """The host's words for a rule's window at ``now`` (local time by default), from core's
    `rule_schedule_state`: "inactive until 14:00", "active until the meeting ends", "" when
    there is nothing to say. Translated in the window's language."""
    now = now or dt.datetime.now().astimezone()
    _active, text = rule_schedule_state(rule, now)
    if not text:
        return ""
    if text == "disabled":
        return QCoreApplication.translate("RulesEditor", "disabled")
    if text == "active until the meeting ends":
        return QCoreApplication.translate("RulesEditor", "active until the meeting ends")
    for prefix, source in _SCHEDULE_TEXTS:
        if text.startswith(prefix):
            return QCoreApplication.translate("RulesEditor", source).format(time=text[len(prefix):])
    return text


def guard_text(verdict: Any) -> str:
    """The share guard's verdict in the host's language (core's `GuardVerdict.message` is the
    CLI's English sentence)."""
    fields = {
        "acting": verdict.acting,
        "eligible": verdict.eligible,
        "share": f"{verdict.share:.0%}",
        "limit": f"{verdict.limit:.0%}",
    }
    if verdict.allowed:
        text = QCoreApplication.translate(
            "guard",
            "{acting} of {eligible} non-exempt participants ({share}) would be moved or removed; "
            "within the limit of {limit}",
        )
    else:
        text = QCoreApplication.translate(
            "guard",
            "{acting} of {eligible} non-exempt participants ({share}) would be moved or removed, "
            "above the limit of {limit} (max_action_share): confirm to proceed",
        )
    return text.format(**fields)

