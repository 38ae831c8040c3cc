"""Load the benchmark scripts and the fixture builder (they are scripts, not packages)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
BENCHMARKS = ROOT / "benchmarks"


def load_script(path: Path) -> ModuleType:
    """Import a script that is not in a package (benchmarks/, tests/fixtures/)."""
    name = f"_reliability_{path.stem}"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
