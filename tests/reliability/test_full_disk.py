"""A real full disk and a real read-only folder (tiny tmpfs mounts in a private namespace):
exports, the database and the settings fail with a clear message and lose nothing.

Needs Linux with unprivileged user namespaces (or root); skipped elsewhere.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from reliability_scripts import ROOT

PROBE = Path(__file__).resolve().parent / "disk_probe.py"
KINDS = ["json", "csv", "xlsx", "pdf", "email", "form"]

pytestmark = pytest.mark.slow


def _namespaces_work() -> bool:
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", "true"], capture_output=True
    )
    return probe.returncode == 0


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    if not _namespaces_work():
        pytest.skip("no user namespaces here: cannot mount a tiny disk")
    from diagapp.services.demo import write_demo

    work = tmp_path_factory.mktemp("disks")
    demo = work / "demo.sqlite"
    write_demo(demo)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DIAGAPP_HOME": str(work / "home")}
    run = subprocess.run(
        [
            "unshare",
            "--user",
            "--map-root-user",
            "--mount",
            sys.executable,
            str(PROBE),
            str(work),
            str(demo),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr
    return {r["case"]: r for r in map(json.loads, run.stdout.splitlines())}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("where", "says"), [("full disk", "disque est plein"), ("read-only folder", "lecture seule")]
)
def test_export(results: dict[str, dict[str, Any]], kind: str, where: str, says: str) -> None:
    r = results[f"{where}: {kind}"]
    assert r["code"] == 1
    assert says in r["message"] and "Traceback" not in r["message"], r["message"]
    assert len(r["message"].strip().splitlines()) == 1
    assert r["intact"], "the previous export was damaged"
    assert r["leftovers"] == r["expected"], "a temporary file was left behind"


def test_saving_on_a_full_disk(results: dict[str, dict[str, Any]]) -> None:
    r = results["database on a full disk"]
    assert r["error"] == "DatabaseError", r
    assert "disque est plein" in r["message"]
    assert r["integrity"] == "ok"
    assert r["value"] in (1, 3)  # the answer saved before, or a later one that fitted


def test_opening_on_a_full_disk(results: dict[str, dict[str, Any]]) -> None:
    r = results["opening on a full disk"]
    assert r["error"] == "DatabaseError", r
    assert "disque est plein" in r["message"], r["message"]


def test_settings_on_a_full_disk(results: dict[str, dict[str, Any]]) -> None:
    r = results["settings on a full disk"]
    assert r["intact"], "the settings file was damaged"
    assert r["leftovers"] == ["settings.ini"]


@pytest.mark.parametrize("case", ["database", "workspace"])
def test_opening_in_a_read_only_folder(results: dict[str, dict[str, Any]], case: str) -> None:
    r = results[f"{case} in a read-only folder"]
    assert not r["error"].startswith("BUG"), r
    assert r["error"], "opened without telling that nothing can be saved"
    assert "lecture seule" in r["message"], r["message"]
    assert r["intact"]
