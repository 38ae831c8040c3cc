"""The stress run: everything the default test run only samples, at full strength.

    python benchmarks/stress.py [--trials 200] [--skip crash,fuzz,slow]

1. crash: benchmarks/stress_crash.py --trials 200 (SIGKILL at random seeded moments);
2. fuzz: the bad-file property tests with thousands of examples (DIAGAPP_FUZZ=stress);
3. slow: the reliability tests marked slow (50 kills, a real full disk, …).
Exit status 0 when all of them pass.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def step(name: str, command: list[str], env: dict[str, str]) -> bool:
    print(f"== {name}: {' '.join(command[1:])}", flush=True)
    start = time.monotonic()
    ok = subprocess.run(command, cwd=ROOT, env=env).returncode == 0
    print(f"== {name}: {'OK' if ok else 'FAILED'} in {time.monotonic() - start:.0f} s", flush=True)
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--skip", default="")
    args = parser.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    results = {}
    if "crash" not in skip:
        results["crash"] = step(
            "crash",
            [sys.executable, "benchmarks/stress_crash.py", "--trials", str(args.trials)],
            env,
        )
    if "fuzz" not in skip:
        results["fuzz"] = step(
            "fuzz",
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                "tests/reliability/test_bad_files.py",
                "tests/reliability/test_bad_forms_and_catalog.py",
                "--hypothesis-show-statistics",
            ],
            {**env, "DIAGAPP_FUZZ": "stress"},
        )
    if "slow" not in skip:
        results["slow"] = step(
            "slow",
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                "tests/reliability",
                "-m",
                "slow",
            ],
            env,
        )
    print("stress:", ", ".join(f"{k} {'OK' if v else 'FAILED'}" for k, v in results.items()))
    return 0 if all(results.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
