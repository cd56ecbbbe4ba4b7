"""Work-arounds for defects of particular PySide6 releases, each detected at run time.

PySide6 6.12.0's ``SignalInstance.emit()`` returns ``True`` without taking a reference to it.
On Python 3.11 (where ``True`` is not yet immortal) every Python-side ``emit`` then lowers
``True``'s reference count by one, and after a few thousand emits the interpreter aborts
("bool_dealloc: deallocating True or False"). `emit` below gives the reference back when the
running PySide6 has the defect, and does nothing extra when it does not.

The same release also drops a reference to ``None`` on every call that returns nothing (any
void method, any invalid QVariant), which no call-site work-around can cover:
`refcount_defect()` detects it so the app can refuse to start with a clear message instead
of aborting minutes later. PySide6 6.11.3 has neither defect.

Every PySide6 6 release imports each Python module loaded after it through its own hook
(PYSIDE-2029), which reads the module's whole source with ``inspect.getsource`` to look for
the word "PySide6"; `linecache` keeps what was read. In the window's process that is about
100,000 lines of some 200 modules: 9 MB that nothing uses, and that every full garbage
collection walks (11 -> 7 ms with the window empty, measured). `forget_module_sources`
drops them; a traceback reads the lines it shows again from the files.
"""

from __future__ import annotations

import ctypes
import linecache
import sys
from typing import Any

import PySide6
from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    fired = Signal()


def _emit_drops_bool_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    probe.fired.emit()
    after = sys.getrefcount(True)
    if after < before:
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))  # undo the probe's own damage
        return True
    return False


EMIT_DROPS_BOOL_REFERENCE = _emit_drops_bool_reference()


def emit(signal: Any, *args: Any) -> None:
    """``signal.emit(*args)``, safe on PySide6 releases whose emit drops a bool reference."""
    result = signal.emit(*args)
    if EMIT_DROPS_BOOL_REFERENCE and (result is True or result is False):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))


def refcount_defect() -> str | None:
    """A sentence when this PySide6 release corrupts reference counts here, else None."""
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(4):
        probe.setObjectName("probe")
    lost = before - sys.getrefcount(None)
    if lost <= 0:
        return None
    for _ in range(lost):  # give back what the probe took
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))
    return (
        f"PySide6 {PySide6.__version__} on Python {sys.version_info.major}.{sys.version_info.minor} "
        "loses a reference to None on every Qt call and would crash HostGuard; install "
        "another PySide6 release (6.11.3 works: pip install 'PySide6-Essentials==6.11.3')"
    )


def forget_module_sources() -> None:
    """Drop the source lines PySide6's import hook had `linecache` keep (see the module's
    docstring): called once the window's modules are imported, and when a meeting opens."""
    linecache.clearcache()
