#!/usr/bin/env bash
# Times `storydiff batch` on N generated clusters of K reports (default 200
# of 3) with 1 and 2 threads, and checks both outputs are byte-identical.
#   bash docs/batch/bench.sh [N] [K]     (needs: cargo build --release)
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-200}; k=${2:-3}
bin=target/release/storydiff
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
python3 docs/batch/gen_clusters.py -n "$n" -k "$k" > "$tmp/in.jsonl"
for j in 1 2; do
  start=$(date +%s.%N)
  "$bin" batch --jobs "$j" "$tmp/in.jsonl" > "$tmp/out$j.jsonl"
  end=$(date +%s.%N)
  echo "$n clusters of $k reports, --jobs $j: $(python3 -c "print(f'{$end - $start:.2f}')") s"
done
cmp -s "$tmp/out1.jsonl" "$tmp/out2.jsonl" && echo "outputs identical" || { echo "outputs differ"; exit 1; }
