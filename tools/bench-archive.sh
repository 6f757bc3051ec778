#!/usr/bin/env bash
# Measures dubao on a realistic archive against less and ripgrep, in one run, as ratios.
#
#   tools/bench-archive.sh [N] [ARCHIVE_DIR]     (default 10000 pages in /tmp/dubao-archive-N)
#
# Builds the archive with `cargo run --release --example make_archive` when it is missing, then
# times, each the same way for every program:
#   - first screen: a tmux session starts the program; we poll capture-pane until the first Han
#     character shows (less on the archive concatenated into one file; dubao on the folder);
#   - full list: dubao's status line no longer says "loading";
#   - keystrokes: `j` in less, each character of `/经开区` in dubao, until the screen shows the hits
#     (right as the cold list ends, the index still building: tools/bench-reader.sh times them
#     once all is loaded and indexed, the target's case);
#   - the cold open is then left to finish its index and facts (quit with `q`), so the warm open
#     reads a filled cache;
#   - `rg -c 经开区` over the archive, `dubao list`, `dubao facts` (wall time and peak memory),
#     cold (empty cache) and warm (cache filled by the previous run);
#   - single-core baselines (examples/archive_baselines.rs): decode + sanitise + parse of every
#     page, and jieba-rs tagging alone of every title and paragraph (the facts bench's baseline).
# Every target is printed as a ratio against a baseline measured in this same run. Everything runs
# under `nice` (the machine may be shared); set BENCH_READER=0 to skip the tmux reader part, and
# BENCH_BEFORE=/path/to/an/older/dubao to time that build's warm `list` too (its own cache).
# Needs tmux, less, rg (apt-get install ripgrep tmux less) and GNU time (/usr/bin/time, optional).
set -euo pipefail
export LC_ALL=C.UTF-8

N=${1:-10000}
ARCHIVE=${2:-/tmp/dubao-archive-$N}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${DUBAO_BIN:-$ROOT/target/release/dubao}
WORK=$(mktemp -d /tmp/dubao-bench.XXXXXX)
CACHE=$WORK/cache
SESSION=dubao-bench-$$
COLS=160
ROWS=45
# A tmux server of this run's own: on the default socket, another user's server (a second
# bench, a developer's tmux) would start our programs with its environment, not ours.
tmux() { command tmux -L "$SESSION" "$@"; }
trap 'tmux kill-server 2>/dev/null || true; rm -rf "$WORK"' EXIT

for tool in tmux less rg; do
  command -v "$tool" >/dev/null || { echo "bench-archive: $tool is missing" >&2; exit 1; }
done
(cd "$ROOT" && cargo build --release --quiet --bin dubao --example make_archive --example archive_baselines)
if [ ! -d "$ARCHIVE" ]; then
  "$ROOT/target/release/examples/make_archive" "$ARCHIVE" "$N"
fi
ALL=$WORK/all.txt
find "$ARCHIVE" -name '*.txt' | sort | xargs cat >"$ALL"
BYTES=$(du -sb --apparent-size "$ARCHIVE" | cut -f1)
PAGES=$(find "$ARCHIVE" -name '*.txt' | wc -l)

now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
screen() { tmux capture-pane -p -t "$SESSION" 2>/dev/null || true; }

# Ends the tmux session and waits until the program in it has exited: a killed reader still
# writes its cache catalog on the way out, and the next step may clear that cache.
end_session() {
  tmux kill-session -t "$SESSION" 2>/dev/null || true
  while pgrep -f -- "$BIN $ARCHIVE" >/dev/null || pgrep -xf -- "less $ALL" >/dev/null; do
    sleep 0.05
  done
}

# Polls the screen until it matches the Perl regexp $1 (at most $2 seconds); prints the time.
wait_for() {
  local pattern=$1 limit=${2:-120} start
  start=$(now)
  while ! screen | grep -Pq -- "$pattern"; do
    if [ $(( ($(now) - start) / 1000000000 )) -ge "$limit" ]; then
      echo "bench-archive: timed out waiting for /$pattern/" >&2
      screen >&2
      return 1
    fi
    sleep 0.003
  done
}

# Starts $2... in a fresh tmux session and prints the milliseconds until the screen matches the
# Perl regexp $1.
first_match() {
  local pattern=$1 t0
  shift
  end_session
  t0=$(now)
  # The environment the programs read, passed explicitly: a server keeps the one it started with.
  tmux new-session -d -s "$SESSION" -x $COLS -y $ROWS \
    env "DUBAO_CACHE_DIR=${DUBAO_CACHE_DIR:-$CACHE}" "XDG_CONFIG_HOME=${XDG_CONFIG_HOME:-$WORK/config}" "$@"
  wait_for "$pattern" 300
  ms "$t0" "$(now)"
}

# less's first screen: its first Han character.
first_screen() { first_match '[\x{4e00}-\x{9fa5}]' "$@"; }

# dubao's first title: the article list's count no longer 0 (its frame and an empty list show
# before any page is read, so a Han character alone would time the chrome, not a title).
first_title() { first_match 'articles [1-9]' "$@"; }

# Sends one key ($1, literal) and prints the milliseconds until the screen matches $2, or (no $2)
# until it differs from before.
key_latency() {
  local before t0
  before=$(screen)
  t0=$(now)
  tmux send-keys -t "$SESSION" -l -- "$1"
  if [ -n "${2:-}" ]; then
    wait_for "$2" 120
  else
    while [ "$(screen)" = "$before" ]; do sleep 0.002; done
  fi
  ms "$t0" "$(now)"
}

# Runs a command 3 times and prints the median wall time in milliseconds.
wall3() {
  for _ in 1 2 3; do
    local t0
    t0=$(now)
    "$@" >/dev/null 2>&1 || true
    ms "$t0" "$(now)"
  done | median
}

# Wall milliseconds and peak RSS (KiB) of one run: "ms kib".
wall_rss() {
  local t0 t1 rss=0
  t0=$(now)
  if [ -x /usr/bin/time ]; then
    rss=$(/usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1)
  else
    "$@" >/dev/null 2>&1 || true
  fi
  t1=$(now)
  echo "$(ms "$t0" "$t1") $rss"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) b = 1; printf "%.2f×", a / b }'; }

echo "archive: $PAGES pages, $BYTES bytes ($ARCHIVE); dubao $("$BIN" --version)"
echo

RG=$(wall3 nice rg -c 经开区 "$ARCHIVE")
read -r _ _ PARSE_MS JIEBA_MS PARSE_KEPT_MS < <(nice "$ROOT/target/release/examples/archive_baselines" "$ARCHIVE")
READER=${BENCH_READER:-1}
if [ "$READER" = 1 ]; then
LESS_OPEN=$(for _ in 1 2 3; do first_screen less "$ALL"; done | median)
LESS_J=$(for _ in $(seq 10); do key_latency j; done | median)
end_session

export DUBAO_CACHE_DIR=$CACHE
# The English interface, whatever the user's config says: the patterns below read its words.
export XDG_CONFIG_HOME=$WORK/config
mkdir -p "$XDG_CONFIG_HOME/dubao"
echo 'lang = "en"' >"$XDG_CONFIG_HOME/dubao/config.toml"
rm -rf "$CACHE"
COLD_FIRST=$(first_title "$BIN" "$ARCHIVE")
COLD_T0=$(now)
wait_for ' articles' 600
# Polled every 50 ms, not 10: each poll (a tmux capture and a grep) costs about 5 ms of CPU, so a
# 10 ms poll took about a third of a core from the reader while it loaded on both (about 7 %
# on its full list; measured by alternating the two polls). A poll may now answer up to 50 ms
# late, which counts against dubao.
while screen | grep -q 'loading'; do sleep 0.05; done
COLD_FULL=$(( $(ms "$COLD_T0" "$(now)") + COLD_FIRST ))
# Search keystrokes, each until the status line shows the finished count for that query.
SEARCH=()
tmux send-keys -t "$SESSION" /
q=""
for c in 经 开 区; do
  q="$q$c"
  SEARCH+=("$(key_latency "$c" "/$q +[0-9]+/[0-9]+ hits ·")")
done
SEARCH_MED=$(printf '%s\n' "${SEARCH[@]}" | median)
# The warm open is of a filled cache: the cold one runs until its index is built and its facts
# extracted (and stored), as a user's first open left alone does. Ended earlier, the warm open
# indexed and read back the rest itself, and timed that.
tmux send-keys -t "$SESSION" Escape
FILL_T0=$(now)
# Until the search prompt has gone from the last line (the status line is back).
while screen | tail -n 1 | grep -q ' hits ·'; do sleep 0.05; done
# The status line (the screen's last) says what is still going on; a facts panel's title
# ("facts 41") must not count.
while screen | tail -n 1 | grep -Eq 'loading|indexing [0-9]|facts [0-9]+/[0-9]'; do
  sleep 0.5
  [ $(( ($(now) - FILL_T0) / 1000000000 )) -gt 600 ] && break
done
FILL_MS=$(ms "$FILL_T0" "$(now)")
tmux send-keys -t "$SESSION" q
end_session
sleep 0.5

WARM_FIRST=$(first_title "$BIN" "$ARCHIVE")
WARM_T0=$(now)
wait_for ' articles' 600
while screen | grep -q 'loading'; do sleep 0.05; done
WARM_FULL=$(( $(ms "$WARM_T0" "$(now)") + WARM_FIRST ))
end_session
fi
export DUBAO_CACHE_DIR=$CACHE

rm -rf "$CACHE"
read -r LIST_COLD LIST_RSS < <(wall_rss nice "$BIN" list "$ARCHIVE")
LIST_WARM=$(wall3 nice "$BIN" list "$ARCHIVE")
read -r _ LIST_WARM_RSS < <(wall_rss nice "$BIN" list "$ARCHIVE")
read -r LIST_NOCACHE _ < <(wall_rss nice "$BIN" list --no-cache "$ARCHIVE")
if [ -n "${BENCH_BEFORE:-}" ]; then
  DUBAO_CACHE_DIR=$WORK/cache-before nice "$BENCH_BEFORE" list "$ARCHIVE" >/dev/null 2>&1 || true
  LIST_BEFORE=$(DUBAO_CACHE_DIR=$WORK/cache-before wall3 nice "$BENCH_BEFORE" list "$ARCHIVE")
fi
rm -rf "$CACHE"
read -r FACTS_COLD FACTS_RSS < <(wall_rss nice "$BIN" facts "$ARCHIVE")
read -r FACTS_WARM FACTS_WARM_RSS < <(wall_rss nice "$BIN" facts "$ARCHIVE")
read -r DUMP_WARM DUMP_RSS < <(wall_rss nice "$BIN" dump "$ARCHIVE")

row() { printf '%-36s %9s  %s\n' "$@"; }
row "what" "ms" "ratio"
row "rg -c 经开区" "$RG" "1.0× rg"
row "jieba-rs tag alone, one core" "$JIEBA_MS" "1.0× jieba"
row "parse one core (decode+sanitise+parse)" "$PARSE_MS" \
  "$(awk -v b="$BYTES" -v t="$PARSE_MS" 'BEGIN { if (t == 0) t = 1; printf "%.0f MB/s per core", b / t / 1000 }') (target ≥ 100)"
row "  the same, keeping every page" "$PARSE_KEPT_MS" \
  "$(awk -v b="$BYTES" -v t="$PARSE_KEPT_MS" 'BEGIN { if (t == 0) t = 1; printf "%.0f MB/s per core", b / t / 1000 }')"
if [ "$READER" = 1 ]; then
row "less: first screen" "$LESS_OPEN" "1.0× less"
row "less: j" "$LESS_J" "1.0× less j"
row "reader cold: first title" "$COLD_FIRST" "$(ratio "$COLD_FIRST" "$LESS_OPEN") less (target ≤ 5×)"
row "reader cold: full list" "$COLD_FULL" "$(ratio "$COLD_FULL" "$RG") rg (target ≤ 10×)"
row "reader warm: first title" "$WARM_FIRST" "$(ratio "$WARM_FIRST" "$LESS_OPEN") less"
row "reader warm: full list" "$WARM_FULL" "$(ratio "$WARM_FULL" "$RG") rg (target ≤ 3×)"
row "reader cold: index and facts done" "$FILL_MS" "ms more, after the keystrokes (the warm open reads this cache)"
row "keystroke as the cold list ends" "$SEARCH_MED" "$(ratio "$SEARCH_MED" "$LESS_J") less j (index still building; tools/bench-reader.sh times the target; each: ${SEARCH[*]})"
fi
row "dubao list --no-cache" "$LIST_NOCACHE" "$(ratio "$LIST_NOCACHE" "$RG") rg"
row "dubao list cold" "$LIST_COLD" "$(ratio "$LIST_COLD" "$RG") rg (target ≤ 10×)"
row "dubao list warm" "$LIST_WARM" "$(ratio "$LIST_WARM" "$RG") rg (target ≤ 3×)"
if [ -n "${BENCH_BEFORE:-}" ]; then
  row "dubao list warm, BENCH_BEFORE build" "$LIST_BEFORE" "$(ratio "$LIST_BEFORE" "$RG") rg"
fi
row "dubao facts cold (both cores)" "$FACTS_COLD" "$(ratio "$FACTS_COLD" "$JIEBA_MS") jieba (target ≤ 1×)"
row "dubao facts warm" "$FACTS_WARM" "$(ratio "$FACTS_WARM" "$JIEBA_MS") jieba (target ≤ 0.2×), $(ratio "$FACTS_WARM" "$FACTS_COLD") cold"
row "dubao dump warm" "$DUMP_WARM" "$(ratio "$DUMP_WARM" "$RG") rg"
if [ "$FACTS_RSS" != 0 ]; then
  mem() { ratio $(($1 * 1024)) "$BYTES"; }
  row "list cold: peak memory KiB" "$LIST_RSS" "$(mem "$LIST_RSS") archive bytes"
  row "list warm: peak memory KiB" "$LIST_WARM_RSS" "$(mem "$LIST_WARM_RSS") archive bytes"
  row "facts cold: peak memory KiB" "$FACTS_RSS" "$(mem "$FACTS_RSS") archive bytes (target ≤ 2×)"
  row "facts warm: peak memory KiB" "$FACTS_WARM_RSS" "$(mem "$FACTS_WARM_RSS") archive bytes (target ≤ 2×)"
  row "dump warm: peak memory KiB" "$DUMP_RSS" "$(mem "$DUMP_RSS") archive bytes"
fi
