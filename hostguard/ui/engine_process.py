"""The app's engine process, with the window's rows drawn up on its side.

``hostguard --engine-host`` runs `hostguard.engine.host` with a renderer from here: the engine
process turns each roster entry into the table row the window shows (`roster_model.render_row`:
the texts in the window's language, the sort keys, the search string), so the window's
process only reads finished rows off its channel, in one C call per batch, and its GUI thread
never waits for Python work on another thread of its own process. This module is the one place
where the engine process uses the UI's code (the layers stay core -> services -> engine -> ui:
the engine is handed the renderer, it never imports the UI).

The window sends, in ``OpenRequest.render``, the words rows show as it translates them (the
window's language or catalogue, even a pseudo-locale's), the language of its country names,
and whether flags are shown as emoji; without it, rows are not rendered here and the window
renders them. Rendering here loads no Qt (`hostguard.ui.rows` is Qt-free).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def render_options() -> dict[str, Any]:
    """What the engine process needs to render rows as this window would: the words rows show
    in the window's language, its country names' language, and whether flags are emoji."""
    from hostguard.ui.roster_model import flag_emoji_shown  # the window's: Qt's translations
    from hostguard.ui.rows import words_for_engine

    return {**words_for_engine(), "flag_emoji": flag_emoji_shown()}


def make_renderer(options: dict[str, Any]) -> Callable[[Any], tuple]:
    """Render rows with the window's words (`rows.install_words`) and return `render_row`. No
    Qt is loaded in the engine process: its libraries would cost it about 27 MB."""
    from hostguard.ui.rows import install_words, render_row

    install_words(options)
    return render_row


def main() -> int:
    from hostguard.engine import run_engine_process

    return run_engine_process(make_renderer=make_renderer)
