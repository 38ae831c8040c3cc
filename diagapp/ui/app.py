"""Start the window (placeholder until the workshop window lands: see issue 3)."""

from __future__ import annotations

import sys
from pathlib import Path


def run(db_path: Path | None = None, demo: bool = False) -> int:
    sys.stderr.write("diagapp : la fenêtre n'est pas encore disponible dans cette version.\n")
    return 1
