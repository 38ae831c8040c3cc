"""The PySide6 window. Nothing outside this package imports Qt."""

from diagapp.ui.refcount_guard import guard

guard()  # before any signal is emitted: PySide6 6.12 on Python 3.11 (see refcount_guard)
