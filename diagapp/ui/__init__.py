"""The PySide6 window. Nothing outside this package imports Qt."""
