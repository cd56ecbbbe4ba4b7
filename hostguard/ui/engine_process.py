"""The app's engine process, with the window's rows drawn up on its side.

``hostguard --engine-host`` runs `hostguard.engine.host` with a renderer from here: the engine
process turns each roster entry into the table row the window shows (`roster_model.render_row`:
the texts in the window's language, the sort keys, the search string), so the window's
process only reads finished rows off its channel, in one C call per batch, and its GUI thread
never waits for Python work on another thread of its own process. This module is the one place
where the engine process uses the UI's code (the layers stay core -> services -> engine -> ui:
the engine is handed the renderer, it never imports the UI).

The window says which language and catalogue it uses, and whether flags are shown as emoji,
in ``OpenRequest.render``; without it, rows are not rendered here and the window renders them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

_app: list[Any] = []  # the engine process's QCoreApplication (translations need an instance)


def render_options() -> dict[str, Any]:
    """What the engine process needs to render rows as this window would (its language)."""
    from hostguard.ui import i18n
    from hostguard.ui.roster_model import flag_emoji_shown

    return {**i18n.current(), "flag_emoji": flag_emoji_shown()}


def make_renderer(options: dict[str, Any]) -> Callable[[Any], tuple]:
    """Install the window's language in this process and return `render_row` (main thread)."""
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication

    from hostguard.ui import i18n
    from hostguard.ui.roster_model import render_row, use_flag_emoji

    if not _app:
        _app.append(QCoreApplication.instance() or QCoreApplication(["hostguard-engine"]))
    qm_path = options.get("qm_path")
    language = str(options.get("language") or "en")
    if qm_path:
        i18n.install(qm_path=Path(qm_path))
    elif language != "en":
        i18n.install(language)
    use_flag_emoji(bool(options.get("flag_emoji", True)))
    return render_row


def main() -> int:
    from hostguard.engine import run_engine_process

    return run_engine_process(make_renderer=make_renderer)
