"""Report bugs: the traceback goes to the log file, the user gets one clear line."""

from __future__ import annotations

import datetime as dt
import traceback

from diagapp.paths import log_file


def log_bug(exc: BaseException) -> str:
    """Append the traceback to the log; return where it went (or why it could not)."""
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"\n--- {dt.datetime.now().isoformat()} ---\n")
            handle.write("".join(traceback.format_exception(exc)))
        return str(path)
    except OSError:
        return "(journal impossible à écrire)"
