"""Crash safety: a writer killed with SIGKILL at random moments loses nothing it reported saved.

The full run is `python benchmarks/stress_crash.py --trials 200` (see benchmarks/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

import pytest
from reliability_scripts import BENCHMARKS, load_script

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _stress() -> ModuleType:
    return load_script(BENCHMARKS / "stress_crash.py")


def test_a_killed_writer_loses_no_answer_it_reported_saved(tmp_path: Path) -> None:
    summary = _stress().run_trials(tmp_path, trials=5, seed=3, opening_share=0.4)
    assert summary.ok, summary.text()
    assert summary.trials == 5
    assert summary.killed_while_opening >= 1 and summary.killed_while_saving >= 1
    assert summary.saves_reported > 20  # the kills really happened in the middle of saving


def test_the_check_catches_a_writer_that_reports_before_saving(tmp_path: Path) -> None:
    """The crash check can fail: a writer that says "saved" too early is caught."""
    summary = _stress().run_trials(
        tmp_path, trials=3, seed=5, opening_share=0.0, writer_args=("--report-early",)
    )
    assert not summary.ok
    assert any("answers differ" in f for f in summary.failures)


@pytest.mark.slow
def test_fifty_kills(tmp_path: Path) -> None:
    summary = _stress().run_trials(tmp_path, trials=50, seed=2026)
    assert summary.ok, summary.text()
