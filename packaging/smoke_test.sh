#!/usr/bin/env bash
# Build the bundle, then run it with no Python on PATH against the demo:
# writes the demo, checks it, exports a PDF, and opens the window offscreen for a few seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/build.sh
work=$(mktemp -d)
bundle="$PWD/dist/diagapp/diagapp"
# An environment without Python: only the bundle and the system's basic tools.
run() { env -i HOME="$work" PATH=/usr/bin:/bin DIAGAPP_HOME="$work/data" QT_QPA_PLATFORM=offscreen "$bundle" "$@"; }
run --version
run demo --db "$work/demo.sqlite"
run check --db "$work/demo.sqlite"
run questionnaire --json > "$work/q.json"
run references > /dev/null
if run export pdf --db "$work/demo.sqlite" --assessment latest --out "$work/demo.pdf"; then
    echo "PDF: $(du -h "$work/demo.pdf" | cut -f1)"
    pdfinfo "$work/demo.pdf" | grep -E "Pages|Title" || true
fi
# The window on the demo, offscreen: it must start and keep running until we stop it.
DIAGAPP_QUIT_AFTER_MS=4000 run --demo && echo "window: started and closed cleanly"
echo "smoke test passed ($work)"
