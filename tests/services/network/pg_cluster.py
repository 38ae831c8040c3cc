"""A throwaway PostgreSQL cluster in a temporary folder, started by an unprivileged user
(nobody when run as root), listening on a Unix socket only: for the network tests and
benchmarks/bench_network.py. Needs Debian's postgresql package (no service is started)."""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import create_engine, text

PORT = 5432  # only names the socket file inside our own folder


def postgres_bin() -> Path | None:
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4])
    )
    return Path(found[-1]).parent if found else None


def _as_user(args: list[str]) -> list[str]:
    return ["runuser", "-u", "nobody", "--", *args] if os.geteuid() == 0 else args


@contextlib.contextmanager
def cluster(fast: bool = True) -> Iterator[Path]:
    """The folder of a running cluster (its socket is there); stopped and removed after.
    `fast` turns fsync off (tests); benchmarks keep the server's defaults."""
    binaries = postgres_bin()
    if binaries is None:
        raise FileNotFoundError("PostgreSQL binaries absent (/usr/lib/postgresql/*/bin)")
    folder = Path(tempfile.mkdtemp(prefix="diagapp-pg-"))  # short: a socket path has 107 bytes
    if os.geteuid() == 0:
        shutil.chown(folder, "nobody")
    folder.chmod(0o755)
    data, log = folder / "data", folder / "log"
    run = {"check": True, "capture_output": True, "cwd": folder}
    initdb = [str(binaries / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres"]
    subprocess.run(_as_user([*initdb, "-E", "UTF8", "--locale=C", "--no-sync"]), **run)
    options = f"-p {PORT} -k {folder} -c listen_addresses=''"
    if fast:
        options += " -c fsync=off -c full_page_writes=off -c synchronous_commit=off"
    pg_ctl = str(binaries / "pg_ctl")
    subprocess.run(
        _as_user([pg_ctl, "-D", str(data), "-o", options, "-l", str(log), "-w", "start"]), **run
    )
    try:
        yield folder
    finally:
        subprocess.run(
            _as_user([pg_ctl, "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True,
            cwd=folder,
        )
        shutil.rmtree(folder, ignore_errors=True)


def url(folder: Path, name: str) -> str:
    return f"postgresql://postgres@/{name}?host={folder}&port={PORT}"


def create_database(folder: Path, name: str) -> str:
    """A new empty database in the cluster; its URL."""
    admin = create_engine(
        url(folder, "postgres").replace("postgresql:", "postgresql+psycopg:"),
        isolation_level="AUTOCOMMIT",
    )
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return url(folder, name)
