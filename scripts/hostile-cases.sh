#!/usr/bin/env bash
# Re-runs every case of issue 12 against a storydiff binary and prints one
# table row per case: wall time, peak memory (/usr/bin/time -v), exit code
# and the first line of stderr. Inputs are generated under a scratch folder
# (nothing from the corpus). Run from the project root:
#
#   scripts/hostile-cases.sh [BINARY] [SCRATCH]   (defaults: target/release/storydiff, /tmp/hostile-cases)
#
# The 50 MB hard-wrapped case is skipped unless BIG=1 (it takes minutes).
set -uo pipefail
bin=$(realpath "${1:-target/release/storydiff}")
d=${2:-/tmp/hostile-cases}
B=$(realpath assets/004_0290fbc7ad97d892.txt)
A=$(realpath assets/000_34bc09b13cc16031.txt)
mkdir -p "$d" && cd "$d" || exit 1
rm -rf out && mkdir out

gen() {
  python3 - "$A" <<'PY'
import json, sys
body = open(sys.argv[1], encoding="utf-8").read()
for n in (400, 1000):
    arts = [{"title": f"Report {i}", "source": f"r{i}", "body": body} for i in range(n)]
    json.dump(arts, open(f"copies{n}.json", "w"))
open("x4m.txt", "w").write("x" * 4000000 + "\n")
open("code.md", "w").write("# Title\n\n```\n" + ("let x = 1; // comment " * 200000)[:4600000] + "\n```\n")
words = "The council said {n} people and {m} cars crossed on {d} March, up {p} per cent from {y}. "
s = "".join(words.format(n=i, m=i * 7, d=i % 28 + 1, p=i % 90, y=1900 + i % 120) for i in range(12000))
open("figures1m.txt", "w").write("Figures\n\n" + s[:1000000] + "\n")
s = "".join(f"Sentence {i} is here. " for i in range(40000))
open("sent40k.txt", "w").write("Many sentences\n\n" + s + "\n")
open("bidi.txt", "w").write("Bridge \u202eclosed\u202c today\n\nThe mayor said \u2066it\u2069 would reopen.\n")
open("osc.txt", "w").write("Escapes\n\nBefore \x1b]0;retitled and the rest stays.\n\n"
                           "C1 \x9b2J clear, \x1bP0;c1title\x1b\\ dcs done.\n")
text = "Caf\u00e9 owners protest\n\nThe caf\u00e9 owners of the old town protested on Monday.\n"
open("utf16.txt", "wb").write(b"\xff\xfe" + text.encode("utf-16-le"))
PY
  [ -f hard50m.txt ] || [ "${BIG:-0}" != 1 ] || python3 -c "
import textwrap
w = 'the council met on monday and said that the bridge would reopen in march after repairs costing'.split()
out = []; i = 0; n = 0
while n < 50_000_000:
    line = ' '.join(w[(i + k) % len(w)] for k in range(11)); out.append(line); n += len(line) + 1; i += 3
open('hard50m.txt', 'w').write('\n'.join(out) + '\n')"
  mkdir -p escdir && : > "escdir/x$(printf '\033]0;pwned\007').txt"
  [ -e nulldev ] || mknod nulldev c 1 3 2>/dev/null || true
  echo '{}' > real.json && ln -sf real.json link.json
  mkdir -p adir
}

# row NAME BEFORE -- COMMAND...   (stdin from /dev/null unless STDIN is set)
row() {
  local name=$1 before=$2; shift 3
  local t; t=$(mktemp)
  if [ -n "${STDIN:-}" ]; then
    bash -c "$STDIN" | /usr/bin/time -v -o "$t" "$@" > out/stdout 2> out/stderr; rc=${PIPESTATUS[1]}
  else
    /usr/bin/time -v -o "$t" "$@" < /dev/null > out/stdout 2> out/stderr; rc=$?
  fi
  local wall rss cpu
  wall=$(grep 'Elapsed (wall' "$t" | awk '{print $NF}')
  cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f s", s}' "$t")
  rss=$(grep 'Maximum resident' "$t" | awk '{printf "%.0f MiB", $NF/1024}')
  local err; err=$(head -1 out/stderr | cat -v | cut -c1-110)
  printf '| %s | %s | %s (cpu %s), %s, exit %s | %s |\n' "$name" "$before" "$wall" "$cpu" "$rss" "$rc" "$err"
  rm -f "$t"
}

gen
echo "| case | before (issue 12) | after: wall (cpu), peak RSS, exit | stderr (first line) |"
echo "|---|---|---|---|"
row "1. 1,000 copies of a 3.7 KB report (JSON array)" "136 s, 13 GB, abort (134)" -- "$bin" export --format json -o out/c1000.json --force copies1000.json
row "1. 400 copies" "39 s, 3.4 GB, 1.46 GB out" -- "$bin" export --format json -o out/c400.json --force copies400.json
echo "|  (output sizes: $(du -h out/c1000.json | cut -f1) for 1,000, $(du -h out/c400.json | cut -f1) for 400) | | | |"
row "2. export /dev/zero B" "4.2 GB, out of memory" -- "$bin" export /dev/zero "$B"
row "2. export /dev/urandom B" "reads until memory runs out" -- "$bin" export /dev/urandom "$B"
row "2. export /proc/self/pagemap B" "reads until memory runs out" -- "$bin" export /proc/self/pagemap "$B"
STDIN=yes row "2. yes | export /dev/stdin B" "reads until memory runs out" -- "$bin" export /dev/stdin "$B"
STDIN=yes row "2. yes | export - B" "silently cut at 256 MiB" -- "$bin" export - "$B"
cp -a nulldev nulldev2 2>/dev/null
row "3. --force -o DEVICE (a char device node)" "replaced by a regular file" -- "$bin" export --force -o nulldev2 "$A" "$B"
echo "|  (afterwards: $(stat -c %F nulldev2 2>/dev/null)) | | | |"
row "3. --force -o SYMLINK" "symlink replaced by a file" -- "$bin" export --force -o link.json "$A" "$B"
echo "|  (afterwards: link.json is a $(stat -c %F link.json), real.json holds $(wc -c < real.json) bytes) | | | |"
row "4. 4,000,000 x's in one paragraph, --format text" "26 s" -- "$bin" export --format text "$(realpath x4m.txt)" "$B"
row "4. same, --format json" "1 s" -- "$bin" export --format json x4m.txt "$B"
row "4. 4.6 MB Markdown code block, --format text" "40 s" -- "$bin" export --format text code.md "$B"
row "4. 1 MB paragraph full of figures" "15 s" -- "$bin" export --format json figures1m.txt "$B"
row "4. 40,000 sentences in one paragraph" "7.8 s" -- "$bin" export --format json sent40k.txt "$B"
[ -f hard50m.txt ] && row "4. 50 MB hard-wrapped, no blank lines (scale's)" "> 170 s, unfinished" -- timeout 300 "$bin" export --format json -o out/h.json --force hard50m.txt "$B"
row "5. file named x<ESC>]0;pwned<BEL>.txt in a folder" "raw escape, terminal retitled" -- "$bin" export "$A" escdir
echo "|  (ESC bytes on stderr: $(grep -c $'\033' out/stderr)) | | | |"
row "8. bidi controls in text" "passed to every output" -- "$bin" export --format text bidi.txt "$B"
echo "|  (bidi controls in the output: $(grep -c $'\u202e\|\u2066' out/stdout)) | | | |"
row "9. unterminated OSC, C1 CSI, DCS" "rest of paragraph lost; 2J0;c1title kept" -- "$bin" export --format json osc.txt "$B"
echo "|  (paragraphs: $(python3 -c "import json;d=json.load(open('out/stdout'));print(' / '.join(p['text'] for p in d['articles'][0]['paragraphs'][1:]))")) | | | |"
row "10. -o into a missing folder" "error text twice, temp name shown" -- "$bin" export -o /nonexistent/dir/out.json "$A" "$B"
row "10. -o an existing folder" "\"already exists (use --force)\"" -- "$bin" export -o adir "$A" "$B"
row "10. export - -" "\"an empty report\"" -- "$bin" export - -
row "10. UTF-16LE with BOM" "\"binary\"" -- "$bin" export utf16.txt "$B"
row "10. clap usage error (--frobnicate)" "3 lines" -- "$bin" export --frobnicate
echo "|  (stderr lines: $(wc -l < out/stderr)) | | | |"
row "10. closed stdout (>&-)" "exit 0, output lost" -- bash -c "exec \"$bin\" export \"$A\" \"$B\" >&-"
row "10. side by side at 20 columns a report" "unreadable" -- "$bin" export --format text --width 60 "$A" "$B" "$B"
echo "|  (first line of output: $(head -1 out/stdout | cut -c1-80)) | | | |"
