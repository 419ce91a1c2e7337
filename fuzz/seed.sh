#!/usr/bin/env bash
# Builds the seed corpus of every fuzz target (fuzz/corpus/<target>/seed-*)
# from the bundled samples, the test fixtures and fuzz/seeds (all written
# for this project, no corpus text). Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
for t in load paragraph layout compare_export; do mkdir -p "fuzz/corpus/$t"; done
files=(assets/*.txt tests/fixtures/*.txt tests/fixtures/engine/*.txt
       tests/fixtures/analysis/*/*.txt tests/fixtures/html/* fuzz/seeds/*)
n=0
for f in "${files[@]}"; do
  n=$((n + 1))
  case "$f" in
    *.md) pick='\001' ;;
    *.json) pick='\002' ;;
    *.htm|*.html) pick='\004' ;;
    *) pick='\000' ;;
  esac
  # load: a format byte, then the file.
  { printf "$pick"; cat "$f"; } > "fuzz/corpus/load/seed-$n"
  { printf '\003'; cat "$f"; } > "fuzz/corpus/load/seed-sniff-$n"
  # paragraph and layout: the text itself (at most 4 KiB).
  head -c 4096 "$f" > "fuzz/corpus/paragraph/seed-$n"
  head -c 4096 "$f" > "fuzz/corpus/layout/seed-$n"
done
# compare_export: pairs of reports of one event, cut by a form feed.
n=0
for d in tests/fixtures/analysis/*/ ; do
  n=$((n + 1))
  { printf '\000'; cat "$d/a.txt"; printf '\f'; cat "$d/b.txt"; } > "fuzz/corpus/compare_export/seed-$n"
done
pairs=("assets/000_34bc09b13cc16031.txt assets/004_0290fbc7ad97d892.txt"
       "tests/fixtures/cjk_a.txt tests/fixtures/cjk_b.txt"
       "tests/fixtures/engine/bridge_a.txt tests/fixtures/engine/bridge_b.txt"
       "fuzz/seeds/escapes.txt fuzz/seeds/markdown.md"
       "fuzz/seeds/numbers.txt fuzz/seeds/escapes.txt")
for p in "${pairs[@]}"; do
  n=$((n + 1))
  set -- $p
  { printf '\004'; cat "$1"; printf '\f'; cat "$2"; } > "fuzz/corpus/compare_export/seed-$n"
done
# Two web pages (format 3, HTML, for both parts: 0b1111).
n=$((n + 1))
{ printf '\017'; cat tests/fixtures/html/courier.html; printf '\f'; cat tests/fixtures/html/gazette.html; } \
  > "fuzz/corpus/compare_export/seed-$n"
echo "seeds: $(ls fuzz/corpus/*/seed-* | wc -l) files"
