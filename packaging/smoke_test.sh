#!/usr/bin/env bash
# Build the bundle, then run it as a facilitator's machine would: no Python environment, no
# project checkout on the path. Writes the demo, checks it, runs every command, exports
# PDF/JSON/xlsx/csv, opens the window offscreen (and under Xvfb when xvfb-run is there).
# Slow (about a minute to build): not part of the default test run.
#   bash packaging/smoke_test.sh             build, then test
#   SKIP_BUILD=1 bash packaging/smoke_test.sh   test the bundle already in dist/diagapp
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
if [ -z "${SKIP_BUILD:-}" ]; then
    bash packaging/build.sh
fi
bundle="$root/dist/diagapp/diagapp"
internal="$root/dist/diagapp/_internal"
[ -x "$bundle" ] || { echo "no bundle at $bundle" >&2; exit 1; }
work=$(mktemp -d)
db="$work/demo.sqlite"
step() { printf '\n== %s\n' "$*"; }
# An environment without Python: only the bundle and the system's basic tools.
clean_env=(env -i HOME="$work" PATH=/usr/bin:/bin LANG=C.UTF-8 DIAGAPP_HOME="$work/data"
    QT_QPA_PLATFORM=offscreen)
run() { (cd "$work" && exec "${clean_env[@]}" "$bundle" "$@"); }
now_ms() { echo $(($(date +%s%N) / 1000000)); }

step "bundle: $(du -sh "$root/dist/diagapp" | cut -f1)"
# Every library the bundle carries must find its own dependencies in the bundle or on the
# system; libwayland-* come with any Wayland desktop (absent on this build machine).
missing=$(cd "$internal" && find . -name '*.so*' -type f -print0 \
    | xargs -0 -I{} sh -c 'LD_LIBRARY_PATH=.:PySide6/Qt/lib ldd "{}" 2>/dev/null | grep "not found" || true' \
    | grep -v "libwayland-" | sort -u || true)
if [ -n "$missing" ]; then echo "missing libraries:"; echo "$missing"; exit 1; fi
echo "shared libraries: all resolved (libwayland-* left to the desktop)"
for f in questionnaires/v1 resources/fonts/DejaVuSans.ttf resources/translations/diagapp_en.qm \
    resources/icons/diagapp-256.png PySide6/Qt/plugins/platforms/libqxcb.so \
    PySide6/Qt/plugins/platforms/libqoffscreen.so PySide6/Qt/plugins/imageformats/libqsvg.so \
    PySide6/Qt/translations/qtbase_fr.qm; do
    [ -e "$internal/$f" ] || { echo "missing in the bundle: $f" >&2; exit 1; }
done
echo "data: questionnaires, fonts, translations, icons, Qt plugins present"

step "commands"
run --version
run demo --db "$db"
run check --db "$db"
run questionnaire --json > "$work/q.json"
echo "questionnaire --json: $(grep -c '"id"' "$work/q.json") ids"
run references | head -3
run recommend --db "$db" --assessment latest | head -4
run recommend --db "$db" --assessment latest --json > "$work/reco.json"
echo "recommend --json: $(wc -c < "$work/reco.json") bytes"

step "exports"
run export pdf --db "$db" --assessment latest --out "$work/demo.pdf" \
    --logo "$root/resources/icons/diagapp-256.png"
run export pdf --db "$db" --assessment latest --lang en --anonymize --out "$work/demo-en.pdf"
run export json --db "$db" --out "$work/demo.json"
run export xlsx --db "$db" --out "$work/demo.xlsx"
run export csv --db "$db" --out "$work/demo.csv"
for f in demo.pdf demo-en.pdf demo.json demo.xlsx demo.csv; do
    [ -s "$work/$f" ] || { echo "empty export: $f" >&2; exit 1; }
done
if command -v pdfinfo > /dev/null; then
    echo "PDF: $(pdfinfo "$work/demo.pdf" | awk '/^Pages/ {print $2}') pages, $(du -h "$work/demo.pdf" | cut -f1)"
    if pdffonts "$work/demo.pdf" | tail -n +3 | awk '{ if ($(NF-4) != "yes") bad=1 } END { exit bad }'; then
        echo "PDF fonts: all embedded"
    else
        echo "PDF has a font that is not embedded" >&2; exit 1
    fi
fi
run import --db "$work/copy.sqlite" "$work/demo.json" | tail -1

step "window, offscreen"
start=$(now_ms)
(cd "$work" && exec "${clean_env[@]}" DIAGAPP_QUIT_AFTER_MS=4000 "$bundle" --demo) &
pid=$!
sleep 2
# The running program uses the bundle's own Python, never the system's.
pythons=$(grep -o '/[^ ]*libpython[^ ]*' "/proc/$pid/maps" 2>/dev/null | sort -u || true)
echo "libpython loaded: ${pythons:-(not seen)}"
if [ -n "$pythons" ] && echo "$pythons" | grep -vq "^$internal/"; then
    echo "the bundle loaded a Python from outside itself" >&2; exit 1
fi
wait $pid
echo "window: shown, closed by DIAGAPP_QUIT_AFTER_MS=4000, exit 0 ($(($(now_ms) - start)) ms)"

if command -v xvfb-run > /dev/null; then
    step "window, X11 (Xvfb, xcb platform plugin)"
    xvfb-run -a -s "-screen 0 1600x1000x24" bash -c \
        "cd '$work' && env -i HOME='$work' PATH=/usr/bin:/bin LANG=C.UTF-8 DIAGAPP_HOME='$work/data' \
         DISPLAY=\"\$DISPLAY\" XAUTHORITY=\"\${XAUTHORITY:-}\" DIAGAPP_QUIT_AFTER_MS=4000 '$bundle' --demo"
    echo "window under Xvfb: shown and closed, exit 0"
fi

step "smoke test passed (files in $work)"
