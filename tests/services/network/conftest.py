"""A real PostgreSQL for the network tests: a throwaway cluster in a temporary folder, started
by an unprivileged user (nobody when the tests run as root), on a Unix socket only. Every
network test runs against it and against SQLite."""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

from diagapp.services.network import pool

PORT = 5432  # only names the socket file inside our own folder
_names = itertools.count()


def _postgres_bin() -> Path | None:
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4])
    )
    return Path(found[-1]).parent if found else None


def _as_user(args: list[str]) -> list[str]:
    return ["runuser", "-u", "nobody", "--", *args] if os.geteuid() == 0 else args


@pytest.fixture(scope="session")
def postgres_folder() -> Iterator[Path]:
    """The folder of a running throwaway cluster (its socket is there)."""
    binaries = _postgres_bin()
    if binaries is None:
        pytest.skip(
            "PostgreSQL absent: install Debian's postgresql package "
            "(apt-get install -y postgresql; .ci/run does) to run the network tests on it"
        )
    folder = Path(tempfile.mkdtemp(prefix="diagapp-pg-"))  # short: a socket path has 107 bytes
    if os.geteuid() == 0:
        shutil.chown(folder, "nobody")
    folder.chmod(0o755)
    data, log = folder / "data", folder / "log"
    quiet = {"check": True, "capture_output": True, "cwd": folder}
    subprocess.run(
        _as_user([str(binaries / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
                  "-E", "UTF8", "--locale=C", "--no-sync"]),
        **quiet,
    )  # fmt: skip
    options = f"-p {PORT} -k {folder} -c listen_addresses='' -c fsync=off -c full_page_writes=off"
    subprocess.run(
        _as_user([str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(log), "-w", "start"]),
        **quiet,
    )  # fmt: skip
    try:
        yield folder
    finally:
        subprocess.run(
            _as_user([str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True,
            cwd=folder,
        )
        shutil.rmtree(folder, ignore_errors=True)


def _postgres_url(folder: Path, name: str) -> str:
    return f"postgresql://postgres@/{name}?host={folder}&port={PORT}"


def fresh_postgres_database(folder: Path) -> str:
    name = f"pool_{os.getpid()}_{next(_names)}"
    admin = create_engine(
        _postgres_url(folder, "postgres").replace("postgresql:", "postgresql+psycopg:"),
        isolation_level="AUTOCOMMIT",
    )
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return _postgres_url(folder, name)


@pytest.fixture(params=["sqlite", "postgresql"])
def pool_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database for a pool: SQLite in tmp_path, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'pool.sqlite'}"
    return fresh_postgres_database(request.getfixturevalue("postgres_folder"))


@pytest.fixture
def pool_engine(pool_url: str) -> Iterator[Engine]:
    engine = pool.open_pool(pool_url)
    pool.init_pool(engine)
    yield engine
    engine.dispose()
