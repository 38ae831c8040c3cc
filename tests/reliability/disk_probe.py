"""Real full and read-only disks, run inside a private mount namespace by test_full_disk.py:

    unshare --user --map-root-user --mount python disk_probe.py WORKDIR DEMO_DB

Tiny tmpfs mounts (gone when the namespace ends) are filled to the last byte, or mounted
read-only; every export, the database and the settings are written there. Each case prints
one JSON line: {"case", "code", "message", "intact", "leftovers", ...}.
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

OLD = b"previous export, sent to the funders last week"
EXPORTS = {
    "json": ["export", "json"],
    "csv": ["export", "csv"],
    "xlsx": ["export", "xlsx"],
    "pdf": ["export", "pdf", "--assessment", "latest"],
    "email": ["export", "email", "--to", "financeur@example.org"],
    "form": ["form", "export", "--assessment", "latest", "--participant", "Claire Martin"],
}


def mount(folder: Path, size: str, options: str = "") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    opts = f"size={size}" + (f",{options}" if options else "")
    subprocess.run(["mount", "-t", "tmpfs", "-o", opts, "tmpfs", str(folder)], check=True)


def fill(folder: Path) -> Path:
    """Write until the disk refuses a single byte more."""
    filler = folder / "filler.bin"
    with filler.open("wb", buffering=0) as handle:
        for size in (65536, 4096, 512, 1):
            with contextlib.suppress(OSError):
                while True:
                    handle.write(b"\0" * size)
    return filler


def report(case: str, **data: Any) -> None:
    sys.stdout.write(json.dumps({"case": case, **data}, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def cli(args: list[str]) -> tuple[int, str]:
    from diagapp.cli import main

    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(args)
    return code, err.getvalue()


def exports(work: Path, demo: Path) -> None:
    full, readonly = work / "full", work / "readonly"
    for kind, command in EXPORTS.items():
        mount(full, "256k")
        out = full / f"diagnostic.{kind}"
        out.write_bytes(OLD)
        fill(full)
        code, err = cli([*command[:2], "--db", str(demo), *command[2:], "--out", str(out)])
        report(
            f"full disk: {kind}",
            code=code,
            message=err,
            intact=out.read_bytes() == OLD,
            leftovers=sorted(p.name for p in full.iterdir() if p.name != "filler.bin"),
            expected=[out.name],
        )
        subprocess.run(["umount", str(full)], check=True)

        mount(readonly, "256k")
        out = readonly / f"diagnostic.{kind}"
        out.write_bytes(OLD)
        subprocess.run(["mount", "-o", "remount,ro", str(readonly)], check=True)
        code, err = cli([*command[:2], "--db", str(demo), *command[2:], "--out", str(out)])
        report(
            f"read-only folder: {kind}",
            code=code,
            message=err,
            intact=out.read_bytes() == OLD,
            leftovers=sorted(p.name for p in readonly.iterdir()),
            expected=[out.name],
        )
        subprocess.run(["umount", str(readonly)], check=True)


def database(work: Path, demo: Path) -> None:
    """Saving on a full disk: a clear message, the database intact with what was saved."""
    from diagapp.domain.errors import DiagappError
    from diagapp.services import answers, assessments
    from diagapp.services.workspace import open_workspace
    from diagapp.storage.database import open_database

    folder = work / "dbdisk"
    mount(folder, "2m")
    path = folder / "diagapp.sqlite"
    shutil.copyfile(demo, path)
    db = open_database(path)
    aid = assessments.latest_assessment(db)
    item = "ressort.besoin_territoire"
    answers.record_answer(db, assessment_id=aid, participant_id=None, item_id=item, value=1)
    filler = fill(folder)
    message, kind = "", ""
    try:
        for n in range(200):  # long evidence texts: new pages are needed at once
            answers.record_answer(
                db,
                assessment_id=aid,
                participant_id=None,
                item_id=item,
                value=3,
                evidence=f"{n} " + "« preuve » " * 1800,  # under limits.MAX_LONG_TEXT
            )
    except DiagappError as exc:
        message, kind = str(exc), type(exc).__name__
    except Exception as exc:  # a bug: reported as such
        message, kind = repr(exc), "BUG " + type(exc).__name__
    db.close()
    filler.unlink()
    conn = sqlite3.connect(path)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        value = conn.execute(
            "SELECT value FROM consensus WHERE assessment_id = ? AND item_id = ?", (aid, item)
        ).fetchone()[0]
    finally:
        conn.close()
    report("database on a full disk", message=message, error=kind, integrity=integrity, value=value)

    fill(folder)  # opening on a full disk: the backup cannot be taken
    try:
        open_database(path).close()
        message, kind = "", ""
    except DiagappError as exc:
        message, kind = str(exc), type(exc).__name__
    except Exception as exc:
        message, kind = repr(exc), "BUG " + type(exc).__name__
    report("opening on a full disk", message=message, error=kind)
    filler.unlink(missing_ok=True)
    for leftover in folder.glob("filler*"):
        leftover.unlink()
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
    for case, opener in (("database", open_database), ("workspace", open_workspace)):
        before = path.read_bytes()
        try:
            opener(path).close()
            message, kind = "", ""
        except DiagappError as exc:
            message, kind = str(exc), type(exc).__name__
        except Exception as exc:
            message, kind = repr(exc), "BUG " + type(exc).__name__
        intact = path.read_bytes() == before
        report(f"{case} in a read-only folder", message=message, error=kind, intact=intact)
    subprocess.run(["umount", str(folder)], check=True)


def settings(work: Path) -> None:
    """Preferences written on a full disk: the previous file stays whole."""
    import os

    folder = work / "home"
    mount(folder, "128k")
    os.environ["DIAGAPP_HOME"] = str(folder)
    from diagapp.ui import settings as prefs

    prefs.put(prefs.LANGUAGE, "en")
    before = prefs.settings_file().read_bytes()
    fill(folder)
    error = ""
    try:
        prefs.put(prefs.LANGUAGE, "fr")
    except Exception as exc:
        error = f"{type(exc).__name__}: {exc}"
    after = prefs.settings_file().read_bytes()
    report(
        "settings on a full disk",
        intact=after == before,
        error=error,
        language=prefs.get(prefs.LANGUAGE),
        leftovers=sorted(p.name for p in folder.iterdir() if p.name != "filler.bin"),
    )
    subprocess.run(["umount", str(folder)], check=True)


def main() -> int:
    work, demo = Path(sys.argv[1]), Path(sys.argv[2])
    exports(work, demo)
    database(work, demo)
    settings(work)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
