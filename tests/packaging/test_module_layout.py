"""The package's shape: the command line is one `diagapp.cli` package like the other layers, and
the import loops the issue named stay gone (checked on the real import graph, lazy imports too).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import grimp
import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "diagapp"


def test_command_line_modules_live_in_the_cli_package() -> None:
    loose = sorted(p.name for p in PACKAGE.glob("cli*.py"))
    assert loose == []
    assert (PACKAGE / "cli" / "__init__.py").is_file()


def test_the_entry_points_still_work() -> None:
    from importlib.metadata import entry_points

    from diagapp.cli import main

    assert entry_points(group="console_scripts")["diagapp"].load() is main
    done = subprocess.run(
        [sys.executable, "-m", "diagapp.cli", "--version"], capture_output=True, text=True
    )
    assert done.returncode == 0
    assert done.stdout.startswith("diagapp ")


@pytest.mark.parametrize(
    ("one", "other"),
    [("diagapp.services.forms", "diagapp.services.forms_import")],
)
def test_no_import_loop(one: str, other: str) -> None:
    graph = grimp.build_graph("diagapp", cache_dir=None)
    there = graph.find_shortest_chain(importer=one, imported=other)
    back = graph.find_shortest_chain(importer=other, imported=one)
    assert there is None or back is None, f"{there} / {back}"


@pytest.mark.parametrize("package", ["diagapp.cli", "diagapp.services"])
def test_no_two_modules_import_each_other(package: str) -> None:
    """Within these layers no module imports one that imports it back (lazy imports count)."""
    graph = grimp.build_graph("diagapp", cache_dir=None)
    modules = sorted(m for m in graph.modules if m.startswith(package))
    loops = [
        (a, b)
        for a in modules
        for b in modules
        if a < b
        and graph.direct_import_exists(importer=a, imported=b)
        and graph.direct_import_exists(importer=b, imported=a)
    ]
    assert loops == []
