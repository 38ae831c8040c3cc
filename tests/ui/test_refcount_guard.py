"""PySide6 6.12.0 on Python 3.11 loses a reference to True at every signal emit: without
diagapp.ui.refcount_guard the interpreter aborts after some thousands of emits."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal

import diagapp.ui  # noqa: F401  (applies the guard)
from diagapp.ui.refcount_guard import HEADROOM


class Emitter(QObject):
    ping = Signal()


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="immortal singletons from 3.12")
def test_emitting_signals_cannot_exhaust_the_singletons() -> None:
    emitter = Emitter()
    for _ in range(5000):
        emitter.ping.emit()
    for singleton in (True, False, None):
        assert sys.getrefcount(singleton) > HEADROOM // 2
