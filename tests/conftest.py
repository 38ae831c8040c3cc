"""Shared fixtures: a fresh database per test, Qt offscreen, user data kept in tmp_path."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from diagapp.storage.database import Database, open_database

DEMO_CACHE: dict[str, Path] = {}
ROOT = Path(__file__).resolve().parents[1]

RunDiagapp = Callable[..., "subprocess.CompletedProcess[str]"]


@pytest.fixture(autouse=True)
def _user_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, logs and the default database never reach the real home folder."""
    home = tmp_path / "home"
    monkeypatch.setenv("DIAGAPP_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return home


@pytest.fixture
def run_diagapp(tmp_path: Path) -> RunDiagapp:
    """`diagapp ARGS…` in a fresh process, offscreen, its user data in tmp_path; keyword
    arguments are added to its environment (DIAGAPP_QUIT_AFTER_MS="300"…)."""

    def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "diagapp.cli", *args],
            capture_output=True,
            text=True,
            env={
                **os.environ,
                "QT_QPA_PLATFORM": "offscreen",
                "DIAGAPP_HOME": str(tmp_path / "home"),
                "XDG_CONFIG_HOME": str(tmp_path / "config"),
                "PYTHONPATH": str(ROOT),
                **env,
            },
            timeout=120,
        )

    return run


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "test.sqlite")
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, written once per test session; copy it before changing it."""
    from diagapp.services.demo import write_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    write_demo(path)
    return path


@pytest.fixture
def demo_path(demo_master: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_master, target)
    return target


@pytest.fixture
def demo_db(demo_path: Path) -> Iterator[Database]:
    database = open_database(demo_path)
    yield database
    database.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test that uses qtbot is marked gui (select or skip them with -m)."""
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)
