#!/usr/bin/env bash
# Measures the reader as a user meets it, against less, in one run, as ratios.
#
#   tools/bench-reader.sh [N] [ARCHIVE_DIR] [ROUNDS]   (default 10000 pages in /tmp/dubao-archive-N)
#
# In tmux (160×45), each the same way for every program:
#   - first title: start the program, poll capture-pane until the first Han character shows
#     (less on the archive concatenated into one file, dubao on the folder), median of ROUNDS;
#     dubao cold (empty cache) and warm (cache and search index filled by a full earlier run);
#   - keystrokes: `j` in less; each character of `/经开区` in dubao once every page is in and
#     indexed, until the status line shows a hit count (the first count, `3/120+ hits` or
#     `第 3/120+ 处`, and the final one, `3/412 hits`), ROUNDS rounds; the same while a cold
#     open is still loading.
# Needs tmux and less.
set -euo pipefail
export LC_ALL=C.UTF-8

N=${1:-10000}
ARCHIVE=${2:-/tmp/dubao-archive-$N}
ROUNDS=${3:-5}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${DUBAO_BIN:-$ROOT/target/release/dubao}
WORK=$(mktemp -d /tmp/dubao-bench-reader.XXXXXX)
CACHE=$WORK/cache
SESSION=dubao-bench-reader-$$
COLS=160
ROWS=45
trap 'tmux kill-session -t "$SESSION" 2>/dev/null || true; rm -rf "$WORK"' EXIT

for tool in tmux less; do
  command -v "$tool" >/dev/null || { echo "bench-reader: $tool is missing" >&2; exit 1; }
done
if [ -z "${DUBAO_BIN:-}" ]; then
  (cd "$ROOT" && cargo build --release --quiet --bin dubao --example make_archive)
fi
if [ ! -d "$ARCHIVE" ]; then
  "$ROOT/target/release/examples/make_archive" "$ARCHIVE" "$N"
fi
ALL=$WORK/all.txt
find "$ARCHIVE" -name '*.txt' | sort | xargs cat >"$ALL"
PAGES=$(find "$ARCHIVE" -name '*.txt' | wc -l)
BYTES=$(find "$ARCHIVE" -name '*.txt' -printf '%s\n' | awk '{s += $1} END {print s + 0}')

now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
screen() { tmux capture-pane -p -t "$SESSION" 2>/dev/null || true; }
# Ends the session and waits until its program has exited (a reader still writing its cache
# or holding the index lock would disturb the next run).
stop() {
  local pid
  pid=$(tmux list-panes -t "$SESSION" -F '#{pane_pid}' 2>/dev/null || true)
  tmux kill-session -t "$SESSION" 2>/dev/null || true
  if [ -n "$pid" ]; then
    while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
  fi
}
clear_cache() {
  stop
  rm -rf "$CACHE"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) b = 1; printf "%.1f×", a / b }'; }

# Polls the screen until it matches the Perl regexp $1 (at most $2 seconds).
wait_for() {
  local pattern=$1 limit=${2:-120} start
  start=$(now)
  while ! screen | grep -Pq -- "$pattern"; do
    if [ $(( ($(now) - start) / 1000000000 )) -ge "$limit" ]; then
      echo "bench-reader: timed out waiting for /$pattern/" >&2
      screen >&2
      return 1
    fi
    sleep 0.002
  done
}

# Starts $@ in a fresh tmux session and prints the milliseconds until the screen matches $1:
# for less the first Han character, for dubao an article count in the status line (drawn in the
# same frame as the first titles; its empty first frame has Han characters in its key hints).
first_title() {
  local pattern=$1 t0
  shift
  stop
  t0=$(now)
  tmux new-session -d -s "$SESSION" -x $COLS -y $ROWS "$@"
  wait_for "$pattern" 300
  ms "$t0" "$(now)"
}
HAN='[\x{4e00}-\x{9fa5}]'
TITLES=' [1-9][0-9]*/[0-9]+ (篇|articles)'

# Sends one key and prints the milliseconds until the screen changes.
j_latency() {
  local before t0
  before=$(screen)
  t0=$(now)
  tmux send-keys -t "$SESSION" -l -- j
  while [ "$(screen)" = "$before" ]; do sleep 0.002; done
  ms "$t0" "$(now)"
}

# Waits until dubao's status line no longer says it is loading or indexing.
wait_loaded() {
  wait_for "$TITLES" 600
  while screen | grep -Eq '载入|loading|索引|indexing'; do sleep 0.05; done
}

# Peak resident memory (KiB) of the program in the pane so far.
peak_kb() {
  local pid
  pid=$(tmux list-panes -t "$SESSION" -F '#{pane_pid}' 2>/dev/null || true)
  awk '/^VmHWM:/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0
}

# The hit position in either interface language: `3/120+ hits`, `第 3/120+ 处`.
AT='(第 )?'
HITS='(hits|处)'

# Types /经开区 one char at a time; prints "first final" milliseconds per char, one line each.
# The first count may still grow (`+`); the final one is the whole answer.
type_query() {
  local q="" t0 first final
  tmux send-keys -t "$SESSION" /
  sleep 0.2
  for c in 经 开 区; do
    q="$q$c"
    t0=$(now)
    tmux send-keys -t "$SESSION" -l -- "$c"
    # One capture per poll, both patterns checked on it in the shell (as `j` is timed for
    # less: a capture and a comparison, no other process): a second poll for the final count,
    # or a grep process per check, added a few milliseconds to dubao's figure that less's
    # does not pay.
    first=""
    final=""
    local polls=0
    local first_re="/$q +$AT[0-9]+/[0-9]+\\+? $HITS" final_re="/$q +$AT[0-9]+/[0-9]+ $HITS" shot
    while [ -z "$final" ]; do
      shot=$(screen)
      if [ -z "$first" ] && [[ $shot =~ $first_re ]]; then
        first=$(ms "$t0" "$(now)")
      fi
      if [[ $shot =~ $final_re ]]; then
        final=$(ms "$t0" "$(now)")
        first=${first:-$final}
      elif [ $(( polls += 1 )) -ge 30000 ]; then
        echo "bench-reader: timed out waiting for the count of /$q" >&2
        return 1
      else
        sleep 0.002
      fi
    done
    echo "$first $final"
  done
  tmux send-keys -t "$SESSION" Escape
  sleep 0.3
}

echo "archive: $PAGES pages ($ARCHIVE); dubao $("$BIN" --version); $ROUNDS rounds"

LESS_OPEN=$(for _ in $(seq "$ROUNDS"); do first_title "$HAN" less "$ALL"; done | median)
LESS_J=$(for _ in $(seq $((ROUNDS * 3))); do j_latency; sleep 0.05; done | median)
tmux kill-session -t "$SESSION" 2>/dev/null || true

# tmux starts programs in its server's environment, not this shell's: pass the cache explicitly.
DUBAO=(env "DUBAO_CACHE_DIR=$CACHE" "$BIN" "$ARCHIVE")
COLD=()
COLD_TYPE=()
for r in $(seq "$ROUNDS"); do
  clear_cache
  COLD+=("$(first_title "$TITLES" "${DUBAO[@]}")")
  # Search while the rest still loads (first round only: later rounds only time the open).
  if [ "$r" = 1 ]; then
    mapfile -t COLD_TYPE < <(type_query)
  fi
  stop
done
COLD_MED=$(printf '%s\n' "${COLD[@]}" | median)

# One full run fills the page cache and the search index (committed when loading ends); its
# peak memory (VmHWM) once every page is loaded and indexed is the cold open's.
clear_cache
first_title "$TITLES" "${DUBAO[@]}" >/dev/null
wait_loaded
PEAK_KB=$(peak_kb)
stop

WARM=()
for _ in $(seq "$ROUNDS"); do
  WARM+=("$(first_title "$TITLES" "${DUBAO[@]}")")
  stop
done
WARM_MED=$(printf '%s\n' "${WARM[@]}" | median)

first_title "$TITLES" "${DUBAO[@]}" >/dev/null
wait_loaded
sleep 1
TYPE=()
for _ in $(seq "$ROUNDS"); do
  mapfile -t -O "${#TYPE[@]}" TYPE < <(type_query)
done
stop
KEY_FIRST=$(printf '%s\n' "${TYPE[@]}" | cut -d' ' -f1 | median)
KEY_FINAL=$(printf '%s\n' "${TYPE[@]}" | cut -d' ' -f2 | median)
LOAD_FIRST=$(printf '%s\n' "${COLD_TYPE[@]}" | cut -d' ' -f1 | median)
LOAD_FINAL=$(printf '%s\n' "${COLD_TYPE[@]}" | cut -d' ' -f2 | median)
INDEX_KB=$(du -sk "$CACHE/index" 2>/dev/null | cut -f1 || echo 0)

printf '%-40s %8s  %s\n' "what" "ms" "ratio"
printf '%-40s %8s  %s\n' "less: first screen" "$LESS_OPEN" "1.0× less"
printf '%-40s %8s  %s\n' "less: j" "$LESS_J" "1.0× less j"
printf '%-40s %8s  %s\n' "reader cold: first title" "$COLD_MED" "$(ratio "$COLD_MED" "$LESS_OPEN") less (target ≤ 5×; each: ${COLD[*]})"
printf '%-40s %8s  %s\n' "reader warm: first title" "$WARM_MED" "$(ratio "$WARM_MED" "$LESS_OPEN") less (target ≤ 5×; each: ${WARM[*]})"
printf '%-40s %8s  %s\n' "keystroke, all loaded: first count" "$KEY_FIRST" "$(ratio "$KEY_FIRST" "$LESS_J") less j (target ≤ 3×)"
printf '%-40s %8s  %s\n' "keystroke, all loaded: final count" "$KEY_FINAL" "$(ratio "$KEY_FINAL" "$LESS_J") less j (each first/final: $(printf '%s,' "${TYPE[@]}"))"
printf '%-40s %8s  %s\n' "keystroke while loading: first count" "$LOAD_FIRST" "$(ratio "$LOAD_FIRST" "$LESS_J") less j"
printf '%-40s %8s  %s\n' "keystroke while loading: final count" "$LOAD_FINAL" "$(ratio "$LOAD_FINAL" "$LESS_J") less j (each: $(printf '%s,' "${COLD_TYPE[@]}"))"
printf '%-40s %8s\n' "search index on disk (KiB)" "$INDEX_KB"
printf '%-40s %8s  %s\n' "peak memory, cold open loaded (KiB)" "$PEAK_KB" "$(ratio "$((PEAK_KB * 1024))" "$BYTES") the archive's $BYTES bytes"
