"""A guard against a reference-count bug of PySide6 6.12.0 on Python 3.11.

`SignalInstance.emit()` returns True without taking a reference to it, and some generated
wrappers (used by pyqtgraph when it adds or removes plot items) return None the same way:
every such call takes one reference away from the True or None singleton. Python 3.12
made these singletons immortal; on 3.11 their count reaches zero after some thousands of
calls — a few dozen redraws of a radar — and the interpreter aborts with "Fatal Python
error: bool_dealloc" (or none_dealloc). Measured here: one `emit()` costs True one
reference, switching the results radar's dimension about 290.

Giving the singletons a huge count makes them immortal in effect. It changes nothing else.
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 40  # references given to each singleton: more than any session can lose
_applied = False


def guard() -> None:
    """Once per process, before any Qt signal is emitted; a no-op from Python 3.12."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    _applied = True
    for singleton in (True, False, None):
        # CPython: ob_refcnt is the object's first field, at its address (its id()).
        ctypes.c_ssize_t.from_address(id(singleton)).value += HEADROOM
