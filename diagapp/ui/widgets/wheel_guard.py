"""One policy for the mouse wheel over answer controls, for the whole application.

Scrolling a page must not change the combo boxes, spin boxes and sliders the pointer
passes over (each change is an answer, saved at once). The wheel changes such a control
only when it has the keyboard focus (clicked or tabbed to); otherwise the wheel scrolls
the page around it. Over a tab bar the wheel never changes the tab (a click or the keyboard
does): it scrolls the page around the tabs, or else the shown tab's own page.
Installed once on the application, so every page and dialog follows.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDial,
    QSlider,
    QTabBar,
    QTabWidget,
    QWidget,
)

# Controls whose value the wheel changes (not scroll bars: they are the scrolling).
GUARDED = (QComboBox, QAbstractSpinBox, QSlider, QDial)


def guarded(widget: QObject) -> bool:
    return isinstance(widget, GUARDED)


def apply_policy(widget: QWidget) -> None:
    """StrongFocus: a wheel turn no longer gives these controls the focus (WheelFocus did,
    before they received the turn)."""
    if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    holder = widget.parentWidget()
    if isinstance(widget, QTabBar) and isinstance(holder, QTabWidget):
        return _shown_tab_area(holder)
    return None


def _shown_tab_area(tabs: QTabWidget) -> QAbstractScrollArea | None:
    """The first scrolling part of the tab shown (its table, its text…), if any."""
    shown = tabs.currentWidget()
    if shown is None:
        return None
    candidates = [shown, *shown.findChildren(QAbstractScrollArea)]
    for area in candidates:
        if (
            isinstance(area, QAbstractScrollArea)
            and area.isVisible()
            and area.verticalScrollBar().maximum() > 0
        ):
            return area
    return None


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, QWidget) and guarded(watched):
            apply_policy(watched)
        elif (
            kind == QEvent.Type.Wheel
            and isinstance(watched, QWidget)
            and isinstance(event, QWheelEvent)
            and (isinstance(watched, QTabBar) or (guarded(watched) and not watched.hasFocus()))
        ):
            self._scroll_page(watched, event)
            return True
        return False

    @staticmethod
    def _scroll_page(control: QWidget, event: QWheelEvent) -> None:
        area = _scroll_area(control)
        if area is None:
            return  # nothing to scroll: the turn is simply not an answer
        viewport = area.viewport()
        position = viewport.mapFromGlobal(event.globalPosition())
        forwarded = QWheelEvent(
            position,
            event.globalPosition(),
            event.pixelDelta(),
            event.angleDelta(),
            event.buttons(),
            event.modifiers(),
            event.phase(),
            event.inverted(),
            event.source(),
        )
        QApplication.sendEvent(viewport, forwarded)


_guard: WheelGuard | None = None


def install(app: QApplication) -> None:
    """Once per application; controls already polished get the policy now."""
    global _guard
    if _guard is not None and _guard.parent() is app:
        return
    _guard = WheelGuard(app)
    app.installEventFilter(_guard)
    for widget in app.allWidgets():
        if guarded(widget):
            apply_policy(widget)
