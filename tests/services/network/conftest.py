"""A real PostgreSQL for the network tests (pg_cluster.py): every network test runs against
it and against SQLite; they skip, saying why, only when PostgreSQL is not installed."""

from __future__ import annotations

import itertools
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from diagapp.services.network import pool

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pg_cluster

_names = itertools.count()


@pytest.fixture(scope="session")
def postgres_folder() -> Iterator[Path]:
    """The folder of a running throwaway cluster (its socket is there)."""
    if pg_cluster.postgres_bin() is None:
        pytest.skip(
            "PostgreSQL absent: install Debian's postgresql package "
            "(apt-get install -y postgresql; .ci/run does) to run the network tests on it"
        )
    with pg_cluster.cluster() as folder:
        yield folder


@pytest.fixture(params=["sqlite", "postgresql"])
def pool_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database for a pool: SQLite in tmp_path, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'pool.sqlite'}"
    folder = request.getfixturevalue("postgres_folder")
    return pg_cluster.create_database(folder, f"pool_{os.getpid()}_{next(_names)}")


@pytest.fixture
def pool_engine(pool_url: str) -> Iterator[Engine]:
    engine = pool.open_pool(pool_url)
    pool.init_pool(engine)
    yield engine
    engine.dispose()
