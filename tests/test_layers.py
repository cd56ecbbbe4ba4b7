"""The house's layers hold: core -> services -> engine -> ui, and no arrow back up.

Every import in every module is read from its syntax tree (also the ones inside functions), so a
lazy import cannot slip past. What each layer may not import:

- core: no Qt, no network library, nothing of HostGuard above it;
- services: nothing of the engine, the app or the CLI, no Qt;
- engine: no Qt widgets, nothing of the app or the CLI;
- simulator: it is the other side of the wire and shares only core with the client;
- ui: only the engine's facade (the package `hostguard.engine`), never a module behind it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import hostguard

PACKAGE = Path(hostguard.__file__).parent

# (socket is not here: core/geo.py uses socket.inet_pton to parse addresses, which opens nothing)
NETWORK = ("requests", "urllib3", "http.client", "ssl", "urllib.request")
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "core": (
        "PySide6",
        *NETWORK,
        "hostguard.services",
        "hostguard.engine",
        "hostguard.ui",
        "hostguard.cli",
        "hostguard.simulator",
    ),
    "services": ("PySide6", "hostguard.engine", "hostguard.ui", "hostguard.cli", "hostguard.simulator"),
    "engine": ("PySide6.QtWidgets", "PySide6.QtGui", "hostguard.ui", "hostguard.cli", "hostguard.simulator"),
    "simulator": ("PySide6", "hostguard.services", "hostguard.engine", "hostguard.ui", "hostguard.cli"),
}

# The app uses the engine through its facade, the package `hostguard.engine` (its __init__),
# never a module inside it: `from hostguard.engine import Engine` is fine,
# `from hostguard.engine.store import Store` or `from hostguard.engine import store` is not.
UI_MAY_IMPORT_FROM_ENGINE = {"hostguard.engine"}
ENGINE_MODULES = {p.stem for p in (PACKAGE / "engine").glob("*.py")} - {"__init__"}


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, a.name) for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
            # `from hostguard.engine import store` imports hostguard.engine.store
            found.extend((node.lineno, f"{node.module}.{a.name}") for a in node.names)
    return found


def _within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def _modules(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_lower_layers_do_not_import_upwards(layer: str) -> None:
    bad = [
        f"{path.relative_to(PACKAGE.parent)}:{line} imports {name}"
        for path in _modules(layer)
        for line, name in _imports(path)
        if any(_within(name, prefix) for prefix in FORBIDDEN[layer])
    ]
    assert not bad, "\n".join(bad)


def _engine_internal(name: str) -> bool:
    """A module behind the engine's facade (``hostguard.engine.<module>...``)."""
    if not _within(name, "hostguard.engine") or name in UI_MAY_IMPORT_FROM_ENGINE:
        return False
    return name.split(".")[2] in ENGINE_MODULES


def test_ui_uses_only_the_engines_facade() -> None:
    bad = [
        f"{path.relative_to(PACKAGE.parent)}:{line} imports {name}"
        for path in _modules("ui")
        for line, name in _imports(path)
        if _engine_internal(name)
    ]
    assert not bad, "\n".join(bad)


def test_the_facade_check_tells_names_from_modules() -> None:
    assert not _engine_internal("hostguard.engine")
    assert not _engine_internal("hostguard.engine.Engine")  # from hostguard.engine import Engine
    assert _engine_internal("hostguard.engine.store")
    assert _engine_internal("hostguard.engine.engine.Engine")


def test_the_check_sees_lazy_imports(tmp_path: Path) -> None:
    """The reader finds an import inside a function, as a lazy upward import would be written."""
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from hostguard.ui import app\n    import requests\n")
    names = {name for _line, name in _imports(module)}
    assert {"hostguard.ui", "hostguard.ui.app", "requests"} <= names
