#!/usr/bin/env bash
# Build the one-folder desktop bundle: dist/diagapp/diagapp (+ _internal/).
# Usage: bash packaging/build.sh      (from a checkout with the project installed)
set -euo pipefail
cd "$(dirname "$0")/.."
python -m pip install -q "pyinstaller>=6.10"
start=$(date +%s)
pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
    packaging/diagapp.spec
end=$(date +%s)
echo "Bundle: dist/diagapp ($(du -sh dist/diagapp | cut -f1)), built in $((end - start)) s"
