"""The app's icon, shared by the application (window icon) and the « À propos » dialog."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The app's icon at every shipped size (resources/icons/diagapp-<size>.png)."""
    from diagapp.paths import resources_dir

    icon = QIcon()
    for size in ICON_SIZES:
        path = resources_dir() / "icons" / f"diagapp-{size}.png"
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    return icon
