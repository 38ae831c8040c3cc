"""The window's style: the platform's own, with a little more height in tab labels.

At the usual sizes a capital's accent (« É ») rises above the font's ascent, and the tab's
text rectangle clipped it: « Éléments » read « Eléments ». A proxy keeps the rest as is.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)


class WindowStyle(QProxyStyle):
    def sizeFromContents(
        self,
        kind: QStyle.ContentsType,
        option: QStyleOption,
        size: QSize,
        widget: QWidget | None = None,
    ) -> QSize:
        # Qt passes no widget for some contents; the stubs do not say it may be None.
        hint = super().sizeFromContents(kind, option, size, cast(QWidget, widget))
        if kind == QStyle.ContentsType.CT_TabBarTab:
            # room above the capitals for their accents (and below for descenders)
            hint.setHeight(hint.height() + option.fontMetrics.height() // 3)
        return hint


def install(app: QApplication) -> None:
    """Once per application; the base is the style Qt chose for the platform."""
    if isinstance(app.style(), WindowStyle):
        return
    base = QStyleFactory.create(app.style().name())
    app.setStyle(WindowStyle(base))
