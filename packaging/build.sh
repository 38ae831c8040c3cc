#!/usr/bin/env bash
# Build the one-folder desktop bundle: dist/diagapp/diagapp (+ _internal/).
# Usage: bash packaging/build.sh      (from a checkout with the project installed: pip install -e .)
# PYTHON=... picks the interpreter whose packages go into the bundle (default: python3).
set -euo pipefail
cd "$(dirname "$0")/.."
py=${PYTHON:-python3}
"$py" -m PyInstaller --version >/dev/null 2>&1 || "$py" -m pip install -q "pyinstaller>=6.10"
start=$(date +%s)
"$py" -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist \
    --workpath build/pyinstaller packaging/diagapp.spec
end=$(date +%s)
echo "Bundle: dist/diagapp ($(du -sh dist/diagapp | cut -f1)), built in $((end - start)) s"
