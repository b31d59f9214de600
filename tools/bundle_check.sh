#!/usr/bin/env bash
# Smoke test of a built standalone Catalyse (tools/bundle.py): with no Python on PATH, a fresh
# HOME and no CATALYSE_DATA_DIR, the bundle makes the demo on the user's default database,
# writes the PDF and the editable report, and opens its window offscreen and quits. Then it
# prints JSON lines (the shape of benchmarks/run.py): bundle_size_mb, bundle_start_s and
# bundle_start_ratio (bundle start over the pip-installed app's start, same database, same
# run). Exits non-zero on any failure.
#
#   tools/bundle_check.sh [BUNDLE_DIR]          default: dist/catalyse
#   CATALYSE_PIP=/path/to/catalyse              the pip-installed app to compare with
#                                               (default: the build venv's, else `catalyse`)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
bundle=$(cd "${1:-$root/dist/catalyse}" && pwd)
program="$bundle/catalyse"
size_budget_mb=200
ratio_target=1.5
ratio_limit=3.0  # past this the bundle is broken, not merely slower
runs=5

fail() { echo "bundle_check: FAIL: $*" >&2; exit 1; }
note() { echo "bundle_check: $*" >&2; }

[ -x "$program" ] || fail "no executable $program (run python tools/bundle.py first)"

# The pip-installed app and pdftotext, looked up on the real PATH before it is stripped.
pip_app=${CATALYSE_PIP:-}
if [ -z "$pip_app" ]; then
    if [ -x "$root/build/bundle/venv/bin/catalyse" ]; then
        pip_app="$root/build/bundle/venv/bin/catalyse"
    else
        pip_app=$(command -v catalyse || true)
    fi
fi
pdftotext_bin=$(command -v pdftotext || true)

work=$(mktemp -d "${TMPDIR:-/tmp}/catalyse-bundle-check.XXXXXX")
trap 'rm -rf "$work"' EXIT
home="$work/home"
mkdir -p "$home" "$work/bin"
# A PATH with no Python at all: only the few tools this script itself runs.
for tool in sh env cat head grep; do
    found=$(command -v "$tool") && ln -s "$found" "$work/bin/$tool"
done
bare_env=(env -i "HOME=$home" "PATH=$work/bin" "LANG=C.UTF-8" "TMPDIR=$work")
(PATH="$work/bin"; ! command -v python3 >/dev/null && ! command -v python >/dev/null) \
    || fail "the stripped PATH still has a Python"

# 1. The files the app reads at run time are inside the bundle.
internal="$bundle/_internal"
for file in catalyse_assets/web/index.html catalyse_assets/web/app.js \
    catalyse_assets/fonts/DejaVuSans.ttf catalyse_assets/icons/catalyse.svg \
    catalyse_assets/translations/catalyse_en.qm catalyse_assets/data/sdg.json \
    catalyse_assets/help/guide_fr.md PySide6/Qt/translations/qtbase_fr.qm \
    PySide6/Qt/plugins/platforms/libqxcb.so PySide6/Qt/plugins/platforms/libqoffscreen.so \
    PySide6/Qt/plugins/imageformats/libqsvg.so PySide6/Qt/plugins/iconengines/libqsvgicon.so \
    PySide6/Qt/plugins/imageformats/libqpdf.so; do
    [ -e "$internal/$file" ] || fail "missing from the bundle: $file"
done
for unwanted in libQt6WebEngineCore libQt6Quick libQt6Qml libQt6Multimedia; do
    if find "$bundle" -name "$unwanted*" | grep -q .; then fail "bundle carries $unwanted"; fi
done

# 2. The headless commands, on the user's default database.
cd "$work"
"${bare_env[@]}" "$program" demo > "$work/demo.out" 2>&1 || { cat "$work/demo.out" >&2; fail "catalyse demo"; }
database="$home/.local/share/Catalyse/catalyse.sqlite"
[ -s "$database" ] || fail "catalyse demo wrote no default database ($database)"
"${bare_env[@]}" "$program" report -o r.pdf > "$work/report.out" 2>&1 \
    || { cat "$work/report.out" >&2; fail "catalyse report -o r.pdf"; }
[ "$(head -c 5 r.pdf)" = "%PDF-" ] || fail "r.pdf is not a PDF"
if [ -n "$pdftotext_bin" ]; then
    "$pdftotext_bin" r.pdf r.txt
    grep -q "Compte rendu d'atelier" r.txt || fail "the report is not the French demo's"
fi
"${bare_env[@]}" "$program" report -o r.docx > "$work/docx.out" 2>&1 \
    || { cat "$work/docx.out" >&2; fail "catalyse report -o r.docx"; }
[ "$(head -c 2 r.docx)" = "PK" ] || fail "r.docx is not a Word file"

# 3. The window, offscreen: opened on the default database, shown, quit.
now() { date +%s%N; }
start_once() {  # seconds from launch to the window shown; the process is then waited for
    local begin line shown=0
    begin=$(now)
    exec 3< <("$@" 2>"$work/start.err")
    while IFS= read -r line <&3; do
        if [ "$line" = shown ]; then shown=1; break; fi
    done
    local end
    end=$(now)
    cat <&3 >/dev/null
    exec 3<&-
    wait $! 2>/dev/null || true
    [ "$shown" = 1 ] || { cat "$work/start.err" >&2; return 1; }
    echo $(( (end - begin) / 1000000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

gui=("${bare_env[@]}" QT_QPA_PLATFORM=offscreen CATALYSE_QUIT_WHEN_SHOWN=1 "$program")
start_once "${gui[@]}" > /dev/null || fail "the window never showed"  # warms the file cache
[ -z "$(grep -v -e propagateSizeHints -e '^$' "$work/start.err" || true)" ] \
    || { cat "$work/start.err" >&2; fail "the window start printed errors"; }

bundle_times=() pip_times=()
if [ -n "$pip_app" ]; then
    pip=(env -u CATALYSE_DATA_DIR "HOME=$home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen
        CATALYSE_QUIT_WHEN_SHOWN=1 "$pip_app" --db "$database")
    start_once "${pip[@]}" > /dev/null || fail "the pip-installed app ($pip_app) never showed"
fi
for _ in $(seq "$runs"); do
    bundle_times+=("$(start_once "${gui[@]}")") || fail "the window never showed"
    if [ -n "$pip_app" ]; then pip_times+=("$(start_once "${pip[@]}")"); fi
done
bundle_ms=$(printf '%s\n' "${bundle_times[@]}" | median)

# 4. The figures.
size_mb=$(du -sb "$bundle" | awk '{printf "%.1f", $1 / 1e6}')  # MB, as tools/bundle.py
printf '{"figure": "bundle_size_mb", "value": %s, "unit": "MB", "target": %s}\n' \
    "$size_mb" "$size_budget_mb"
printf '{"figure": "bundle_start_s", "value": %s, "unit": "s", "target": null}\n' \
    "$(awk -v ms="$bundle_ms" 'BEGIN {printf "%.3f", ms / 1000}')"
status=0
if [ -n "$pip_app" ]; then
    pip_ms=$(printf '%s\n' "${pip_times[@]}" | median)
    ratio=$(awk -v b="$bundle_ms" -v p="$pip_ms" 'BEGIN {printf "%.2f", b / p}')
    printf '{"figure": "pip_start_s", "value": %s, "unit": "s", "target": null}\n' \
        "$(awk -v ms="$pip_ms" 'BEGIN {printf "%.3f", ms / 1000}')"
    printf '{"figure": "bundle_start_ratio", "value": %s, "unit": "x", "target": %s}\n' \
        "$ratio" "$ratio_target"
    awk -v r="$ratio" -v l="$ratio_limit" 'BEGIN {exit !(r > l)}' \
        && { note "the bundle starts ${ratio}x slower than the pip-installed app"; status=1; }
else
    note "no pip-installed catalyse found: bundle_start_ratio not measured (set CATALYSE_PIP)"
fi
awk -v s="$size_mb" -v b="$size_budget_mb" 'BEGIN {exit !(s > b)}' \
    && { note "bundle over its size budget"; status=1; }
[ "$status" = 0 ] && note "OK: demo, report (PDF and Word), window, on $bundle"
exit "$status"
