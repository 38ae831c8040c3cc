"""Timestamps stored as ISO 8601 UTC strings, sortable as text."""

from __future__ import annotations

import datetime as dt
import uuid


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def new_uid() -> str:
    return uuid.uuid4().hex
