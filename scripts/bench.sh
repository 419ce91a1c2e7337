#!/usr/bin/env bash
# Times storydiff against the tools a reader would otherwise use on the same
# pair of reports: diff, wdiff and git's word diff. They only diff lines or
# words in file order; storydiff also aligns reordered paragraphs, links
# sentences and diffs every linked pair, so it does more work per byte.
#
# Usage: scripts/bench.sh            (needs hyperfine; wdiff optional)
# Writes synthetic clusters to a temporary folder with gen_reports.py.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "install hyperfine (apt-get install hyperfine)"; exit 2; }
cargo build --release -q
bin=target/release/storydiff
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 scripts/gen_reports.py "$tmp/50k" 2 50000
python3 scripts/gen_reports.py "$tmp/5m" 2 5000000
python3 scripts/gen_reports.py "$tmp/ten" 10 6500
python3 scripts/gen_reports.py "$tmp/fifty" 50 6500
# Prints each command's median and its ratio to storydiff's (the first).
medians() {
  python3 - "$1" <<'PY'
import json, sys
res = json.load(open(sys.argv[1]))["results"]
base = res[0]["median"]
for r in res:
    cmd = r["command"].replace("target/release/", "").split(" /tmp")[0].split(" assets/")[0]
    print(f"  {r['median']*1000:10.1f} ms  x{r['median']/base:6.2f}  {cmd}")
PY
}
run() {
  local name=$1 a=$2 b=$3
  local cmds=(
    "$bin export --format json $a $b"
    "diff $a $b"
    "git diff --no-index --word-diff=porcelain $a $b"
  )
  command -v wdiff >/dev/null && cmds+=("wdiff $a $b")
  echo "== $name"
  hyperfine -N -i --warmup 1 --min-runs 3 --export-json "$tmp/$name.json" "${cmds[@]}" >/dev/null 2>&1
  medians "$tmp/$name.json"
}
run samples assets/000_34bc09b13cc16031.txt assets/004_0290fbc7ad97d892.txt
run 2x50KB "$tmp/50k/report-00.txt" "$tmp/50k/report-01.txt"
run 2x5MB "$tmp/5m/report-00.txt" "$tmp/5m/report-01.txt"
echo "== N-way (storydiff only: the others compare two files)"
hyperfine -N --warmup 1 --min-runs 5 --export-json "$tmp/n.json" \
  "$bin export --format json $tmp/ten" "$bin export --format json $tmp/fifty" >/dev/null 2>&1
medians "$tmp/n.json"
