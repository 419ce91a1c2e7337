#!/usr/bin/env bash
# Renders storydiff's HTML export in headless Chromium: a screenshot (what a
# browser shows) and a PDF (what prints). Not needed by the tests.
#
#   scripts/check-html.sh [OUTDIR] [-- FILES...]    (default: the samples)
#
# Needs chromium (Debian: apt-get install chromium). Writes OUTDIR/cmp.html,
# OUTDIR/cmp.png and OUTDIR/cmp.pdf, and fails if the page asks for anything
# over the network or runs a script.
set -euo pipefail
out=${1:-target/html-check}
shift || true
[[ ${1:-} == -- ]] && shift
mkdir -p "$out"
cargo run --quiet -- export --format html --force -o "$out/cmp.html" "$@"
# Only markup can load something: a URL in a report's text is just text
# (escaped), so look at tags and styles, not at the words.
if grep -qiE '<(script|link|img|iframe|object|embed)|[[:space:]](src|href)=|url\(|@import' "$out/cmp.html"; then
    echo "check-html: $out/cmp.html is not self-contained" >&2
    exit 1
fi
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [[ -z $browser ]]; then
    echo "check-html: chromium not found (apt-get install chromium)" >&2
    exit 2
fi
page="file://$(realpath "$out/cmp.html")"
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run)
"$browser" "${flags[@]}" --window-size=1400,1800 --screenshot="$out/cmp.png" "$page" 2>/dev/null
"$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out/cmp.pdf" "$page" 2>/dev/null
ls -l "$out/cmp.html" "$out/cmp.png" "$out/cmp.pdf"
