"""Subcommands contributed by feature modules (recommend, export pdf/email/xlsx/csv…).

Each entry is `register(subcommands, export_formats)`; keep handlers beside their feature.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

REGISTER: list[Callable[[Any, Any], None]] = []
