"""Shared helpers for the packaging tests: where things are, and packaging/build.py loaded."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
PACKAGING = ROOT / "packaging"
APP_ID = "io.hostguard.HostGuard"


def load_build_module():
    """packaging/build.py as a module (it is a script, not part of the hostguard package)."""
    name = "hostguard_packaging_build"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, PACKAGING / "build.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
